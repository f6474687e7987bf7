package org.jointfunding.funding;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.kit.outbox.OutboxRelay;
import org.jointfunding.funding.support.Fixtures;
import org.jointfunding.funding.support.Fixtures.JointCallFixture;
import org.jointfunding.testkit.Traces;
import org.jointfunding.testkit.Traces.Trace;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With tracing switched on, a caller's W3C trace context is continued and each request is a span of it. */
@QuarkusTest
class TracingTest {

    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");

    @Inject
    InMemorySpanExporter spans;

    @Inject
    OutboxRelay relay;

    @Test
    void aRequestContinuesTheCallersTrace() throws InterruptedException {
        Trace trace = Trace.start();
        given().header("traceparent", trace.traceparent()).get("/api/funding/calls").then().statusCode(200);

        SpanData server = Traces.serverSpan(spans, trace);
        assertEquals(trace.callerSpanId(), server.getParentSpanId());
        assertEquals("GET /api/funding/calls", server.getName());
        assertEquals(200L, server.getAttributes().get(STATUS));
        assertEquals("funding-service", server.getResource().getAttribute(AttributeKey.stringKey("service.name")));
        assertTrue(spans.getFinishedSpanItems().stream().anyMatch(span -> span.getParentSpanId().equals(server.getSpanId())
                        && "postgresql".equals(span.getAttributes().get(AttributeKey.stringKey("db.system")))),
                "the page's SQL queries are spans inside the request");
    }

    @Test
    void theAwardsEventIsDeliveredToMentorshipInTheTraceOfTheApprovalThatAwardedIt() throws InterruptedException {
        JointCallFixture call = Fixtures.openCall("1000000", "5000000000");
        String application = Fixtures.submitted(Fixtures.startup(), call, "200000", "1000");
        Fixtures.startEvaluation(call);
        Fixtures.reviewed(call, application, 8, 8);
        Fixtures.act(call.myAdmin(), "/api/funding/applications/" + application + "/award/approve");
        Trace trace = Trace.start();
        Fixtures.as(call.irAdmin()).header("traceparent", trace.traceparent())
                .post("/api/funding/applications/" + application + "/award/approve").then().statusCode(200);
        SpanData approval = Traces.serverSpan(spans, trace);

        relay.deliverDue();

        SpanData delivery = Traces.span(spans, s -> s.getName().equals("POST /test-receivers/{destination}/internal/events")
                && s.getTraceId().equals(trace.traceId()));
        assertEquals(approval.getSpanId(), delivery.getParentSpanId());
    }

    @Test
    void aRefusedRequestIsRecordedWithItsStatus() throws InterruptedException {
        Trace trace = Trace.start();
        given().header("traceparent", trace.traceparent()).get("/api/funding/applications").then().statusCode(401);

        assertEquals(401L, Traces.serverSpan(spans, trace).getAttributes().get(STATUS));
    }
}
