package com.newsletterdaily.application.service;

import com.newsletterdaily.application.port.in.EditionQuery;
import com.newsletterdaily.application.port.in.GetEditionUseCase;
import com.newsletterdaily.application.port.in.NotFoundException;
import com.newsletterdaily.application.port.out.EditionRepository;
import com.newsletterdaily.domain.newsletter.Edition;

/** Reads published editions; drafts stay invisible to readers. */
public final class GetEditionService implements GetEditionUseCase {

    private final EditionRepository editions;

    public GetEditionService(EditionRepository editions) {
        this.editions = editions;
    }

    @Override
    public Edition get(EditionQuery query) {
        return switch (query) {
            case EditionQuery.Latest latest -> editions.findLatestPublished()
                    .orElseThrow(() -> new NotFoundException("no edition has been published yet"));
            case EditionQuery.OfDate ofDate -> editions.findByDate(ofDate.date())
                    .filter(Edition::isPublished)
                    .orElseThrow(() -> new NotFoundException("no edition was published for " + ofDate.date()));
        };
    }
}
