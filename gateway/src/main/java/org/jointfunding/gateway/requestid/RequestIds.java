package org.jointfunding.gateway.requestid;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every exchange an {@code X-Request-Id}: the caller's if it is a sane token, a new UUID
 * otherwise. It is set on the request (so the proxy forwards it and the access log sees it) and put
 * in the logging MDC as {@code requestId}; {@link org.jointfunding.gateway.headers.EdgeHeaders}
 * returns it on the response.
 */
public final class RequestIds {

    public static final CharSequence HEADER = HttpHeaders.createOptimized("X-Request-Id");
    public static final String MDC_KEY = "requestId";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private RequestIds() {
    }

    /** The exchange's id, now on the request and in the MDC. */
    public static String assign(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && VALID.matcher(offered).matches() ? offered : newId();
        ctx.request().headers().set(HEADER, id);
        MDC.put(MDC_KEY, id);
        return id;
    }

    /**
     * A random version-4 UUID from {@link ThreadLocalRandom}: request ids must be unique, not
     * unguessable, and {@code UUID.randomUUID()}'s shared SecureRandom is a contention point on
     * the event loops.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
