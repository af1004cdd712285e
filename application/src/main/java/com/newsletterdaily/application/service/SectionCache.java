package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.Cache;
import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.newsletter.Section;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The response cache of written sections, keyed by a SHA-256 of the provider, model, prompt version and every field
 * of the request that goes into the prompt. It never fails its caller: a broken cache reads as empty.
 */
final class SectionCache {

    static final String PREFIX = "llm:section:";
    private static final System.Logger LOG = System.getLogger(SectionCache.class.getName());

    private final Cache cache;
    private final Duration ttl;
    private final String promptVersion;

    SectionCache(Cache cache, Duration ttl, String promptVersion) {
        this.cache = cache;
        this.ttl = ttl;
        this.promptVersion = promptVersion;
    }

    Optional<Section> get(ModelChoice choice, SectionRequest request) {
        if (ttl.isZero()) {
            return Optional.empty();
        }
        try {
            return cache.get(key(choice, request)).map(SectionCodec::decode);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Section cache read failed; writing uncached: " + e);
            return Optional.empty();
        }
    }

    void put(ModelChoice choice, SectionRequest request, Section section) {
        if (ttl.isZero()) {
            return;
        }
        try {
            cache.put(key(choice, request), SectionCodec.encode(section), ttl);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Section cache write failed: " + e);
        }
    }

    String key(ModelChoice choice, SectionRequest request) {
        var lines = new ArrayList<>(List.of(choice.name(), choice.model().model(), promptVersion,
                request.kind().name(), request.editionDate().toString()));
        request.quotes().forEach(quote -> lines.add(canonical(quote)));
        lines.add("articles");
        request.articles().forEach(article -> lines.add(canonical(article)));
        return PREFIX + sha256(String.join("\n", lines.stream().map(SectionCodec::escape).toList()));
    }

    private static String canonical(Quote quote) {
        return fields(quote.instrument().symbol().value(), quote.instrument().name(), quote.price().toPlainString(),
                quote.previousClose().toPlainString(), quote.currency(), quote.provenance().source(),
                quote.provenance().asOf().toString());
    }

    private static String canonical(Article article) {
        return fields(article.category().name(), article.title(), article.summary(), article.url().toString(),
                article.source(), article.publishedAt().toString());
    }

    /** Fields joined by tabs, each with its tabs and backslashes escaped so that no two field lists collide. */
    private static String fields(String... values) {
        var joined = new StringBuilder();
        for (String value : values) {
            joined.append(value.replace("\\", "\\\\").replace("\t", "\\t")).append('\t');
        }
        return joined.toString();
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
