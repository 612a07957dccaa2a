package org.sendplan.plan.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.attachments.AttachmentContent.CheckedFile;
import org.sendplan.plan.attachments.AttachmentRejectedException.Reason;

class AttachmentContentTests {

    @Test
    void recognisesEachAllowedTypeByItsContent() {
        assertThat(AttachmentContent.check("a.pdf", SampleFiles.pdf()).type()).isEqualTo(AttachmentType.PDF);
        assertThat(AttachmentContent.check("a.png", SampleFiles.png()).type()).isEqualTo(AttachmentType.PNG);
        assertThat(AttachmentContent.check("a.jpg", SampleFiles.jpeg()).type()).isEqualTo(AttachmentType.JPEG);
        assertThat(AttachmentContent.check("a.docx", SampleFiles.docx()).type()).isEqualTo(AttachmentType.DOCX);
        assertThat(AttachmentContent.check("a.xlsx", SampleFiles.xlsx()).type()).isEqualTo(AttachmentType.XLSX);
    }

    @Test
    void theNameDoesNotDecideTheType() {
        CheckedFile spreadsheetCalledPdf = AttachmentContent.check("figures.pdf", SampleFiles.xlsx());
        assertThat(spreadsheetCalledPdf.type()).isEqualTo(AttachmentType.XLSX);
        assertThat(spreadsheetCalledPdf.type().contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(spreadsheetCalledPdf.filename()).isEqualTo("figures.xlsx");
    }

    @Test
    void refusesARenamedProgram() {
        assertRejected("report.pdf", SampleFiles.exe(), Reason.NOT_ALLOWED_TYPE);
    }

    @Test
    void refusesAZipThatIsNotAWordOrExcelFile() {
        assertRejected("archive.docx", SampleFiles.zip(Map.of("notes.txt", "hello")), Reason.NOT_ALLOWED_TYPE);
        assertRejected("half.xlsx", SampleFiles.zip(Map.of("[Content_Types].xml", "<Types/>")), Reason.NOT_ALLOWED_TYPE);
        assertRejected("no-types.docx", SampleFiles.zip(Map.of("word/document.xml", "<w:document/>")),
                Reason.NOT_ALLOWED_TYPE);
    }

    @Test
    void refusesABrokenZip() {
        byte[] truncated = java.util.Arrays.copyOf(SampleFiles.docx(), 40);
        assertRejected("broken.docx", truncated, Reason.NOT_ALLOWED_TYPE);
    }

    @Test
    void stopsReadingAZipAfterTwoThousandEntries() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < AttachmentContent.MAX_ZIP_ENTRIES; i++) {
            entries.put("padding/" + i + ".xml", "<x/>");
        }
        entries.put("[Content_Types].xml", "<Types/>");
        entries.put("word/document.xml", "<w:document/>");
        assertRejected("crowded.docx", SampleFiles.zip(entries), Reason.NOT_ALLOWED_TYPE);
    }

    @Test
    void refusesTextAndOtherFormats() {
        assertRejected("notes.pdf", "Just some text".getBytes(StandardCharsets.UTF_8), Reason.NOT_ALLOWED_TYPE);
        assertRejected("image.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII), Reason.NOT_ALLOWED_TYPE);
        assertRejected("tiny.pdf", "%PD".getBytes(StandardCharsets.US_ASCII), Reason.NOT_ALLOWED_TYPE);
    }

    @Test
    void refusesAnEmptyFile() {
        assertRejected("empty.pdf", new byte[0], Reason.EMPTY);
    }

    @Test
    void acceptsExactlyTwentyMegabytes() {
        CheckedFile file = AttachmentContent.check("big.pdf", SampleFiles.pdfOfSize(20 * 1024 * 1024));
        assertThat(file.size()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void refusesOneByteOverTwentyMegabytes() {
        assertRejected("too-big.pdf", SampleFiles.pdfOfSize(20 * 1024 * 1024 + 1), Reason.TOO_LARGE);
    }

    @Test
    void readsAStreamOnlyOneByteBeyondTheLimit() throws Exception {
        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> AttachmentContent.check("endless.pdf", endless))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        assertThat(endless.read).isEqualTo(AttachmentContent.MAX_BYTES + 1L);
        assertThat(AttachmentContent.check("small.pdf", new ByteArrayInputStream(SampleFiles.pdf())).type())
                .isEqualTo(AttachmentType.PDF);
    }

    @Test
    void recordsTheSha256OfTheContent() throws Exception {
        byte[] content = SampleFiles.png();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        CheckedFile file = AttachmentContent.check("chart.png", content);
        assertThat(file.sha256()).isEqualTo(expected).hasSize(64);
        assertThat(file.content()).isEqualTo(content);
    }

    @Test
    void fileNamesLoseFoldersAndControlCharacters() {
        assertThat(AttachmentContent.safeFilename("C:\\Users\\sam\\Desktop\\Plan v2.PDF", AttachmentType.PDF))
                .isEqualTo("Plan v2.PDF");
        assertThat(AttachmentContent.safeFilename("../../etc/passwd", AttachmentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(AttachmentContent.safeFilename("line\r\nbreak\u0000.pdf", AttachmentType.PDF))
                .isEqualTo("line break.pdf");
        assertThat(AttachmentContent.safeFilename("invoice\u202Efdp.exe", AttachmentType.PDF))
                .isEqualTo("invoicefdp.exe.pdf");
        assertThat(AttachmentContent.safeFilename("say \"hi\" <now>?.pdf", AttachmentType.PDF))
                .isEqualTo("say _hi_ _now__.pdf");
        assertThat(AttachmentContent.safeFilename("  Maturity\ttool   final .xlsx", AttachmentType.XLSX))
                .isEqualTo("Maturity tool final.xlsx");
    }

    @Test
    void fileNamesEndInTheExtensionOfTheirContent() {
        assertThat(AttachmentContent.safeFilename("photo.jpeg", AttachmentType.JPEG)).isEqualTo("photo.jpeg");
        assertThat(AttachmentContent.safeFilename("photo.JPG", AttachmentType.JPEG)).isEqualTo("photo.JPG");
        assertThat(AttachmentContent.safeFilename("figures.pdf", AttachmentType.XLSX)).isEqualTo("figures.xlsx");
        assertThat(AttachmentContent.safeFilename("return-q1.final", AttachmentType.XLSX))
                .isEqualTo("return-q1.final.xlsx");
        assertThat(AttachmentContent.safeFilename("diagram", AttachmentType.PNG)).isEqualTo("diagram.png");
    }

    @Test
    void emptyOrHiddenNamesGetAPlainOne() {
        assertThat(AttachmentContent.safeFilename(null, AttachmentType.PDF)).isEqualTo("attachment.pdf");
        assertThat(AttachmentContent.safeFilename("", AttachmentType.DOCX)).isEqualTo("attachment.docx");
        assertThat(AttachmentContent.safeFilename(".pdf", AttachmentType.PDF)).isEqualTo("attachment.pdf");
        assertThat(AttachmentContent.safeFilename("folder/", AttachmentType.PNG)).isEqualTo("attachment.png");
        assertThat(AttachmentContent.safeFilename("..", AttachmentType.PNG)).isEqualTo("attachment.png");
        assertThat(AttachmentContent.safeFilename(".hidden", AttachmentType.PDF)).isEqualTo("hidden.pdf");
    }

    @Test
    void longNamesFitTheDatabaseColumnAndKeepTheirExtension() {
        String name = AttachmentContent.safeFilename("é".repeat(400) + ".docx", AttachmentType.DOCX);
        assertThat(name.codePointCount(0, name.length())).isEqualTo(255);
        assertThat(name).endsWith("é.docx");
    }

    private static void assertRejected(String name, byte[] content, Reason reason) {
        assertThatThrownBy(() -> AttachmentContent.check(name, content))
                .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** An endless stream of PDF-looking bytes that counts how much was read from it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            return read++ == 0 ? '%' : ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) read();
            }
            return length;
        }
    }
}
