package com.newsletterdaily.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;

/** Writes JSON and problem-details responses with one configured mapper. */
final class Json {

    static final String MEDIA_TYPE = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    static void send(ServerResponse res, String json) {
        res.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
        res.send(json.getBytes(StandardCharsets.UTF_8));
    }

    static void sendProblem(ServerResponse res, ProblemDetails problem) {
        res.status(Status.create(problem.status()));
        res.header(HeaderNames.CONTENT_TYPE, ProblemDetails.MEDIA_TYPE);
        res.send(write(problem).getBytes(StandardCharsets.UTF_8));
    }
}
