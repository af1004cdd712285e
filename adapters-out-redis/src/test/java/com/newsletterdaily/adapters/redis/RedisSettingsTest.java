package com.newsletterdaily.adapters.redis;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisSettingsTest {

    @Test
    void givenUriOnly_of_takesTheDefaults() {
        var settings = RedisSettings.of("redis://127.0.0.1:6379/0");

        assertThat(settings.commandTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.keyPrefix()).isEqualTo("nd:");
    }

    @Test
    void givenPasswordAndDatabase_describe_showsHostPortAndDatabaseButNoPassword() {
        var settings = RedisSettings.of("redis://:s3cr3t@cache.internal:6380/2");

        assertThat(settings.describe()).isEqualTo("redis://cache.internal:6380/2");
        assertThat(settings.toString()).doesNotContain("s3cr3t").contains("cache.internal:6380/2");
    }

    @Test
    void givenUserAndPassword_describe_hidesBoth() {
        var settings = RedisSettings.of("rediss://app:s3cr3t@cache.internal:6390");

        assertThat(settings.describe()).isEqualTo("rediss://cache.internal:6390/0");
    }

    @Test
    void givenPassword_toRedisUri_carriesItAndTheCommandTimeout() {
        var uri = RedisSettings.of("redis://:s3cr3t@localhost:6379/3").toRedisUri();

        assertThat(new String(uri.getCredentialsProvider().resolveCredentials().block().getPassword())).isEqualTo("s3cr3t");
        assertThat(uri.getDatabase()).isEqualTo(3);
        assertThat(uri.getTimeout()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void givenHttpScheme_constructor_rejectsItWithoutEchoingThePassword() {
        assertThatThrownBy(() -> RedisSettings.of("http://:s3cr3t@localhost:6379"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("s3cr3t");
    }

    @Test
    void givenZeroTimeout_constructor_rejectsIt() {
        assertThatThrownBy(() -> RedisSettings.of("redis://localhost").withCommandTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedisSettings.of("redis://localhost").withConnectTimeout(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
