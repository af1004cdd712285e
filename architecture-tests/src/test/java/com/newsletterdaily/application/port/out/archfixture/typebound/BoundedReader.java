package com.newsletterdaily.application.port.out.archfixture.typebound;

import com.fasterxml.jackson.databind.JsonNode;

/** Violation fixture: a Jackson type as the bound of a port method's type parameter. */
public interface BoundedReader {

    <T extends JsonNode> T read(String key);
}
