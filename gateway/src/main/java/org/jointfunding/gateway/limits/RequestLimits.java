package org.jointfunding.gateway.limits;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.jointfunding.gateway.problem.Problem;

import java.util.Map;

/**
 * Refuses a request over the gateway's size limits with a problem document, before anything else
 * reads it: a URL over {@code maxUrlLength} (414), headers over {@code maxHeaderSize} (431), a
 * declared body over {@code maxBodySize} (413, the connection is closed as the body is not read).
 * The HTTP layer's own limits sit above these and only answer (bare) what is far larger; a body
 * without a declared length streams on and the service refuses it with its own 413 problem.
 */
public class RequestLimits implements Handler<RoutingContext> {

    private final int maxUrlLength;
    private final int maxHeaderSize;
    private final long maxBodySize;

    public RequestLimits(int maxUrlLength, int maxHeaderSize, long maxBodySize) {
        this.maxUrlLength = maxUrlLength;
        this.maxHeaderSize = maxHeaderSize;
        this.maxBodySize = maxBodySize;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUrlLength) {
            refuse(ctx, new Problem(414, "url-too-long", "URI too long",
                    "The URL is longer than " + maxUrlLength + " characters")
                    .with("maxLength", maxUrlLength));
        } else if (headerSize(request) > maxHeaderSize) {
            refuse(ctx, new Problem(431, "headers-too-large", "Request header fields too large",
                    "The request's headers are larger than " + maxHeaderSize + " bytes").with("maxBytes", maxHeaderSize));
        } else if (declaredLength(request) > maxBodySize) {
            refuse(ctx, new Problem(413, "payload-too-large", "Payload too large",
                    "The request body is larger than " + maxBodySize + " bytes").with("maxBytes", maxBodySize));
        } else {
            ctx.next();
        }
    }

    /** The body (if any) is left unread: the connection cannot carry another request, so it is closed once answered. */
    private static void refuse(RoutingContext ctx, Problem problem) {
        ctx.response().putHeader("Connection", "close").endHandler(answered -> ctx.request().connection().close());
        problem.send(ctx);
    }

    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return size;
    }

    /** The HTTP layer answers a malformed Content-Length with 400 before this; -1 when none is declared. */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
