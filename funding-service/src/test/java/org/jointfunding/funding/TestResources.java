package org.jointfunding.funding;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.jointfunding.testkit.PostgresTestDatabase;
import org.jointfunding.testkit.TrustTestTokens;

/** Applies to every @QuarkusTest of this module: its own real PostgreSQL database, test tokens. */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "funding_test"))
@QuarkusTestResource(TrustTestTokens.class)
public class TestResources {
}
