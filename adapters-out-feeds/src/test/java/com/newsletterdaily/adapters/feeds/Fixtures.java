package com.newsletterdaily.adapters.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The recorded API payloads in {@code shared/fixtures}, found by walking up from the working directory, since
 * {@code shared/} sits beside the repository both here and in CI. {@code FIXTURES_DIR} overrides the search.
 */
public final class Fixtures {

    private static final Path ROOT = locate();

    private Fixtures() {
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + relative + " under " + ROOT, e);
        }
    }

    private static Path locate() {
        String override = System.getenv("FIXTURES_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fixtures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/fixtures above " + Path.of("").toAbsolutePath()
                + "; set FIXTURES_DIR");
    }
}
