package org.jointfunding.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.jointfunding.testkit.OpenApiContract;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedDocumentEqualsTheCommittedContract() {
        OpenApiContract.assertServedEqualsCommitted();
    }
}
