package org.jointfunding.identity;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.jointfunding.testkit.PostgresTestDatabase;

/** Applies to every @QuarkusTest of this module: its own real PostgreSQL database. */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "identity_test"))
public class TestResources {
}
