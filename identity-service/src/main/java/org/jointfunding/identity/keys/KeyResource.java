package org.jointfunding.identity.keys;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.kit.Caller;
import org.jointfunding.kit.Roles;

import java.util.List;
import java.util.Map;

/** The published keys (JWKS) and their rotation. */
@Path("/api/identity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Keys", description = "Token signing keys")
public class KeyResource {

    private final SigningKeys keys;
    private final Caller caller;

    public KeyResource(SigningKeys keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    public record Jwks(@Schema(description = "RFC 7517 JSON Web Keys, current key first") List<Map<String, Object>> keys) {
    }

    public record RotationView(@Schema(description = "Key id that signs from now on") String currentKid,
                               @Schema(description = "Key id that still verifies tokens issued before") String previousKid) {
    }

    @GET
    @Path("/jwks")
    @Operation(summary = "Public signing keys (JWKS)", description = "The current key and the previous one, so tokens issued before the last rotation still verify.")
    @APIResponse(responseCode = "200", description = "The key set", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Jwks.class), examples = @ExampleObject(name = "jwks",
            value = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"q0XH4o0nq6w6m1cX\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"sXch...\",\"e\":\"AQAB\"}]}")))
    public Jwks jwks() {
        return new Jwks(keys.jwks());
    }

    @POST
    @Path("/admin/keys/rotate")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Rotate the signing key", description = "A new key signs from now on; the old one stays in the JWKS as the previous key, and the one before it is retired.")
    @APIResponse(responseCode = "200", description = "Rotated", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RotationView.class),
            examples = @ExampleObject(name = "rotated", value = "{\"currentKid\":\"Zk2v8cWm3xq1LJ0p\",\"previousKid\":\"q0XH4o0nq6w6m1cX\"}")))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not an ADMIN")
    public RotationView rotate() {
        SigningKeyStore.Rotation rotation = keys.rotate(caller.id());
        return new RotationView(rotation.currentKid(), rotation.previousKid());
    }

    public record Revocation(@Schema(description = "Why the key is revoked, for the audit trail", examples = "private key copied to a laptop that was stolen")
                             @NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Path("/admin/keys/{kid}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Revoke a signing key at once", description = "For a compromised key: it leaves the JWKS and every token it "
            + "signed is refused from now on (by the gateway within gateway.auth.jwks-cache-ttl). Revoking the current key puts a new "
            + "one in its place; people signed in with it sign in again.")
    @APIResponse(responseCode = "200", description = "Revoked; the keys in force now", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RotationView.class),
            examples = @ExampleObject(name = "revoked", value = "{\"currentKid\":\"Zk2v8cWm3xq1LJ0p\",\"previousKid\":null}")))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not an ADMIN")
    @APIResponse(responseCode = "404", description = "No published key with this kid")
    public RotationView revoke(@PathParam("kid") String kid, @Valid @NotNull Revocation revocation) {
        SigningKeyStore.Rotation keysNow = keys.revoke(kid, caller.id(), revocation.reason().strip());
        return new RotationView(keysNow.currentKid(), keysNow.previousKid());
    }
}
