package org.sendplan.submission.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.sendplan.submission.pack.Outline.Block;
import org.sendplan.submission.pack.Outline.Heading;
import org.sendplan.submission.pack.Outline.Paragraph;
import org.sendplan.submission.pack.Outline.Table;

/**
 * Writes an {@link Outline} as a Word document with real heading styles (so Word's navigation
 * pane and screen readers see the structure), real tables with repeating header rows, and a page
 * header and "Page N of M" footer.
 */
final class WordRenderer {

    /** A4 in twentieths of a point, with 2 cm margins. */
    private static final long PAGE_WIDTH = 11906;
    private static final long PAGE_HEIGHT = 16838;
    private static final long MARGIN = 1134;

    private static final int TABLE_FONT_SIZE = 8;

    private WordRenderer() {
    }

    static byte[] render(Outline outline, String pageHeader, Instant created) {
        try (XWPFDocument doc = new XWPFDocument()) {
            defineStyles(doc);
            pageSetup(doc);
            doc.getProperties().getCoreProperties().setTitle(Xhtml.xmlCharacters(outline.title()));
            doc.getProperties().getCoreProperties().setCreator("sendplan");
            doc.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(created)));
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText(Xhtml.xmlCharacters(pageHeader));
            footer(doc.createFooter(HeaderFooterType.DEFAULT));
            for (Block block : outline.blocks()) {
                if (block instanceof Heading heading) {
                    XWPFParagraph paragraph = doc.createParagraph();
                    paragraph.setStyle(heading.level() == 1 ? "Title" : "Heading" + (heading.level() - 1));
                    paragraph.createRun().setText(Xhtml.xmlCharacters(heading.text()));
                }
                else if (block instanceof Paragraph text) {
                    XWPFParagraph paragraph = doc.createParagraph();
                    if (text.label() != null) {
                        XWPFRun label = paragraph.createRun();
                        label.setBold(true);
                        label.setText(Xhtml.xmlCharacters(text.label()) + " ");
                    }
                    paragraph.createRun().setText(Xhtml.xmlCharacters(text.text()));
                }
                else if (block instanceof Table table) {
                    table(doc, table);
                    doc.createParagraph();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            doc.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, Table table) {
        List<List<String>> body = table.totals() == null ? table.rows()
                : concat(table.rows(), table.totals());
        XWPFTable word = doc.createTable(body.size() + 1, table.headers().size());
        word.setWidth("100%");
        word.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
        word.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
        word.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
        word.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
        word.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
        word.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "808080");
        XWPFTableRow headerRow = word.getRow(0);
        headerRow.setRepeatHeader(true);
        headerRow.setCantSplitRow(true);
        for (int column = 0; column < table.headers().size(); column++) {
            XWPFTableCell cell = headerRow.getCell(column);
            cell.setColor("E8E8E8");
            write(cell, table.headers().get(column), true, false);
        }
        for (int index = 0; index < body.size(); index++) {
            XWPFTableRow row = word.getRow(index + 1);
            boolean totals = table.totals() != null && index == body.size() - 1;
            List<String> cells = body.get(index);
            for (int column = 0; column < cells.size(); column++) {
                write(row.getCell(column), cells.get(column), totals, table.numericColumns().contains(column));
            }
        }
    }

    private static void write(XWPFTableCell cell, String text, boolean bold, boolean alignRight) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        if (alignRight) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = paragraph.createRun();
        run.setFontSize(TABLE_FONT_SIZE);
        run.setBold(bold);
        run.setText(Xhtml.xmlCharacters(text));
    }

    private static <T> List<T> concat(List<T> rows, T last) {
        List<T> all = new ArrayList<>(rows);
        all.add(last);
        return all;
    }

    /** "Page N of M" as PAGE and NUMPAGES fields, which Word fills in as it lays out the pages. */
    private static void footer(XWPFFooter footer) {
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.createRun().setText("Page ");
        field(paragraph, "PAGE");
        paragraph.createRun().setText(" of ");
        field(paragraph, "NUMPAGES");
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("1");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(MARGIN / 2));
        margins.setFooter(BigInteger.valueOf(MARGIN / 2));
    }

    private static void defineStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(headingStyle("Title", "Title", -1, 18));
        styles.addStyle(headingStyle("Heading1", "heading 1", 0, 14));
        styles.addStyle(headingStyle("Heading2", "heading 2", 1, 12));
    }

    /** {@code outlineLevel} -1 for a style that is not part of the outline (the title). */
    private static XWPFStyle headingStyle(String id, String name, int outlineLevel, int points) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        if (outlineLevel >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        return new XWPFStyle(style);
    }
}
