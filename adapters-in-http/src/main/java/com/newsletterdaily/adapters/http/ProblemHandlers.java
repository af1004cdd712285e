package com.newsletterdaily.adapters.http;

import com.newsletterdaily.application.port.in.ConflictException;
import com.newsletterdaily.application.port.in.InvalidRequestException;
import com.newsletterdaily.application.port.in.NotFoundException;
import com.newsletterdaily.application.port.in.UseCaseException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.lang.System.Logger.Level;

/** The one place that maps failures to RFC 9457 problem details. */
public final class ProblemHandlers {

    private static final System.Logger LOG = System.getLogger(ProblemHandlers.class.getName());

    private ProblemHandlers() {
    }

    /** Registers the mapping of use-case rejections and unexpected errors on {@code routing}. */
    public static void register(HttpRouting.Builder routing) {
        routing.error(UseCaseException.class, ProblemHandlers::rejected);
        routing.error(Exception.class, ProblemHandlers::unexpected);
    }

    /** Answers 404 problem details for any API path no route matched; register it after all API routes. */
    public static void notFoundFallback(HttpRouting.Builder routing, String pathPattern) {
        routing.any(pathPattern, (req, res) -> Json.sendProblem(res, ProblemDetails.of(404, "Not Found",
                "no resource at " + req.path().absolute().path(), req.path().absolute().path())));
    }

    /** Answers 405 problem details naming the allowed methods, for a path that exists under another method. */
    static void methodNotAllowed(ServerRequest req, ServerResponse res, String allowed) {
        res.header(HeaderNames.ALLOW, allowed);
        Json.sendProblem(res, ProblemDetails.of(405, "Method Not Allowed",
                req.prologue().method().text() + " is not supported here; use " + allowed,
                req.path().absolute().path()));
    }

    private static void rejected(ServerRequest req, ServerResponse res, UseCaseException e) {
        int status = switch (e) {
            case NotFoundException notFound -> 404;
            case InvalidRequestException invalid -> 400;
            case ConflictException conflict -> 409;
        };
        Json.sendProblem(res, ProblemDetails.of(status, title(status), e.getMessage(), req.path().absolute().path()));
    }

    private static void unexpected(ServerRequest req, ServerResponse res, Exception e) {
        LOG.log(Level.ERROR, "unexpected error answering " + req.prologue().method() + " " + req.path().absolute().path(), e);
        Json.sendProblem(res, ProblemDetails.of(500, "Internal Server Error",
                "the server failed to answer; the error is logged", req.path().absolute().path()));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            default -> "Error";
        };
    }
}
