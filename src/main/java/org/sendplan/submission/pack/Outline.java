package org.sendplan.submission.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A document as headings, paragraphs and tables, written once and rendered both as Word and as
 * (X)HTML for PDF, so plan.docx and plan.pdf cannot drift apart.
 */
record Outline(String title, String description, List<Block> blocks) {

    sealed interface Block permits Heading, Paragraph, Table {
    }

    /** {@code level} 1 is the document title; levels never skip, so the PDF's heading tags nest. */
    record Heading(int level, String text) implements Block {
    }

    /** {@code label}, when given, is shown bold before the text, e.g. "Local authority:". */
    record Paragraph(String label, String text) implements Block {
    }

    /**
     * A table with a header row; {@code totals}, when not null, is a final row set apart from the
     * data. {@code numericColumns} are aligned right. A heading always comes just before a table
     * and names it, so tables have no caption of their own.
     */
    record Table(List<String> headers, List<List<String>> rows, List<String> totals, Set<Integer> numericColumns)
            implements Block {

        Table {
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells, not " + headers.size()
                            + ": " + headers);
                }
            }
            if (totals != null && totals.size() != headers.size()) {
                throw new IllegalArgumentException("The totals row has " + totals.size() + " cells: " + headers);
            }
        }
    }

    /** {@code description} is the document's summary in its metadata, which PDF/UA requires. */
    static Builder builder(String title, String description) {
        return new Builder(title, description);
    }

    static final class Builder {

        private final String title;
        private final String description;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title, String description) {
            this.title = title;
            this.description = description;
        }

        Builder heading(int level, String text) {
            blocks.add(new Heading(level, text));
            return this;
        }

        Builder paragraph(String text) {
            blocks.add(new Paragraph(null, text));
            return this;
        }

        Builder labelled(String label, String text) {
            blocks.add(new Paragraph(label, text));
            return this;
        }

        /** Free text as written: one paragraph per non-blank line. */
        Builder narrative(String text) {
            if (text == null || text.isBlank()) {
                return paragraph("Not answered.");
            }
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    paragraph(line.strip());
                }
            }
            return this;
        }

        Builder table(Table table) {
            blocks.add(table);
            return this;
        }

        Outline build() {
            return new Outline(title, description, List.copyOf(blocks));
        }
    }
}
