package com.newsletterdaily.application.service;

import com.newsletterdaily.domain.content.NewsRanking;
import com.newsletterdaily.domain.market.Instrument;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What goes into an edition: the instruments of the market overview, how the news is ranked, how many stories per
 * category the top stories keep and how far back they reach, and the newsletter's time zone.
 */
public record EditionPlan(List<Instrument> overviewInstruments, NewsRanking ranking, int storiesPerCategory,
                          Duration newsWindow, ZoneId zone) {

    public EditionPlan {
        overviewInstruments = List.copyOf(overviewInstruments);
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(newsWindow, "newsWindow");
        Objects.requireNonNull(zone, "zone");
        if (storiesPerCategory < 0) {
            throw new IllegalArgumentException("storiesPerCategory cannot be negative: " + storiesPerCategory);
        }
    }
}
