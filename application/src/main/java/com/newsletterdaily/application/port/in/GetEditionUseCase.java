package com.newsletterdaily.application.port.in;

import com.newsletterdaily.domain.newsletter.Edition;

/** Reads a published edition. */
public interface GetEditionUseCase {

    /** @throws NotFoundException when no published edition matches */
    Edition get(EditionQuery query);
}
