package com.newsletterdaily.adapters.postgres;

import java.util.Objects;

/** How far the schema migrations got: not yet run, applied (with how many ran now), or failed with a reason. */
public record MigrationStatus(State state, int applied, String reason) {

    /** The stages of a migration run. */
    public enum State {
        PENDING, MIGRATED, FAILED
    }

    public MigrationStatus {
        Objects.requireNonNull(state, "state");
        if (applied < 0 || (state != State.MIGRATED && applied != 0)) {
            throw new IllegalArgumentException("applied count " + applied + " does not fit state " + state);
        }
        if ((state == State.FAILED) != (reason != null && !reason.isBlank())) {
            throw new IllegalArgumentException("a reason is required exactly when the state is FAILED: " + state);
        }
    }

    public static MigrationStatus pending() {
        return new MigrationStatus(State.PENDING, 0, null);
    }

    public static MigrationStatus migrated(int applied) {
        return new MigrationStatus(State.MIGRATED, applied, null);
    }

    public static MigrationStatus failed(String reason) {
        return new MigrationStatus(State.FAILED, 0, reason);
    }

    public boolean isMigrated() {
        return state == State.MIGRATED;
    }

    /** A line for people: {@code MIGRATED (1 applied now)}, {@code FAILED: <reason>} or {@code PENDING}. */
    @Override
    public String toString() {
        return switch (state) {
            case PENDING -> "PENDING";
            case MIGRATED -> "MIGRATED (" + applied + " applied now)";
            case FAILED -> "FAILED: " + reason;
        };
    }
}
