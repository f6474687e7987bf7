package org.jointfunding.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.jointfunding.notification.support.TestSmtpServer;
import org.jointfunding.testkit.PostgresTestDatabase;
import org.jointfunding.testkit.TrustTestTokens;

/** Applies to every @QuarkusTest of this module: its own real PostgreSQL database, test tokens, a real SMTP server. */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "notification_test"))
@QuarkusTestResource(TrustTestTokens.class)
@QuarkusTestResource(TestSmtpServer.class)
public class TestResources {
}
