package com.newsletterdaily.application.port.in;

/** Reads every configured feed and stores the new, de-duplicated articles. */
public interface IngestNewsUseCase {

    IngestReport ingest();
}
