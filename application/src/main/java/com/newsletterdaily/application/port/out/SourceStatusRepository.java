package com.newsletterdaily.application.port.out;

import java.util.List;

/** Records which sources failed, for what reason, so operators can see it and nothing fails silently. */
public interface SourceStatusRepository {

    void recordFailure(SourceFailure failure);

    /** The most recent failures, newest first. */
    List<SourceFailure> recentFailures(int limit);
}
