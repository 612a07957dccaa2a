package org.sendplan.submission.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a submission pack against its own manifest: every listed file present with the listed
 * size and SHA-256, nothing unlisted, and {@code plan.json} the content that was signed. The
 * input is untrusted (a pack handed back by anyone), so it is read as a stream with limits on
 * entries and uncompressed bytes, nothing is written to disk, and no input makes it throw.
 */
@Component
public class PackInspector {

    static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 200L * 1024 * 1024;
    static final int DEFAULT_MAX_ENTRIES = 500;

    /** Far larger than any real manifest; keeps a hostile one from filling memory. */
    private static final int MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long maxUncompressedBytes;
    private final int maxEntries;

    public PackInspector() {
        this(DEFAULT_MAX_UNCOMPRESSED_BYTES, DEFAULT_MAX_ENTRIES);
    }

    PackInspector(long maxUncompressedBytes, int maxEntries) {
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.maxEntries = maxEntries;
    }

    private record Read(long size, String sha256) {
    }

    private static final class TooLarge extends Exception {

        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    public PackInspection inspect(InputStream zip) {
        Map<String, Read> read = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        byte[] manifestBytes = null;
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (read.size() >= maxEntries) {
                    throw new TooLarge("The pack has more than " + maxEntries + " files.");
                }
                String name = entry.getName();
                boolean manifest = Manifest.NAME.equals(name);
                MessageDigest digest = Sha256.digest();
                ManifestBuffer kept = manifest ? new ManifestBuffer() : null;
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (total > maxUncompressedBytes) {
                        throw new TooLarge("The pack holds more than " + maxUncompressedBytes / (1024 * 1024)
                                + " MB once uncompressed.");
                    }
                    digest.update(buffer, 0, n);
                    if (kept != null && !kept.write(buffer, n)) {
                        throw new TooLarge("manifest.json is larger than any pack's manifest can be.");
                    }
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (read.putIfAbsent(name, new Read(size, Sha256.hex(digest))) != null) {
                    problems.add(name + " appears more than once in the pack.");
                }
                if (manifest) {
                    manifestBytes = kept.bytes();
                }
            }
        }
        catch (TooLarge e) {
            return PackInspection.unreadable(e.getMessage());
        }
        catch (IOException | RuntimeException e) {
            return PackInspection.unreadable("The file is not a readable zip file: " + e.getMessage());
        }
        if (read.isEmpty()) {
            return PackInspection.unreadable("The file is not a zip file, or it is an empty one.");
        }
        if (manifestBytes == null) {
            problems.add("The pack has no manifest.json, so its files cannot be checked.");
            return new PackInspection(true, null, null, null, unlisted(read, Map.of()), problems);
        }
        return against(manifestBytes, read, problems);
    }

    private static PackInspection against(byte[] manifestBytes, Map<String, Read> read, List<String> problems) {
        String manifestSha256 = Sha256.hex(manifestBytes);
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestBytes);
        }
        catch (JacksonException e) {
            problems.add("manifest.json is not valid JSON, so the pack's files cannot be checked.");
            return new PackInspection(true, null, null, manifestSha256, List.of(), problems);
        }
        if (manifest == null || !manifest.isObject()) {
            problems.add("manifest.json does not hold a manifest, so the pack's files cannot be checked.");
            return new PackInspection(true, null, null, manifestSha256, List.of(), problems);
        }
        if (!Manifest.FORMAT.equals(text(manifest, "format"))) {
            problems.add("manifest.json is not a " + Manifest.FORMAT + " manifest.");
        }
        JsonNode planIdNode = manifest.get("planId");
        Long planId = planIdNode != null && planIdNode.isIntegralNumber() && planIdNode.canConvertToLong()
                ? planIdNode.longValue() : null;
        if (planId == null) {
            problems.add("manifest.json does not give the plan's id.");
        }
        String contentHash = text(manifest, "contentHash");
        if (contentHash == null || !SHA256.matcher(contentHash).matches()) {
            problems.add("manifest.json does not give a SHA-256 content hash.");
            contentHash = null;
        }

        Map<String, Manifest.Entry> listed = new LinkedHashMap<>();
        JsonNode files = manifest.get("files");
        if (files == null || !files.isArray()) {
            problems.add("manifest.json does not list the pack's files.");
        }
        else {
            for (JsonNode file : files) {
                Manifest.Entry entry = entry(file);
                if (entry == null) {
                    problems.add("manifest.json lists a file without a name, size and SHA-256.");
                }
                else if (entry.name().equals(Manifest.NAME) || listed.putIfAbsent(entry.name(), entry) != null) {
                    problems.add("manifest.json lists " + entry.name() + " more than once or lists itself.");
                }
            }
        }

        List<FileCheck> checks = new ArrayList<>();
        for (Manifest.Entry entry : listed.values()) {
            checks.add(check(entry, read.get(entry.name())));
        }
        checks.addAll(unlisted(read, listed));

        Read planJson = read.get(Manifest.PLAN_JSON);
        if (planJson == null) {
            problems.add("The pack has no plan.json, the content that was signed.");
        }
        else if (contentHash != null && !planJson.sha256().equals(contentHash)) {
            problems.add("plan.json is not the content that was signed: its SHA-256 is " + planJson.sha256()
                    + ", the manifest's content hash is " + contentHash + ".");
        }
        return new PackInspection(true, contentHash, planId, manifestSha256, checks, problems);
    }

    private static FileCheck check(Manifest.Entry listed, Read actual) {
        String name = listed.name();
        if (actual == null) {
            return FileCheck.problem(name, name + " is listed in the manifest but is not in the pack.");
        }
        if (!actual.sha256().equals(listed.sha256())) {
            return FileCheck.problem(name, name + " does not match the manifest: its SHA-256 is " + actual.sha256()
                    + ", the manifest gives " + listed.sha256() + ".");
        }
        if (actual.size() != listed.size()) {
            return FileCheck.problem(name, name + " does not match the manifest: it has " + actual.size()
                    + " bytes, the manifest gives " + listed.size() + ".");
        }
        return FileCheck.matches(name);
    }

    private static List<FileCheck> unlisted(Map<String, Read> read, Map<String, Manifest.Entry> listed) {
        List<FileCheck> checks = new ArrayList<>();
        for (String name : read.keySet()) {
            if (!name.equals(Manifest.NAME) && !listed.containsKey(name)) {
                checks.add(FileCheck.problem(name, name + " is in the pack but not listed in the manifest."));
            }
        }
        return checks;
    }

    private static Manifest.Entry entry(JsonNode file) {
        if (file == null || !file.isObject()) {
            return null;
        }
        String name = text(file, "name");
        String sha256 = text(file, "sha256");
        JsonNode size = file.get("size");
        if (name == null || sha256 == null || size == null || !size.isIntegralNumber() || !size.canConvertToLong()) {
            return null;
        }
        return new Manifest.Entry(name, size.longValue(), sha256);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /** Keeps at most {@link #MAX_MANIFEST_BYTES}; {@link #write} says whether the bytes still fit. */
    private static final class ManifestBuffer {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        boolean write(byte[] buffer, int length) {
            if (bytes.size() + length > MAX_MANIFEST_BYTES) {
                return false;
            }
            bytes.write(buffer, 0, length);
            return true;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
