package org.jointfunding.notification.support;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jointfunding.notification.recipients.Recipients.Account;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for identity-service's internal account lookup in this module's tests (served by the
 * test server, as identity answers it: 401 without the credential, 404 for an unknown account).
 * The real identity answers it in deploy/e2e. {@link #down} makes it answer 503.
 */
@Path("/test-identity/internal/accounts")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TestIdentity {

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, List<String>> agencyAdmins = new ConcurrentHashMap<>();
    private volatile boolean down;

    /** A new account with this display name; returns its id. */
    public String account(String displayName) {
        String id = UUID.randomUUID().toString();
        accounts.put(id, new Account(id, "person-" + id + "@test.example", displayName, true));
        return id;
    }

    public String account(String id, String email, String displayName, boolean active) {
        accounts.put(id, new Account(id, email, displayName, active));
        return id;
    }

    /** A new administrator of the agency; returns its id. */
    public String agencyAdmin(String agency, String displayName) {
        String id = account(displayName);
        agencyAdmins.computeIfAbsent(agency, a -> new CopyOnWriteArrayList<>()).add(id);
        return id;
    }

    public Account get(String id) {
        return accounts.get(id);
    }

    public void down(boolean down) {
        this.down = down;
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response byId(@HeaderParam("X-Service-Credential") String credential, @PathParam("id") String id) {
        return answer(credential, accounts.get(id));
    }

    @GET
    @Operation(hidden = true)
    public Response byEmail(@HeaderParam("X-Service-Credential") String credential, @QueryParam("email") String email) {
        return answer(credential, accounts.values().stream().filter(a -> a.email().equalsIgnoreCase(email)).findFirst().orElse(null));
    }

    @GET
    @Path("/agency-admins/{agency}")
    @Operation(hidden = true)
    public Response agencyAdmins(@HeaderParam("X-Service-Credential") String credential, @PathParam("agency") String agency) {
        Response refused = refusal(credential);
        if (refused != null) {
            return refused;
        }
        return Response.ok(Map.of("items", agencyAdmins.getOrDefault(agency, List.of()).stream().map(accounts::get).toList())).build();
    }

    private Response answer(String credential, Account account) {
        Response refused = refusal(credential);
        if (refused != null) {
            return refused;
        }
        return account == null ? Response.status(404).build() : Response.ok(account).build();
    }

    private Response refusal(String credential) {
        if (down) {
            return Response.status(503).build();
        }
        if (!"local-dev-events-credential".equals(credential)) {
            return Response.status(401).build();
        }
        return null;
    }
}
