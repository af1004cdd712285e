package com.newsletterdaily.application.service.archfixture.framework;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Violation fixture: a service doing JSON mapping with Jackson. */
public class ServiceUsingObjectMapper {

    private final ObjectMapper mapper = new ObjectMapper();

    public String describe(Object value) {
        return mapper.valueToTree(value).toString();
    }
}
