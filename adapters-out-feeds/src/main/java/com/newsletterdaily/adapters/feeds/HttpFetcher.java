package com.newsletterdaily.adapters.feeds;

import com.newsletterdaily.application.port.out.SourceException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs bodies from one source over {@link HttpClient}, turning every way a request can fail into a
 * {@link SourceException}: 429 and 5xx, timeouts and I/O errors are retryable; other 4xx, oversized bodies and
 * unexpected content types are not. The whole exchange, body included, must finish within the timeout.
 */
final class HttpFetcher {

    private final String source;
    private final SourceSettings settings;
    private final ContentFamily family;
    private final Optional<ApiKeyPlacement> keyPlacement;
    private final HttpClient client;

    HttpFetcher(String source, SourceSettings settings, ContentFamily family, Optional<ApiKeyPlacement> keyPlacement) {
        this.source = source;
        this.settings = settings;
        this.family = family;
        this.keyPlacement = keyPlacement;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** GETs a path (with its query, already encoded) below the base URL. */
    byte[] get(String pathAndQuery) {
        String base = settings.baseUrl().toString().replaceAll("/+$", "");
        return get(URI.create(base + pathAndQuery));
    }

    /** GETs an absolute URL. */
    byte[] get(URI uri) {
        var request = HttpRequest.newBuilder(withKeyParameter(uri))
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", family.accept())
                .GET();
        keyPlacement.filter(ApiKeyPlacement::inHeader)
                .ifPresent(p -> settings.apiKey().ifPresent(key -> request.header(p.name(), key)));
        var exchange = client.sendAsync(request.build(), this::subscriber);
        try {
            return check(uri, exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timedOut(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            throw new SourceException(source, "interrupted", true, e);
        } catch (ExecutionException e) {
            throw failed(e.getCause());
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private URI withKeyParameter(URI uri) {
        if (keyPlacement.isEmpty() || keyPlacement.get().inHeader() || settings.apiKey().isEmpty()) {
            return uri;
        }
        String separator = uri.getRawQuery() == null ? "?" : "&";
        return URI.create(uri + separator + encode(keyPlacement.get().name()) + "=" + encode(settings.apiKey().get()));
    }

    private HttpResponse.BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info) {
        if (info.statusCode() / 100 != 2 || !family.accepts(mediaType(info))) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > settings.maxBodyBytes()) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        return new LimitedBodySubscriber(settings.maxBodyBytes());
    }

    private byte[] check(URI uri, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        // The path only: a query may carry the API key.
        String where = " from " + uri.getPath();
        if (status == 429 || status / 100 == 5) {
            String retryAfter = response.headers().firstValue("Retry-After").map(v -> ", Retry-After: " + v).orElse("");
            throw new SourceException(source, "HTTP " + status + where + retryAfter, true);
        }
        if (status / 100 != 2) {
            throw new SourceException(source, "HTTP " + status + where, false);
        }
        String mediaType = mediaType(response);
        if (!family.accepts(mediaType)) {
            throw new SourceException(source, "unexpected content type " + mediaType + where, false);
        }
        if (response.body() == null) {
            throw tooLarge(null);
        }
        return response.body();
    }

    private static String mediaType(HttpResponse.ResponseInfo info) {
        return ContentFamily.mediaType(info.headers().firstValue("Content-Type").orElse(""));
    }

    private static String mediaType(HttpResponse<?> response) {
        return ContentFamily.mediaType(response.headers().firstValue("Content-Type").orElse(""));
    }

    private SourceException failed(Throwable cause) {
        if (cause instanceof LimitedBodySubscriber.TooLarge) {
            return tooLarge(cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut(cause);
        }
        if (cause instanceof IOException) {
            return new SourceException(source, "I/O error: " + cause, true, cause);
        }
        return new SourceException(source, "request failed: " + cause, false, cause);
    }

    private SourceException tooLarge(Throwable cause) {
        return new SourceException(source, "body larger than " + settings.maxBodyBytes() + " bytes", false, cause);
    }

    private SourceException timedOut(Throwable cause) {
        return new SourceException(source, "timed out after " + readable(settings.timeout()), true, cause);
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
