package org.jointfunding.kit;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a request body over {@code portal.max-body-size} with a 413 problem document: a declared
 * {@code Content-Length} before anything is read, a body sent without one (chunked) as soon as it
 * goes past the limit while it is read. Vert.x's own limit ({@code quarkus.http.limits.max-body-size})
 * answers with a bare, empty 413, so each service sets it well above this one, as a backstop.
 */
@Provider
@Singleton
public class BodyLimit implements ReaderInterceptor {

    private final long limit;

    public BodyLimit(@ConfigProperty(name = "portal.max-body-size", defaultValue = "1M") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseDeclaredOversize);
    }

    private void refuseDeclaredOversize(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length == null || !isNumber(length) || Long.parseLong(length) <= limit) {
            context.next();
            return;
        }
        Problem problem = tooLarge().problem();
        problem.instance = context.request().path();
        context.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close") // the body is never read
                .end(Json.encode(problem));
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream()));
        return context.proceed();
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(new Problem("payload-too-large", "Payload too large", 413,
                "The request body is larger than " + limit + " bytes", null)).with("maxBytes", limit);
    }

    private static boolean isNumber(String value) {
        return !value.isEmpty() && value.length() < 19 && value.chars().allMatch(Character::isDigit);
    }

    /** Counts what the reader takes and stops it one byte past the limit. */
    private final class Limited extends FilterInputStream {
        private long count;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge();
            }
        }
    }
}
