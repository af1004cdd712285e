package com.newsletterdaily.domain.newsletter;

import com.newsletterdaily.domain.content.Article;
import com.newsletterdaily.domain.content.NewsCategory;
import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactCheckTest {

    private static final Provenance SNAPSHOT = new Provenance("offline-snapshot",
            Instant.parse("2026-12-02T06:10:00Z"), Instant.parse("2026-12-02T07:00:00Z"), DataStatus.FALLBACK);
    private static final LocalDate DATE = LocalDate.of(2026, 12, 2);
    private static final Quote ASX = quote("^AXJO", "S&P/ASX 200", "8412.30", "8374.60", "AUD");
    private static final Quote DOW = quote("^DJI", "Dow Jones Industrial Average", "44421.91", "44782.00", "USD");
    private static final Quote FTSE = quote("^FTSE", "FTSE 100", "8312.05", "8312.05", "GBP");
    private static final List<Quote> QUOTES = List.of(ASX, DOW, FTSE);

    private static final String SUMMARY = "S&P/ASX 200 rose 0.45% to 8,412.30 AUD. "
            + "Of 3 instruments followed, 2 gained and 1 lost ground.";
    private static final String BODY = """
            - S&P/ASX 200 rose 0.45% to 8,412.30 AUD.
            - Dow Jones Industrial Average fell 0.80% to 44,421.91 USD.
            - FTSE 100 was unchanged at 8,312.05 GBP.

            Prices from offline-snapshot as of 2026-12-02T06:10:00Z.""";
    private static final List<String> KEY_POINTS = List.of("Strongest: S&P/ASX 200 up 0.45%",
            "Weakest: Dow Jones Industrial Average down 0.80%", "Of 3 instruments followed, 2 gained and 1 lost ground.");

    @Test
    void givenOfflineWritersText_check_passesAndListsEveryFact() {
        var verdict = check("Market overview for Wednesday 2 December 2026", SUMMARY, BODY, KEY_POINTS);

        assertThat(verdict.mismatches()).isEmpty();
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.checked()).contains(
                new CheckedFact("0.45%", "percent", true, "S&P/ASX 200 change %"),
                new CheckedFact("8,412.30", "number", true, "S&P/ASX 200 price"),
                new CheckedFact("0.80%", "percent", true, "Dow Jones Industrial Average change %"),
                new CheckedFact("fell", "direction", true, "Dow Jones Industrial Average fell"),
                new CheckedFact("unchanged", "direction", true, "FTSE 100 was unchanged"),
                new CheckedFact("up", "direction", true, "S&P/ASX 200 rose"),
                new CheckedFact("down", "direction", true, "Dow Jones Industrial Average fell"),
                new CheckedFact("2026-12-02T06:10:00Z", "date", true, "data time 2026-12-02T06:10:00Z"),
                new CheckedFact("3", "number", true, "number of quotes"),
                new CheckedFact("2026", "number", true, "edition year"));
        assertThat(verdict.checked()).extracting(CheckedFact::text).doesNotContain("200", "100", "06", "10");
        assertThat(verdict.checked()).extracting(CheckedFact::text).filteredOn("gained"::equals).isEmpty();
    }

    @Test
    void givenInventedPercentage_check_failsNamingIt() {
        var verdict = check("Markets", "S&P/ASX 200 rose 3.10% to 8,412.30 AUD.", BODY, KEY_POINTS);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.mismatches()).containsExactly("'3.10%' matches no data value");
        assertThat(verdict.checked()).contains(new CheckedFact("3.10%", "percent", false, ""));
    }

    @Test
    void givenInventedPrice_check_fails() {
        var verdict = check("Markets", "S&P/ASX 200 rose 0.45% to 8,512.30 AUD.", BODY, KEY_POINTS);

        assertThat(verdict.mismatches()).containsExactly("'8,512.30' matches no data value");
    }

    @Test
    void givenWrongDirectionWord_check_failsNamingTheInstrument() {
        var verdict = check("Markets", SUMMARY, "Dow Jones Industrial Average rose 0.80% to 44,421.91 USD.", KEY_POINTS);

        assertThat(verdict.mismatches())
                .containsExactly("'rose' contradicts Dow Jones Industrial Average which fell");
    }

    @Test
    void givenUpForFallingInstrument_check_fails() {
        var verdict = check("Markets", SUMMARY, BODY, List.of("Weakest: Dow Jones Industrial Average up 0.80%"));

        assertThat(verdict.mismatches()).containsExactly("'up' contradicts Dow Jones Industrial Average which fell");
    }

    @Test
    void givenSignedPercentAgainstDirection_check_fails() {
        var verdict = check("Markets", "S&P/ASX 200: -0.45% on the day.", BODY, KEY_POINTS);

        assertThat(verdict.mismatches()).containsExactly("'-0.45%' contradicts S&P/ASX 200 which rose");
    }

    @Test
    void givenUnchangedForRisingInstrumentOrRoseForFlatOne_check_fails() {
        var verdict = check("Markets", "The S&P/ASX 200 was unchanged.", "FTSE 100 rose.", List.of());

        assertThat(verdict.mismatches()).containsExactly("'unchanged' contradicts S&P/ASX 200 which rose",
                "'rose' contradicts FTSE 100 which was unchanged");
    }

    @Test
    void givenExactPercentOf0_4502_check_accepts0_45AndRefuses0_46() {
        var quote = quote("CBA.AX", "Commonwealth Bank", "10045.02", "10000", "AUD");

        assertThat(FactCheck.check(section("Banks", "Commonwealth Bank rose 0.45%.", "Commonwealth Bank rose 0.450%."),
                List.of(quote), List.of(), DATE).passed()).isTrue();
        assertThat(FactCheck.check(section("Banks", "Commonwealth Bank rose 0.46%.", "More detail."),
                List.of(quote), List.of(), DATE).mismatches()).containsExactly("'0.46%' matches no data value");
        assertThat(FactCheck.check(section("Banks", "Commonwealth Bank rose 0.4502%.", "Up 0.5%."),
                List.of(quote), List.of(), DATE).passed()).isTrue();
    }

    @Test
    void givenNumbersInNamesTickersAndIdentifiers_check_skipsThem() {
        var verdict = check("Markets", "The S&P 500, ASX 200, FTSE 100 and Nikkei 225 (^N225) moved; gold (GC=F) "
                        + "and South32 (S32.AX) too. The 8- and 20-day averages, the 3rd session, Q3 and COVID-19.",
                "Model gpt-4.1 wrote this at 06:10, version 1.2.3.", List.of());

        assertThat(verdict.mismatches()).isEmpty();
        assertThat(verdict.checked()).isEmpty();
    }

    @Test
    void givenSeparatorsSignsCurrenciesAndScales_check_parsesThem() {
        var article = new Article(NewsCategory.CRYPTO, "Crypto market tops $3.2 trillion", "Up 4.5% in a week.",
                URI.create("https://news.example/a"), "News", Instant.parse("2026-12-01T22:00:00Z"));
        var section = section("Markets", "S&P/ASX 200 rose +0.45% to A$8,412.30, up A$37.70; the Dow ended at "
                        + "US$44,421.91 and crypto reached $3.2 trillion (3,200bn), up 4.5 per cent.",
                "Dow Jones Industrial Average fell \u22120.80%. Top 5 movers. Published 2026-12-01.");

        var verdict = FactCheck.check(section, QUOTES, List.of(article), DATE);

        assertThat(verdict.mismatches()).isEmpty();
        assertThat(verdict.checked()).extracting(CheckedFact::text).contains("+0.45%", "A$8,412.30", "A$37.70",
                "US$44,421.91", "$3.2 trillion", "3,200bn", "4.5 per cent", "\u22120.80%", "5", "2026-12-01");
    }

    @Test
    void givenOtherIsoTimeOrDate_check_fails() {
        var verdict = check("Markets", "Prices as of 2026-12-02T07:10:00Z.", "Last updated 2026-11-30.", List.of());

        assertThat(verdict.mismatches()).containsExactly("'2026-12-02T07:10:00Z' matches no data date",
                "'2026-11-30' matches no data date");
    }

    @Test
    void givenDirectionWordWithoutInstrumentInItsClause_check_doesNotCheckIt() {
        var verdict = check("Markets", "S&P/ASX 200 rose 0.45% while bond yields fell. Stocks rose overnight.",
                "FTSE 100 was unchanged despite lower rates; picked up interest in FTSE 100 shares.", List.of());

        assertThat(verdict.mismatches()).isEmpty();
        assertThat(verdict.checked()).filteredOn(f -> f.kind().equals("direction")).extracting(CheckedFact::text)
                .containsExactly("rose", "unchanged");
    }

    @Test
    void givenInstrumentBySymbol_check_readsDirectionAgainstIt() {
        var verdict = check("Markets", "^DJI gained 0.8%.", "DJI slipped 0.80%.", List.of());

        assertThat(verdict.mismatches()).containsExactly("'gained' contradicts Dow Jones Industrial Average which fell");
    }

    @Test
    void givenNumberQuotedFromArticle_check_acceptsIt() {
        var article = new Article(NewsCategory.ECONOMY, "RBA holds cash rate at 4.35%", "",
                URI.create("https://news.example/rba"), "News", Instant.parse("2026-12-01T22:00:00Z"));
        var section = section("Economy", "The RBA held the cash rate at 4.35%.", "It was 4.35 per cent.");

        assertThat(FactCheck.check(section, QUOTES, List.of(article), DATE).passed()).isTrue();
        assertThat(FactCheck.check(section, QUOTES, List.of(), DATE).mismatches())
                .containsExactly("'4.35%' matches no data value", "'4.35 per cent' matches no data value");
    }

    @Test
    void givenLargeIntegerNotInData_check_fails() {
        var verdict = check("Markets", "The S&P/ASX 200 has 11 sectors and 2025 was strong.", "Body.", List.of());

        assertThat(verdict.mismatches()).containsExactly("'11' matches no data value", "'2025' matches no data value");
    }

    private static FactCheckVerdict check(String title, String summary, String body, List<String> keyPoints) {
        return FactCheck.check(new Section(SectionKind.MARKET_OVERVIEW, title, summary, body, keyPoints),
                QUOTES, List.of(), DATE);
    }

    private static Section section(String title, String summary, String body) {
        return new Section(SectionKind.MARKET_OVERVIEW, title, summary, body, List.of());
    }

    private static Quote quote(String symbol, String name, String price, String previousClose, String currency) {
        return new Quote(new Instrument(Symbol.of(symbol), name, AssetClass.INDEX), new BigDecimal(price),
                new BigDecimal(previousClose), currency, SNAPSHOT);
    }

    @Test
    void givenNumberOpeningTheText_check_readsItWithoutFailing() {
        var section = new Section(SectionKind.TOP_STORIES, "Top stories", "3 stories today.", "2 categories.",
                List.of());

        var verdict = FactCheck.check(section, List.of(), List.of(), LocalDate.of(2026, 12, 3));

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.checked()).extracting(CheckedFact::text).contains("3", "2");
    }

    @Test
    void givenIndexNameInsideAMarkdownLink_check_skipsItsNumberAsInTheArticle() {
        var article = new Article(NewsCategory.STOCKS, "ASX 200 edges higher", "",
                java.net.URI.create("https://a.example/asx"), "Feed", java.time.Instant.parse("2026-12-02T19:00:00Z"));
        var section = new Section(SectionKind.TOP_STORIES, "Top stories", "One story.",
                "- [ASX 200 edges higher](https://a.example/asx)", List.of());

        assertThat(FactCheck.check(section, List.of(), List.of(article), LocalDate.of(2026, 12, 3)).passed())
                .isTrue();
    }
}
