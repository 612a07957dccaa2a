package org.sendplan.plan.authoring;

/** Text typed into the table pages, as it is stored and checked. */
final class SectionText {

    /** Far above any honest answer: only here to stop abuse. */
    static final int MAX_CHARACTERS = NarrativeSectionController.MAX_CHARACTERS;
    /** What the database holds for a row name. */
    static final int MAX_NAME_CHARACTERS = 200;

    private SectionText() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Browsers submit CRLF; the stored text uses LF so word counts and hashes do not depend on the browser. */
    static String clean(String text) {
        return text == null ? null : text.replace("\r\n", "\n");
    }

    static boolean tooLong(String text, int limit) {
        return text != null && clean(text).length() > limit;
    }
}
