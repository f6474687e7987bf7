package org.jointfunding.mentorship.matching;

import com.google.ortools.Loader;

/**
 * OR-Tools ships its solvers as a native library inside the platform jar; loading unpacks it once
 * per JVM (about half a second), so every caller goes through this guard.
 */
public final class OrToolsNatives {

    private static volatile boolean loaded;

    private OrToolsNatives() {
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
