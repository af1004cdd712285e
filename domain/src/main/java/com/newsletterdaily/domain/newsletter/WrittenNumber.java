package com.newsletterdaily.domain.newsletter;

import java.math.BigDecimal;

/**
 * A number as generated text writes it: its magnitude, decimals, explicit sign (+1, -1 or 0), whether a currency
 * symbol, a percent sign or a scale word ("bn", "trillion": {@code scale} above one) goes with it.
 */
record WrittenNumber(String text, int start, BigDecimal magnitude, int decimals, int sign, boolean currency,
                     BigDecimal scale, boolean percent) {

    /** A bare integer: no decimals, sign, currency, scale or percent, as in "top 5" or "Of 3 instruments". */
    boolean bareInteger() {
        return decimals == 0 && sign == 0 && !currency && !percent && scale.compareTo(BigDecimal.ONE) == 0;
    }

    /** Half a unit of the last written decimal: the rounding a writer may have applied. */
    BigDecimal tolerance() {
        return new BigDecimal("0.5").movePointLeft(decimals);
    }
}
