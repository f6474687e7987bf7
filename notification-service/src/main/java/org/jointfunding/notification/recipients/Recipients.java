package org.jointfunding.notification.recipients;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointfunding.kit.EventsConfig;
import org.jointfunding.kit.ServiceCredential;


import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Who a recipient is: identity-service's internal account lookup (service credential), by
 * account id or by e-mail address. Nothing is kept here, so a changed address or name is used
 * from the next e-mail on.
 */
@ApplicationScoped
public class Recipients {

    /** An account as identity knows it; {@code active} is false for a disabled one. */
    public record Account(String id, String email, String displayName, boolean active) {
    }

    /** identity could not be asked; the caller retries later. */
    public static class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }

    @ConfigProperty(name = "portal.identity.url")
    String identityUrl;

    @Inject
    EventsConfig events;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** identity-service's base URL. */
    protected String identityUrl() {
        return identityUrl.replaceAll("/+$", "");
    }

    public Optional<Account> byId(String accountId) {
        return get("/internal/accounts/" + URLEncoder.encode(accountId, StandardCharsets.UTF_8));
    }

    public Optional<Account> byEmail(String email) {
        return get("/internal/accounts?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
    }

    /** The agency's administrators who can sign in (none for an unknown agency). */
    public List<Account> agencyAdmins(String agency) {
        return get("/internal/accounts/agency-admins/" + URLEncoder.encode(agency, StandardCharsets.UTF_8), Admins.class)
                .map(Admins::items).orElse(List.of());
    }

    private record Admins(List<Account> items) {
    }

    private Optional<Account> get(String path) {
        return get(path, Account.class);
    }

    private <T> Optional<T> get(String path, Class<T> type) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(identityUrl() + path))
                .timeout(Duration.ofSeconds(5)).header(ServiceCredential.HEADER, events.credential()).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new Unreachable("identity answered HTTP " + response.statusCode());
            }
            return Optional.of(json.readValue(response.body(), type));
        } catch (IOException e) {
            throw new Unreachable("identity is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }
}
