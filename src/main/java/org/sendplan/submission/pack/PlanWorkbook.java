package org.sendplan.submission.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.sendplan.plan.Money;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.plan.document.PlanDocument.CoreRequirement;
import org.sendplan.plan.document.PlanDocument.GovernanceMember;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.plan.document.PlanDocument.Quarter;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.PlanDocument.SuccessMeasure;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.plan.document.RiskMatrix;

/**
 * The plan's tables as a workbook for the Department's and partnerships' data teams: one sheet per
 * table, each with a bold frozen header row and a filter. Totals and the Experts at Hand shares
 * are live formulas over the spend lines, so a reader who changes a figure sees them follow; their
 * values are also calculated and stored, for readers that do not calculate.
 */
final class PlanWorkbook {

    static final String DELIVERY_PLAN = "Delivery plan";
    static final String SPEND = "Spend";
    static final String RISKS = "Risks";
    static final String GOVERNANCE = "Governance";
    static final String SUCCESS_MEASURES = "Success measures";
    static final String CORE_REQUIREMENTS = "Core requirements";

    /** Labels of the summary cells on the Spend sheet, in column A beside their formulas. */
    static final String EAH_ALLOCATION = "Experts at Hand allocation";
    static final String EAH_TOTAL = "Total Experts at Hand spend";
    static final String EAH_DIRECT = "Experts at Hand direct delivery";
    static final String EAH_APST = "Experts at Hand direct delivery through an APST model";
    static final String DIRECT_SHARE = "Direct delivery share of Experts at Hand spend (at least 90%)";
    static final String APST_SHARE = "APST share of direct delivery (at most 10%)";

    private static final String MONEY_FORMAT = "\"£\"#,##0.00";
    private static final String PERCENT_FORMAT = "0.0%";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle money;
    private final CellStyle moneyBold;
    private final CellStyle percent;
    private final CellStyle bold;

    private PlanWorkbook() {
        DataFormat formats = workbook.createDataFormat();
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        money = workbook.createCellStyle();
        money.setDataFormat(formats.getFormat(MONEY_FORMAT));
        money.setVerticalAlignment(VerticalAlignment.TOP);
        moneyBold = workbook.createCellStyle();
        moneyBold.setDataFormat(formats.getFormat(MONEY_FORMAT));
        moneyBold.setFont(boldFont);
        percent = workbook.createCellStyle();
        percent.setDataFormat(formats.getFormat(PERCENT_FORMAT));
    }

    static byte[] write(PackContent content) {
        PlanWorkbook book = new PlanWorkbook();
        try (XSSFWorkbook workbook = book.workbook) {
            PlanDocument plan = content.document();
            workbook.getProperties().getCoreProperties().setTitle(
                    Xhtml.xmlCharacters(PackOutlines.planTitle(content) + ": data"));
            workbook.getProperties().getCoreProperties().setCreator("sendplan");
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(content.generatedAt())));
            book.deliveryPlan(plan);
            book.spend(plan);
            book.risks(plan);
            book.governance(plan);
            book.successMeasures(plan);
            book.coreRequirements(plan);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deliveryPlan(PlanDocument plan) {
        XSSFSheet sheet = sheet(DELIVERY_PLAN, new String[] { "Workstream", "Building block", "Outcome",
                "Success measure", "Responsible lead", "Q2 milestone", "Q2 target trajectory", "Q3 milestone",
                "Q3 target trajectory", "Q4 milestone", "Q4 target trajectory" },
                new int[] { 30, 30, 40, 30, 20, 30, 20, 30, 20, 30, 20 });
        int r = 1;
        for (Workstream workstream : plan.deliveryPlan()) {
            XSSFRow row = sheet.createRow(r++);
            texts(row, 0, PackLabels.text(workstream.name()), PackLabels.of(workstream.buildingBlock()),
                    PackLabels.text(workstream.outcome()), PackLabels.text(workstream.successMeasure()),
                    PackLabels.text(workstream.lead()));
            quarter(row, 5, workstream.quarters().q2());
            quarter(row, 7, workstream.quarters().q3());
            quarter(row, 9, workstream.quarters().q4());
        }
        filter(sheet, r - 1, 10);
    }

    private void quarter(XSSFRow row, int column, Quarter quarter) {
        texts(row, column, PackLabels.text(quarter.milestone()), PackLabels.text(quarter.trajectory()));
    }

