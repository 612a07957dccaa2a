package org.sendplan.plan.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.sendplan.plan.attachments.AttachmentRejectedException.Reason;

/**
 * Decides whether an upload may be attached to a plan by looking at its bytes: the name and the
 * Content-Type the browser sent are only used to build a safe file name. A PDF starts with
 * {@code %PDF-}, a PNG and a JPEG with their signatures, and a DOCX or XLSX is a ZIP holding
 * {@code [Content_Types].xml} and {@code word/document.xml} or {@code xl/workbook.xml}.
 */
public final class AttachmentContent {

    /** 20 MB, as the upload page says; the database refuses anything larger too. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** A real Office file needs a handful of entries; a ZIP with thousands is not one we will read through. */
    static final int MAX_ZIP_ENTRIES = 2000;

    /**
     * Skipping a ZIP entry means inflating it, so a small file built to inflate enormously (a ZIP
     * bomb) could keep a thread busy. Office XML compresses about 10 to 20 times; this allows 50.
     */
    static final long MAX_ZIP_INFLATED_BYTES = 50L * MAX_BYTES;

    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] ZIP = { 'P', 'K', 0x03, 0x04 };
    private static final int MAX_FILENAME_LENGTH = 255;
    private static final String FALLBACK_NAME = "attachment";

    private AttachmentContent() {
    }

    /** An upload that passed the checks, with the name to store and download it under. */
    public record CheckedFile(String filename, AttachmentType type, byte[] content, String sha256) {

        public long size() {
            return content.length;
        }
    }

    /** Reads at most one byte more than the limit, so an endless stream cannot fill the memory. */
    public static CheckedFile check(String originalFilename, InputStream in) throws IOException {
        return check(originalFilename, in.readNBytes(MAX_BYTES + 1));
    }

    public static CheckedFile check(String originalFilename, byte[] content) {
        if (content.length == 0) {
            throw new AttachmentRejectedException(Reason.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            throw new AttachmentRejectedException(Reason.TOO_LARGE);
        }
        AttachmentType type = detect(content)
                .orElseThrow(() -> new AttachmentRejectedException(Reason.NOT_ALLOWED_TYPE));
        return new CheckedFile(safeFilename(originalFilename, type), type, content, sha256(content));
    }

    static Optional<AttachmentType> detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(AttachmentType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(AttachmentType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(AttachmentType.JPEG);
        }
        if (startsWith(content, ZIP)) {
            return officeType(content);
        }
        return Optional.empty();
    }

    private static Optional<AttachmentType> officeType(byte[] content) {
        boolean contentTypes = false;
        boolean wordDocument = false;
        boolean workbook = false;
        byte[] buffer = new byte[8192];
        long inflated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int entries = 0; entries < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; entries++) {
                switch (entry.getName()) {
                    case "[Content_Types].xml" -> contentTypes = true;
                    case "word/document.xml" -> wordDocument = true;
                    case "xl/workbook.xml" -> workbook = true;
                    default -> {
                    }
                }
                if (contentTypes && (wordDocument || workbook)) {
                    break;
                }
                // Read past the entry here rather than in getNextEntry, counting what it inflates to.
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    inflated += read;
                    if (inflated > MAX_ZIP_INFLATED_BYTES) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (!contentTypes) {
            return Optional.empty();
        }
        if (wordDocument) {
            return Optional.of(AttachmentType.DOCX);
        }
        return workbook ? Optional.of(AttachmentType.XLSX) : Optional.empty();
    }

    /**
     * The name without any folder, control or formatting characters (such as the right-to-left
     * override that can make {@code exe.pdf} read as {@code fdp.exe}) or characters that file
     * systems refuse, ending in an extension that matches the content.
     */
    static String safeFilename(String original, AttachmentType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\s\\p{Z}]+", " ");
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Cn}]", "");
        name = name.replaceAll("[\"*:<>?|]", "_").replaceAll(" {2,}", " ").strip();
        String base = name;
        String extension = type.extension();
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String typed = name.substring(dot + 1);
            if (type.hasExtension(typed)) {
                base = name.substring(0, dot);
                extension = typed;
            } else if (AttachmentType.isKnownExtension(typed)) {
                base = name.substring(0, dot);
            }
        }
        base = base.replaceFirst("^[. ]+", "").replaceFirst("[. ]+$", "");
        if (base.isEmpty()) {
            base = FALLBACK_NAME;
        }
        int room = MAX_FILENAME_LENGTH - extension.length() - 1;
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
        }
        return base + "." + extension;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
