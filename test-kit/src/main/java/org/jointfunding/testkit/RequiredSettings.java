package org.jointfunding.testkit;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Reads the service's own application.properties under a given profile, with no environment: a
 * secret must have no value there outside dev and test, so a deployment under any other profile
 * (prod, staging) cannot start on a default everyone knows.
 */
public final class RequiredSettings {

    private RequiredSettings() {
    }

    public static void assertRequiredOutsideDevAndTest(String property) {
        for (String profile : new String[] {"prod", "staging", "demo"}) {
            assertThrows(NoSuchElementException.class, () -> config(profile).getValue(property, String.class),
                    property + " has a value in profile " + profile + " without any environment");
        }
        for (String profile : new String[] {"dev", "test"}) {
            assertDoesNotThrow(() -> config(profile).getValue(property, String.class), property + " in profile " + profile);
        }
    }

    private static SmallRyeConfig config(String profile) {
        URL properties = Thread.currentThread().getContextClassLoader().getResource("application.properties");
        try {
            return new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile(profile).withSources(new PropertiesConfigSource(properties)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