    private void spend(PlanDocument plan) {
        XSSFSheet sheet = sheet(SPEND, new String[] { "Category", "Description", "Funding source",
                "Experts at Hand class", "Discipline", "Q2", "Q3", "Q4", "Total" },
                new int[] { 30, 40, 30, 30, 30, 16, 16, 16, 18 });
        List<SpendLine> lines = plan.funding().spend();
        int r = 1;
        for (SpendLine line : lines) {
            XSSFRow row = sheet.createRow(r++);
            texts(row, 0, PackLabels.of(line.category()), PackLabels.text(line.description()),
                    PackLabels.of(line.fundingSource()), PackLabels.of(line.eahClass()),
                    PackLabels.of(line.discipline()));
            amount(row, 5, line.q2());
            amount(row, 6, line.q3());
            amount(row, 7, line.q4());
            formula(row, 8, "SUM(F" + r + ":H" + r + ")", money);
        }
        int lastDataRow = Math.max(r, 2);
        filter(sheet, r - 1, 8);

        XSSFRow totals = sheet.createRow(r++);
        label(totals, 0, "Total");
        for (String column : List.of("F", "G", "H", "I")) {
            formula(totals, CellReference.convertColStringToIndex(column),
                    "SUM(" + column + "2:" + column + lastDataRow + ")", moneyBold);
        }

        String amounts = "$I$2:$I$" + lastDataRow;
        String sources = "$C$2:$C$" + lastDataRow;
        String classes = "$D$2:$D$" + lastDataRow;
        String eah = criterion(PackLabels.of(FundingSource.EAH));
        r++;
        XSSFRow allocation = sheet.createRow(r++);
        label(allocation, 0, EAH_ALLOCATION);
        if (plan.funding().eahAllocation() != null) {
            amount(allocation, 1, plan.funding().eahAllocation());
        }
        else {
            texts(allocation, 1, PackLabels.NOT_GIVEN);
        }
        int totalRow = r + 1;
        summary(sheet.createRow(r++), EAH_TOTAL, "SUMIFS(" + amounts + "," + sources + "," + eah + ")", money);
        int directRow = r + 1;
        summary(sheet.createRow(r++), EAH_DIRECT,
                "SUMIFS(" + amounts + "," + sources + "," + eah + "," + classes + ","
                        + criterion(PackLabels.of(EahClass.DIRECT_DELIVERY)) + ")+SUMIFS(" + amounts + "," + sources
                        + "," + eah + "," + classes + "," + criterion(PackLabels.of(EahClass.DIRECT_DELIVERY_APST))
                        + ")",
                money);
        int apstRow = r + 1;
        summary(sheet.createRow(r++), EAH_APST, "SUMIFS(" + amounts + "," + sources + "," + eah + "," + classes
                + "," + criterion(PackLabels.of(EahClass.DIRECT_DELIVERY_APST)) + ")", money);
        summary(sheet.createRow(r++), DIRECT_SHARE,
                "IF(B" + totalRow + "=0,\"\",B" + directRow + "/B" + totalRow + ")", percent);
        summary(sheet.createRow(r++), APST_SHARE,
                "IF(B" + directRow + "=0,\"\",B" + apstRow + "/B" + directRow + ")", percent);

        r++;
        XSSFRow baselineHeader = sheet.createRow(r++);
        String[] baselineHeadings = { "Baseline service spend", "Previous year", "Plan year", "Change" };
        for (int column = 0; column < baselineHeadings.length; column++) {
            XSSFCell cell = baselineHeader.createCell(column);
            cell.setCellValue(baselineHeadings[column]);
            cell.setCellStyle(header);
        }
        for (BaselineSpend spend : plan.funding().baselineServiceSpend()) {
            XSSFRow row = sheet.createRow(r++);
            texts(row, 0, spend.service());
            amount(row, 1, spend.previousYear());
            amount(row, 2, spend.planYear());
            formula(row, 3, "C" + r + "-B" + r, money);
        }
    }

