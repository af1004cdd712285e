package com.newsletterdaily.domain.content;

/** The news categories an edition draws articles from. */
public enum NewsCategory {
    STOCKS, ECONOMY, CRYPTO, TECHNOLOGY, PROPERTY
}
