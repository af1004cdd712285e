package com.newsletterdaily.domain.newsletter;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditionTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-12-02T20:30:00Z");
    private static final Section OVERVIEW = new Section(SectionKind.MARKET_OVERVIEW, "Overview", "Summary.",
            "Body.", List.of("Point"));

    @Test
    void givenDraftWithSection_publish_stampsTheTime() {
        var published = Edition.draft(DATE, NOW).withSection(OVERVIEW).publish(NOW.plusSeconds(60));

        assertThat(published.isPublished()).isTrue();
        assertThat(published.publishedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(published.section(SectionKind.MARKET_OVERVIEW)).contains(OVERVIEW);
    }

    @Test
    void givenEmptyDraft_publish_isRefused() {
        assertThatThrownBy(() -> Edition.draft(DATE, NOW).publish(NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no sections");
    }

    @Test
    void givenPublished_publishAgain_isRefused() {
        var published = Edition.draft(DATE, NOW).withSection(OVERVIEW).publish(NOW);

        assertThatThrownBy(() -> published.publish(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenSectionOfSameKind_withSection_replacesIt() {
        var rewritten = new Section(SectionKind.MARKET_OVERVIEW, "New", "New summary.", "New body.", List.of());

        var edition = Edition.draft(DATE, NOW).withSection(OVERVIEW).withSection(rewritten);

        assertThat(edition.sections()).containsExactly(rewritten);
    }

    @Test
    void givenInconsistentState_constructor_isRefused() {
        assertThatThrownBy(() -> new Edition(DATE, EditionStatus.PUBLISHED, List.of(OVERVIEW), NOW, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Edition(DATE, EditionStatus.DRAFT, List.of(), NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Edition(DATE, EditionStatus.DRAFT, List.of(OVERVIEW, OVERVIEW), NOW, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two sections");
    }

    @Test
    void givenKeyPointSpanningLines_section_isRefused() {
        assertThatThrownBy(() -> new Section(SectionKind.MARKET_OVERVIEW, "T", "S", "B", List.of("a\nb")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Section(SectionKind.MARKET_OVERVIEW, " ", "S", "B", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }
}
