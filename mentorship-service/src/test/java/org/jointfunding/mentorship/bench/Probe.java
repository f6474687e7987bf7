package org.jointfunding.mentorship.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Heap and RSS of this JVM: peaks since the last {@link #reset()}. Linux /proc for RSS. */
final class Probe {

    private Probe() {
    }

    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM (peak RSS)
        } catch (IOException | RuntimeException ignored) {
            // not Linux, or not allowed: the peak RSS then covers the whole process life
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any moment since reset. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static long peakRssBytes() {
        return procStatus("VmHWM:");
    }

    static long rssBytes() {
        return procStatus("VmRSS:");
    }

    private static long procStatus(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return -1;
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : Math.round(bytes / 1024.0 / 1024.0) + " MB";
    }
}
