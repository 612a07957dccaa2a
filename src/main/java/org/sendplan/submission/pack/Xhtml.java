package org.sendplan.submission.pack;

import java.util.List;

import org.sendplan.submission.pack.Outline.Block;
import org.sendplan.submission.pack.Outline.Heading;
import org.sendplan.submission.pack.Outline.Paragraph;
import org.sendplan.submission.pack.Outline.Table;

/**
 * Writes an {@link Outline} as XHTML that is also valid HTML: openhtmltopdf needs well-formed XML
 * and tags the PDF from it (headings, real tables with column headers), and the validation report
 * is the same markup opened in a browser. Every piece of plan text is escaped, because it is
 * whatever partnerships typed.
 */
final class Xhtml {

    /** Tables of this many columns are set smaller, so that they fit a portrait page. */
    static final int WIDE = 8;

    private Xhtml() {
    }

    static String render(Outline outline, String css) {
        StringBuilder html = new StringBuilder(64 * 1024);
        String description = escape(outline.description());
        // PDF/UA wants a description: openhtmltopdf takes it from "subject", browsers from "description".
        html.append("<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n")
                .append("<head>\n<meta charset=\"UTF-8\" />\n<title>").append(escape(outline.title()))
                .append("</title>\n<meta name=\"description\" content=\"").append(description)
                .append("\" />\n<meta name=\"subject\" content=\"").append(description)
                .append("\" />\n<meta name=\"author\" content=\"sendplan\" />\n<style>\n").append(css)
                .append("\n</style>\n</head>\n<body>\n");
        for (Block block : outline.blocks()) {
            if (block instanceof Heading heading) {
                html.append("<h").append(heading.level()).append('>').append(escape(heading.text()))
                        .append("</h").append(heading.level()).append(">\n");
            }
            else if (block instanceof Paragraph paragraph) {
                paragraph(html, paragraph);
            }
            else if (block instanceof Table table) {
                table(html, table);
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void paragraph(StringBuilder html, Paragraph paragraph) {
        html.append("<p>");
        if (paragraph.label() != null) {
            html.append("<strong>").append(escape(paragraph.label())).append("</strong> ");
        }
        html.append(escape(paragraph.text())).append("</p>\n");
    }

    private static void table(StringBuilder html, Table table) {
        html.append(table.headers().size() >= WIDE ? "<table class=\"wide\">" : "<table>").append("\n<thead>\n<tr>");
        for (String header : table.headers()) {
            html.append("<th scope=\"col\">").append(escape(header)).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        if (table.rows().isEmpty() && table.totals() == null) {
            html.append("<tr><td colspan=\"").append(table.headers().size()).append("\">None given.</td></tr>\n");
        }
        for (List<String> row : table.rows()) {
            row(html, table, row, false);
        }
        if (table.totals() != null) {
            row(html, table, table.totals(), true);
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder html, Table table, List<String> cells, boolean totals) {
        html.append(totals ? "<tr class=\"totals\">" : "<tr>");
        for (int column = 0; column < cells.size(); column++) {
            boolean numeric = table.numericColumns().contains(column);
            html.append(numeric ? "<td class=\"num\">" : "<td>").append(escape(cells.get(column))).append("</td>");
        }
        html.append("</tr>\n");
    }

    /**
     * Text as XML character data: markup characters become entities, and characters XML cannot
     * hold at all (most control characters, lone surrogates) are dropped rather than failing the
     * whole document.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowedInXml(codePoint)) {
                        out.appendCodePoint(codePoint);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * A CSS string literal for {@code content:}. Everything but letters, digits and spaces is a hex
     * escape, so no text can end the string, the rule or the {@code <style>} element.
     */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().filter(Xhtml::allowedInXml).forEach(codePoint -> {
            if (Character.isLetterOrDigit(codePoint) && codePoint < 128 || codePoint == ' ') {
                out.appendCodePoint(codePoint);
            }
            else {
                // The space ends the escape (CSS swallows one whitespace after it), so the next
                // character is never read as part of the hex number.
                out.append('\\').append(String.format("%06X", codePoint)).append(' ');
            }
        });
        return out.append('"').toString();
    }

    /** Text without the characters an XML document cannot hold; Word will not open a file with them. */
    static String xmlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Xhtml::allowedInXml).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }
}
