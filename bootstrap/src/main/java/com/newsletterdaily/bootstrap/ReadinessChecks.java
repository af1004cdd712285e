package com.newsletterdaily.bootstrap;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The readiness checks: the database (reachable and migrated), Redis (answering a PING within its command
 * timeout) and the instance's own life cycle, which goes DOWN first when the instance shuts down.
 */
final class ReadinessChecks {

    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(1);

    private final AtomicBoolean stopping = new AtomicBoolean();

    /** Reports the instance as not ready from now on, so load balancers stop sending it traffic. */
    void markStopping() {
        stopping.set(true);
    }

    List<HealthCheck> all(Infrastructure infrastructure) {
        return List.of(database(infrastructure), redis(infrastructure), lifecycle());
    }

    private static HealthCheck database(Infrastructure infrastructure) {
        return check("database", () -> {
            var database = infrastructure.database();
            var migration = database.migrationStatus();
            boolean reachable = database.ping(DATABASE_TIMEOUT);
            return HealthCheckResponse.builder()
                    .status(reachable && migration.isMigrated())
                    .detail("server", database.describe())
                    .detail("reachable", reachable)
                    .detail("migration", migration.toString())
                    .build();
        });
    }

    private static HealthCheck redis(Infrastructure infrastructure) {
        return check("redis", () -> {
            var redis = infrastructure.redis();
            return HealthCheckResponse.builder()
                    .status(redis.ping())
                    .detail("server", redis.describe())
                    .build();
        });
    }

    private HealthCheck lifecycle() {
        return check("lifecycle", () -> HealthCheckResponse.builder()
                .status(!stopping.get())
                .detail("state", stopping.get() ? "stopping" : "serving")
                .build());
    }

    private static HealthCheck check(String name, java.util.function.Supplier<HealthCheckResponse> call) {
        return new HealthCheck() {
            @Override
            public HealthCheckType type() {
                return HealthCheckType.READINESS;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthCheckResponse call() {
                return call.get();
            }
        };
    }
}
