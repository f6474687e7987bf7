package org.jointfunding.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jointfunding.gateway.GatewayConfig;
import org.jointfunding.gateway.ServiceClient;

import java.util.ArrayList;
import java.util.List;

/**
 * Readiness of each service behind the gateway, from its own {@code /q/health/ready}: reported as
 * {@code <service>: UP|DOWN} in the check's data. The check is DOWN while any service is not ready,
 * unless {@code gateway.health.require-upstreams=false} (then it only reports).
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements AsyncHealthCheck {

    private record ServiceState(String service, boolean ready, String detail) {
    }

    private final ServiceClient services;
    private final GatewayConfig.Health config;

    public UpstreamReadiness(ServiceClient services, GatewayConfig config) {
        this.services = services;
        this.config = config.health();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<ServiceState>> probes = new ArrayList<>();
        for (String service : services.services()) {
            probes.add(services.get(service, "/q/health/ready", config.timeout())
                    .map(answer -> new ServiceState(service, answer.status() == 200, "HTTP " + answer.status()))
                    .otherwise(failure -> new ServiceState(service, false, String.valueOf(failure.getMessage()))));
        }
        Future<HealthCheckResponse> response = Future.join(new ArrayList<>(probes)).map(done -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstream services");
            boolean allReady = true;
            for (Future<ServiceState> probe : probes) {
                ServiceState state = probe.result();
                allReady &= state.ready();
                builder.withData(state.service(), state.ready() ? "UP" : "DOWN (" + state.detail() + ")");
            }
            return builder.status(allReady || !config.requireUpstreams()).build();
        });
        return Uni.createFrom().completionStage(response.toCompletionStage());
    }
}
