package com.newsletterdaily.adapters.feeds;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.newsletterdaily.application.port.out.CryptoMarketSource;
import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.domain.market.Instrument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.newsletterdaily.adapters.feeds.TestInstruments.CLOCK;
import static com.newsletterdaily.adapters.feeds.TestInstruments.crypto;
import static com.newsletterdaily.adapters.feeds.TestInstruments.equity;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link CoinGeckoSource} against a fake CoinGecko serving recorded {@code /coins/markets} and {@code /global}. */
class CoinGeckoSourceTest {

    static final WireMockServer COINGECKO = FakeServer.start();

    @BeforeEach
    void serveRecordedPayloads() {
        COINGECKO.resetAll();
        COINGECKO.stubFor(get(urlPathEqualTo("/api/v3/coins/markets"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody(Fixtures.bytes("coingecko/coins_markets_usd_100_2023-01-08.json"))));
        COINGECKO.stubFor(get(urlPathEqualTo("/api/v3/global"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody(Fixtures.bytes("coingecko/global_2025-04-07.json"))));
    }

    private static CoinGeckoSource source() {
        return new CoinGeckoSource(SourceSettings.of(COINGECKO.baseUrl()), CLOCK);
    }

    @Test
    void givenBitcoin_quotes_takesPreviousCloseAsPriceLessThe24hChange() {
        var quote = source().quotes(List.of(crypto("bitcoin"))).getFirst();

        assertThat(quote.price()).isEqualByComparingTo("16951.52");
        assertThat(quote.previousClose()).isEqualByComparingTo("16927.67");
        assertThat(quote.currency()).isEqualTo("USD");
        assertThat(quote.provenance().asOf()).isEqualTo(Instant.parse("2023-01-08T16:49:40.132Z"));
        COINGECKO.verify(getRequestedFor(urlPathEqualTo("/api/v3/coins/markets"))
                .withQueryParam("vs_currency", equalTo("usd")).withQueryParam("ids", equalTo("bitcoin")));
    }

    @Test
    void givenAudSuffix_quotes_asksInAudAndQuotesInAud() {
        var quotes = source().quotes(List.of(crypto("bitcoin"), crypto("bitcoin.aud"), crypto("ethereum.aud")));

        assertThat(quotes).extracting(q -> q.instrument().symbol().value() + " " + q.currency())
                .containsExactly("bitcoin USD", "bitcoin.aud AUD", "ethereum.aud AUD");
        COINGECKO.verify(getRequestedFor(urlPathEqualTo("/api/v3/coins/markets"))
                .withQueryParam("vs_currency", equalTo("aud")).withQueryParam("ids", equalTo("bitcoin,ethereum")));
    }

    @Test
    void givenNonCryptoInstruments_quotes_leavesThemOutWithoutAsking() {
        assertThat(source().quotes(List.of(equity("CBA.AX")))).isEmpty();

        COINGECKO.verify(0, getRequestedFor(urlPathEqualTo("/api/v3/coins/markets")));
    }

    @Test
    void givenAnApiKey_requests_sendItInTheDemoHeader() {
        new CoinGeckoSource(SourceSettings.of(COINGECKO.baseUrl()).withApiKey("demo-key"), CLOCK).cryptoMarket();

        COINGECKO.verify(getRequestedFor(urlPathEqualTo("/api/v3/global"))
                .withHeader("x-cg-demo-api-key", equalTo("demo-key")));
    }

    @Test
    void givenNoApiKey_requests_sendNoKeyHeader() {
        source().cryptoMarket();

        COINGECKO.verify(getRequestedFor(urlPathEqualTo("/api/v3/global")).withHeader("x-cg-demo-api-key", absent()));
    }

    @Test
    void givenRecordedGlobal_cryptoMarket_readsUsdCapChangeAndUpdateTime() {
        var market = source().cryptoMarket();

        assertThat(market.totalMarketCapUsd()).isEqualByComparingTo("2515268352188.766");
        assertThat(market.marketCapChange24hPercent()).isEqualByComparingTo("-9.999293796813587");
        assertThat(market.provenance().asOf()).isEqualTo(Instant.ofEpochSecond(1744025333));
    }

    @Nested
    class QuoteContract extends QuoteSourceContract {

        @Override
        protected QuoteSource source() {
            return CoinGeckoSourceTest.source();
        }

        @Override
        protected List<Instrument> knownInstruments() {
            return List.of(crypto("bitcoin"), crypto("ethereum"), crypto("binancecoin"), crypto("solana"));
        }

        @Override
        protected Instrument unknownInstrument() {
            return crypto("no-such-coin");
        }
    }

    @Nested
    class MarketContract extends CryptoMarketSourceContract {

        @Override
        protected CryptoMarketSource source() {
            return CoinGeckoSourceTest.source();
        }
    }

    abstract class CoinGeckoErrors extends HttpSourceErrorContract {

        @Override
        protected WireMockServer server() {
            return COINGECKO;
        }

        @Override
        protected String sourceName() {
            return CoinGeckoSource.NAME;
        }

        @Override
        protected String contentType() {
            return "application/json";
        }

        @Override
        protected String malformedBody() {
            return "[{\"id\":\"bitcoin\",\"current_price\":16951.52,";
        }
    }

    @Nested
    class MarketsErrors extends CoinGeckoErrors {

        @Override
        protected MappingBuilder request() {
            return get(urlPathEqualTo("/api/v3/coins/markets")).atPriority(1);
        }

        @Override
        protected void call(SourceSettings settings) {
            new CoinGeckoSource(settings, CLOCK).quotes(List.of(crypto("bitcoin")));
        }
    }

    @Nested
    class GlobalErrors extends CoinGeckoErrors {

        @Override
        protected MappingBuilder request() {
            return get(urlPathEqualTo("/api/v3/global")).atPriority(1);
        }

        @Override
        protected void call(SourceSettings settings) {
            new CoinGeckoSource(settings, CLOCK).cryptoMarket();
        }
    }
}
