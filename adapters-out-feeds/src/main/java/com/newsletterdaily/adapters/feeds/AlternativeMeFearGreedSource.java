package com.newsletterdaily.adapters.feeds;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.newsletterdaily.application.port.out.SentimentSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.FearGreedIndex;
import com.newsletterdaily.domain.market.Provenance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The crypto fear and greed index from alternative.me ({@code /fng/?limit=1}), whose numbers arrive as strings. */
public final class AlternativeMeFearGreedSource implements SentimentSource {

    public static final String NAME = "alternative.me";
    public static final String DEFAULT_BASE_URL = "https://api.alternative.me";

    private final HttpFetcher http;
    private final Clock clock;

    public AlternativeMeFearGreedSource(SourceSettings settings, Clock clock) {
        this.http = new HttpFetcher(NAME, settings, ContentFamily.JSON, Optional.empty());
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FearGreedIndex fearGreed() {
        var json = JsonBodies.read(NAME, http.get("/fng/?limit=1"), FngJson.class);
        return json.toIndex(clock.instant());
    }

    record FngJson(List<Entry> data, Metadata metadata) {

        record Entry(String value, @JsonProperty("value_classification") String valueClassification,
                     String timestamp) {
        }

        record Metadata(String error) {
        }

        FearGreedIndex toIndex(Instant fetchedAt) {
            if (metadata != null && metadata.error() != null) {
                throw new SourceException(NAME, "alternative.me error: " + metadata.error(), false);
            }
            if (data == null || data.isEmpty() || data.get(0) == null) {
                throw JsonBodies.unexpected(NAME, "no data");
            }
            var entry = data.get(0);
            try {
                var provenance = new Provenance(NAME, Instant.ofEpochSecond(Long.parseLong(entry.timestamp())),
                        fetchedAt, DataStatus.FRESH);
                return new FearGreedIndex(Integer.parseInt(entry.value()), entry.valueClassification(), provenance);
            } catch (IllegalArgumentException e) {
                throw JsonBodies.unexpected(NAME, "unusable entry value=" + entry.value() + " timestamp="
                        + entry.timestamp() + " classification=" + entry.valueClassification());
            }
        }
    }
}
