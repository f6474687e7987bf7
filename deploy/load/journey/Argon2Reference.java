import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference of deploy/load/journey/run.sh, measured in the same run: what one sign-in's password
 * check costs at the least. identity-service's own library and call (password4j, Argon2id with
 * IdentityConfig's defaults: 19,456 KiB, 2 passes, parallelism 1, 32-byte hash, 16-byte salt;
 * SecretHasher.matches), alone in a JVM with the services' options, no HTTP, no database.
 * Prints REF_ARGON2_CPU_MS (the JVM's CPU per verification, one thread verifying) and REF_ARGON2_PER_S (verifications
 * per second with one thread per core, the machine's ceiling for sign-ins).
 * Run: java -cp <identity's password4j jar>:<slf4j-api jar> Argon2Reference.java [seconds]
 */
public class Argon2Reference {

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        Argon2Function argon2 = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID);
        String secret = "a journey passphrase of some length";
        String hash = Password.hash(secret).addRandomSalt(16).with(argon2).getResult();
        Runnable verify = () -> {
            if (!Password.check(secret, hash).with(Argon2Function.getInstanceFromHash(hash))) {
                throw new IllegalStateException("verification failed");
            }
        };
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // warm-up, then one thread: CPU per verification
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) {
            verify.run();
        }
        long cpu0 = os.getProcessCpuTime(), n = 0; // the whole JVM's: the collector's work for the 19 MiB per verification counts too
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