    /** A SUMIFS criterion matching exactly this text: in quotes, with quotes doubled. */
    private static String criterion(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private void summary(XSSFRow row, String name, String formula, CellStyle style) {
        label(row, 0, name);
        formula(row, 1, formula, style);
    }

    private void risks(PlanDocument plan) {
        XSSFSheet sheet = sheet(RISKS, new String[] { "Number", "Risk", "Impact", "Likelihood", "Score", "RAG",
                "Reason for a RAG off the matrix", "Mitigation", "Residual RAG" },
                new int[] { 9, 45, 14, 24, 8, 10, 35, 45, 13 });
        int r = 1;
        for (Risk risk : plan.risks()) {
            XSSFRow row = sheet.createRow(r);
            row.createCell(0).setCellValue(r);
            texts(row, 1, PackLabels.text(risk.description()), PackLabels.of(risk.impact()),
                    PackLabels.of(risk.likelihood()));
            if (risk.impact() != null && risk.likelihood() != null) {
                row.createCell(4).setCellValue(RiskMatrix.score(risk.impact(), risk.likelihood()));
            }
            texts(row, 5, PackLabels.of(risk.rag()),
                    risk.ragOverrideReason() == null ? "" : risk.ragOverrideReason(),
                    PackLabels.text(risk.mitigation()), PackLabels.of(risk.residualRag()));
            r++;
        }
        filter(sheet, r - 1, 8);
    }

    private void governance(PlanDocument plan) {
        XSSFSheet sheet = sheet(GOVERNANCE, new String[] { "Mechanism", "Group or individual",
                "Purpose and responsibilities", "Members", "Chair", "Cadence", "Decision rights", "Escalation route",
                "Includes the SRO" }, new int[] { 30, 20, 40, 50, 25, 15, 35, 30, 12 });
        int r = 1;
        for (GovernanceRow governance : plan.governance()) {
            XSSFRow row = sheet.createRow(r++);
            String chairs = String.join("; ", governance.members().stream()
                    .filter(GovernanceMember::chair)
                    .map(member -> PackLabels.text(member.name()))
                    .toList());
            texts(row, 0, PackLabels.text(governance.mechanism()), PackLabels.of(governance.kind()),
                    PackLabels.text(governance.purpose()), PackOutlines.members(governance.members()), chairs,
                    PackLabels.text(governance.cadence()), PackLabels.text(governance.decisionRights()),
                    PackLabels.text(governance.escalationRoute()), PackLabels.yesNo(governance.includesSro()));
        }
        filter(sheet, r - 1, 8);
    }

    private void successMeasures(PlanDocument plan) {
        XSSFSheet sheet = sheet(SUCCESS_MEASURES, new String[] { "Measure", "Baseline", "Target" },
                new int[] { 50, 25, 25 });
        int r = 1;
        for (SuccessMeasure measure : plan.blueprint().successMeasures()) {
            texts(sheet.createRow(r++), 0, PackLabels.text(measure.measure()), PackLabels.text(measure.baseline()),
                    PackLabels.text(measure.target()));
        }
        filter(sheet, r - 1, 2);
    }

    private void coreRequirements(PlanDocument plan) {
        XSSFSheet sheet = sheet(CORE_REQUIREMENTS, new String[] { "Requirement", "Group", "What it asks for",
                "Where the plan shows it", "How" }, new int[] { 12, 30, 60, 40, 60 });
        int r = 1;
        for (CoreRequirement requirement : plan.coreRequirements()) {
            texts(sheet.createRow(r++), 0, requirement.id().code(), PackLabels.group(requirement.id()),
                    PackLabels.summary(requirement.id()), PackOutlines.sections(requirement),
                    PackLabels.text(requirement.evidence()));
        }
        filter(sheet, r - 1, 4);
    }

    private XSSFSheet sheet(String name, String[] headings, int[] widths) {
        XSSFSheet sheet = workbook.createSheet(name);
        XSSFRow row = sheet.createRow(0);
        for (int column = 0; column < headings.length; column++) {
            XSSFCell cell = row.createCell(column);
            cell.setCellValue(headings[column]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** A filter over the header row and the data rows below it (none, for an empty table). */
    private static void filter(XSSFSheet sheet, int lastRow, int lastColumn) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, lastColumn));
    }

    private void texts(XSSFRow row, int firstColumn, String... values) {
        for (int i = 0; i < values.length; i++) {
            XSSFCell cell = row.createCell(firstColumn + i, CellType.STRING);
            cell.setCellValue(Xhtml.xmlCharacters(values[i]));
            cell.setCellStyle(text);
        }
    }

    private void label(XSSFRow row, int column, String value) {
        XSSFCell cell = row.createCell(column, CellType.STRING);
        cell.setCellValue(value);
        cell.setCellStyle(bold);
    }

    /**
     * A cell holds a binary double, so this is the one place an amount leaves exact decimals. Every
     * figure in a plan is at most £1,000,000,000.00 (12 significant digits), so the nearest double
     * still reads back as the same pounds and pence.
     */
    private void amount(XSSFRow row, int column, Money amount) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(money);
        if (amount != null) {
            cell.setCellValue(amount.amount().doubleValue());
        }
    }

    private static void formula(XSSFRow row, int column, String formula, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }
}
