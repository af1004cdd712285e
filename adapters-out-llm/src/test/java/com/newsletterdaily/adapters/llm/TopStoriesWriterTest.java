package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.NewsCategory;
import com.newsletterdaily.domain.newsletter.FactCheck;
import com.newsletterdaily.domain.newsletter.OutputHygiene;
import com.newsletterdaily.domain.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TopStoriesWriterTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 3);
    private static final Instant AT = Instant.parse("2026-12-02T19:00:00Z");

    @Test
    void givenArticlesOfTwoCategories_write_listsThemByCategoryLinkedToTheirOwnUrls() {
        var articles = List.of(
                article(NewsCategory.STOCKS, "BHP profit up 20% [record]", "https://a.example/bhp", "MarketWatch"),
                article(NewsCategory.STOCKS, "Banks slip", "https://a.example/banks", "ABC Business"),
                article(NewsCategory.CRYPTO, "Bitcoin holds 97,000", "https://c.example/btc", "CoinDesk"));
        var request = new SectionRequest(SectionKind.TOP_STORIES, DATE, List.of(), articles);

        var section = new OfflineSectionWriter().write(request);

        assertThat(section.title()).isEqualTo("Top stories for Thursday 3 December 2026");
        assertThat(section.summary())
                .isEqualTo("3 stories across 2 categories, led by \"BHP profit up 20% (record)\" from MarketWatch.");
        assertThat(section.body()).isEqualTo("""
                Stocks
                - [BHP profit up 20% (record)](https://a.example/bhp) (MarketWatch)
                - [Banks slip](https://a.example/banks) (ABC Business)

                Crypto
                - [Bitcoin holds 97,000](https://c.example/btc) (CoinDesk)""");
        assertThat(section.keyPoints()).containsExactly("Stocks: BHP profit up 20% (record)",
                "Crypto: Bitcoin holds 97,000");
    }

    @Test
    void givenItsOwnOutput_factCheckAndHygiene_acceptItUnchanged() {
        var articles = List.of(
                article(NewsCategory.STOCKS, "BHP profit up 20%", "https://a.example/bhp", "MarketWatch"),
                article(NewsCategory.ECONOMY, "RBA holds rates at 3.60%", "https://e.example/rba", "RBA"));
        var section = new OfflineSectionWriter().write(
                new SectionRequest(SectionKind.TOP_STORIES, DATE, List.of(), articles));
        Set<URI> links = articles.stream().map(Article::url).collect(Collectors.toSet());

        assertThat(FactCheck.check(section, List.of(), articles, DATE).passed()).isTrue();
        assertThat(OutputHygiene.clean(section, links)).isEqualTo(section);
        assertThat(OutputHygiene.recommendations(section)).isEmpty();
    }

    private static Article article(NewsCategory category, String title, String url, String source) {
        return new Article(category, title, "", URI.create(url), source, AT);
    }
}
