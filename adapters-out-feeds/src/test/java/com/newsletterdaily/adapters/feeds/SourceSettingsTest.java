package com.newsletterdaily.adapters.feeds;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link SourceSettings}: defaults, validation and a key that never shows in logs. */
class SourceSettingsTest {

    @Test
    void givenAnApiKey_toString_masksIt() {
        var settings = SourceSettings.of("https://api.coingecko.com").withApiKey("CG-secret-123");

        assertThat(settings.toString()).doesNotContain("CG-secret-123").contains("apiKey=***");
    }

    @Test
    void givenABlankOrMissingKey_withApiKey_meansNone() {
        assertThat(SourceSettings.of("https://x.example").withApiKey("  ").apiKey()).isEmpty();
        assertThat(SourceSettings.of("https://x.example").withApiKey(null).apiKey()).isEmpty();
    }

    @Test
    void givenDefaults_of_capsBodiesAtTwoMebibytes() {
        var settings = SourceSettings.of("https://x.example");

        assertThat(settings.maxBodyBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void givenARelativeOrNonHttpBaseUrl_of_isRejected() {
        assertThatThrownBy(() -> SourceSettings.of("/relative")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceSettings.of("file:///etc")).isInstanceOf(IllegalArgumentException.class);
    }
}
