package com.newsletterdaily.adapters.llm;

import java.util.Objects;

/** The two messages sent to a model for one section: the standing instructions and the fenced request data. */
public record Prompt(String system, String user) {

    public Prompt {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
    }
}
