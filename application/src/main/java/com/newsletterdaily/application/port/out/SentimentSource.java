package com.newsletterdaily.application.port.out;

import com.newsletterdaily.domain.market.FearGreedIndex;

/** Supplies the crypto fear and greed index. */
public interface SentimentSource {

    String name();

    /** @throws SourceException when the source cannot answer */
    FearGreedIndex fearGreed();
}
