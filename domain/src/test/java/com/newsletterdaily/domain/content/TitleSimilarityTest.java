package com.newsletterdaily.domain.content;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TitleSimilarityTest {

    @Test
    void givenTitle_normalise_dropsCasePunctuationDiacriticsAndExtraSpace() {
        assertThat(TitleSimilarity.normalise("  Fed’s RATE-CUT:  Café   owners cheer!  "))
                .isEqualTo("feds rate cut cafe owners cheer");
    }

    @Test
    void givenSameStoryDifferentlyPunctuatedAndCased_similar_isTrue() {
        assertThat(TitleSimilarity.similar("RBA holds cash rate at 4.35% — again",
                "rba holds cash rate at 4 35%, again")).isTrue();
        assertThat(TitleSimilarity.similar("Nikkei résumé: yen slides", "NIKKEI RESUME - Yen Slides")).isTrue();
    }

    @Test
    void givenOneWordDifferentInALongTitle_similar_isTrue() {
        // 9 shared words of 11 in all: Jaccard 0.82.
        assertThat(TitleSimilarity.similar("BHP shares rise after strong iron ore output in quarter",
                "BHP shares rise after strong iron ore output this quarter")).isTrue();
    }

    @Test
    void givenTwoWordsDifferentInAShortTitle_similar_isFalse() {
        // 5 shared words of 7 in all: Jaccard 0.71.
        assertThat(TitleSimilarity.similar("ASX closes higher as miners rally",
                "ASX closes lower as miners slump")).isFalse();
    }

    @Test
    void givenDifferentStories_similar_isFalse() {
        assertThat(TitleSimilarity.similar("RBA holds cash rate at 4.35%", "RBA cuts cash rate to 4.10%")).isFalse();
        assertThat(TitleSimilarity.similar("Bitcoin hits record high", "Ethereum hits record low")).isFalse();
        assertThat(TitleSimilarity.similar("!!!", "Bitcoin")).isFalse();
    }

    @Test
    void givenIndex_addIfNew_refusesNearIdenticalTitlesOnly() {
        var index = new TitleSimilarity();

        assertThat(index.addIfNew("Westpac profit falls 5% on margin squeeze")).isTrue();
        assertThat(index.addIfNew("WESTPAC PROFIT FALLS 5% ON MARGIN SQUEEZE!")).isFalse();
        assertThat(index.addIfNew("Westpac profit falls 5% on a margin squeeze")).isFalse();
        assertThat(index.addIfNew("Westpac profit rises 5% on margin growth")).isTrue();
        assertThat(index.addIfNew("...")).isTrue();
        assertThat(index.addIfNew("…")).isFalse();
    }

    @Test
    void givenTenThousandTitlesHalfOfThemRepeated_addIfNew_keepsEachStoryOnceQuickly() {
        var random = new Random(42);
        var stories = IntStream.range(0, 5_000).mapToObj(i -> IntStream.range(0, 8 + random.nextInt(5))
                .mapToObj(w -> "w" + random.nextInt(3_000)).collect(Collectors.joining(" "))).toList();
        var titles = Stream.concat(stories.stream(), stories.stream().map(t -> t.toUpperCase() + "!")).toList();
        long start = System.nanoTime();

        var index = new TitleSimilarity(titles);
        long added = titles.stream().filter(index::addIfNew).count();

        assertThat(added).isBetween(4_990L, 5_000L);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
