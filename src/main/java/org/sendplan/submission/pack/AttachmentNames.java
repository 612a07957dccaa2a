package org.sendplan.submission.pack;

import java.util.HashSet;
import java.util.Set;

/**
 * Safe entry names for uploaded files. The name came from someone's computer: whoever unzips the
 * pack must get exactly one file in the slot's folder, whatever the name held (separators,
 * {@code ..}, control or direction-changing characters, characters Windows refuses).
 */
final class AttachmentNames {

    private static final int MAX_LENGTH = 150;
    private static final String WINDOWS_RESERVED = "<>:\"|?*";

    private final Set<String> used = new HashSet<>();

    /** The entry name for a file, unique within this pack. */
    String entryName(String folder, String filename) {
        String safe = safe(filename);
        String name = folder + "/" + safe;
        int copy = 2;
        while (!used.add(name)) {
            int dot = safe.lastIndexOf('.');
            String stem = dot > 0 ? safe.substring(0, dot) : safe;
            String extension = dot > 0 ? safe.substring(dot) : "";
            name = folder + "/" + stem + " (" + copy++ + ")" + extension;
        }
        return name;
    }

    static String safe(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(codePoint -> {
            int type = Character.getType(codePoint);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE) {
                return;
            }
            out.appendCodePoint(WINDOWS_RESERVED.indexOf(codePoint) >= 0 ? '_' : codePoint);
        });
        String cleaned = out.toString().strip();
        // Leading dots would hide the file or, as "..", name the parent folder.
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        while (cleaned.endsWith(".")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        cleaned = cleaned.strip();
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH));
        }
        return cleaned.isEmpty() ? "attachment" : cleaned;
    }
}
