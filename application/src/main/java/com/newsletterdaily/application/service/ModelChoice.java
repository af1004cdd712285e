package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.out.LanguageModel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A configured writing model and what it charges in USD per million input and output tokens. */
public record ModelChoice(LanguageModel model, BigDecimal inputPricePerMillion, BigDecimal outputPricePerMillion) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public ModelChoice {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inputPricePerMillion, "inputPricePerMillion");
        Objects.requireNonNull(outputPricePerMillion, "outputPricePerMillion");
        if (inputPricePerMillion.signum() < 0 || outputPricePerMillion.signum() < 0) {
            throw new IllegalArgumentException("prices of " + model.provider() + " cannot be negative");
        }
    }

    /** A model that costs nothing, such as a local Ollama or the offline writer. */
    public static ModelChoice free(LanguageModel model) {
        return new ModelChoice(model, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The provider's configured name, which chains refer to. */
    public String name() {
        return model.provider();
    }

    public boolean isFree() {
        return inputPricePerMillion.signum() == 0 && outputPricePerMillion.signum() == 0;
    }

    /** in * inputPrice / 10^6 + out * outputPrice / 10^6, in USD at scale 6. */
    public BigDecimal cost(int inputTokens, int outputTokens) {
        return BigDecimal.valueOf(inputTokens).multiply(inputPricePerMillion)
                .add(BigDecimal.valueOf(outputTokens).multiply(outputPricePerMillion))
                .divide(MILLION, 6, RoundingMode.HALF_UP);
    }
}
