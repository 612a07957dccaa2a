package org.sendplan.submission.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendplan.validation.Plans;

class PackInspectorTests {

    static final PackInspector inspector = new PackInspector();

    static PackContent content;
    static Pack pack;
    static Map<String, byte[]> files;

    @BeforeAll
    static void writePack() {
        content = PackFixtures.content(Plans.complete());
        pack = new SubmissionPackWriter().write(content);
        files = PackZips.entries(pack.zip());
    }

    @Test
    void findsAnUntouchedPackIntact() {
        PackInspection inspection = inspect(pack.zip());
        assertThat(inspection.intact()).as(inspection.toString()).isTrue();
        assertThat(inspection.readable()).isTrue();
        assertThat(inspection.contentHash()).isEqualTo(content.contentHash());
        assertThat(inspection.planId()).isEqualTo(42L);
        assertThat(inspection.manifestSha256()).isEqualTo(Sha256.hex(files.get("manifest.json")))
                .isEqualTo(Sha256.hex(pack.manifestJson().getBytes(StandardCharsets.UTF_8)));
        assertThat(inspection.files()).extracting(FileCheck::name)
                .containsExactlyElementsOf(files.keySet().stream().filter(name -> !name.equals("manifest.json"))
                        .toList());
        assertThat(inspection.files()).allMatch(FileCheck::ok);
        assertThat(inspection.problems()).isEmpty();
    }

    static Stream<String> listedFiles() {
        writePack();
        return files.keySet().stream().filter(name -> !name.equals("manifest.json"));
    }

    @ParameterizedTest
    @MethodSource("listedFiles")
    void reportsAFileWithOneByteChanged(String name) {
        PackInspection inspection = inspect(PackZips.zip(withOneByteChanged(files, name)));
        assertThat(inspection.intact()).isFalse();
        assertThat(inspection.files()).filteredOn(check -> !check.ok()).singleElement().satisfies(check -> {
            assertThat(check.name()).isEqualTo(name);
            assertThat(check.problem()).startsWith(name + " does not match the manifest: its SHA-256 is ");
        });
    }

    @Test
    void changedPlanJsonIsNotTheSignedContent() {
        PackInspection inspection = inspect(PackZips.zip(withOneByteChanged(files, "plan.json")));
        assertThat(inspection.problems()).singleElement().asString().startsWith("plan.json is not the content");
    }

    @Test
    void aChangedManifestHasADifferentSha256() {
        PackInspection inspection = inspect(PackZips.zip(withOneByteChanged(files, "manifest.json")));
        assertThat(inspection.manifestSha256()).isNotEqualTo(Sha256.hex(files.get("manifest.json")));
    }

    @Test
    void reportsAFileMissingFromThePack() {
        Map<String, byte[]> without = new LinkedHashMap<>(files);
        without.remove("data.xlsx");
        PackInspection inspection = inspect(PackZips.zip(without));
        assertThat(inspection.intact()).isFalse();
        assertThat(inspection.files()).filteredOn(check -> !check.ok()).singleElement()
                .isEqualTo(FileCheck.problem("data.xlsx",
                        "data.xlsx is listed in the manifest but is not in the pack."));
    }

    @Test
    void reportsAFileNotListedInTheManifest() {
        Map<String, byte[]> extra = new LinkedHashMap<>(files);
        extra.put("attachments/OTHER/extra.pdf", new byte[] { 1, 2, 3 });
        PackInspection inspection = inspect(PackZips.zip(extra));
        assertThat(inspection.intact()).isFalse();
        assertThat(inspection.files()).filteredOn(check -> !check.ok()).singleElement()
                .isEqualTo(FileCheck.problem("attachments/OTHER/extra.pdf",
                        "attachments/OTHER/extra.pdf is in the pack but not listed in the manifest."));
    }

    @Test
    void reportsAPackWithoutAManifest() {
        Map<String, byte[]> without = new LinkedHashMap<>(files);
        without.remove("manifest.json");
        PackInspection inspection = inspect(PackZips.zip(without));
        assertThat(inspection.intact()).isFalse();
        assertThat(inspection.contentHash()).isNull();
        assertThat(inspection.problems()).anyMatch(problem -> problem.contains("no manifest.json"));
    }

    @Test
    void reportsAManifestThatIsNotJson() {
        Map<String, byte[]> broken = new LinkedHashMap<>(files);
        broken.put("manifest.json", "{\"format\": ".getBytes(StandardCharsets.UTF_8));
        PackInspection inspection = inspect(PackZips.zip(broken));
        assertThat(inspection.intact()).isFalse();
        assertThat(inspection.readable()).isTrue();
        assertThat(inspection.contentHash()).isNull();
        assertThat(inspection.problems()).anyMatch(problem -> problem.contains("not valid JSON"));
    }

    @Test
    void findsRandomBytesUnreadable() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        PackInspection inspection = inspect(garbage);
        assertThat(inspection.readable()).isFalse();
        assertThat(inspection.intact()).isFalse();
        assertThat(inspection.contentHash()).isNull();
        assertThat(inspection.problems()).singleElement().asString().contains("not a");
    }

    @Test
    void findsEmptyInputUnreadable() {
        PackInspection inspection = inspect(new byte[0]);
        assertThat(inspection.readable()).isFalse();
        assertThat(inspection.problems()).isNotEmpty();
    }

    @Test
    void findsATruncatedZipUnreadable() {
        byte[] truncated = java.util.Arrays.copyOf(pack.zip(), pack.zip().length / 2);
        PackInspection inspection = inspect(truncated);
        assertThat(inspection.readable()).isFalse();
        assertThat(inspection.problems()).isNotEmpty();
    }

    @Test
    void findsAnInputStreamThatFailsUnreadable() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("disk gone");
            }
        };
        assertThat(inspector.inspect(failing).readable()).isFalse();
    }

    @Test
    void stopsReadingBeyondTheUncompressedLimit() {
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("zeros.bin", new byte[2 * 1024 * 1024]);
        PackInspection inspection = new PackInspector(1024 * 1024, 500)
                .inspect(new ByteArrayInputStream(PackZips.zip(bomb)));
        assertThat(inspection.readable()).isFalse();
        assertThat(inspection.problems()).singleElement().asString().contains("MB once uncompressed");
    }

    @Test
    void stopsReadingBeyondTheEntryLimit() {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("file-" + i, new byte[] { (byte) i });
        }
        PackInspection inspection = new PackInspector(1024 * 1024, 10)
                .inspect(new ByteArrayInputStream(PackZips.zip(many)));
        assertThat(inspection.readable()).isFalse();
        assertThat(inspection.problems()).singleElement().asString().contains("more than 10 files");
    }

    private static Map<String, byte[]> withOneByteChanged(Map<String, byte[]> entries, String name) {
        Map<String, byte[]> altered = new LinkedHashMap<>(entries);
        byte[] bytes = entries.get(name).clone();
        bytes[bytes.length / 2] ^= 0x01;
        altered.put(name, bytes);
        return altered;
    }

    private static PackInspection inspect(byte[] zip) {
        return inspector.inspect(new ByteArrayInputStream(zip));
    }
}
