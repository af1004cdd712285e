package com.newsletterdaily.bootstrap;

import com.newsletterdaily.adapters.llm.LangChain4jLanguageModel;
import com.newsletterdaily.adapters.llm.PromptBuilder;
import com.newsletterdaily.adapters.llm.ProviderSettings;
import com.newsletterdaily.adapters.llm.ProviderType;
import com.newsletterdaily.adapters.llm.RecordingLanguageModel;
import com.newsletterdaily.adapters.llm.ReplayLanguageModel;
import com.newsletterdaily.application.port.out.LanguageModel;
import com.newsletterdaily.application.service.ModelChoice;
import com.newsletterdaily.application.service.WritingSettings;
import com.newsletterdaily.domain.newsletter.SectionKind;
import io.helidon.config.Config;

import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the writing settings from the {@code writing} configuration: the named providers, the chains, budgets,
 * cache and reliability. A provider whose API key variable is unset is left out of every chain (with a log line),
 * so with no key configured the offline writer writes.
 */
final class WritingConfig {

    static final String OFFLINE = "offline";
    private static final System.Logger LOG = System.getLogger(WritingConfig.class.getName());

    private WritingConfig() {
    }

    static WritingSettings settings(Config writing, ZoneId zone) {
        var models = models(writing.get("providers"), writing.get("record-dir").asString().orElse(""),
                writing.get("replay-dir").asString().orElse(""));
        var available = models.stream().map(ModelChoice::name).toList();
        var chain = usable(SourcesConfig.list(writing.get("chain")), available, "writing.chain");
        var byKind = new EnumMap<SectionKind, List<String>>(SectionKind.class);
        for (SectionKind kind : SectionKind.values()) {
            var node = writing.get("chains-by-section").get(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (node.exists()) {
                byKind.put(kind, usable(SourcesConfig.list(node), available, node.key().toString()));
            }
        }
        var budgets = writing.get("budgets");
        var reliability = writing.get("reliability");
        var defaults = WritingSettings.Reliability.DEFAULT;
        var settings = new WritingSettings(models, chain, byKind,
                new WritingSettings.Budgets(decimal(budgets.get("daily"), "1.00"),
                        decimal(budgets.get("monthly"), "20.00"), zone),
                writing.get("cache-ttl").as(Duration.class).orElse(Duration.ofDays(1)),
                PromptBuilder.PROMPT_VERSION,
                new WritingSettings.Reliability(
                        reliability.get("max-attempts").asInt().orElse(defaults.maxAttempts()),
                        reliability.get("max-backoff").as(Duration.class).orElse(defaults.maxBackoff()),
                        reliability.get("breaker-threshold").asInt().orElse(defaults.breakerThreshold()),
                        reliability.get("breaker-open-for").as(Duration.class).orElse(defaults.breakerOpenFor())));
        LOG.log(Level.INFO, "Writing chain: " + String.join(" -> ", withOffline(chain))
                + (byKind.isEmpty() ? "" : "; per section: " + byKind));
        return settings;
    }

    private static List<ModelChoice> models(Config providers, String recordDir, String replayDir) {
        var models = new ArrayList<ModelChoice>();
        for (Config node : providers.asNodeList().orElse(List.of())) {
            var name = node.name();
            var priceIn = decimal(node.get("price-in"), "0");
            var priceOut = decimal(node.get("price-out"), "0");
            var model = node.get("model").asString().orElse("");
            if (!replayDir.isBlank()) {
                var replay = new ReplayLanguageModel(name, model, new PromptBuilder(), Path.of(replayDir));
                models.add(new ModelChoice(replay, priceIn, priceOut));
                continue;
            }
            var providerType = Settings.enumValue(node.get("type"), ProviderType.class, null);
            var keyVariable = node.get("api-key-env").asString().orElse("");
            Optional<String> apiKey = keyVariable.isBlank() ? Optional.empty()
                    : Optional.ofNullable(System.getenv(keyVariable)).filter(k -> !k.isBlank());
            if (providerType.needsApiKey() && apiKey.isEmpty()) {
                LOG.log(Level.INFO, "Writing provider " + name + " is off: " + keyVariable + " is not set");
                continue;
            }
            var settings = new ProviderSettings(name, providerType, model,
                    node.get("base-url").asString().asOptional().filter(s -> !s.isBlank()), apiKey,
                    node.get("timeout").as(Duration.class).orElse(Duration.ofSeconds(30)),
                    node.get("max-tokens").asInt().orElse(1200),
                    node.get("temperature").asDouble().orElse(0.2));
            LanguageModel languageModel = LangChain4jLanguageModel.from(settings);
            if (!recordDir.isBlank()) {
                languageModel = new RecordingLanguageModel(languageModel, new PromptBuilder(), Path.of(recordDir));
            }
            models.add(new ModelChoice(languageModel, priceIn, priceOut));
        }
        return models;
    }

    private static List<String> usable(List<String> names, List<String> available, String key) {
        var usable = new ArrayList<String>();
        for (String name : names) {
            if (name.equals(OFFLINE) || available.contains(name)) {
                usable.add(name);
            } else {
                LOG.log(Level.INFO, key + ": provider " + name + " is not configured or has no key; skipped");
            }
        }
        return usable;
    }

    private static List<String> withOffline(List<String> chain) {
        var all = new ArrayList<>(chain);
        all.remove(OFFLINE);
        all.add(OFFLINE);
        return all;
    }

    private static BigDecimal decimal(Config node, String fallback) {
        return new BigDecimal(node.asString().orElse(fallback).strip());
    }
}
