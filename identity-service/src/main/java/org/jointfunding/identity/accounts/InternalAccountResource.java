package org.jointfunding.identity.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.identity.common.IdentityConfig;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.ServiceCredential;

import java.util.List;
import java.util.UUID;

/**
 * Service-to-service: who an account is, for notification-service to address its e-mails. Not
 * under /api (the gateway never routes /internal/**) and not for tokens: the caller presents the
 * shared service credential.
 */
@Path("/internal/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "Service-to-service endpoints, not reachable through the gateway")
@PermitAll
public class InternalAccountResource {

    @Schema(name = "InternalAccount", description = "Enough to write to a person: address, name, and whether the account may sign in")
    public record Recipient(UUID id, String email, String displayName, boolean active) {

        static Recipient of(Account account) {
            return new Recipient(account.id, account.email, account.displayName, !account.isDisabled());
        }
    }

    private final String credential;
    private final AccountService accounts;

    public InternalAccountResource(IdentityConfig config, AccountService accounts) {
        this.credential = config.events().credential();
        this.accounts = accounts;
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "An account by id")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "Missing or wrong X-Service-Credential")
    @APIResponse(responseCode = "404", description = "No such account")
    public Recipient byId(@HeaderParam(ServiceCredential.HEADER) String presented, @PathParam("id") String id) {
        ServiceCredential.require(credential, presented);
        UUID accountId = Account.idOfSubject(id).orElseThrow(() -> ApiProblem.notFound("account", id));
        Account account = Account.findById(accountId);
        if (account == null) {
            throw ApiProblem.notFound("account", id);
        }
        return Recipient.of(account);
    }

    @Schema(name = "InternalAccounts")
    public record Recipients(List<Recipient> items) {
    }

    @GET
    @Path("/agency-admins/{agency}")
    @Transactional
    @Operation(summary = "The agency's administrators who can sign in", description = "For notices addressed to an agency.")
    @APIResponse(responseCode = "200", description = "The agency's active AGENCY_ADMIN accounts, possibly none")
    @APIResponse(responseCode = "401", description = "Missing or wrong X-Service-Credential")
    public Recipients agencyAdmins(@HeaderParam(ServiceCredential.HEADER) String presented, @PathParam("agency") String agency) {
        ServiceCredential.require(credential, presented);
        return new Recipients(accounts.adminsOf(agency).stream().map(Recipient::of).toList());
    }

    @GET
    @Transactional
    @Operation(summary = "An account by e-mail address")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "400", description = "No address")
    @APIResponse(responseCode = "401", description = "Missing or wrong X-Service-Credential")
    @APIResponse(responseCode = "404", description = "No account has that address")
    public Recipient byEmail(@HeaderParam(ServiceCredential.HEADER) String presented,
                             @QueryParam("email") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 254))
                             String email) {
        ServiceCredential.require(credential, presented); // before looking at the query: strangers learn nothing
        if (email == null || email.isBlank() || email.length() > 254) {
            throw ApiProblem.invalidField("email", "must be an e-mail address of at most 254 characters");
        }
        Account account = Account.<Account>find("email", Account.normalizeEmail(email)).firstResult();
        if (account == null) {
            throw ApiProblem.notFound("account", email);
        }
        return Recipient.of(account);
    }
}
