package org.jointfunding.deploy.k8s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The properties a SmallRye @ConfigMapping interface reads, from its source: each method a property
 * (kebab-case or its @WithName), a method returning a nested interface a group, a Map a "*" key.
 * Enough for the portal's mappings (one file each, groups nested inside); not a Java parser.
 */
final class ConfigMappings {

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
    private static final Pattern METHOD = Pattern.compile("^\\s*(?:default\\s+)?([\\w.]+(?:<[^()]*>)?)\\s+(\\w+)\\(\\s*\\)\\s*;");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern WITH_DEFAULT = Pattern.compile("@WithDefault\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Method(String type, String name, String withName, String withDefault) {
    }

    private ConfigMappings() {
    }

    static List<ServiceSettings.Leaf> leaves(String code) {
        Matcher mapping = MAPPING.matcher(code);
        if (!mapping.find()) {
            return List.of();
        }
        Map<String, List<Method>> interfaces = interfaces(code);
        Matcher root = INTERFACE.matcher(code);
        if (!root.find(mapping.end())) {
            return List.of();
        }
        List<ServiceSettings.Leaf> leaves = new ArrayList<>();
        walk(interfaces, root.group(1), mapping.group(1), leaves, 0);
        return leaves;
    }

    private static void walk(Map<String, List<Method>> interfaces, String type, String prefix,
                             List<ServiceSettings.Leaf> leaves, int depth) {
        if (depth > 10) {
            return;
        }
        for (Method method : interfaces.getOrDefault(type, List.of())) {
            String segment = method.withName() != null ? method.withName() : kebab(method.name());
            String name = prefix + "." + segment;
            String valueType = method.type().replaceAll("^(?:java\\.util\\.)?(?:Optional|List|Set)<(.*)>$", "$1");
            Matcher map = Pattern.compile("^(?:java\\.util\\.)?Map<\\s*String\\s*,\\s*(.+)>$").matcher(valueType);
            if (map.matches()) {
                name = name + ".*";
                valueType = map.group(1).trim();
            }
            if (interfaces.containsKey(valueType)) {
                walk(interfaces, valueType, name, leaves, depth + 1);
            } else {
                leaves.add(new ServiceSettings.Leaf(name, method.withDefault()));
            }
        }
    }

    /** Every interface declared in the file, with the methods declared directly in it. */
    private static Map<String, List<Method>> interfaces(String code) {
        Map<String, List<Method>> interfaces = new HashMap<>();
        Matcher declaration = INTERFACE.matcher(code);
        while (declaration.find()) {
            int depth = 0;
            List<Method> methods = new ArrayList<>();
            String pendingName = null;
            String pendingDefault = null;
            int start = declaration.end();
            int lineStart = start;
            for (int i = start; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == '\n') {
                    if (depth == 0) {
                        String line = code.substring(lineStart, i);
                        Matcher name = WITH_NAME.matcher(line);
                        if (name.find()) {
                            pendingName = name.group(1);
                        }
                        Matcher dflt = WITH_DEFAULT.matcher(line);
                        if (dflt.find()) {
                            pendingDefault = dflt.group(1).replace("\\\"", "\"");
                            // a default concatenated over several lines: what the first line holds is enough here
                        }
                        Matcher method = METHOD.matcher(line);
                        if (method.find()) {
                            methods.add(new Method(method.group(1), method.group(2), pendingName, pendingDefault));
                            pendingName = null;
                            pendingDefault = null;
                        } else if (line.contains(";") || line.contains("}")) {
                            pendingName = null;
                            pendingDefault = null;
                        }
                    }
                    lineStart = i + 1;
                }
            }
            interfaces.put(declaration.group(1), methods);
        }
        return interfaces;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
