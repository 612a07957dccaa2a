package org.sendplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class WordCountTests {

    @ParameterizedTest
    @NullAndEmptySource
    void emptyTextHasNoWords(String text) {
        assertThat(WordCount.of(text)).isZero();
    }

    /** Java strings, not CSV: a CSV parser would trim or split on the very characters under test. */
    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("one", 1),
                Arguments.of("  two   words  ", 2),
                Arguments.of("hyphen-ated word", 2),
                Arguments.of("£1,234.56 is one", 3),
                Arguments.of("tab\tand\nnew line", 4),
                Arguments.of("no\u00A0break\u00A0space", 3),
                Arguments.of("em\u2003space and\u3000ideographic", 4),
                Arguments.of("zero\u200Bwidth", 1),
                Arguments.of("emoji \uD83D\uDC69\u200D\uD83D\uDC67 family", 3));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void countsMaximalRunsOfNonWhiteSpace(String text, int words) {
        assertThat(WordCount.of(text)).isEqualTo(words);
    }

    @org.junit.jupiter.api.Test
    void twoHundredAndFiftyOneWordsAreCounted() {
        assertThat(WordCount.of("word ".repeat(251))).isEqualTo(251);
    }
}
