package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.EditionRepository;
import com.newsletterdaily.domain.newsletter.CheckedFact;
import com.newsletterdaily.domain.newsletter.FactCheckVerdict;
import com.newsletterdaily.domain.newsletter.Section;
import com.newsletterdaily.domain.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.newsletterdaily.application.testing.EditionBuilder.anEdition;
import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link EditionRepository} shows; each implementation's test extends it. */
public abstract class EditionRepositoryContract {

    protected static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    protected static final LocalDate TUESDAY = MONDAY.plusDays(1);

    /** A repository over an empty store. */
    protected abstract EditionRepository repository();

    @Test
    void givenNothingStored_findByDate_isEmpty() {
        assertThat(repository().findByDate(MONDAY)).isEmpty();
        assertThat(repository().findLatestPublished()).isEmpty();
    }

    @Test
    void givenSavedEdition_findByDate_returnsItWithItsSections() {
        var edition = anEdition().publishedOn(MONDAY).build();
        var repository = repository();
        repository.save(edition);

        assertThat(repository.findByDate(MONDAY)).contains(edition);
    }

    @Test
    void givenSavedTwice_save_replacesTheEditionAndItsSections() {
        var repository = repository();
        repository.save(anEdition().on(MONDAY).build());
        var rewritten = new Section(SectionKind.MARKET_OVERVIEW, "Rewritten", "New summary.", "New body.",
                List.of("Only point"));
        var published = anEdition().publishedOn(MONDAY).with(rewritten).build();

        repository.save(published);

        assertThat(repository.findByDate(MONDAY)).contains(published);
    }

    @Test
    void givenDraftAfterPublished_findLatestPublished_skipsTheDraft() {
        var repository = repository();
        var monday = anEdition().publishedOn(MONDAY).build();
        repository.save(monday);
        repository.save(anEdition().on(TUESDAY).build());

        assertThat(repository.findLatestPublished()).contains(monday);
    }

    @Test
    void givenTwoPublished_findLatestPublished_returnsTheLaterDate() {
        var repository = repository();
        var tuesday = anEdition().publishedOn(TUESDAY).build();
        repository.save(tuesday);
        repository.save(anEdition().publishedOn(MONDAY).build());

        assertThat(repository.findLatestPublished()).contains(tuesday);
    }

    @Test
    void givenMultilineBodyAndUnicode_save_keepsTheTextExactly() {
        var repository = repository();
        var section = new Section(SectionKind.MARKET_OVERVIEW, "Märkte: ASX 200 ↑", "Zusammenfassung «kurz».",
                "Line one.\n\nLine 'two' with \"quotes\" and a backslash \\ and 100% of it.",
                List.of("Point with ' quote", "Point ✓"));
        var edition = anEdition().publishedOn(MONDAY).with(section).build();

        repository.save(edition);

        assertThat(repository.findByDate(MONDAY)).contains(edition);
    }

    @Test
    void givenSectionsWithPassedAndFailedVerdicts_save_keepsTheVerdictsExactly() {
        var repository = repository();
        var failed = new FactCheckVerdict(false, List.of(
                new CheckedFact("0.45%", CheckedFact.PERCENT, true, "S&P/ASX 200 change 0.45%"),
                new CheckedFact("9.99%", CheckedFact.PERCENT, false, ""),
                new CheckedFact("rose", CheckedFact.DIRECTION, true, "S&P/ASX 200\trose\nline \\ ✓")),
                List.of("'9.99%' matches no data value", "multi\nline\t\\ mismatch ✓"));
        var section = new Section(SectionKind.MARKET_OVERVIEW, "Overview", "Summary.", "Body.", List.of("Point"),
                failed);
        var edition = anEdition().publishedOn(MONDAY).with(section).build();

        repository.save(edition);

        assertThat(repository.findByDate(MONDAY)).contains(edition);
        var passed = section.withFactCheck(new FactCheckVerdict(true, List.of(), List.of()));
        var republished = anEdition().publishedOn(MONDAY).with(passed).build();
        repository.save(republished);
        assertThat(repository.findByDate(MONDAY)).contains(republished);
    }
}
