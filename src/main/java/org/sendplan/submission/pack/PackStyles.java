package org.sendplan.submission.pack;

/**
 * The style sheets of the pack's documents: print for the PDFs (A4, running header, page numbers,
 * the embedded font only), screen for the validation report opened in a browser.
 */
final class PackStyles {

    private PackStyles() {
    }

    static String print(String runningHeader) {
        return print(runningHeader, "A4");
    }

    /**
     * The certificate is landscape, and its last column (the hash signed) wide enough for all 64
     * digits on one line, so the hashes can be compared by eye.
     */
    static String certificate(String runningHeader) {
        return print(runningHeader, "A4 landscape")
                + "th:last-child, td:last-child { width: 40%; font-size: 7pt; }\n";
    }

    private static String print(String runningHeader, String pageSize) {
        return """
                @page {
                  size: %3$s;
                  margin: 20mm 15mm 20mm 15mm;
                  @top-center { content: %s; font-family: '%s'; font-size: 8pt; color: #333333; }
                  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: '%2$s';
                    font-size: 8pt; color: #333333; }
                }
                body { font-family: '%2$s'; font-size: 9.5pt; line-height: 1.35; color: #0b0c0c; }
                h1 { font-size: 18pt; margin: 0 0 10pt 0; }
                h2 { font-size: 13pt; margin: 16pt 0 6pt 0; page-break-after: avoid; }
                h3 { font-size: 11pt; margin: 12pt 0 4pt 0; page-break-after: avoid; }
                p { margin: 0 0 6pt 0; }
                strong { font-weight: bold; }
                table { width: 100%%; border-collapse: collapse; margin: 4pt 0 10pt 0; font-size: 7.5pt;
                  -fs-table-paginate: paginate; }
                th, td { border: 0.5pt solid #808080; padding: 2pt 3pt; text-align: left; vertical-align: top; }
                th { background-color: #e8e8e8; font-weight: bold; }
                table.wide { font-size: 6.5pt; }
                td.num { text-align: right; white-space: nowrap; }
                tr { page-break-inside: avoid; }
                tr.totals td { font-weight: bold; }
                """.formatted(Xhtml.cssString(runningHeader), PdfRenderer.FONT_FAMILY, pageSize);
    }

    static final String SCREEN = """
            body { font-family: Arial, Helvetica, sans-serif; font-size: 1rem; line-height: 1.5; color: #0b0c0c;
              max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
            h1 { font-size: 2rem; }
            h2 { font-size: 1.5rem; margin-top: 2rem; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #b1b4b6; padding: 0.5rem; text-align: left; vertical-align: top; }
            th { background-color: #f3f2f1; }
            td { overflow-wrap: anywhere; }
            td.num { text-align: right; white-space: nowrap; }
            """;
}
