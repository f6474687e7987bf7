package bench.scg;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Our gateway's RequestIds, which Spring Cloud Gateway has no filter for: every exchange gets an
 * X-Request-Id, the caller's if it is a sane token, else a new UUID; it is forwarded to the service
 * and set (not added) on the response, 401s included (this runs before Spring Security).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds implements WebFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String offered = exchange.getRequest().getHeaders().getFirst(HEADER);
        boolean kept = offered != null && VALID.matcher(offered).matches();
        String id = kept ? offered : newId();
        ServerWebExchange forwarded = kept ? exchange
                : exchange.mutate().request(request -> request.headers(headers -> headers.set(HEADER, id))).build();
        forwarded.getResponse().beforeCommit(() -> {
            forwarded.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(forwarded);
    }

    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
