import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver of deploy/load/journey/run.sh (issue 20, target 4): sets the portal up through the
 * gateway, then runs a closed-loop load of C concurrent startups, each repeating sign in, create an
 * application, upload a PDF, submit, with agency officers awarding one application per AWARD_EVERY
 * submitted (assign a review, the reviewer scores, each agency approves its share), for C = each of
 * LEVELS, and prints the figures as Markdown. JDK 17 only: java.net.http, no libraries; run with
 * {@code java Driver.java} (the source launcher). Settings: environment variables, set by run.sh.
 */
public class Driver {

    // --- settings ------------------------------------------------------------------------------
    static final String GATEWAY = env("JOURNEY_GATEWAY", "http://127.0.0.1:8080");
    static final int ACCOUNTS = Integer.parseInt(env("ACCOUNTS", "200"));
    static final int JOURNEY_CALLS = Integer.parseInt(env("JOURNEY_CALLS", "16"));
    static final int AWARD_EVERY = Integer.parseInt(env("AWARD_EVERY", "4"));
    static final int DURATION = Integer.parseInt(env("DURATION", "60"));
    static final int WARMUP = Integer.parseInt(env("WARMUP", "60"));
    static final int WARMUP_CONCURRENCY = Integer.parseInt(env("WARMUP_CONCURRENCY", "4"));
    static final int SETUP_THREADS = Integer.parseInt(env("SETUP_THREADS", "4"));
    static final int PAUSE = Integer.parseInt(env("PAUSE", "5"));
    static final int[] LEVELS = Arrays.stream(env("LEVELS", "1 2 4 8 16 32").trim().split("[ ,]+")).mapToInt(Integer::parseInt).toArray();
    static final long KNEE_P95_MS = 500;
    static final String ADMIN_EMAIL = env("JOURNEY_ADMIN_EMAIL", "portal-admin@journey.test");
    static final String ADMIN_PASSWORD = env("JOURNEY_ADMIN_PASSWORD", "");
    static final Path WORK = Path.of(env("JOURNEY_WORK", "."));
    static final double CLK_TCK = Double.parseDouble(env("CLK_TCK", "100"));
    /** JOURNEY_PIDS="gateway=123,identity=456,...": the processes whose CPU is measured. */
    static final Map<String, Integer> PIDS = new LinkedHashMap<>();
    /** Reference measured in the same run by Argon2Reference.java: CPU ms per bare verification, and verifications/s on all cores. */
    static final double REF_ARGON2_CPU_MS = Double.parseDouble(env("REF_ARGON2_CPU_MS", "0"));
    static final double REF_ARGON2_PER_S = Double.parseDouble(env("REF_ARGON2_PER_S", "0"));

    static final String PASSWORD = "a journey passphrase of some length";
    static final String MY = "MY-MDEC", IR = "IR-INSF";
    static final String SECTOR = "agritech";
    static final String[] STARTUP_STEPS = {"sign-in", "create", "upload", "submit"};
    static final String[] OFFICER_STEPS = {"assign-review", "score-review", "approve-MY", "approve-IR"};
    static final byte[] PDF = pdf();

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    // --- state -----------------------------------------------------------------------------------
    static final List<String> journeyCalls = new ArrayList<>();
    static final List<String> evaluationCalls = new ArrayList<>();
    static final List<Startup> startups = new ArrayList<>();
    /** Submitted applications of the calls under evaluation, awarded one by one during the load. */
    static final List<String> stock = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger nextJourney = new AtomicInteger();
    static final AtomicInteger nextStock = new AtomicInteger();
    static String myOfficerEmail, irOfficerEmail, reviewerEmail, reviewerId;
    static volatile String myOfficer, irOfficer, reviewer;

    record Startup(int index, String email, String address) {
    }

