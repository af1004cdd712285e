package com.newsletterdaily.application.port.in;

/** Listens to the steps of an edition's generation, e.g. to print them on the command line. */
@FunctionalInterface
public interface GenerationProgress {

    GenerationProgress SILENT = step -> { };

    void step(String message);
}
