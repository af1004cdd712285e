package com.newsletterdaily.domain.content.archfixture.helidon;

import io.helidon.http.Status;

/** Violation fixture: a domain value carrying a Helidon type. */
public record ArticleWithHttpStatus(String title, Status fetchStatus) {
}
