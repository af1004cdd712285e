package com.newsletterdaily.application.port.out;

/** Writes one section of an edition from the data it is given, and says what writing it used. */
public interface SectionWriter {

    WrittenSection write(SectionRequest request);
}
