package com.newsletterdaily.domain.content.archfixture.direction;

import com.newsletterdaily.domain.newsletter.Edition;

/** Violation fixture: content reaching up to the newsletter. */
public record ArticleOfEdition(String title, Edition edition) {
}
