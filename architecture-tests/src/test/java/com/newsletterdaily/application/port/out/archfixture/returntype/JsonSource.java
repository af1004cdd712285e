package com.newsletterdaily.application.port.out.archfixture.returntype;

import com.fasterxml.jackson.databind.JsonNode;

/** Violation fixture: a Jackson type as a port method return type. */
public interface JsonSource {

    JsonNode read(String key);
}
