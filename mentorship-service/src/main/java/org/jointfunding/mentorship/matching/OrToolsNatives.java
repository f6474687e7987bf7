package org.jointfunding.mentorship.matching;

import com.google.ortools.Loader;
import com.sun.jna.Platform;

/**
 * OR-Tools ships its solvers as native libraries inside the platform jar (about 70 MB); loading
 * unpacks them to a temporary directory once per JVM, which takes about half a second and 33 MB of
 * RSS. A service that never runs a matching should pay neither, so the start only checks that this
 * platform's natives are bundled, and the first matching run loads them through this guard.
 */
public final class OrToolsNatives {

    /** Where OR-Tools' {@link Loader} looks for this platform's natives. */
    static final String RESOURCE = "ortools-" + Platform.RESOURCE_PREFIX + "/";

    private static volatile boolean loaded;

    private OrToolsNatives() {
    }

    /** Fails when the build bundled no natives for this platform, so that the start fails instead of a run. */
    public static void requireBundled(ClassLoader classLoader) {
        if (classLoader.getResource(RESOURCE) == null) {
            throw new IllegalStateException("OR-Tools has no natives for this platform: " + RESOURCE
                    + " is not on the class path; build the service on the platform it runs on");
        }
    }

    public static void ensureLoaded() {
        if (!loaded) {
            synchronized (OrToolsNatives.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
