package org.jointfunding.funding.attachments;

import org.jointfunding.kit.ApiProblem;

import java.nio.charset.StandardCharsets;

/** A document's name as the portal keeps and sends it: a base name only, never a path. */
final class FileNames {

    private static final int MAX_LENGTH = 255;
    /** RFC 5987 attr-char: what may stand unescaped in {@code filename*}. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private FileNames() {
    }

    /** "../../etc/passwd" and "C:\\Users\\me\\plan.pdf" become "passwd" and "plan.pdf"; no name left is a 400. */
    static String baseName(String sent) {
        String name = lastSegment(sent == null ? "" : sent);
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > MAX_LENGTH) {
            throw ApiProblem.invalidField("fileName", "give the document's name (1-255 characters, without a folder)");
        }
        return name;
    }

    /**
     * RFC 6266: a plain {@code filename} for old clients (non-ASCII as "_") and {@code filename*}
     * in UTF-8 that every current browser prefers, so a Persian name downloads intact.
     */
    static String contentDisposition(String stored) {
        String last = lastSegment(stored); // a name stored before base names were enforced may hold a path
        String name = last.isEmpty() ? "document" : last;
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String lastSegment(String path) {
        String name = path.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    }
}
