package com.newsletterdaily.adapters.postgres;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseSettingsTest {

    @Test
    void givenPostgresUrlWithSslMode_fromUrl_keepsTheModeAndTakesTheCredentialsOut() {
        var settings = DatabaseSettings.fromUrl("postgres://app:s3cret@db.example.com:6543/news?sslmode=require");

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/news?sslmode=require");
        assertThat(settings.user()).isEqualTo("app");
        assertThat(settings.password()).isEqualTo("s3cret");
        assertThat(settings.maximumPoolSize()).isEqualTo(DatabaseSettings.DEFAULT_MAXIMUM_POOL_SIZE);
        assertThat(settings.connectionTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void givenHerokuUrlWithoutPort_fromUrl_usesPort5432() {
        var settings = DatabaseSettings.fromUrl("postgresql://u1abc:p2def@ec2-1-2-3-4.compute-1.amazonaws.com/d9xyz");

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://ec2-1-2-3-4.compute-1.amazonaws.com:5432/d9xyz");
        assertThat(settings.database()).isEqualTo("d9xyz");
    }

    @Test
    void givenPasswordWithEscapedCharacters_fromUrl_decodesIt() {
        var settings = DatabaseSettings.fromUrl("postgres://app%40corp:p%40ss%3Aw%2Fo+rd%25%23@localhost:5432/news");

        assertThat(settings.user()).isEqualTo("app@corp");
        assertThat(settings.password()).isEqualTo("p@ss:w/o+rd%#");
    }

    @Test
    void givenUserWithoutPassword_fromUrl_hasNoPassword() {
        var settings = DatabaseSettings.fromUrl("postgres://postgres@127.0.0.1:5432/postgres");

        assertThat(settings.user()).isEqualTo("postgres");
        assertThat(settings.password()).isNull();
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    @Test
    void givenNoDatabase_fromUrl_namesItLikeTheUser() {
        assertThat(DatabaseSettings.fromUrl("postgres://app:pw@localhost").database()).isEqualTo("app");
    }

    @Test
    void givenJdbcUrlWithCredentials_fromUrl_movesThemOutOfTheUrl() {
        var settings = DatabaseSettings.fromUrl(
                "jdbc:postgresql://localhost:5433/news?user=app&password=p%26ss%3D1&sslmode=disable");

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5433/news?sslmode=disable");
        assertThat(settings.user()).isEqualTo("app");
        assertThat(settings.password()).isEqualTo("p&ss=1");
    }

    @Test
    void givenSettings_describeAndToString_hideThePassword() {
        var settings = DatabaseSettings.fromUrl("postgres://app:Sup3r%2Fsecret@db.example.com:6543/news?sslmode=require");

        assertThat(settings.describe()).isEqualTo("db.example.com:6543/news");
        assertThat(settings.toString()).doesNotContain("Sup3r").doesNotContain("secret").contains("hidden");
    }

    @Test
    void givenMalformedUrlWithPassword_fromUrl_failsWithoutRepeatingIt() {
        assertThatThrownBy(() -> DatabaseSettings.fromUrl("postgres://app:bad pass word@host/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("bad pass");
    }

    @Test
    void givenOtherScheme_fromUrl_isRejected() {
        assertThatThrownBy(() -> DatabaseSettings.fromUrl("mysql://app:pw@host/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mysql");
        assertThatThrownBy(() -> DatabaseSettings.fromUrl("jdbc:postgres://host/db?user=a"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenNoUser_fromUrl_isRejected() {
        assertThatThrownBy(() -> DatabaseSettings.fromUrl("jdbc:postgresql://localhost/news"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user");
    }

    @Test
    void givenPasswordInJdbcUrl_constructor_isRejected() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:postgresql://h:5432/d?password=x", "u", null, 5,
                Duration.ofSeconds(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenSettings_withDatabase_keepsServerAndParameters() {
        var settings = DatabaseSettings.fromUrl("postgres://app:pw@localhost:5433/news?sslmode=disable")
                .withMaximumPoolSize(3)
                .withDatabase("other");

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5433/other?sslmode=disable");
        assertThat(settings.password()).isEqualTo("pw");
        assertThat(settings.maximumPoolSize()).isEqualTo(3);
    }

    @Test
    void givenTooShortTimeoutOrEmptyPool_constructor_isRejected() {
        var settings = DatabaseSettings.fromUrl("postgres://app:pw@localhost/news");

        assertThatThrownBy(() -> settings.withConnectionTimeout(Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withMaximumPoolSize(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
