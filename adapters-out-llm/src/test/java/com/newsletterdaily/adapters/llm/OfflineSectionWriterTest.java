package com.newsletterdaily.adapters.llm;

import com.newsletterdaily.application.port.out.SectionRequest;
import com.newsletterdaily.domain.market.AssetClass;
import com.newsletterdaily.domain.market.DataStatus;
import com.newsletterdaily.domain.market.Instrument;
import com.newsletterdaily.domain.market.Provenance;
import com.newsletterdaily.domain.market.Quote;
import com.newsletterdaily.domain.market.Symbol;
import com.newsletterdaily.domain.newsletter.FactCheck;
import com.newsletterdaily.domain.newsletter.OutputHygiene;
import com.newsletterdaily.domain.newsletter.SectionKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineSectionWriterTest {

    private static final Provenance SNAPSHOT = new Provenance("offline-snapshot",
            Instant.parse("2026-12-02T06:10:00Z"), Instant.parse("2026-12-03T07:00:00Z"), DataStatus.FALLBACK);
    private static final LocalDate DATE = LocalDate.of(2026, 12, 3);

    private final OfflineSectionWriter writer = new OfflineSectionWriter();

    @Test
    void givenRisingFallingAndFlatQuotes_write_describesEachWithTheRightWordAndNumbers() {
        var request = new SectionRequest(SectionKind.MARKET_OVERVIEW, DATE, List.of(
                quote("^AXJO", "S&P/ASX 200", "8412.30", "8374.60"),
                quote("^DJI", "Dow Jones", "44421.91", "44782.00"),
                quote("^FTSE", "FTSE 100", "8312.05", "8312.05"),
                quote("AUDUSD=X", "AUD/USD", "0.6514", "0.6498")));

        var section = writer.write(request);

        assertThat(section.kind()).isEqualTo(SectionKind.MARKET_OVERVIEW);
        assertThat(section.title()).isEqualTo("Market overview for Thursday 3 December 2026");
        assertThat(section.summary()).startsWith("S&P/ASX 200 rose 0.45% to 8,412.30 AUD.")
                .endsWith("Of 4 instruments followed, 2 gained and 1 lost ground.");
        assertThat(section.body())
                .contains("- Dow Jones fell 0.80% to 44,421.91 AUD.")
                .contains("- FTSE 100 was unchanged at 8,312.05 AUD.")
                .contains("- AUD/USD rose 0.25% to 0.6514 AUD.")
                .contains("Prices from offline-snapshot as of 2026-12-02T06:10:00Z.");
        assertThat(section.keyPoints()).containsExactly(
                "Strongest: S&P/ASX 200 up 0.45%", "Weakest: Dow Jones down 0.80%",
                "Of 4 instruments followed, 2 gained and 1 lost ground.");
    }

    @Test
    void givenSameRequest_write_isDeterministic() {
        var request = new SectionRequest(SectionKind.MARKET_OVERVIEW, DATE,
                List.of(quote("^AXJO", "S&P/ASX 200", "8412.30", "8374.60")));

        assertThat(writer.write(request)).isEqualTo(writer.write(request));
    }

    @Test
    void givenNoQuotes_write_saysSoInsteadOfInventingNumbers() {
        var section = writer.write(new SectionRequest(SectionKind.MARKET_OVERVIEW, DATE, List.of()));

        assertThat(section.summary()).isEqualTo("No market data was available for this edition.");
        assertThat(section.body()).doesNotContainPattern("\\d+\\.\\d+");
        assertThat(section.keyPoints()).isEmpty();
    }

    @Test
    void givenQuotes_write_passesTheFactCheckAndHygieneUnchanged() {
        var request = new SectionRequest(SectionKind.MARKET_OVERVIEW, DATE, List.of(
                quote("^AXJO", "S&P/ASX 200", "8412.30", "8374.60"),
                quote("^DJI", "Dow Jones", "44421.91", "44782.00"),
                quote("^FTSE", "FTSE 100", "8312.05", "8312.05"),
                quote("AUDUSD=X", "AUD/USD", "0.6514", "0.6498")));

        var section = writer.write(request);

        assertThat(section.factCheck()).as("the writing service checks it, not the writer").isNull();
        var verdict = FactCheck.check(section, request.quotes(), request.articles(), DATE);
        assertThat(verdict.mismatches()).isEmpty();
        assertThat(verdict.checked()).isNotEmpty();
        assertThat(OutputHygiene.recommendations(section)).isEmpty();
        assertThat(OutputHygiene.clean(section, Set.of())).isEqualTo(section);
    }

    private static Quote quote(String symbol, String name, String price, String previousClose) {
        return new Quote(new Instrument(Symbol.of(symbol), name, AssetClass.INDEX), new BigDecimal(price),
                new BigDecimal(previousClose), "AUD", SNAPSHOT);
    }
}
