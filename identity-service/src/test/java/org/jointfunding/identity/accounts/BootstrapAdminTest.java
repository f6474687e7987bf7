package org.jointfunding.identity.accounts;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.identity.common.IdentityConfig;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test profile's start bootstrapped an ADMIN; from then on the bootstrap settings are ignored. */
@QuarkusTest
class BootstrapAdminTest {

    @Inject
    BootstrapAdmin bootstrap;

    private static IdentityConfig.BootstrapAdmin settings(String email, String password) {
        return new IdentityConfig.BootstrapAdmin() {
            public Optional<String> email() {
                return Optional.ofNullable(email);
            }

            public Optional<String> password() {
                return Optional.ofNullable(password);
            }

            public String displayName() {
                return "Second admin";
            }

            public String country() {
                return "MY";
            }
        };
    }

    @Test
    void onceAnAdminExistsTheSettingsNeitherStopAStartNorCreateAnother() {
        long admins = Account.count("array_contains(roles, 'ADMIN')");
        // an email left in the configuration without its password, or with a weak one
        assertDoesNotThrow(() -> bootstrap.bootstrap(settings("second.admin@portal.test", null)));
        assertDoesNotThrow(() -> bootstrap.bootstrap(settings("second.admin@portal.test", "short")));
        assertDoesNotThrow(() -> bootstrap.bootstrap(settings("second.admin@portal.test", "a-long-enough-passphrase-2026")));
        assertEquals(admins, Account.count("array_contains(roles, 'ADMIN')"));
        assertEquals(0, Account.count("email", "second.admin@portal.test"));
    }
}
