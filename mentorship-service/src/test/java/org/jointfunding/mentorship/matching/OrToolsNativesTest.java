package org.jointfunding.mentorship.matching;

import com.google.ortools.Loader;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start's check for OR-Tools' natives (loading them is left to the first matching run). */
class OrToolsNativesTest {

    @Test
    void theBuildBundlesThisPlatformsNatives() {
        assertDoesNotThrow(() -> OrToolsNatives.requireBundled(Loader.class.getClassLoader()));
    }

    @Test
    void aClassPathWithoutThemFailsNamingWhatIsMissing() throws Exception {
        try (URLClassLoader withoutNatives = new URLClassLoader(new URL[0], null)) {
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> OrToolsNatives.requireBundled(withoutNatives));
            assertTrue(failure.getMessage().contains(OrToolsNatives.RESOURCE), failure.getMessage());
        }
    }
}
