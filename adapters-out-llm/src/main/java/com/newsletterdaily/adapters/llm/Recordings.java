package com.newsletterdaily.adapters.llm;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A directory of recorded model answers, one JSON file per request, named by the SHA-256 of provider, model,
 * prompt version and prompt, so an edition can be replayed exactly.
 */
final class Recordings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    Recordings(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    static String key(String provider, String model, String promptVersion, Prompt prompt) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var part : new String[] {provider, model, promptVersion, prompt.system(), prompt.user()}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    Optional<RecordedAnswer> read(String key) {
        var file = directory.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), RecordedAnswer.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recording " + file, e);
        }
    }

    void write(RecordedAnswer answer) {
        try {
            Files.createDirectories(directory);
            var temporary = Files.createTempFile(directory, answer.key(), ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), answer);
            Files.move(temporary, directory.resolve(answer.key() + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write recording " + answer.key(), e);
        }
    }

    /** One recording: the answer as section JSON, the tokens it used and how long it took. */
    record RecordedAnswer(String key, String provider, String model, String promptVersion, String answer,
                          int inputTokens, int outputTokens, long latencyNanos) {
    }
}
