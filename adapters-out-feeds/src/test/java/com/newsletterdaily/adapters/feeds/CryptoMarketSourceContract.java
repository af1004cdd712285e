package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.CryptoMarketSource;
import com.newsletterdaily.domain.market.DataStatus;
import org.junit.jupiter.api.Test;

import static com.newsletterdaily.adapters.feeds.TestInstruments.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link CryptoMarketSource} shows; each implementation's test extends it. */
abstract class CryptoMarketSourceContract {

    protected abstract CryptoMarketSource source();

    @Test
    void givenTheSourceAnswers_cryptoMarket_hasAPositiveCapAndFreshProvenance() {
        var source = source();

        var market = source.cryptoMarket();

        assertThat(market.totalMarketCapUsd()).isPositive();
        assertThat(market.marketCapChange24hPercent().abs()).isLessThan(java.math.BigDecimal.valueOf(100));
        assertThat(market.provenance().source()).isEqualTo(source.name());
        assertThat(market.provenance().status()).isEqualTo(DataStatus.FRESH);
        assertThat(market.provenance().fetchedAt()).isEqualTo(NOW);
        assertThat(market.provenance().asOf()).isBeforeOrEqualTo(NOW);
    }
}
