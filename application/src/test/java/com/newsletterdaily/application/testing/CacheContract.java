package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.Cache;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The behaviour every {@link Cache} shows when its store is reachable; each implementation's test extends it. */
public abstract class CacheContract {

    /** A cache over an empty store. */
    protected abstract Cache cache();

    @Test
    void givenNothingStored_get_isEmpty() {
        assertThat(cache().get("missing")).isEmpty();
    }

    @Test
    void givenPut_get_returnsTheValue() {
        var cache = cache();
        cache.put("edition:2026-12-03", "{\"date\":\"2026-12-03\",\"text\":\"ümlaut ✓\"}", Duration.ofMinutes(1));

        assertThat(cache.get("edition:2026-12-03")).contains("{\"date\":\"2026-12-03\",\"text\":\"ümlaut ✓\"}");
    }

    @Test
    void givenPutTwice_get_returnsTheLastValue() {
        var cache = cache();
        cache.put("k", "first", Duration.ofMinutes(1));
        cache.put("k", "second", Duration.ofMinutes(1));

        assertThat(cache.get("k")).contains("second");
    }

    @Test
    void givenEvicted_get_isEmpty() {
        var cache = cache();
        cache.put("k", "v", Duration.ofMinutes(1));

        cache.evict("k");

        assertThat(cache.get("k")).isEmpty();
    }

    @Test
    void givenShortTtl_get_isEmptyOnceItExpires() {
        var cache = cache();
        cache.put("short", "v", Duration.ofMillis(300));

        assertThat(cache.get("short")).contains("v");
        await().atMost(Duration.ofSeconds(5)).until(() -> cache.get("short").isEmpty());
    }
}
