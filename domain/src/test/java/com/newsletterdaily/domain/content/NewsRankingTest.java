package com.newsletterdaily.domain.content;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NewsRankingTest {

    private static final Instant NOW = Instant.parse("2026-12-02T20:00:00Z");

    private final NewsRanking ranking = new NewsRanking(ScoringWeights.DEFAULT,
            Map.of("Reuters", 0.9, "Blog", 0.2),
            Map.of(NewsCategory.STOCKS, Set.of("ASX", "dividend", "profit", "rally", "cash rate")));

    @Test
    void givenAuthorityAgeAndThreeKeywords_score_weighsThemWithTheOriginalWeights() {
        var article = article("Reuters", "ASX rallies as bank PROFIT beats", "Dividend raised.", "/a",
                NOW.minus(Duration.ofHours(12)));

        // 0.40 * 0.9 + 0.30 * 0.5 (one half-life old) + 0.30 * min(1, 3 / 3); "rallies" is not the word "rally".
        assertThat(ranking.score(article, NOW).score()).isCloseTo(0.81, within(1e-9));
    }

    @Test
    void givenUnknownSourceFutureDateAndOneKeyword_score_usesDefaultAuthorityAndFullRecency() {
        var article = article("Unknown", "The cash rate decision", "", "/b", NOW.plus(Duration.ofHours(3)));

        // 0.40 * 0.5 + 0.30 * 1 + 0.30 * 1/3
        assertThat(ranking.score(article, NOW).score()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void givenKeywordInsideALongerWord_score_doesNotCountIt() {
        var article = article("Reuters", "ASXL and profitability", "", "/c", NOW.minus(Duration.ofDays(100)));

        assertThat(ranking.score(article, NOW).score()).isCloseTo(0.36, within(1e-6));
    }

    @Test
    void givenSameUrlWithTrackingFromTwoSources_deduplicate_keepsTheHigherAuthorityOne() {
        var fromBlog = article("Blog", "Miners lead the ASX higher", "", "/story?utm_source=rss", NOW);
        var fromReuters = article("Reuters", "Miners push the market up", "", "/story", NOW);

        assertThat(ranking.deduplicate(List.of(fromBlog, fromReuters))).containsExactly(fromReuters);
    }

    @Test
    void givenNearIdenticalTitles_deduplicate_keepsTheHigherAuthorityOneInInputOrder() {
        var first = article("Blog", "Bitcoin tops $100,000 for the first time", "", "/1", NOW);
        var other = article("Blog", "Gold slips as the dollar firms", "", "/2", NOW);
        var better = article("Reuters", "BITCOIN TOPS $100,000 FOR FIRST TIME", "", "/3", NOW);
        var unknown = article("Unknown", "Bitcoin tops $100 000 for the first time!", "", "/4", NOW);

        assertThat(ranking.deduplicate(List.of(first, other, better, unknown))).containsExactly(other, better);
    }

    @Test
    void givenEqualAuthority_deduplicate_keepsTheFirst() {
        var first = article("Blog", "CSL cuts guidance", "", "/1", NOW);
        var second = article("Blog", "CSL cuts guidance.", "", "/2", NOW);

        assertThat(ranking.deduplicate(List.of(first, second))).containsExactly(first);
    }

    @Test
    void givenArticlesSeenBefore_deduplicate_dropsRepeatsOfThemEvenFromBetterSources() {
        var stored = article("Blog", "Qantas shares jump on profit upgrade", "", "/old", NOW);
        var repeat = article("Reuters", "Qantas shares jump on a profit upgrade", "", "/new", NOW);
        var sameUrl = article("Reuters", "Something else entirely", "", "/old#top", NOW);
        var fresh = article("Reuters", "Telstra cuts jobs", "", "/fresh", NOW);

        assertThat(ranking.deduplicate(List.of(repeat, sameUrl, fresh), List.of(stored))).containsExactly(fresh);
    }

    @Test
    void givenArticlesOfSeveralCategories_topPerCategory_keepsTheBestNOfEachSortedByScore() {
        var old = article("Reuters", "Old news", "", "/old", NOW.minus(Duration.ofDays(3)));
        var best = article("Reuters", "ASX profit dividend", "", "/best", NOW);
        var middle = article("Blog", "ASX update", "", "/middle", NOW);
        var crypto = new Article(NewsCategory.CRYPTO, "Ether slides", "", URI.create("https://x.test/e"), "Blog", NOW);

        var top = ranking.topPerCategory(List.of(old, middle, best, crypto), 2, NOW);

        assertThat(top).containsOnlyKeys(NewsCategory.values());
        assertThat(top.get(NewsCategory.STOCKS)).extracting(ScoredArticle::article).containsExactly(best, middle);
        assertThat(top.get(NewsCategory.CRYPTO)).extracting(ScoredArticle::article).containsExactly(crypto);
        assertThat(top.get(NewsCategory.PROPERTY)).isEmpty();
    }

    private static Article article(String source, String title, String summary, String path, Instant publishedAt) {
        return new Article(NewsCategory.STOCKS, title, summary, URI.create("https://news.example.com" + path), source,
                publishedAt);
    }
}
