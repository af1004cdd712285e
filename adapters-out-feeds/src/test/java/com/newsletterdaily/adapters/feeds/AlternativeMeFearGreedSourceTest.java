package com.newsletterdaily.adapters.feeds;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.newsletterdaily.application.port.out.SentimentSource;
import com.newsletterdaily.application.port.out.SourceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.newsletterdaily.adapters.feeds.TestInstruments.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link AlternativeMeFearGreedSource} against a fake alternative.me serving a recorded {@code /fng/} answer. */
class AlternativeMeFearGreedSourceTest {

    static final WireMockServer FNG = FakeServer.start();

    @BeforeEach
    void serveRecordedIndex() {
        FNG.resetAll();
        FNG.stubFor(get(urlPathEqualTo("/fng/")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(Fixtures.bytes("feargreed/fng_limit2_2026-09-08.json"))));
    }

    private static AlternativeMeFearGreedSource source() {
        return new AlternativeMeFearGreedSource(SourceSettings.of(FNG.baseUrl()), CLOCK);
    }

    @Test
    void givenRecordedIndex_fearGreed_readsTheNewestEntryFromStrings() {
        var index = source().fearGreed();

        assertThat(index.value()).isEqualTo(69);
        assertThat(index.classification()).isEqualTo("Greed");
        assertThat(index.provenance().asOf()).isEqualTo(Instant.ofEpochSecond(1788825600));
        FNG.verify(getRequestedFor(urlPathEqualTo("/fng/")).withQueryParam("limit", equalTo("1")));
    }

    @Test
    void givenMetadataError_fearGreed_failsWithIt() {
        FNG.stubFor(get(urlPathEqualTo("/fng/")).atPriority(1).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"name\":\"Fear and Greed Index\",\"data\":[],\"metadata\":{\"error\":\"Limit must be a number\"}}")));

        assertThatThrownBy(() -> source().fearGreed()).isInstanceOf(SourceException.class)
                .hasMessageContaining("Limit must be a number");
    }

    @Test
    void givenAValueThatIsNoNumber_fearGreed_failsSayingUnexpectedJson() {
        FNG.stubFor(get(urlPathEqualTo("/fng/")).atPriority(1).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"data\":[{\"value\":\"high\",\"value_classification\":\"Greed\",\"timestamp\":\"1788825600\"}],"
                        + "\"metadata\":{\"error\":null}}")));

        assertThatThrownBy(() -> source().fearGreed()).isInstanceOf(SourceException.class)
                .hasMessageContaining("unexpected JSON").hasMessageContaining("value=high");
    }

    @Nested
    class Contract extends SentimentSourceContract {

        @Override
        protected SentimentSource source() {
            return AlternativeMeFearGreedSourceTest.source();
        }
    }

    @Nested
    class Errors extends HttpSourceErrorContract {

        @Override
        protected WireMockServer server() {
            return FNG;
        }

        @Override
        protected MappingBuilder request() {
            return get(urlPathEqualTo("/fng/")).atPriority(1);
        }

        @Override
        protected void call(SourceSettings settings) {
            new AlternativeMeFearGreedSource(settings, CLOCK).fearGreed();
        }

        @Override
        protected String sourceName() {
            return AlternativeMeFearGreedSource.NAME;
        }

        @Override
        protected String contentType() {
            return "application/json";
        }

        @Override
        protected String malformedBody() {
            return "{\"name\": \"Fear and Greed Index\", \"data\": [ {\"value\": \"69\"";
        }
    }
}
