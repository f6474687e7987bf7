package org.jointfunding.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web client's browser tests (Playwright specs in gateway/src/main/webui/e2e) in Debian's
 * Chromium against the suite this module starts: the same packaged jars as the run command, the
 * client served by the gateway. Screenshots, traces of failures and the HTML report go to
 * target/web-client/.
 */
class WebClientJourneyTest {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "../.."));
    private static final Path WEB_CLIENT = ROOT.resolve("gateway/src/main/webui");
    private static final Path OUTPUT = Path.of("target/web-client").toAbsolutePath();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @Test
    void everyJourneyPassesInEveryLanguageWithMouseKeyboardAndAtPhoneWidth() throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: sudo apt-get install chromium fonts-noto-core (.ci/run does)");
        RunningSuite suite = RunningSuite.get();
        Files.createDirectories(OUTPUT);
        if (!Files.exists(WEB_CLIENT.resolve("node_modules/.bin/playwright"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), suite, OUTPUT.resolve("npm-ci.log"), 10);
        }
        Path log = OUTPUT.resolve("playwright.log");
        int exit = run(List.of("npx", "--no-install", "playwright", "test"), suite, log, 25);
        assertEquals(0, exit, "Playwright failed; its report: " + OUTPUT.resolve("report/index.html") + "\n" + tail(log, 80));
    }

    private static int run(List<String> command, RunningSuite suite, Path log, int minutes) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(WEB_CLIENT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORTAL_URL", suite.gateway());
        builder.environment().put("PORTAL_ADMIN_EMAIL", RunningSuite.ADMIN_EMAIL);
        builder.environment().put("PORTAL_ADMIN_PASSWORD", RunningSuite.ADMIN_PASSWORD);
        builder.environment().put("PLAYWRIGHT_OUTPUT", OUTPUT.toString());
        builder.environment().put("CHROMIUM", CHROMIUM.toString());
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw new AssertionError(String.join(" ", command) + " ran past " + minutes + " minutes\n" + tail(log, 80));
        }
        return process.exitValue();
    }

    private static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.readAllLines(log);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
