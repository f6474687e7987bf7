package org.jointfunding.testkit;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Tracing in the services' tests: the spans of traced requests are kept in memory (this bean is the
 * exporter) and a test starts a trace the way a caller does, with a W3C traceparent header.
 */
@Singleton
public class Traces {

    @Produces
    @Singleton
    static InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** A caller's sampled trace: its id and the span the request is sent from. */
    public record Trace(String traceId, String callerSpanId) {

        public static Trace start() {
            return new Trace(hex(16), hex(8));
        }

        public String traceparent() {
            return "00-" + traceId + "-" + callerSpanId + "-01";
        }
    }

    /** The span in which the service served that trace's request. */
    public static SpanData serverSpan(InMemorySpanExporter spans, Trace trace) throws InterruptedException {
        return span(spans, span -> span.getTraceId().equals(trace.traceId()) && span.getKind() == SpanKind.SERVER);
    }

    /** The first exported span that matches; spans are exported in batches, so it waits a while. */
    public static SpanData span(InMemorySpanExporter spans, Predicate<SpanData> wanted) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<SpanData> span = spans.getFinishedSpanItems().stream().filter(wanted).findFirst();
            if (span.isPresent()) {
                return span.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such span among the " + spans.getFinishedSpanItems().size() + " exported");
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
