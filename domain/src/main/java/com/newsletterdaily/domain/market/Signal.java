package com.newsletterdaily.domain.market;

/** What a moving-average crossover says: the short average crossed above (bullish) or below (bearish) the long. */
public enum Signal {
    BULLISH, BEARISH, NONE
}
