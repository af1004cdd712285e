package com.newsletterdaily.domain.market;

import java.math.BigDecimal;

/** Which way a price moved. */
public enum Direction {
    UP, DOWN, FLAT;

    public static Direction of(BigDecimal change) {
        return switch (change.signum()) {
            case 1 -> UP;
            case -1 -> DOWN;
            default -> FLAT;
        };
    }
}
