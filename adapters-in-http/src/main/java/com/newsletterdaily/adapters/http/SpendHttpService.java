package com.newsletterdaily.adapters.http;

import com.newsletterdaily.application.port.in.GetSpendUseCase;
import com.newsletterdaily.application.port.in.InvalidRequestException;
import com.newsletterdaily.application.port.in.SpendQuery;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code /api/v1/spend?from=YYYY-MM-DD&to=YYYY-MM-DD}: what writing cost per day and per edition. */
public final class SpendHttpService implements HttpService {

    private final GetSpendUseCase spend;

    public SpendHttpService(GetSpendUseCase spend) {
        this.spend = spend;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::report)
                .any("/", (req, res) -> ProblemHandlers.methodNotAllowed(req, res, "GET"));
    }

    private void report(ServerRequest req, ServerResponse res) {
        var query = req.query();
        var from = date("from", query.first("from").orElse(null));
        var to = date("to", query.first("to").orElse(null));
        Json.send(res, Json.write(SpendJson.from(spend.spend(new SpendQuery(from, to)))));
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("the query parameter '" + name + "' is required, e.g. 2026-12-03");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("'" + text + "' is not a date; use YYYY-MM-DD, e.g. 2026-12-03");
        }
    }
}