    public static void main(String[] args) throws Exception {
        for (String pair : env("JOURNEY_PIDS", "").split(",")) {
            if (pair.contains("=")) {
                PIDS.put(pair.substring(0, pair.indexOf('=')), Integer.parseInt(pair.substring(pair.indexOf('=') + 1)));
            }
        }
        Files.write(WORK.resolve("plan.pdf"), PDF);
        long setupStart = System.nanoTime();
        setup();
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        say(String.format(Locale.ROOT, "Setup through the API took %.0f s: %d startups, %d open calls for the journeys, %d calls under evaluation with %d submitted applications",
                setupSeconds, startups.size(), journeyCalls.size(), evaluationCalls.size(), stock.size()));

        Level warm = runLevel("warm-up", WARMUP_CONCURRENCY, WARMUP);
        say("warm-up: " + warm.summary());
        List<Level> levels = new ArrayList<>();
        for (int c : LEVELS) {
            Thread.sleep(PAUSE * 1000L);
            Level level = runLevel("C=" + c, c, DURATION);
            levels.add(level);
            say(level.label + ": " + level.summary());
            if (level.exhausted) {
                say("accounts or stock exhausted: no further levels (raise ACCOUNTS / JOURNEY_CALLS)");
                break;
            }
        }
        String report = report(setupSeconds, warm, levels);
        Files.writeString(WORK.resolve("report.md"), report);
        System.out.println(report);
    }

    // --- setup -----------------------------------------------------------------------------------

