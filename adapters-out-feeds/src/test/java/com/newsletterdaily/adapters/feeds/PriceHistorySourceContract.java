package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.PriceHistorySource;
import com.newsletterdaily.application.port.out.SourceException;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.PricePoint;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.newsletterdaily.adapters.feeds.TestInstruments.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The behaviour every {@link PriceHistorySource} shows; each implementation's test extends it. */
abstract class PriceHistorySourceContract {

    protected abstract PriceHistorySource source();

    /** An instrument with at least three daily closes. */
    protected abstract Instrument knownInstrument();

    /** An instrument the source has no data for; an unlisted equity unless the source overrides it. */
    protected Instrument unknownInstrument() {
        return TestInstruments.unlistedEquity();
    }

    @Test
    void givenKnownInstrument_history_returnsAtMostTheDaysAskedForOldestFirst() {
        var history = source().history(knownInstrument(), 3);

        assertThat(history.symbol()).isEqualTo(knownInstrument().symbol());
        assertThat(history.points()).hasSize(3).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()))
                .allSatisfy(p -> assertThat(p.close()).isPositive());
    }

    @Test
    void givenKnownInstrument_history_carriesTheSourcesProvenanceFetchedNow() {
        var source = source();

        var provenance = source.history(knownInstrument(), 3).provenance();

        assertThat(provenance.source()).isEqualTo(source.name());
        assertThat(provenance.status()).isEqualTo(DataStatus.FRESH);
        assertThat(provenance.fetchedAt()).isEqualTo(NOW);
        assertThat(provenance.asOf()).isBeforeOrEqualTo(NOW);
    }

    @Test
    void givenMoreDays_history_endsWithTheShorterHistory() {
        var shorter = source().history(knownInstrument(), 3);
        var longer = source().history(knownInstrument(), 20);

        assertThat(longer.points().size()).isGreaterThanOrEqualTo(shorter.points().size());
        assertThat(longer.last(3)).isEqualTo(shorter);
    }

    @Test
    void givenKnownInstrument_history_hasNoDateAfterToday() {
        var history = source().history(knownInstrument(), 20);

        assertThat(history.points()).extracting(PricePoint::date)
                .allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(1)));
    }

    @Test
    void givenUnknownInstrument_history_throwsNamingTheSource() {
        var source = source();

        assertThatThrownBy(() -> source.history(unknownInstrument(), 5))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.source()).isEqualTo(source.name()));
    }
}
