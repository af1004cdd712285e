package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.SentimentSource;
import com.newsletterdaily.domain.market.DataStatus;
import org.junit.jupiter.api.Test;

import static com.newsletterdaily.adapters.feeds.TestInstruments.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link SentimentSource} shows; each implementation's test extends it. */
abstract class SentimentSourceContract {

    protected abstract SentimentSource source();

    @Test
    void givenTheSourceAnswers_fearGreed_isWithinRangeWithFreshProvenance() {
        var source = source();

        var index = source.fearGreed();

        assertThat(index.value()).isBetween(0, 100);
        assertThat(index.classification()).isNotBlank();
        assertThat(index.provenance().source()).isEqualTo(source.name());
        assertThat(index.provenance().status()).isEqualTo(DataStatus.FRESH);
        assertThat(index.provenance().fetchedAt()).isEqualTo(NOW);
        assertThat(index.provenance().asOf()).isBeforeOrEqualTo(NOW);
    }
}
