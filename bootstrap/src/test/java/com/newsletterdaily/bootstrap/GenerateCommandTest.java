package com.newsletterdaily.bootstrap;

import com.newsletterdaily.adapters.postgres.testing.TestPostgres;
import com.newsletterdaily.adapters.redis.testing.TestRedis;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerateCommandTest {

    private final Map<String, String> settings = Map.of(
            "database.url", ServiceFixture.databaseUrl(TestPostgres.freshDatabase()),
            "redis.url", TestRedis.cleanRedis().uri());

    @Test
    void givenDate_generate_printsEachStepAndPublishes() {
        var out = new ByteArrayOutputStream();
        var command = new Command.Generate(Optional.of(LocalDate.of(2026, 11, 30)), false);

        int exit = Main.generate(ServiceFixture.config(settings), command, print(out), ServiceFixture.CLOCK);

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsSubsequence(
                "[1] Generating the edition of 2026-11-30",
                "[2] Refreshing market data",
                "[3] Market data: crypto fresh, crypto-market fresh, fear-greed fresh, history fresh, quotes fresh",
                "[4] Reading the news feeds",
                "[5] News: 20 items read, 20 new",
                "[6] Using 9 of 9 overview quotes from storage",
                "[7] Selected 20 top stories",
                "[8] Writing the market overview section",
                "[9] Written by offline (offline), 0 tokens in, 0 out, 0.000000 USD; fact check passed",
                "[10] Writing the top stories section",
                "[11] Written by offline (offline), 0 tokens in, 0 out, 0.000000 USD; fact check passed",
                "[12] Saved the draft with 2 section(s)",
                "[13] Published the edition of 2026-11-30",
                "Done: the edition of 2026-11-30 is published with 2 section(s).");
    }

    @Test
    void givenPublishedEdition_generateAgain_keepsItUnlessForced() {
        var date = Optional.of(LocalDate.of(2026, 11, 30));
        var config = ServiceFixture.config(settings);
        Main.generate(config, new Command.Generate(date, false), print(new ByteArrayOutputStream()),
                ServiceFixture.CLOCK);

        var again = new ByteArrayOutputStream();
        assertThat(Main.generate(config, new Command.Generate(date, false), print(again), ServiceFixture.CLOCK))
                .isZero();
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("already published; nothing to do")
                .doesNotContain("Refreshing market data");

        var forced = new ByteArrayOutputStream();
        assertThat(Main.generate(config, new Command.Generate(date, true), print(forced), ServiceFixture.CLOCK))
                .isZero();
        assertThat(forced.toString(StandardCharsets.UTF_8)).contains("Refreshing market data", "Published");
    }

    @Test
    void givenArguments_parse_understandsTheCommandLine() {
        assertThat(Command.parse()).isEqualTo(new Command.Serve());
        assertThat(Command.parse("serve")).isEqualTo(new Command.Serve());
        assertThat(Command.parse("generate")).isEqualTo(new Command.Generate(Optional.empty(), false));
        assertThat(Command.parse("generate", "--date", "2026-12-01", "--force"))
                .isEqualTo(new Command.Generate(Optional.of(LocalDate.of(2026, 12, 1)), true));
        assertThat(Command.parse("generate", "--date=2026-12-01"))
                .isEqualTo(new Command.Generate(Optional.of(LocalDate.of(2026, 12, 1)), false));
        assertThat(Command.parse("--help")).isEqualTo(new Command.Help());
    }

    @Test
    void givenBadArguments_parse_explainsWhatIsWrong() {
        assertThatThrownBy(() -> Command.parse("generate", "--date", "2026-13-01")).hasMessageContaining("not a date");
        assertThatThrownBy(() -> Command.parse("generate", "--date")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Command.parse("generate", "--when")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> Command.parse("publish")).hasMessageContaining("unknown command");
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
