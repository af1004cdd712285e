package com.newsletterdaily.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/** The global crypto market: total capitalisation in US dollars and its change over 24 hours in percent. */
public record CryptoMarket(BigDecimal totalMarketCapUsd, BigDecimal marketCapChange24hPercent,
                           Provenance provenance) {

    public CryptoMarket {
        if (totalMarketCapUsd == null || totalMarketCapUsd.signum() <= 0) {
            throw new IllegalArgumentException("total market cap must be positive: " + totalMarketCapUsd);
        }
        Objects.requireNonNull(marketCapChange24hPercent, "marketCapChange24hPercent");
        Objects.requireNonNull(provenance, "provenance");
    }

    public CryptoMarket withStatus(DataStatus status) {
        return new CryptoMarket(totalMarketCapUsd, marketCapChange24hPercent, provenance.withStatus(status));
    }
}
