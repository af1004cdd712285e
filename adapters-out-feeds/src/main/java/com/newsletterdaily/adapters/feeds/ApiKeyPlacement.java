package com.newsletterdaily.adapters.feeds;

/** Where a source expects its API key: in a request header or a query parameter of the given name. */
record ApiKeyPlacement(boolean inHeader, String name) {

    static ApiKeyPlacement header(String name) {
        return new ApiKeyPlacement(true, name);
    }

    static ApiKeyPlacement queryParameter(String name) {
        return new ApiKeyPlacement(false, name);
    }
}
