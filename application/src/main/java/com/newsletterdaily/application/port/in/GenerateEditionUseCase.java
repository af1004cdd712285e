package com.newsletterdaily.application.port.in;

import com.newsletterdaily.domain.newsletter.Edition;

/** Writes and publishes the edition of a day. */
public interface GenerateEditionUseCase {

    /**
     * Generates the edition the command names, reporting each step to {@code progress}. An edition that is
     * already published is returned as it is unless the command forces a new one.
     *
     * @throws ConflictException when another instance is generating the same edition right now
     */
    Edition generate(GenerateEditionCommand command, GenerationProgress progress);
}
