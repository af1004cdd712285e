package com.newsletterdaily.domain.content;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Scores articles by source authority, recency and relevance, drops duplicates and keeps the best per category. */
public final class NewsRanking {

    public static final double UNKNOWN_AUTHORITY = 0.5;
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofHours(12);
    /** This many keyword hits make an article fully relevant. */
    private static final double FULL_RELEVANCE_HITS = 3;

    private final ScoringWeights weights;
    private final Map<String, Double> authorityBySource;
    private final Map<NewsCategory, List<Pattern>> keywords;
    private final Duration halfLife;

    public NewsRanking(ScoringWeights weights, Map<String, Double> authorityBySource,
                       Map<NewsCategory, Set<String>> keywords, Duration halfLife) {
        this.weights = Objects.requireNonNull(weights, "weights");
        this.authorityBySource = Map.copyOf(authorityBySource);
        this.authorityBySource.forEach((source, authority) -> {
            if (!(authority >= 0 && authority <= 1)) {
                throw new IllegalArgumentException("authority of " + source + " must be within 0..1: " + authority);
            }
        });
        this.keywords = keywords.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> e.getValue().stream().filter(k -> !k.isBlank()).map(NewsRanking::wordPattern).toList()));
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("half-life must be positive: " + halfLife);
        }
        this.halfLife = halfLife;
    }

    public NewsRanking(ScoringWeights weights, Map<String, Double> authorityBySource,
                       Map<NewsCategory, Set<String>> keywords) {
        this(weights, authorityBySource, keywords, DEFAULT_HALF_LIFE);
    }

    public double authority(String source) {
        return authorityBySource.getOrDefault(source, UNKNOWN_AUTHORITY);
    }

    /** authority + recency (halving every half-life; future dates count as new) + relevance, each weighted. */
    public ScoredArticle score(Article article, Instant now) {
        double ageMillis = Math.max(0, Duration.between(article.publishedAt(), now).toMillis());
        double recency = Math.pow(0.5, ageMillis / halfLife.toMillis());
        String text = article.title() + "\n" + article.summary();
        long hits = keywords.getOrDefault(article.category(), List.of()).stream()
                .filter(p -> p.matcher(text).find()).count();
        double relevance = Math.min(1, hits / FULL_RELEVANCE_HITS);
        double score = weights.authority() * authority(article.source()) + weights.recency() * recency
                + weights.relevance() * relevance;
        return new ScoredArticle(article, Math.clamp(score, 0, 1));
    }

    public List<Article> deduplicate(List<Article> articles) {
        return deduplicate(articles, List.of());
    }

    /**
     * The articles that repeat neither an earlier kept one nor one of {@code seen} (e.g. stored before), by normalised
     * URL or near-identical title. Among duplicates the higher-authority source wins, then the earlier one; the
     * result keeps the input order.
     */
    public List<Article> deduplicate(List<Article> articles, Collection<Article> seen) {
        Set<URI> urls = new HashSet<>();
        TitleSimilarity titles = new TitleSimilarity(Stream.concat(seen.stream(), articles.stream())
                .map(Article::title).toList());
        for (Article article : seen) {
            urls.add(ArticleUrls.normalise(article.url()));
            titles.addIfNew(article.title());
        }
        var byPreference = IntStream.range(0, articles.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> authority(articles.get(i).source())).reversed()
                        .thenComparing(Function.identity()))
                .toList();
        var kept = new TreeSet<Integer>();
        for (int i : byPreference) {
            Article article = articles.get(i);
            if (urls.add(ArticleUrls.normalise(article.url())) && titles.addIfNew(article.title())) {
                kept.add(i);
            }
        }
        return kept.stream().map(articles::get).toList();
    }

    /** The {@code n} best-scored articles of each category, best first; every category is present. */
    public Map<NewsCategory, List<ScoredArticle>> topPerCategory(List<Article> articles, int n, Instant now) {
        var byCategory = articles.stream().map(a -> score(a, now)).collect(Collectors.groupingBy(
                s -> s.article().category(), () -> new EnumMap<>(NewsCategory.class), Collectors.toList()));
        var top = new EnumMap<NewsCategory, List<ScoredArticle>>(NewsCategory.class);
        for (NewsCategory category : NewsCategory.values()) {
            top.put(category, byCategory.getOrDefault(category, List.of()).stream()
                    .sorted(Comparator.comparingDouble(ScoredArticle::score).reversed()
                            .thenComparing(s -> s.article().publishedAt(), Comparator.reverseOrder())
                            .thenComparing(s -> s.article().url()))
                    .limit(n)
                    .toList());
        }
        return Collections.unmodifiableMap(top);
    }

    private static Pattern wordPattern(String keyword) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword.strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
