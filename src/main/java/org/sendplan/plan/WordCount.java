package org.sendplan.plan;

/**
 * Counts words as plan-format.md defines them: a word is a maximal run of characters that are not
 * Unicode white space (so a no-break space or an em space separates words too). Empty or missing
 * text has no words.
 */
public final class WordCount {

    private WordCount() {
    }

    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            boolean space = isWhiteSpace(codePoint);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            i += Character.charCount(codePoint);
        }
        return words;
    }

    /** The Unicode White_Space property, which {@link Character#isWhitespace} does not fully follow. */
    static boolean isWhiteSpace(int codePoint) {
        return switch (codePoint) {
            case 0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x0020, 0x0085, 0x00A0, 0x1680, 0x2028, 0x2029, 0x202F,
                    0x205F, 0x3000 -> true;
            default -> codePoint >= 0x2000 && codePoint <= 0x200A;
        };
    }
}
