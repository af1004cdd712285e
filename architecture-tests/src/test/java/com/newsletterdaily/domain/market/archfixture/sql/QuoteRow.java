package com.newsletterdaily.domain.market.archfixture.sql;

import java.sql.Timestamp;

/** Violation fixture: a domain value carrying a JDBC type. */
public record QuoteRow(String symbol, Timestamp quotedAt) {
}
