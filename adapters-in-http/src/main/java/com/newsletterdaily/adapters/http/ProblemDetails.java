package com.newsletterdaily.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProblemDetails(String type, String title, int status, String detail, String instance) {

    static final String MEDIA_TYPE = "application/problem+json";

    static ProblemDetails of(int status, String title, String detail, String instance) {
        return new ProblemDetails("about:blank", title, status, detail, instance);
    }
}
