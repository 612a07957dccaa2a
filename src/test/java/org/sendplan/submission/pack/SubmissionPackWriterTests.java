package org.sendplan.submission.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.FundingSummary;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Attachment;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.validation.Plans;
import org.sendplan.validation.bench.ValidationBenchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SubmissionPackWriterTests {

    static final SubmissionPackWriter writer = new SubmissionPackWriter();

    static PackContent content;
    static Pack pack;
    static Map<String, byte[]> files;

    @BeforeAll
    static void writePack() {
        content = PackFixtures.content(ValidationBenchmark.fullPlan());
        pack = writer.write(content);
        files = PackZips.entries(pack.zip());
    }

    @Test
    void holdsTheDocumentsInOrderWithTheManifestLast() {
        assertThat(files.keySet()).containsExactly("plan.docx", "plan.pdf", "data.xlsx", "validation-report.html",
                "sign-off-certificate.pdf", "attachments/Q4_MATURITY_ASSESSMENT/maturity-assessment.xlsx",
                "attachments/Q13_DATA_RETURN/data-return.xlsx", "plan.json", "manifest.json");
    }

    @Test
    void manifestListsEveryOtherFileWithItsSizeAndSha256() {
        JsonNode manifest = JsonMapper.builder().build().readTree(files.get("manifest.json"));
        assertThat(manifest.get("format").asString()).isEqualTo("sendplan-pack/v1");
        assertThat(manifest.get("planId").longValue()).isEqualTo(42L);
        assertThat(manifest.get("partnership").asString()).isEqualTo("Northshire");
        assertThat(manifest.get("planYear").asString()).isEqualTo("2026-27");
        assertThat(manifest.get("contentHash").asString()).isEqualTo(content.contentHash());
        assertThat(manifest.get("generatedAt").asString()).isEqualTo("2026-12-03T14:05:00Z");
        assertThat(manifest.get("serviceVersion").asString()).isEqualTo("0.1.0-test");
        List<String> listed = new ArrayList<>();
        for (JsonNode file : manifest.get("files")) {
            String name = file.get("name").asString();
            listed.add(name);
            assertThat(file.get("size").longValue()).as(name).isEqualTo(files.get(name).length);
            assertThat(file.get("sha256").asString()).as(name).isEqualTo(Sha256.hex(files.get(name)));
        }
        List<String> others = new ArrayList<>(files.keySet());
        others.remove("manifest.json");
        assertThat(listed).isEqualTo(others);
        assertThat(new String(files.get("manifest.json"), StandardCharsets.UTF_8)).isEqualTo(pack.manifestJson());
    }

    @Test
    void givesTheZipsSha256() {
        assertThat(pack.sha256()).isEqualTo(Sha256.hex(pack.zip())).matches("[0-9a-f]{64}");
    }

    @Test
    void writesPlanJsonVerbatim() {
        assertThat(files.get("plan.json")).isEqualTo(content.planJson());
    }

    @Test
    void writesEachAttachmentsBytesUnderItsSlot() {
        for (AttachmentFile attachment : content.attachments()) {
            assertThat(files.get("attachments/" + attachment.slot() + "/" + attachment.filename()))
                    .isEqualTo(attachment.content());
        }
    }

    @Test
    void sameContentGivesTheSameZip() {
        Pack again = new SubmissionPackWriter().write(content);
        Map<String, byte[]> againFiles = PackZips.entries(again.zip());
        for (String name : files.keySet()) {
            assertThat(againFiles.get(name)).as(name).isEqualTo(files.get(name));
        }
        assertThat(again.sha256()).isEqualTo(pack.sha256());
    }

    @Test
    void everyEntryCarriesTheGenerationTime() throws Exception {
        LocalDateTime generated = LocalDateTime.ofInstant(PackFixtures.GENERATED_AT, ZoneOffset.UTC);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pack.zip()))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(generated);
            }
        }
    }

    @Test
    void docxHasARiskDescriptionAndTheSpendTotalInTables() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(files.get("plan.docx")))) {
            List<String> cells = new ArrayList<>();
            for (XWPFTable table : docx.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cells.add(cell.getText());
                    }
                }
            }
            Risk risk = content.document().risks().get(1);
            assertThat(cells).contains(risk.description());
            assertThat(cells).contains(PackLabels.money(totalSpend(content.document())));
            assertThat(cells).contains("£2,400,000.00");
        }
    }

    @Test
    void docxHasHeadingsForEveryQuestionAndAPageHeaderAndFooter() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(files.get("plan.docx")))) {
            List<String> headings = docx.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading1"))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(headings).contains("Partnership and senior responsible owner", "Signatories",
                    "Executive summary", "Q1 Vision and goals", "Q10 Risks", "Q14 Governance",
                    "Q15 Support from central government", "Core minimum requirements");
            for (int q = 1; q <= 15; q++) {
                String prefix = "Q" + q + " ";
                assertThat(headings).anyMatch(heading -> heading.startsWith(prefix));
            }
            assertThat(docx.getStyles().styleExist("Heading1")).isTrue();
            assertThat(docx.getTables()).allSatisfy(table -> assertThat(table.getRow(0).isRepeatHeader()).isTrue());
            assertThat(docx.getHeaderList().get(0).getText()).contains("Northshire").contains("2026-27");
            String footer = docx.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).contains("PAGE").contains("NUMPAGES");
            assertThat(docx.getFooterList().get(0).getText()).contains("Page").contains("of");
        }
    }

    @Test
    void xlsxSpendFormulasGiveTheTotalsFundingSummaryComputes() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get("data.xlsx")))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            XSSFSheet spend = workbook.getSheet("Spend");
            FundingSummary summary = FundingSummary.of(content.document().funding());
            int lines = content.document().funding().spend().size();

            Row totals = spend.getRow(lines + 1);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            Cell grandTotal = totals.getCell(8);
            assertThat(grandTotal.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(pounds(evaluator.evaluate(grandTotal))).isEqualByComparingTo(totalSpend(content.document()));
            assertThat(spend.getRow(1).getCell(8).getCellFormula()).isEqualTo("SUM(F2:H2)");
            assertThat(spend.getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("\"£\"#,##0.00");

            assertThat(pounds(evaluator.evaluate(summaryCell(spend, PlanWorkbook.EAH_ALLOCATION))))
                    .isEqualByComparingTo(summary.allocation());
            Cell eahTotal = summaryCell(spend, PlanWorkbook.EAH_TOTAL);
            assertThat(eahTotal.getCellFormula()).startsWith("SUMIFS(");
            assertThat(pounds(evaluator.evaluate(eahTotal))).isEqualByComparingTo(summary.totalEahSpend());
            assertThat(pounds(evaluator.evaluate(summaryCell(spend, PlanWorkbook.EAH_DIRECT))))
                    .isEqualByComparingTo(summary.directDelivery());
            Cell directShare = summaryCell(spend, PlanWorkbook.DIRECT_SHARE);
            assertThat(directShare.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(percent(evaluator.evaluate(directShare))).isEqualTo(summary.directDeliveryShare());
            assertThat(percent(evaluator.evaluate(summaryCell(spend, PlanWorkbook.APST_SHARE))))
                    .isEqualTo(summary.apstShare());
        }
    }

    @Test
    void everyXlsxSheetHasABoldFrozenHeaderAndAFilter() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get("data.xlsx")))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                names.add(sheet.getSheetName());
                assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                        .isTrue();
            }
            assertThat(names).containsExactly("Delivery plan", "Spend", "Risks", "Governance", "Success measures",
                    "Core requirements");
            XSSFSheet risks = workbook.getSheet("Risks");
            assertThat(risks.getRow(0).getCell(5).getStringCellValue()).isEqualTo("RAG");
            assertThat(risks.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Residual RAG");
            assertThat(risks.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Red");
            assertThat(risks.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I6");
            assertThat(workbook.getSheet("Core requirements").getLastRowNum()).isEqualTo(41);
            assertThat(workbook.getSheet("Delivery plan").getLastRowNum()).isEqualTo(15);
        }
    }

    @Test
    void validationReportListsEveryWarning() {
        String html = new String(files.get("validation-report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"").contains("<title>")
                .contains("<th scope=\"col\">Rule</th>");
        for (var warning : content.warnings()) {
            assertThat(html).contains(warning.rule()).contains(Xhtml.escape(warning.path()))
                    .contains(Xhtml.escape(warning.message()));
        }
    }

    @Test
    void validationReportSaysSoWhenThereAreNoWarnings() {
        Pack clean = writer.write(PackFixtures.withWarnings(PackFixtures.content(Plans.complete()), List.of()));
        String html = new String(PackZips.entry(clean.zip(), "validation-report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("There are no warnings").doesNotContain("<table>");
    }

    @Test
    void escapesMarkupInPlanTextInTheHtmlAndThePdf() throws Exception {
        String hostile = "<script>alert('x')</script> Fish & chips";
        PlanDocument plan = Plans.edit()
                .narrative(NarrativeKey.EXEC_SUMMARY, hostile)
                .narrative(NarrativeKey.Q9_ENGAGEMENT, "Schools & colleges </style></body>")
                .build();
        PackContent hostileContent = PackFixtures.content(plan);
        hostileContent = PackFixtures.withWarnings(hostileContent,
                List.of(new org.sendplan.validation.Finding("RULE", org.sendplan.validation.Severity.WARNING,
                        "$.narratives.EXEC_SUMMARY", hostile)));
        PackContent withHostilePartnership = new PackContent(1, "Fish & <b>Chips</b> \"Partnership\"",
                hostileContent.laName(), hostileContent.icbName(), hostileContent.document(),
                hostileContent.planJson(), hostileContent.contentHash(), hostileContent.warnings(),
                hostileContent.signatures(), hostileContent.attachments(), hostileContent.generatedAt(),
                hostileContent.serviceVersion());
        Pack hostilePack = writer.write(withHostilePartnership);

        String html = new String(PackZips.entry(hostilePack.zip(), "validation-report.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>Chips")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Fish &amp; chips");
        String pdf = PackPdfAccessibilityTests.text(PackZips.entry(hostilePack.zip(), "plan.pdf"));
        assertThat(pdf).contains("<script>alert('x')</script> Fish & chips").contains("Schools & colleges </style>")
                .contains("Fish & <b>Chips</b> \"Partnership\"");
    }

    @Test
    void refusesPlanJsonThatIsNotTheSignedContent() {
        PackContent tampered = new PackContent(content.planId(), content.partnershipName(), content.laName(),
                content.icbName(), content.document(), "{}".getBytes(StandardCharsets.UTF_8), content.contentHash(),
                content.warnings(), content.signatures(), content.attachments(), content.generatedAt(),
                content.serviceVersion());
        assertThatThrownBy(() -> writer.write(tampered)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("content hash");
    }

    @Test
    void refusesAnAttachmentWhoseBytesDoNotMatchItsHash() {
        List<AttachmentFile> attachments = List.of(new AttachmentFile(AttachmentSlot.OTHER, "x.pdf",
                "00".repeat(32), new byte[] { 1 }));
        PackContent tampered = new PackContent(content.planId(), content.partnershipName(), content.laName(),
                content.icbName(), content.document(), content.planJson(), content.contentHash(),
                content.warnings(), content.signatures(), attachments, content.generatedAt(),
                content.serviceVersion());
        assertThatThrownBy(() -> writer.write(tampered)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.pdf");
    }

    @Test
    void sanitisesAttachmentFilenames() {
        PlanDocument plan = Plans.edit().attachments(List.of(
                new Attachment(AttachmentSlot.OTHER, "../../etc/passwd", "ab".repeat(32)),
                new Attachment(AttachmentSlot.OTHER, "C:\\Users\\jo\\board\u202Efdp.exe", "ab".repeat(32)),
                new Attachment(AttachmentSlot.Q14_GOVERNANCE_DIAGRAM, "dia\u0000gram\n.png", "ab".repeat(32))))
                .build();
        Pack sanitised = writer.write(PackFixtures.content(plan));
        assertThat(PackZips.entries(sanitised.zip()).keySet()).contains("attachments/OTHER/passwd",
                "attachments/OTHER/boardfdp.exe", "attachments/Q14_GOVERNANCE_DIAGRAM/diagram.png")
                .allSatisfy(name -> assertThat(name).doesNotContain(".."));
    }

    private static Cell summaryCell(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("No row " + label + " on " + sheet.getSheetName());
    }

    private static BigDecimal pounds(CellValue value) {
        assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(value.getNumberValue()).setScale(2, RoundingMode.HALF_UP);
    }

    /** As FundingSummary shows shares: one decimal place, half up. */
    private static String percent(CellValue value) {
        assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(value.getNumberValue()).multiply(BigDecimal.valueOf(100))
                .setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static BigDecimal totalSpend(PlanDocument plan) {
        return plan.funding().spend().stream().map(PackOutlines::lineTotal).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }
}
