package org.jointfunding.gateway;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.jointfunding.testkit.Traces;
import org.jointfunding.testkit.Traces.Trace;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** With tracing switched on, the gateway is a span of the caller's trace and the service continues from it. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theServiceContinuesTheTraceFromTheGatewaysSpan() throws InterruptedException {
        Trace trace = Trace.start();
        String forwarded = Clients.signedIn().header("traceparent", trace.traceparent()).header("tracestate", "portal=1")
                .get("/api/mentorship/matches")
                .then().statusCode(200)
                .body("repeatedHeaders", empty()) // one traceparent, not the caller's and the gateway's
                .body("headers.tracestate", is("portal=1"))
                .extract().path("headers.traceparent");

        String[] parts = forwarded.split("-"); // version, trace id, parent span id, flags
        assertEquals(trace.traceId(), parts[1]);
        assertNotEquals(trace.callerSpanId(), parts[2]);
        SpanData server = Traces.serverSpan(spans, trace);
        assertEquals(trace.callerSpanId(), server.getParentSpanId());
        SpanData client = Traces.span(spans, s -> s.getKind() == SpanKind.CLIENT && s.getSpanId().equals(parts[2]));
        assertEquals(server.getSpanId(), client.getParentSpanId()); // the call to the service, inside the gateway's span
        assertEquals("gateway", server.getResource().getAttribute(AttributeKey.stringKey("service.name")));
    }

    @Test
    void aRequestWithoutTraceContextStartsATrace() {
        String forwarded = Clients.signedIn().get("/api/funding/things")
                .then().statusCode(200).extract().path("headers.traceparent");
        assertEquals(4, forwarded.split("-").length, forwarded);
        assertEquals("01", forwarded.split("-")[3]); // sampled: the services record their part too
    }
}
