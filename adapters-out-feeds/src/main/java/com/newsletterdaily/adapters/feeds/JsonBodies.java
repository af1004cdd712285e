package com.newsletterdaily.adapters.feeds;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsletterdaily.application.port.out.SourceException;

import java.io.IOException;

/** Reads JSON bodies into an adapter's DTOs, reporting malformed or unexpected JSON as a non-retryable failure. */
final class JsonBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private JsonBodies() {
    }

    static <T> T read(String source, byte[] body, Class<T> type) {
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw new SourceException(source, "unexpected JSON: empty document", false);
            }
            return value;
        } catch (JacksonException e) {
            String reason = body.length == 0 ? "empty body" : e.getOriginalMessage();
            throw new SourceException(source, "malformed JSON: " + shorten(reason), false, e);
        } catch (IOException e) {
            throw new SourceException(source, "cannot read JSON: " + e.getMessage(), false, e);
        }
    }

    /** A failure for JSON that parsed but lacks what the adapter needs. */
    static SourceException unexpected(String source, String what) {
        return new SourceException(source, "unexpected JSON: " + what, false);
    }

    private static String shorten(String text) {
        String oneLine = String.valueOf(text).replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
    }
}
