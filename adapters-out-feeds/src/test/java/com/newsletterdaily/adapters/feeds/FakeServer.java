package com.newsletterdaily.adapters.feeds;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Starts a WireMock server for a test class, stopped when the test JVM ends. A JUnit extension would be stopped and
 * not restarted when surefire runs a class's nested classes one after the other, so each test class holds one of these
 * in a static field and resets it before each test.
 */
final class FakeServer {

    private FakeServer() {
    }

    static WireMockServer start() {
        var server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
