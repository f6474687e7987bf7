package org.jointfunding.identity.login;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.identity.Portal;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static org.jointfunding.identity.Portal.login;
import static org.jointfunding.identity.Portal.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Accounts whose password was hashed by password4j, before identity used libargon2, sign in as before. */
@QuarkusTest
class HashesFromBeforeTest {

    /** password4j 1.8.4, Argon2id with production's cost (19,456 KiB, 2 passes, 1 lane): "correct horse battery staple" */
    static final String PASSWORD = "correct horse battery staple";
    static final String HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$73W8QSqb3wWOnAfPpkXDxg$RpvoGl0OA5sIRqsbRAE0lkS/z6H70x0BVclNkPD+jBg";

    @Inject
    AgroalDataSource database;

    @Test
    void anAccountHashedByPassword4jSignsInWithItsPasswordAndNoOther() throws SQLException {
        Portal.Account account = registered("STARTUP");
        storePasswordHash(account.id(), HASH);

        login(account.email(), PASSWORD + "!").statusCode(401);
        login(account.email(), account.password()).statusCode(401);
        login(account.email(), PASSWORD).statusCode(200);
    }

    private void storePasswordHash(String accountId, String hash) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement update = c.prepareStatement("update account set password_hash = ? where id = ?")) {
            update.setString(1, hash);
            update.setObject(2, UUID.fromString(accountId));
            assertEquals(1, update.executeUpdate());
        }
    }
}
