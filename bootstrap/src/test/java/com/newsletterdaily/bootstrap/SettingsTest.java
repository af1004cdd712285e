package com.newsletterdaily.bootstrap;

import com.newsletterdaily.domain.market.AssetClass;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    void givenBundledConfiguration_from_readsTheDefaults() {
        var settings = Settings.from(ServiceFixture.config(Map.of()));

        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(settings.redisUrl()).isEmpty();
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(settings.overviewInstruments()).hasSize(9).first()
                .satisfies(i -> assertThat(i.symbol().value()).isEqualTo("^AXJO"));
        assertThat(SourcesConfig.universe(ServiceFixture.config(Map.of()).get("market")).all()).hasSize(54);
    }

    @Test
    void givenCommaSeparatedOverride_list_winsOverTheYamlList() {
        var config = ServiceFixture.config(Map.of("market.chains.quotes", "offline-snapshot, yahoo"));

        assertThat(SourcesConfig.list(config.get("market.chains.quotes"))).containsExactly("offline-snapshot", "yahoo");
        assertThat(SourcesConfig.list(config.get("market.chains.crypto"))).containsExactly("coingecko",
                "offline-snapshot");
    }

    @Test
    void givenUnknownEnumValue_enumValue_namesTheKeyAndTheChoices() {
        var config = ServiceFixture.config(Map.of("writing.providers.openai.type", "openia"));

        assertThatThrownBy(() -> Settings.enumValue(config.get("writing.providers.openai.type"),
                com.newsletterdaily.adapters.llm.ProviderType.class, null))
                .hasMessageContaining("writing.providers.openai.type")
                .hasMessageContaining("OPENAI")
                .hasMessageContaining("'OPENIA'");
        assertThat(Settings.enumValue(config.get("missing"), AssetClass.class, AssetClass.INDEX))
                .isEqualTo(AssetClass.INDEX);
    }
}
