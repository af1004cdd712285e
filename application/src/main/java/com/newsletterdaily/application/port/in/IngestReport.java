package com.newsletterdaily.application.port.in;

import com.newsletterdaily.application.port.out.SourceFailure;

import java.util.List;

/** What a news ingest read, stored and dropped as duplicates, and which feeds failed. */
public record IngestReport(int fetched, int stored, int duplicates, List<SourceFailure> failures) {

    public IngestReport {
        failures = List.copyOf(failures);
    }
}
