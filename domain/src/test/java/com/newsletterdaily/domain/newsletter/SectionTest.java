package com.newsletterdaily.domain.newsletter;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionTest {

    private static final Section UNCHECKED = new Section(SectionKind.MARKET_OVERVIEW, "Overview", "Summary.",
            "Body.", List.of("Point"));

    @Test
    void givenFiveArguments_constructor_leavesTheSectionUnchecked() {
        assertThat(UNCHECKED.factCheck()).isNull();
    }

    @Test
    void givenVerdict_withFactCheck_keepsTheTextAndCarriesTheVerdict() {
        var verdict = new FactCheckVerdict(false, List.of(new CheckedFact("9.99%", CheckedFact.PERCENT, false, "")),
                List.of("'9.99%' matches no data value"));

        var checked = UNCHECKED.withFactCheck(verdict);

        assertThat(checked.factCheck()).isEqualTo(verdict);
        assertThat(checked.withFactCheck(null)).isEqualTo(UNCHECKED);
        assertThat(checked).isNotEqualTo(UNCHECKED);
    }
}
