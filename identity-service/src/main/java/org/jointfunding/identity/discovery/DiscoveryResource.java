package org.jointfunding.identity.discovery;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointfunding.identity.common.IdentityConfig;

import java.util.List;

/**
 * OpenID Provider metadata (OIDC Discovery 1.0 / RFC 8414), so standard libraries find the JWKS and
 * token endpoint from the issuer URL alone. Every URL derives from {@code portal.issuer}.
 */
@Path("/api/identity/.well-known/openid-configuration")
@Tag(name = "Discovery")
public class DiscoveryResource {

    private final IdentityConfig config;

    public DiscoveryResource(IdentityConfig config) {
        this.config = config;
    }

    @Schema(example = """
            {"issuer":"http://localhost:8080/api/identity","jwks_uri":"http://localhost:8080/api/identity/jwks",\
            "token_endpoint":"http://localhost:8080/api/identity/token","grant_types_supported":["client_credentials","refresh_token"],\
            "response_types_supported":["token"],"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],\
            "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"],\
            "claims_supported":["iss","sub","aud","exp","iat","jti","email","name","country","groups","agency","sid"]}""")
    public record ProviderMetadata(
            String issuer,
            @JsonProperty("jwks_uri") String jwksUri,
            @JsonProperty("token_endpoint") String tokenEndpoint,
            @JsonProperty("grant_types_supported") List<String> grantTypesSupported,
            @JsonProperty("response_types_supported") List<String> responseTypesSupported,
            @JsonProperty("subject_types_supported") List<String> subjectTypesSupported,
            @JsonProperty("id_token_signing_alg_values_supported") List<String> idTokenSigningAlgValuesSupported,
            @JsonProperty("token_endpoint_auth_methods_supported") List<String> tokenEndpointAuthMethodsSupported,
            @JsonProperty("claims_supported") List<String> claimsSupported) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenID Provider metadata")
    @APIResponse(responseCode = "200", description = "The metadata")
    public ProviderMetadata metadata() {
        String issuer = config.issuer();
        return new ProviderMetadata(issuer, issuer + "/jwks", issuer + "/token",
                List.of("client_credentials", "refresh_token"),
                List.of("token"),
                List.of("public"),
                List.of("RS256"),
                List.of("client_secret_basic", "client_secret_post"),
                List.of("iss", "sub", "aud", "exp", "iat", "jti", "email", "name", "country", "groups", "agency", "sid"));
    }
}
