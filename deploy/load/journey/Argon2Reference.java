import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference of deploy/load/journey/run.sh, measured in the same run: what one sign-in's password
 * check costs at the least. identity-service's own library and call (argon2-jvm: libargon2 through
 * JNA, Argon2id with IdentityConfig's defaults: 19,456 KiB, 2 passes, parallelism 1, 32-byte hash,
 * 16-byte salt; SecretHasher.matches), alone in a JVM with identity's options, no HTTP, no database.
 * Prints REF_ARGON2_CPU_MS (the JVM's CPU per verification, one thread verifying) and REF_ARGON2_PER_S (verifications
 * per second with one thread per core, the machine's ceiling for sign-ins).
 * Run: java -cp <identity's argon2-jvm, argon2-jvm-nolibs and jna jars> Argon2Reference.java [seconds]
 */
public class Argon2Reference {

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32);
        String secret = "a journey passphrase of some length";
        String hash = argon2.hash(2, 19456, 1, secret.toCharArray());
        Runnable verify = () -> {
            char[] chars = secret.toCharArray();
            try {
                if (!argon2.verify(hash, chars)) {
                    throw new IllegalStateException("verification failed");
                }
            } finally {
                argon2.wipeArray(chars);
            }
        };
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // warm-up, then one thread: CPU per verification
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) {
            verify.run();
        }
        long cpu0 = os.getProcessCpuTime(), n = 0; // the whole JVM's: a collector's work, if any, counts too
        until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            verify.run();
            n++;
        }
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6 / n;
        // one thread per core: verifications per second on the whole machine as it is now
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicLong count = new AtomicLong();
        long start = System.nanoTime(), end = start + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    verify.run();
                    count.incrementAndGet();
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double perSecond = count.get() / ((System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "REF_ARGON2_CPU_MS=%.2f%nREF_ARGON2_PER_S=%.2f%n", cpuMs, perSecond);
        System.err.printf(Locale.ROOT, "Argon2id reference: %.1f ms CPU per verification (1 thread, %d verifications), %.1f verifications/s with %d threads%n",
                cpuMs, n, perSecond, cores);
    }
}
