package com.newsletterdaily.adapters.feeds;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.newsletterdaily.application.port.out.PriceHistorySource;
import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PricePoint;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Symbol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.newsletterdaily.adapters.feeds.TestInstruments.CLOCK;
import static com.newsletterdaily.adapters.feeds.TestInstruments.NOW;
import static com.newsletterdaily.adapters.feeds.TestInstruments.equity;
import static com.newsletterdaily.adapters.feeds.TestInstruments.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link YahooChartSource} against a fake Yahoo serving recorded chart payloads. */
class YahooChartSourceTest {

    static final WireMockServer YAHOO = FakeServer.start();

    private static final String NOT_FOUND = """
            {"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}""";

    @BeforeEach
    void serveRecordedCharts() {
        YAHOO.resetAll();
        YAHOO.stubFor(get(urlPathMatching("/v8/finance/chart/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody(NOT_FOUND)));
        serve("AAPL", "yahoo/chart_AAPL_5d_1d.json");
        serve("MUV2.DE", "yahoo/chart_MUV2.DE_1d_6mo.json");
        serve("%5ETNX", "yahoo/chart_TNX_index_5m_1d.json");
        serve("NOBARS", "yahoo/chart_AAPL_1h_meta_only_empty_quote.json");
    }

    private static void serve(String encodedSymbol, String fixture) {
        YAHOO.stubFor(get(urlPathEqualTo("/v8/finance/chart/" + encodedSymbol)).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json;charset=utf-8")
                        .withBody(Fixtures.bytes(fixture))));
    }

    private static YahooChartSource source() {
        return new YahooChartSource(SourceSettings.of(YAHOO.baseUrl()), CLOCK);
    }

    @Test
    void givenRecordedDailyChart_quotes_takesPriceFromMetaAndPreviousCloseFromTheBarBeforeToday() {
        var quote = source().quotes(List.of(equity("AAPL"))).getFirst();

        assertThat(quote.price()).isEqualByComparingTo("132.54");
        assertThat(quote.previousClose()).isEqualByComparingTo("131.46");
        assertThat(quote.currency()).isEqualTo("USD");
        assertThat(quote.provenance().asOf()).isEqualTo(Instant.ofEpochSecond(1620072001));
    }

    @Test
    void givenIndexSymbolWithCaret_quotes_encodesItAndUsesYahoosPreviousClose() {
        var quote = source().quotes(List.of(index("^TNX"))).getFirst();

        assertThat(quote.price()).isEqualByComparingTo("4.275");
        assertThat(quote.previousClose()).isEqualByComparingTo("4.227");
        YAHOO.verify(getRequestedFor(urlPathEqualTo("/v8/finance/chart/%5ETNX"))
                .withQueryParam("interval", equalTo("1d")));
    }

    @Test
    void givenOneFailingInstrument_quotes_skipsItAndListsWhy() {
        var source = source();

        var quotes = source.quotes(List.of(equity("AAPL"), equity("XYZ.AX")));

        assertThat(quotes).hasSize(1);
        assertThat(source.lastSkipped()).singleElement().satisfies(s -> {
            assertThat(s.symbol()).isEqualTo(Symbol.of("XYZ.AX"));
            assertThat(s.reason()).contains("HTTP 404");
        });
    }

    @Test
    void givenEveryInstrumentFailing_quotes_throwsWithEachReason() {
        assertThatThrownBy(() -> source().quotes(List.of(equity("XYZ.AX"), equity("ABC.AX"))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("no instrument could be quoted")
                .hasMessageContaining("XYZ.AX: HTTP 404").hasMessageContaining("ABC.AX: HTTP 404");
    }

    @Test
    void givenChartError_history_failsWithYahoosDescription() {
        YAHOO.stubFor(get(urlPathEqualTo("/v8/finance/chart/GONE")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(NOT_FOUND)));

        assertThatThrownBy(() -> source().history(equity("GONE"), 5))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("No data found, symbol may be delisted");
    }

    @Test
    void givenChartWithoutBars_history_isEmpty() {
        assertThat(source().history(equity("NOBARS"), 5).points()).isEmpty();
    }

    @Test
    void givenChartWithoutBars_quotes_usesMetaPreviousClose() {
        var quote = source().quotes(List.of(equity("NOBARS"))).getFirst();

        assertThat(quote.previousClose()).isEqualByComparingTo("131.46");
    }

    @Test
    void givenDailyBars_history_datesThemInTheExchangeZoneAndRoundsToThePriceHint() {
        var history = source().history(equity("AAPL"), 5);

        assertThat(history.points()).extracting(PricePoint::date).containsExactly(
                LocalDate.of(2021, 4, 27), LocalDate.of(2021, 4, 28), LocalDate.of(2021, 4, 29),
                LocalDate.of(2021, 4, 30), LocalDate.of(2021, 5, 3));
        assertThat(history.points().getFirst().close()).isEqualTo(new BigDecimal("134.39"));
        assertThat(history.provenance()).isEqualTo(
                new Provenance(YahooChartSource.NAME, Instant.ofEpochSecond(1620072001), NOW, DataStatus.FRESH));
    }

    @Test
    void givenANullClose_history_skipsThatBar() {
        var history = source().history(equity("MUV2.DE"), 500);

        assertThat(history.points()).hasSize(123);
    }

    @Test
    void givenDays_history_asksForTheShortestRangeHoldingThem() {
        source().history(equity("AAPL"), 30);

        YAHOO.verify(getRequestedFor(urlPathEqualTo("/v8/finance/chart/AAPL")).withQueryParam("range", equalTo("3mo")));
    }

    @Nested
    class QuoteContract extends QuoteSourceContract {

        @Override
        protected QuoteSource source() {
            return YahooChartSourceTest.source();
        }

        @Override
        protected List<Instrument> knownInstruments() {
            return List.of(equity("AAPL"), equity("MUV2.DE"), index("^TNX"));
        }
    }

    @Nested
    class HistoryContract extends PriceHistorySourceContract {

        @Override
        protected PriceHistorySource source() {
            return YahooChartSourceTest.source();
        }

        @Override
        protected Instrument knownInstrument() {
            return equity("AAPL");
        }
    }

    abstract class YahooErrors extends HttpSourceErrorContract {

        @Override
        protected WireMockServer server() {
            return YAHOO;
        }

        @Override
        protected MappingBuilder request() {
            return get(urlPathEqualTo("/v8/finance/chart/AAPL")).atPriority(0);
        }

        @Override
        protected String sourceName() {
            return YahooChartSource.NAME;
        }

        @Override
        protected String contentType() {
            return "application/json";
        }

        @Override
        protected String malformedBody() {
            return "{\"chart\":{\"result\":[{\"meta\":{\"currency\":\"USD\",";
        }
    }

    @Nested
    class HistoryErrors extends YahooErrors {

        @Override
        protected void call(SourceSettings settings) {
            new YahooChartSource(settings, CLOCK).history(equity("AAPL"), 5);
        }
    }

    @Nested
    class QuoteErrors extends YahooErrors {

        @Override
        protected void call(SourceSettings settings) {
            new YahooChartSource(settings, CLOCK).quotes(List.of(equity("AAPL")));
        }
    }
}
