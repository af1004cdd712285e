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
        var universe = SourcesConfig.universe(ServiceFixture.config(Map.of()).get("market"));
        assertThat(universe.all()).hasSize(54);
        assertThat(universe.select(settings.overviewSymbols())).hasSize(9).first()
                .satisfies(i -> assertThat(i.name()).isEqualTo("S&P/ASX 200"));
    }

    @Test
    void givenOverviewSymbolOutsideTheUniverse_select_refusesItByName() {
        var config = ServiceFixture.config(Map.of("newsletter.market.overview", "^AXJO, XYZ.AX"));
        var settings = Settings.from(config);

        assertThat(settings.overviewSymbols()).extracting(s -> s.value()).containsExactly("^AXJO", "XYZ.AX");
        assertThatThrownBy(() -> SourcesConfig.universe(config.get("market")).select(settings.overviewSymbols()))
                .hasMessageContaining("XYZ.AX is not in the market universe");
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
