package com.newsletterdaily.domain.newsletter;

/** The short notice every edition carries: general information, not advice. */
public final class Disclaimer {

    public static final String DISCLAIMER = "General information only, not financial advice: "
            + "check the data sources before acting on anything here.";

    private Disclaimer() {
    }
}
