package org.jointfunding.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import org.jointfunding.gateway.GatewayConfig;
import org.jointfunding.gateway.auth.EdgeAuthentication;
import org.jointfunding.gateway.clients.ClientAddress;
import org.jointfunding.gateway.problem.Problem;
import org.jointfunding.gateway.endpoints.EndpointPatterns;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Token-bucket limits (bucket4j): per subject for signed-in calls, per client address otherwise,
 * a stricter per-address limit on the credential endpoints (login, registration, password reset)
 * where a password can be guessed, and a limit of their own for the token endpoint (refreshes and
 * client credentials exchange 256-bit random secrets, which nobody guesses), so that an office of
 * people behind one address keeps its sessions. An IPv6 client is keyed by its /64, which one
 * subscriber usually holds whole.
 * Every limited response carries {@code RateLimit-Limit}, {@code RateLimit-Remaining},
 * {@code RateLimit-Reset} and {@code RateLimit-Policy}; a refusal is a 429 problem with
 * {@code Retry-After}. Runs after {@link EdgeAuthentication}, which tells who is signed in.
 * The buckets live in a {@link RateLimitBuckets} store: this process' memory, or Redis shared by every
 * replica (then the decision arrives asynchronously and the request waits for it, paused).
 */
public class RateLimiting implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(RateLimiting.class);

    private static final CharSequence LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
    private static final CharSequence REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
    private static final CharSequence RESET = HttpHeaders.createOptimized("RateLimit-Reset");
    private static final CharSequence POLICY = HttpHeaders.createOptimized("RateLimit-Policy");

    /**
     * {@code keyPrefix}: the bucket's name and limit, so a changed limit starts fresh buckets rather than meeting stored ones made with the old limit.
     * {@code limitHeader} and {@code policyHeader}: the plan's own header values, encoded once.
     */
    private record Plan(String name, long requests, long windowSeconds, String keyPrefix, BucketConfiguration configuration,
                        CharSequence limitHeader, CharSequence policyHeader) {
        static Plan of(String name, GatewayConfig.Limit limit) {
            Bandwidth bandwidth = Bandwidth.builder().capacity(limit.requests())
                    .refillGreedy(limit.requests(), limit.window()).build();
            long millis = limit.window().toMillis();
            String window = millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
            long windowSeconds = Math.max(1, limit.window().toSeconds());
            return new Plan(name, limit.requests(), windowSeconds,
                    name + ':' + limit.requests() + '/' + window + ':',
                    BucketConfiguration.builder().addLimit(bandwidth).build(),
                    HttpHeaders.createOptimized(Long.toString(limit.requests())),
                    HttpHeaders.createOptimized(limit.requests() + ";w=" + windowSeconds));
        }
    }

    private final RateLimitBuckets buckets;
    private final ClientAddress clientAddress;
    private final EndpointPatterns credentialRoutes;
    private final EndpointPatterns tokenRoutes;
    private final Plan anonymous;
    private final Plan credentials;
    private final Plan tokens;
    private final Plan signedIn;

    public RateLimiting(RateLimitBuckets buckets, ClientAddress clientAddress, GatewayConfig.RateLimit config) {
        this.buckets = buckets;
        this.clientAddress = clientAddress;
        this.credentialRoutes = EndpointPatterns.parse(config.credentialRoutes());
        this.tokenRoutes = EndpointPatterns.parse(config.tokenRoutes());
        this.anonymous = Plan.of("anonymous", config.anonymous());
        this.credentials = Plan.of("credentials", config.credentials());
        this.tokens = Plan.of("tokens", config.tokens());
        this.signedIn = Plan.of("signed-in", config.signedIn());
    }

    @Override
    public void handle(RoutingContext ctx) {
        String subject = ctx.get(EdgeAuthentication.SUBJECT);
        String client = clientAddress.keyOf(ctx.request());
        String method = ctx.request().method().name();
        Plan plan;
        String key;
        if (credentialRoutes.matches(method, ctx.normalizedPath())) {
            plan = credentials;
            key = client;
        } else if (tokenRoutes.matches(method, ctx.normalizedPath())) {
            plan = tokens;
            key = client;
        } else if (subject != null) {
            plan = signedIn;
            key = subject;
        } else {
            plan = anonymous;
            key = client;
        }
        CompletableFuture<ConsumptionProbe> decision = buckets.tryConsume(plan.keyPrefix() + key, plan.configuration()).toCompletableFuture();
        if (decision.isDone()) { // in memory: at once
            decide(ctx, plan, decision);
            return;
        }
        // a remote store answers on its own threads; the request (paused) goes on on its event loop
        Context context = ctx.vertx().getOrCreateContext();
        decision.whenComplete((probe, failure) -> context.runOnContext(v -> {
            if (!ctx.response().closed()) { // the caller may have gone meanwhile
                decide(ctx, plan, decision);
            }
        }));
    }

    private void decide(RoutingContext ctx, Plan plan, CompletableFuture<ConsumptionProbe> decision) {
        ConsumptionProbe probe;
        try {
            probe = decision.join();
        } catch (RuntimeException e) { // a store must not fail; if one does, the request is not refused for it
            LOG.warnf("The rate-limit store failed, request let through unlimited: %s", e.toString());
            ctx.next();
            return;
        }
        MultiMap headers = ctx.response().headers();
        headers.set(LIMIT, plan.limitHeader());
        headers.set(REMAINING, Long.toString(probe.getRemainingTokens()));
        headers.set(RESET, Long.toString(seconds(probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill())));
        headers.set(POLICY, plan.policyHeader());
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long retryAfter = seconds(probe.getNanosToWaitForRefill());
        headers.set("Retry-After", Long.toString(retryAfter));
        new Problem(429, "rate-limited", "Too many requests",
                "The " + plan.name() + " limit of " + plan.requests() + " requests per " + plan.windowSeconds()
                        + " s is used up; retry in " + retryAfter + " s")
                .with("retryAfterSeconds", retryAfter).send(ctx);
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }
}
