package com.newsletterdaily.domain.market;

/** The kinds of instrument an edition reports on. */
public enum AssetClass {
    INDEX, EQUITY, FX, COMMODITY, CRYPTO
}
