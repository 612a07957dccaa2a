package org.sendplan.submission.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.validation.Plans;
import org.sendplan.validation.bench.ValidationBenchmark;
import org.verapdf.pdfa.results.ValidationResult;

class PackPdfAccessibilityTests {

    static final String EXEC_SUMMARY = "Our change story: settings across Northshire become more inclusive.";

    static Pack pack;
    static PackContent content;

    @BeforeAll
    static void writePack() {
        content = PackFixtures.content(Plans.edit().narrative(NarrativeKey.EXEC_SUMMARY, EXEC_SUMMARY).build());
        pack = new SubmissionPackWriter().write(content);
    }

    @Test
    void planPdfPassesPdfUa1() throws Exception {
        ValidationResult result = PdfUa.validate(PackZips.entry(pack.zip(), "plan.pdf"));
        assertThat(result.isCompliant()).as(PdfUa.failures(result)).isTrue();
    }

    @Test
    void certificatePassesPdfUa1() throws Exception {
        ValidationResult result = PdfUa.validate(PackZips.entry(pack.zip(), "sign-off-certificate.pdf"));
        assertThat(result.isCompliant()).as(PdfUa.failures(result)).isTrue();
    }

    @Test
    void planPdfOfTheLargestPlanPassesPdfUa1() throws Exception {
        Pack large = new SubmissionPackWriter().write(PackFixtures.content(ValidationBenchmark.fullPlan()));
        ValidationResult result = PdfUa.validate(PackZips.entry(large.zip(), "plan.pdf"));
        assertThat(result.isCompliant()).as(PdfUa.failures(result)).isTrue();
    }

    @Test
    void planPdfContainsTheExecutiveSummary() throws Exception {
        assertThat(text(PackZips.entry(pack.zip(), "plan.pdf"))).contains(EXEC_SUMMARY);
    }

    @Test
    void certificateNamesTheContentHashAndEverySignatory() throws Exception {
        String text = text(PackZips.entry(pack.zip(), "sign-off-certificate.pdf"));
        assertThat(text).contains(content.contentHash()).contains("3 December 2026");
        String unspaced = text.replace(" ", "");
        for (SignatureLine signature : content.signatures()) {
            assertThat(text).contains(signature.name() + " ");
            // A long address may wrap in its cell, which text extraction reads as a space.
            assertThat(unspaced).contains(signature.email()).contains(signature.contentHash());
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