    static void setup() throws Exception {
        String admin = login(ADMIN_EMAIL, ADMIN_PASSWORD, "10.0.0.1");
        expect(201, post("/api/funding/agencies", admin, "10.0.0.1",
                "{\"code\":\"" + MY + "\",\"name\":\"Malaysia Digital Economy Corporation\",\"country\":\"MY\",\"currency\":\"MYR\"}"));
        expect(201, post("/api/funding/agencies", admin, "10.0.0.1",
                "{\"code\":\"" + IR + "\",\"name\":\"Iran National Science Foundation\",\"country\":\"IR\",\"currency\":\"IRR\"}"));
        myOfficerEmail = staff(admin, "AGENCY_ADMIN", MY, "MY", "officer.mdec");
        irOfficerEmail = staff(admin, "AGENCY_ADMIN", IR, "IR", "officer.insf");
        reviewerEmail = staff(admin, "REVIEWER", MY, "MY", "reviewer.mdec");
        signInStaff();
        reviewerId = str(json(expect(200, get("/api/identity/me", reviewer, "10.0.0.13")).body()), "id");

        int evaluation = (int) Math.ceil((double) JOURNEY_CALLS / AWARD_EVERY); // as many as the journeys can ask to award
        for (int i = 0; i < JOURNEY_CALLS; i++) {
            journeyCalls.add(openCall("Malaysia-Iran Agritech 2027, round " + (i + 1)));
        }
        for (int i = 0; i < evaluation; i++) {
            evaluationCalls.add(openCall("Malaysia-Iran Agritech 2026, round " + (i + 1)));
        }

        // The startups: each registers from its own address, signs in and applies to every call now
        // under evaluation (the stock the officers award during the load). Argon2 makes this the slow part.
        for (int i = 0; i < ACCOUNTS; i++) {
            startups.add(new Startup(i, "founder-" + i + "@journey.test", "10." + (1 + i / 62500) + "." + (i / 250 % 250) + "." + (i % 250 + 1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(SETUP_THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (Startup s : startups) {
            done.add(pool.submit(() -> {
                retryBusy(() -> post("/api/identity/register", null, s.address(), "{\"email\":\"" + s.email() + "\",\"displayName\":\"Startup "
                        + s.index() + "\",\"country\":\"MY\",\"password\":\"" + PASSWORD + "\",\"role\":\"STARTUP\"}"), 201);
                String token = str(json(retryBusy(() -> post("/api/identity/login", null, s.address(),
                        "{\"email\":\"" + s.email() + "\",\"password\":\"" + PASSWORD + "\"}"), 200).body()), "access_token");
                for (String call : evaluationCalls) {
                    String id = str(json(expect(201, post("/api/funding/applications", token, s.address(), application(call, s))).body()), "id");
                    expect(200, send("POST", "/api/funding/applications/" + id + "/submit", token, s.address(), null, null, null));
                    stock.add(id);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        Collections.shuffle(stock, new java.util.Random(42));
        for (String call : evaluationCalls) {
            expect(200, post("/api/funding/calls/" + call + "/close", myOfficer, "10.0.0.11", "{\"reason\":\"round closed\"}"));
            expect(200, post("/api/funding/calls/" + call + "/start-evaluation", myOfficer, "10.0.0.11", "{}"));
        }
    }

    /** An account registered as a startup, then given a staff role by the ADMIN. */
    static String staff(String admin, String role, String agency, String country, String name) throws Exception {
        String email = name + "@journey.test";
        String id = str(json(expect(201, post("/api/identity/register", null, "10.0.0.1", "{\"email\":\"" + email + "\",\"displayName\":\""
                + name + "\",\"country\":\"" + country + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"STARTUP\"}")).body()), "id");
        Resp account = expect(200, get("/api/identity/admin/accounts/" + id, admin, "10.0.0.1"));
        expect(200, send("PUT", "/api/identity/admin/accounts/" + id + "/roles", admin, "10.0.0.1", "application/json",
                ("{\"roles\":[\"" + role + "\"],\"agency\":\"" + agency + "\"}").getBytes(StandardCharsets.UTF_8), account.header("etag")));
        return email;
    }

    static void signInStaff() throws Exception {
        myOfficer = login(myOfficerEmail, PASSWORD, "10.0.0.11");
        irOfficer = login(irOfficerEmail, PASSWORD, "10.0.0.12");
        reviewer = login(reviewerEmail, PASSWORD, "10.0.0.13");
    }

    /** A call led by MY-MDEC and co-funded by IR-INSF: created, IR-INSF confirms its share, opened. */
    static String openCall(String title) throws Exception {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String closes = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS).toString();
        String id = str(json(expect(201, post("/api/funding/calls", myOfficer, "10.0.0.11", "{\"title\":\"" + title + "\","
                + "\"description\":\"Joint projects between Malaysian and Iranian startups\",\"sectors\":[\"" + SECTOR + "\",\"fintech\"],"
                + "\"opensAt\":\"" + now + "\",\"closesAt\":\"" + closes + "\","
                + "\"funders\":[{\"agency\":\"" + MY + "\",\"budget\":\"100000000000\"},{\"agency\":\"" + IR + "\",\"budget\":\"100000000000000\"}],"
                + "\"eligibility\":{\"requiredCountries\":[\"MY\",\"IR\"],\"minPartners\":2,\"maxPartners\":4},"
                + "\"criteria\":[{\"name\":\"Innovation\",\"weight\":1,\"maxScore\":10,\"threshold\":3}],\"blindReview\":true}")).body()), "id");
        Resp call = expect(200, get("/api/funding/calls/" + id, irOfficer, "10.0.0.12"));
        expect(200, send("PUT", "/api/funding/calls/" + id + "/funders/" + IR, irOfficer, "10.0.0.12", "application/json",
                "{\"budget\":\"100000000000000\"}".getBytes(StandardCharsets.UTF_8), call.header("etag")));
        expect(200, post("/api/funding/calls/" + id + "/open", myOfficer, "10.0.0.11", "{\"reason\":\"approved by both boards\"}"));
        return id;
    }

    /** As deploy/e2e's JointCall.application(): two partners covering both countries, a share of each agency. */
    static String application(String call, Startup s) {
        return "{\"callId\":\"" + call + "\",\"title\":\"Paddy sensors " + s.index() + "-" + UUID.randomUUID().toString().substring(0, 8) + "\","
                + "\"summary\":\"Low-cost field sensors for rice cooperatives\","
                + "\"partners\":[{\"name\":\"PaddyTech " + s.index() + " Sdn Bhd\",\"country\":\"MY\",\"role\":\"lead\"},"
                + "{\"name\":\"Shalizar Co\",\"country\":\"IR\",\"role\":\"partner\"}],"
                + "\"requestedAmounts\":{\"" + MY + "\":\"150000\",\"" + IR + "\":\"900000000\"},"
                + "\"answers\":{\"impact\":\"Higher yields\"},\"sector\":\"" + SECTOR + "\","
                + "\"mentoringNeeds\":[\"irrigation\",\"export\"],\"languages\":[\"ms\",\"fa\"]}";
    }

    // --- the load ---------------------------------------------------------------------------------

    static final class Level {
        final String label;
        final int concurrency, officers;
        final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        final Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();
        final Map<String, String> samples = new ConcurrentHashMap<>();
        final AtomicInteger journeys = new AtomicInteger(), approvals = new AtomicInteger(), failedJourneys = new AtomicInteger(),
                failedApprovals = new AtomicInteger(), submitted = new AtomicInteger();
        final List<Long> journeyTimes = Collections.synchronizedList(new ArrayList<>());
        final LinkedBlockingQueue<Integer> awardQueue = new LinkedBlockingQueue<>();
        volatile boolean exhausted;
        int backlog;
        double seconds;
        Map<String, Double> cpu = new LinkedHashMap<>();
        double machineBusy, machineCores, loadStart, loadEnd;
        long end;

        Level(String label, int concurrency) {
            this.label = label;
            this.concurrency = concurrency;
            this.officers = Math.max(1, (concurrency + AWARD_EVERY - 1) / AWARD_EVERY);
        }

        void record(String step, long startNanos, Resp r) {
            if (startNanos >= end) {
                return; // started after the window: not this level's
            }
            latencies.computeIfAbsent(step, k -> Collections.synchronizedList(new ArrayList<>())).add(r.nanos);
            statuses.computeIfAbsent(step, k -> new ConcurrentHashMap<>()).computeIfAbsent(r.status, k -> new AtomicInteger()).incrementAndGet();
            if (r.status / 100 != 2) {
                samples.putIfAbsent(step + " " + r.status, r.body.length() > 300 ? r.body.substring(0, 300) : r.body);
            }
        }

        double perMinute(AtomicInteger n) {
            return n.get() * 60.0 / seconds;
        }

        long pct(String step, double p) {
            List<Long> l = latencies.get(step);
            if (l == null || l.isEmpty()) {
                return -1;
            }
            List<Long> sorted;
            synchronized (l) {
                sorted = new ArrayList<>(l);
            }
            Collections.sort(sorted);
            int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1_000_000;
        }

        int count(String step, java.util.function.IntPredicate status) {
            Map<Integer, AtomicInteger> m = statuses.getOrDefault(step, Map.of());
            return m.entrySet().stream().filter(e -> status.test(e.getKey())).mapToInt(e -> e.getValue().get()).sum();
        }

        boolean withinKnee() {
            for (String step : allSteps()) {
                if (pct(step, 95) > KNEE_P95_MS) {
                    return false;
                }
            }
            return true;
        }

        String summary() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%.0f journeys/min, %.0f awards/min;", perMinute(journeys), perMinute(approvals)));
            for (String step : allSteps()) {
                sb.append(' ').append(step).append(" p95=").append(pct(step, 95)).append("ms");
            }
            sb.append("; non-2xx: ").append(errors());
            return sb.toString();
        }

        String errors() {
            List<String> out = new ArrayList<>();
            for (String step : allSteps()) {
                new TreeMap<>(statuses.getOrDefault(step, Map.of())).forEach((status, n) -> {
                    if (status / 100 != 2) {
                        out.add(step + " " + (status < 0 ? "I/O error" : status) + " x" + n.get());
                    }
                });
            }
            return out.isEmpty() ? "none" : String.join(", ", out);
        }
    }

    static List<String> allSteps() {
        List<String> all = new ArrayList<>(Arrays.asList(STARTUP_STEPS));
        all.addAll(Arrays.asList(OFFICER_STEPS));
        return all;
    }

    static Level runLevel(String label, int concurrency, int seconds) throws Exception {
        signInStaff(); // access tokens live 15 minutes: the officers sign in again before each level, outside the window
        Level level = new Level(label, concurrency);
        Cpu before = Cpu.sample();
        level.loadStart = loadAverage();
        long start = System.nanoTime();
        level.end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            threads.add(new Thread(() -> startupLoop(level), "startup-" + i));
        }
        for (int i = 0; i < level.officers; i++) {
            threads.add(new Thread(() -> officerLoop(level), "officer-" + i));
        }
        threads.forEach(Thread::start);
        long sleep = level.end - System.nanoTime();
        if (sleep > 0) {
            TimeUnit.NANOSECONDS.sleep(sleep);
        }
        Cpu after = Cpu.sample();
        level.seconds = (System.nanoTime() - start) / 1e9;
        level.loadEnd = loadAverage();
        for (Thread t : threads) {
            t.join(90_000); // journeys in flight finish (their steps count if they started in the window)
        }
        level.backlog = level.awardQueue.size();
        level.cpu = after.minus(before);
        level.machineBusy = (after.machineBusy - before.machineBusy) / CLK_TCK;
        level.machineCores = Runtime.getRuntime().availableProcessors();
        return level;
    }

    static void startupLoop(Level level) {
        while (System.nanoTime() < level.end) {
            int k = nextJourney.getAndIncrement();
            if (k >= ACCOUNTS * JOURNEY_CALLS) {
                level.exhausted = true;
                return;
            }
            Startup s = startups.get(k % ACCOUNTS);
            String call = journeyCalls.get(k / ACCOUNTS);
            long journeyStart = System.nanoTime();
            Resp r = step(level, "sign-in", () -> post("/api/identity/login", null, s.address(),
                    "{\"email\":\"" + s.email() + "\",\"password\":\"" + PASSWORD + "\"}"));
            String token = r.ok() ? str(json(r.body), "access_token") : null;
            String id = null;
            if (token != null) {
                r = step(level, "create", () -> post("/api/funding/applications", token, s.address(), application(call, s)));
                id = r.ok() ? str(json(r.body), "id") : null;
            }
            if (id != null) {
                String app = id;
                r = step(level, "upload", () -> send("POST", "/api/funding/applications/" + app + "/attachments?fileName=business-plan.pdf",
                        token, s.address(), "application/pdf", PDF, null));
            }
            if (id != null && r.ok()) {
                String app = id;
                r = step(level, "submit", () -> send("POST", "/api/funding/applications/" + app + "/submit", token, s.address(), null, null, null));
            }
            long now = System.nanoTime();
            if (id != null && r.ok() && r.path.endsWith("/submit")) {
                if (now <= level.end) {
                    level.journeys.incrementAndGet();
                    level.journeyTimes.add(now - journeyStart);
                }
                if (level.submitted.incrementAndGet() % AWARD_EVERY == 0) {
                    level.awardQueue.add(1); // the officers award one application per AWARD_EVERY submitted
                }
            } else {
                level.failedJourneys.incrementAndGet();
                politeWait(r);
            }
        }
    }

    static void officerLoop(Level level) {
        while (System.nanoTime() < level.end) {
            Integer job;
            try {
                job = level.awardQueue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (job == null) {
                continue;
            }
            int k = nextStock.getAndIncrement();
            if (k >= stock.size()) {
                level.exhausted = true;
                return;
            }
            String app = stock.get(k);
            Resp r = step(level, "assign-review", () -> post("/api/funding/reviews", myOfficer, "10.0.0.11",
                    "{\"applicationId\":\"" + app + "\",\"reviewerId\":\"" + reviewerId + "\",\"reviewerAgency\":\"" + MY + "\"}"));
            if (r.ok()) {
                String review = str(json(r.body), "id");
                r = step(level, "score-review", () -> post("/api/funding/reviews/" + review + "/submit", reviewer, "10.0.0.13",
                        "{\"scores\":[{\"criterion\":\"Innovation\",\"score\":8,\"comment\":\"Novel and feasible\"}]}"));
            }
            if (r.ok()) {
                r = step(level, "approve-MY", () -> post("/api/funding/applications/" + app + "/award/approve", myOfficer, "10.0.0.11",
                        "{\"reason\":\"ranked high by the review\"}"));
            }
            if (r.ok()) {
                r = step(level, "approve-IR", () -> post("/api/funding/applications/" + app + "/award/approve", irOfficer, "10.0.0.12",
                        "{\"reason\":\"ranked high by the review\"}"));
            }
            if (r.ok() && "AWARDED".equals(str(json(r.body), "status"))) {
                if (System.nanoTime() <= level.end) {
                    level.approvals.incrementAndGet();
                }
            } else {
                level.failedApprovals.incrementAndGet();
                politeWait(r);
            }
        }
    }

    /** After a 429 or 503 the client waits as told (Retry-After, at most 5 s), as a well-behaved client does. */
    static void politeWait(Resp r) {
        if (r != null && (r.status == 429 || r.status == 503)) {
            String after = r.header("retry-after");
            long seconds = after == null ? 1 : Math.min(5, Long.parseLong(after.trim()));
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    interface Call {
        Resp run() throws Exception;
    }

    static Resp step(Level level, String name, Call call) {
        long start = System.nanoTime();
        Resp r;
        try {
            r = call.run();
        } catch (Exception e) {
            r = new Resp(-1, String.valueOf(e), null, System.nanoTime() - start, "");
        }
        level.record(name, start, r);
        return r;
    }

    // --- CPU from /proc -------------------------------------------------------------------------------

    static final class Cpu {
        final Map<String, Long> processes = new LinkedHashMap<>();
        final Map<Integer, Long> backends = new HashMap<>();
        long machineBusy;

        static Cpu sample() {
            Cpu c = new Cpu();
            PIDS.forEach((name, pid) -> {
                c.processes.put(name, ticks(pid));
                threadGroups(pid).forEach((group, t) -> c.processes.put(name + "." + group, t));
            });
            c.processes.put("driver", ticks((int) ProcessHandle.current().pid()));
            // PostgreSQL: the backends serving this run's databases (their process title names the database)
            try (var dirs = Files.list(Path.of("/proc"))) {
                dirs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                    try {
                        String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                        if (cmd.startsWith("postgres: ") && cmd.contains(" journey_")) {
                            int pid = Integer.parseInt(p.getFileName().toString());
                            c.backends.put(pid, ticks(pid));
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // the process ended meanwhile
                    }
                });
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    total += Long.parseLong(f[i]);
                }
                c.machineBusy = total - Long.parseLong(f[4]) - Long.parseLong(f[5]); // minus idle and iowait
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
            return c;
        }

        /** CPU seconds spent between the two samples, per process (a backend that started meanwhile counts from 0). */
        Map<String, Double> minus(Cpu before) {
            Map<String, Double> out = new LinkedHashMap<>();
            processes.forEach((name, t) -> out.put(name, Math.max(0, t - before.processes.getOrDefault(name, 0L)) / CLK_TCK));
            long pg = 0;
            for (var e : backends.entrySet()) {
                pg += Math.max(0, e.getValue() - before.backends.getOrDefault(e.getKey(), 0L));
            }
            out.put("postgres", pg / CLK_TCK);
            return out;
        }
    }

    /** The JVM's own threads: the JIT compilers, and the collector's (the VM Thread, where the serial collector works; G1's GC threads). */
    static Map<String, Long> threadGroups(int pid) {
        Map<String, Long> groups = new HashMap<>(Map.of("jit", 0L, "gc", 0L));
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            tasks.forEach(task -> {
                try {
                    String comm = Files.readString(task.resolve("comm")).trim();
                    String group = comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") ? "jit"
                            : comm.equals("VM Thread") || comm.startsWith("GC Thread") || comm.startsWith("G1 ") ? "gc" : null;
                    if (group != null) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        groups.merge(group, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                    }
                } catch (IOException | RuntimeException ignored) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException ignored) {
            // the process ended
        }
        return groups;
    }

    static long ticks(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime (fields 14 and 15)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            return -1;
        }
    }

    // --- report ---------------------------------------------------------------------------------------

    static String report(double setupSeconds, Level warm, List<Level> levels) {
        StringBuilder o = new StringBuilder();
        Level knee = null, best = null;
        for (Level l : levels) {
            if (l.withinKnee() && (knee == null || l.concurrency > knee.concurrency)) {
                knee = l;
            }
            if (best == null || l.journeys.get() > best.journeys.get()) {
                best = l;
            }
        }
        o.append(String.format(Locale.ROOT, "Closed loop, %d s per level after a %d s warm-up at C=%d (%.0f journeys/min then); one award per %d submitted applications, "
                        + "by ceil(C/%d) officer sessions; %d startup accounts, each from its own address; setup %.0f s.%n%n",
                DURATION, WARMUP, WARMUP_CONCURRENCY, warm.perMinute(warm.journeys), AWARD_EVERY, AWARD_EVERY, ACCOUNTS, setupSeconds));
        o.append("| C startups (+ officer sessions) | journeys/min | awards/min | journey p50 / p95 ms | sign-in | create | upload | submit | assign review | score review | approve MY | approve IR | 429 | other non-2xx | load avg start/end |\n");
        o.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Level l : levels) {
            long[] jt = journeyPercentiles(l);
            o.append(String.format(Locale.ROOT, "| %d (+%d)%s | %.0f | %.0f | %d / %d |", l.concurrency, l.officers, l == knee ? " **knee**" : "",
                    l.perMinute(l.journeys), l.perMinute(l.approvals), jt[0], jt[1]));
            for (String step : allSteps()) {
                long p95 = l.pct(step, 95);
                String cell = l.pct(step, 50) + " / " + (p95 > KNEE_P95_MS ? "**" + p95 + "**" : String.valueOf(p95)) + " / " + l.pct(step, 99);
                o.append(' ').append(cell).append(" |");
            }
            int throttled = 0, other = 0;
            for (String step : allSteps()) {
                throttled += l.count(step, s -> s == 429);
                other += l.count(step, s -> s / 100 != 2 && s != 429);
            }
            o.append(String.format(Locale.ROOT, " %d | %d | %.1f / %.1f |%n", throttled, other, l.loadStart, l.loadEnd));
        }
        o.append("\nEach step: p50 / p95 / p99 in ms, measured at the client (the driver), through the gateway; bold: p95 over ")
                .append(KNEE_P95_MS).append(" ms.\n\n");

        o.append("CPU seconds per journey (each process's CPU time in the level's window from /proc/<pid>/stat, divided by the journeys completed in it; "
                + "the awards' work is included, one per ").append(AWARD_EVERY).append(" journeys):\n\n");
        List<String> names = new ArrayList<>(PIDS.keySet());
        names.add("postgres");
        names.add("driver");
        o.append("| C |");
        names.forEach(n -> o.append(' ').append(n.equals("postgres") ? "PostgreSQL (this run's backends)" : n.equals("driver") ? "load driver" : n).append(" |"));
        o.append(" the five + PostgreSQL | whole machine (all processes) | machine busy % of ").append(Runtime.getRuntime().availableProcessors()).append(" cores |\n|---|");
        names.forEach(n -> o.append("---|"));
        o.append("---|---|---|\n");
        for (Level l : levels) {
            int j = Math.max(1, l.journeys.get());
            o.append("| ").append(l.concurrency).append(" |");
            double ours = 0;
            for (String n : names) {
                double s = l.cpu.getOrDefault(n, 0.0);
                if (!n.equals("driver")) {
                    ours += s;
                }
                o.append(String.format(Locale.ROOT, " %.3f |", s / j));
            }
            o.append(String.format(Locale.ROOT, " %.3f | %.3f | %.0f %% |%n", ours / j, l.machineBusy / j,
                    100 * l.machineBusy / (l.seconds * l.machineCores)));
        }

        o.append("\nOf that, the JVMs' own threads: JIT compilers / garbage collection (the VM Thread, where the serial collector runs; G1's GC threads), CPU seconds per journey:\n\n| C |");
        PIDS.keySet().forEach(n -> o.append(' ').append(n).append(" |"));
        o.append("\n|---|");
        PIDS.keySet().forEach(n -> o.append("---|"));
        o.append('\n');
        for (Level l : levels) {
            int j = Math.max(1, l.journeys.get());
            o.append("| ").append(l.concurrency).append(" |");
            PIDS.keySet().forEach(n -> o.append(String.format(Locale.ROOT, " %.3f / %.3f |", l.cpu.getOrDefault(n + ".jit", 0.0) / j,
                    l.cpu.getOrDefault(n + ".gc", 0.0) / j)));
            o.append('\n');
        }
        o.append("\n");
        if (knee != null) {
            o.append(String.format(Locale.ROOT, "**Knee: C=%d, %.0f journeys/min** (every step's p95 <= %d ms; highest level where that holds). ",
                    knee.concurrency, knee.perMinute(knee.journeys), KNEE_P95_MS));
        } else {
            o.append("**No level kept every step's p95 <= ").append(KNEE_P95_MS).append(" ms.** ");
        }
        o.append(String.format(Locale.ROOT, "Most journeys: C=%d, %.0f journeys/min.%n", best.concurrency, best.perMinute(best.journeys)));
        if (REF_ARGON2_CPU_MS > 0) {
            Level at = knee != null ? knee : best;
            String where = knee != null ? "the knee" : "C=" + best.concurrency + " (most journeys; no knee)";
            double identityPerJourney = at.cpu.getOrDefault("identity", 0.0) / Math.max(1, at.journeys.get());
            o.append(String.format(Locale.ROOT, "%nReference (same run, Argon2Reference.java: identity's Argon2id verification, libargon2 through argon2-jvm, with its parameters, alone in a JVM with identity's JVM options): "
                            + "%.1f ms of CPU per verification, %.0f verifications/min on all cores. At %s identity spent %.1f ms of CPU per journey "
                            + "(%.2fx one bare verification), and the journeys/min were %.3f of the bare Argon2 ceiling.%n",
                    REF_ARGON2_CPU_MS, REF_ARGON2_PER_S * 60, where, identityPerJourney * 1000, identityPerJourney * 1000 / REF_ARGON2_CPU_MS,
                    at.perMinute(at.journeys) / (REF_ARGON2_PER_S * 60)));
        }
        o.append("\nNon-2xx answers, by level and step (with the first body seen):\n\n");
        boolean any = false;
        for (Level l : List.copyOf(concat(warm, levels))) {
            if (!l.errors().equals("none")) {
                any = true;
                o.append("- ").append(l.label).append(": ").append(l.errors()).append('\n');
                l.samples.forEach((k, v) -> o.append("  - ").append(k).append(": `").append(v.replace('\n', ' ').replace("`", "'")).append("`\n"));
            }
        }
        if (!any) {
            o.append("- none, in the warm-up and every level\n");
        }
        o.append("\nPer level: failed journeys / failed awards / award backlog at the end of the window:");
        for (Level l : levels) {
            o.append(String.format(Locale.ROOT, " C=%d %d/%d/%d;", l.concurrency, l.failedJourneys.get(), l.failedApprovals.get(), l.backlog));
        }
        o.append(String.format(Locale.ROOT, " journeys used %d of %d account x call pairs, awards %d of %d submitted applications in stock.%n",
                Math.min(nextJourney.get(), ACCOUNTS * JOURNEY_CALLS), ACCOUNTS * JOURNEY_CALLS, Math.min(nextStock.get(), stock.size()), stock.size()));
        return o.toString();
    }

    static List<Level> concat(Level first, List<Level> rest) {
        List<Level> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    static long[] journeyPercentiles(Level l) {
        List<Long> sorted;
        synchronized (l.journeyTimes) {
            sorted = new ArrayList<>(l.journeyTimes);
        }
        if (sorted.isEmpty()) {
            return new long[]{-1, -1};
        }
        Collections.sort(sorted);
        return new long[]{sorted.get((int) Math.ceil(0.5 * sorted.size()) - 1) / 1_000_000,
                sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) / 1_000_000};
    }

    // --- HTTP -----------------------------------------------------------------------------------------

    record Resp(int status, String body, java.net.http.HttpHeaders headers, long nanos, String path) {
        boolean ok() {
            return status / 100 == 2;
        }

        String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }
    }

    static Resp post(String path, String token, String address, String json) throws Exception {
        return send("POST", path, token, address, "application/json", json.getBytes(StandardCharsets.UTF_8), null);
    }

    static Resp get(String path, String token, String address) throws Exception {
        return send("GET", path, token, address, null, null, null);
    }

    /** One request through the gateway, from {@code address} (X-Forwarded-For: the gateway trusts 127.0.0.1 as a proxy). */
    static Resp send(String method, String path, String token, String address, String contentType, byte[] body, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("X-Forwarded-For", address).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        long start = System.nanoTime();
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Resp(r.statusCode(), r.body(), r.headers(), System.nanoTime() - start, path);
    }

    static Resp expect(int status, Resp r) {
        if (r.status != status) {
            throw new IllegalStateException("setup: " + r.path + " answered " + r.status + " (expected " + status + "): " + r.body);
        }
        return r;
    }

    /** Setup only: identity answers 503 /problems/busy when more hashes wait than it runs; wait and try again. */
    static Resp retryBusy(Call call, int status) throws Exception {
        for (int attempt = 0; ; attempt++) {
            Resp r = call.run();
            if (r.status == 503 && attempt < 20) {
                Thread.sleep(1000);
                continue;
            }
            return expect(status, r);
        }
    }

    static String login(String email, String password, String address) throws Exception {
        Resp r = retryBusy(() -> post("/api/identity/login", null, address, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"), 200);
        return str(json(r.body), "access_token");
    }

    // --- a small JSON reader (objects, arrays, strings, numbers, literals) ---------------------------

    static Object json(String s) {
        return new JsonReader(s).value();
    }

    static String str(Object json, String key) {
        Object v = json instanceof Map<?, ?> m ? m.get(key) : null;
        return v == null ? null : v.toString();
    }

    static final class JsonReader {
        final String s;
        int i;

        JsonReader(String s) {
            this.s = s;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    i++; // :
                    m.put(k, value());
                    ws();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> word; // numbers kept as written
            };
        }

        String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }

    // --- misc -------------------------------------------------------------------------------------------

    /** A one-page PDF 1.4 with a text line, its cross-reference table computed: a valid file of about 1 KB. */
    static byte[] pdf() {
        String text = "BT /F1 18 Tf 72 770 Td (PaddyTech: business plan) Tj 0 -28 Td /F1 11 Tf "
                + "(Low-cost field sensors for rice cooperatives in Malaysia and Iran.) Tj 0 -16 Td "
                + "(Consortium: PaddyTech Sdn Bhd \\(MY, lead\\), Shalizar Co \\(IR\\).) Tj 0 -16 Td "
                + "(Work plan: 24 months, three pilots, 400 farms.) Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Title (Business plan) /Producer (deploy/load/journey) >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int n = 0; n < objects.length; n++) {
            offsets.add(pdf.toString().getBytes(StandardCharsets.ISO_8859_1).length);
            pdf.append(n + 1).append(" 0 obj\n").append(objects[n]).append("\nendobj\n");
        }
        int xref = pdf.toString().getBytes(StandardCharsets.ISO_8859_1).length;
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R /Info 6 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static void say(String line) {
        System.err.println("[" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
    }
}
