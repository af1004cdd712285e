package com.newsletterdaily.application.port.in;

import com.newsletterdaily.application.port.out.SourceFailure;
import com.newsletterdaily.domain.market.DataStatus;

import java.util.List;
import java.util.Map;

/** What a market refresh stored, the status of each kind of data, and every source failure on the way. */
public record RefreshReport(int quotesStored, int historiesStored, Map<String, DataStatus> statusByKind,
                            List<SourceFailure> failures) {

    public RefreshReport {
        statusByKind = Map.copyOf(statusByKind);
        failures = List.copyOf(failures);
    }
}
