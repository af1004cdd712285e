package com.newsletterdaily.loadtest;

import com.newsletterdaily.adapters.feeds.RomeNewsSource;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.ArticleUrls;
import com.newsletterdaily.domain.content.NewsCategory;
import com.newsletterdaily.domain.content.NewsRanking;
import com.newsletterdaily.domain.content.ScoredArticle;
import com.newsletterdaily.domain.content.ScoringWeights;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Parsing, de-duplicating and scoring 10,000 feed items (20 feeds of 500): one operation handles all of them, so
 * items per second = 10,000 / (seconds per operation). Run: {@code java -jar loadtest/target/benchmarks.jar News}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NewsPipelineBenchmark {

    static final int FEEDS = 20;
    static final int ITEMS_PER_FEED = 500;

    private List<SyntheticFeeds.Generated> feeds;
    private NewsRanking ranking;

    @Setup
    public void setUp() {
        feeds = SyntheticFeeds.generate(FEEDS, ITEMS_PER_FEED);
        var authority = new HashMap<String, Double>();
        feeds.forEach(g -> authority.put(g.feed().name(), g.feed().authority()));
        ranking = new NewsRanking(ScoringWeights.DEFAULT, authority, Map.of(
                NewsCategory.STOCKS, Set.of("asx", "shares", "earnings", "dividend"),
                NewsCategory.ECONOMY, Set.of("rba", "inflation", "rates", "budget"),
                NewsCategory.CRYPTO, Set.of("bitcoin", "etf"),
                NewsCategory.TECHNOLOGY, Set.of("ai", "chip", "cloud"),
                NewsCategory.PROPERTY, Set.of("housing", "rent", "mortgage")));
    }

    /** Parse every feed, normalise URLs, de-duplicate by URL and near-identical title, keep the top 5 per category. */
    @Benchmark
    public Map<NewsCategory, List<ScoredArticle>> parseDeduplicateAndScore() {
        var articles = new ArrayList<Article>(FEEDS * ITEMS_PER_FEED);
        for (var generated : feeds) {
            for (var a : RomeNewsSource.parse(generated.body(), generated.feed()).articles()) {
                articles.add(new Article(a.category(), a.title(), a.summary(), ArticleUrls.normalise(a.url()),
                        a.source(), a.publishedAt()));
            }
        }
        return ranking.topPerCategory(ranking.deduplicate(articles), 5, SyntheticFeeds.NOW);
    }

    /** De-duplicating and scoring alone, on already parsed articles. */
    @Benchmark
    public Map<NewsCategory, List<ScoredArticle>> deduplicateAndScoreOnly(ParsedState parsed) {
        return ranking.topPerCategory(ranking.deduplicate(parsed.articles), 5, SyntheticFeeds.NOW);
    }

    /** The 10,000 articles parsed once, for the second benchmark. */
    @State(Scope.Benchmark)
    public static class ParsedState {
        List<Article> articles;

        @Setup
        public void parse() {
            articles = new ArrayList<>();
            for (var generated : SyntheticFeeds.generate(FEEDS, ITEMS_PER_FEED)) {
                for (var a : RomeNewsSource.parse(generated.body(), generated.feed()).articles()) {
                    articles.add(new Article(a.category(), a.title(), a.summary(), ArticleUrls.normalise(a.url()),
                            a.source(), a.publishedAt()));
                }
            }
        }
    }
}
