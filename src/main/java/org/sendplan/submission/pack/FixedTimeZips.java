package org.sendplan.submission.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zips whose entries all carry one given time, so equal content gives equal bytes. The pack is
 * one; the Word and Excel files inside it are zips too, which POI dates with the clock, so they
 * are rewritten with the pack's time.
 */
final class FixedTimeZips {

    private FixedTimeZips() {
    }

    /** The same zip, every entry in the same order, dated {@code time}. */
    static byte[] rewrite(byte[] zip, Instant time) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(entries, time);
    }

    /**
     * Entries are dated in UTC local time, so the bytes do not depend on the server's zone;
     * DOS time has two-second precision, which is all a zip entry holds without extra fields.
     */
    static byte[] write(Map<String, byte[]> entries, Instant time) {
        LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(local);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
