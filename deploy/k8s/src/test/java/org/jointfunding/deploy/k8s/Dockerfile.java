package org.jointfunding.deploy.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/** A service's deploy/k8s/docker/&lt;service&gt;.Dockerfile, its instructions with continuation lines joined. */
final class Dockerfile {

    record Instruction(String keyword, String arguments) {
    }

    final String service;
    final List<Instruction> instructions = new ArrayList<>();

    private Dockerfile(String service, String text) {
        this.service = service;
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (!current.isEmpty() && trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String instruction = current.toString().strip();
            int space = instruction.indexOf(' ');
            instructions.add(new Instruction(instruction.substring(0, space).toUpperCase(), instruction.substring(space + 1).strip()));
            current.setLength(0);
        }
    }

    static Dockerfile of(String service) {
        return new Dockerfile(service, Suite.read(Suite.dockerfile(service)));
    }

    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    String one(String keyword) {
        List<String> found = all(keyword);
        if (found.isEmpty()) {
            fail(Suite.dockerfile(service).getFileName() + ": no " + keyword);
        }
        return found.get(found.size() - 1);
    }

    int exposedPort() {
        return Integer.parseInt(one("EXPOSE").split("[/\\s]")[0]);
    }

    /** ENV name=value pairs (quotes removed). */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        Pattern pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S*)");
        for (String arguments : all("ENV")) {
            Matcher m = pair.matcher(arguments);
            while (m.find()) {
                env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
            }
        }
        return env;
    }
}
