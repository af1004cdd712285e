package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.QuoteSource;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Quote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.newsletterdaily.adapters.feeds.TestInstruments.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link QuoteSource} shows; each implementation's test extends it. */
abstract class QuoteSourceContract {

    /** The source under test, on {@link TestInstruments#CLOCK}. */
    protected abstract QuoteSource source();

    /** At least two instruments the source can quote. */
    protected abstract List<Instrument> knownInstruments();

    /** An instrument the source has no data for; an unlisted equity unless the source overrides it. */
    protected Instrument unknownInstrument() {
        return TestInstruments.unlistedEquity();
    }

    @Test
    void givenKnownInstruments_quotes_returnsOneQuotePerInstrumentInRequestOrder() {
        var requested = new ArrayList<>(knownInstruments());
        Collections.reverse(requested);

        var quotes = source().quotes(requested);

        assertThat(quotes).extracting(Quote::instrument).containsExactlyElementsOf(requested);
    }

    @Test
    void givenKnownInstruments_quotes_carryPricesAndFreshProvenanceFromTheSource() {
        var source = source();

        var quotes = source.quotes(knownInstruments());

        assertThat(quotes).isNotEmpty().allSatisfy(q -> {
            assertThat(q.price()).isPositive();
            assertThat(q.previousClose()).isPositive();
            assertThat(q.currency()).isNotBlank();
            assertThat(q.provenance().source()).isEqualTo(source.name());
            assertThat(q.provenance().status()).isEqualTo(DataStatus.FRESH);
            assertThat(q.provenance().fetchedAt()).isEqualTo(NOW);
            assertThat(q.provenance().asOf()).isBeforeOrEqualTo(NOW);
        });
    }

    @Test
    void givenAnUnknownInstrumentAmongKnownOnes_quotes_leavesItOut() {
        var requested = new ArrayList<>(knownInstruments());
        requested.add(1, unknownInstrument());

        var quotes = source().quotes(requested);

        assertThat(quotes).extracting(Quote::instrument).containsExactlyElementsOf(knownInstruments());
    }

    @Test
    void givenNoInstruments_quotes_isEmpty() {
        assertThat(source().quotes(List.of())).isEmpty();
    }
}
