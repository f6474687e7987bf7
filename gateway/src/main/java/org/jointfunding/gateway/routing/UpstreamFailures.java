package org.jointfunding.gateway.routing;

import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;
import org.jointfunding.gateway.problem.Problem;

import java.util.concurrent.TimeoutException;

/**
 * Replaces the proxy library's bare 502 with a problem document saying what went wrong:
 * 503 {@code upstream-unavailable} when no connection could be had (service down, refused, pool
 * exhausted), 504 {@code upstream-timeout} when the service went silent longer than the response
 * timeout, 502 {@code bad-gateway} for anything else. Nothing is cached: the next request tries
 * again, so the gateway recovers as soon as the service is back.
 */
class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final String service;

    UpstreamFailures(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problemResponse(context, failure)));
    }

    private ProxyResponse problemResponse(ProxyContext context, Throwable failure) {
        Problem problem = problemFor(failure);
        if (context.request().proxiedRequest().response().closed()) {
            // the caller went away mid-exchange; nothing to answer and nothing wrong upstream
            LOG.debugf("%s %s -> %s: caller closed the connection", context.request().getMethod(),
                    context.request().getURI(), service);
        } else {
            LOG.warnf("%s %s -> %s: %d %s (%s)", context.request().getMethod(), context.request().getURI(), service,
                    problem.status(), problem.slug(), failure.toString());
        }
        return context.request().release().response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(problem.toBuffer(context.request().proxiedRequest().path())));
    }

    private Problem problemFor(Throwable failure) {
        if (failure instanceof UpstreamUnavailable) {
            return new Problem(503, "upstream-unavailable", "Service unavailable",
                    "The " + service + " service cannot be reached right now; try again shortly")
                    .with("service", service);
        }
        if (failure instanceof TimeoutException) {
            return new Problem(504, "upstream-timeout", "Gateway timeout",
                    "The " + service + " service did not answer in time").with("service", service);
        }
        return new Problem(502, "bad-gateway", "Bad gateway",
                "The " + service + " service gave no usable answer").with("service", service);
    }

    /** No connection to the service could be obtained. */
    static final class UpstreamUnavailable extends RuntimeException {
        UpstreamUnavailable(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
