package com.newsletterdaily.adapters.postgres;

import com.newsletterdaily.domain.newsletter.CheckedFact;
import com.newsletterdaily.domain.newsletter.FactCheckVerdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactCheckTextTest {

    @Test
    void givenFactsAndMismatchesWithTabsNewlinesBackslashesAndUnicode_encodeThenDecode_roundTrips() {
        var verdict = new FactCheckVerdict(false, List.of(
                new CheckedFact("0.45%", CheckedFact.PERCENT, true, "S&P/ASX 200 change\t0.45%"),
                new CheckedFact("9.99%\\n", CheckedFact.PERCENT, false, ""),
                new CheckedFact("fell", CheckedFact.DIRECTION, false, "line\nbreak\r\nand ✓ \\")),
                List.of("'9.99%' matches no data value", "", "tab\tand\\t"));

        var text = FactCheckText.encode(verdict);

        assertThat(text.lines()).hasSize(6);
        assertThat(FactCheckText.decode(false, text)).isEqualTo(verdict);
    }

    @Test
    void givenNothingChecked_encodeThenDecode_roundTrips() {
        var verdict = new FactCheckVerdict(true, List.of(), List.of());

        assertThat(FactCheckText.encode(verdict)).isEmpty();
        assertThat(FactCheckText.decode(true, "")).isEqualTo(verdict);
    }
}
