package org.sendplan.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.review.WordDiff.Kind;
import org.sendplan.review.WordDiff.Segment;

class WordDiffTests {

    @Test
    void identicalTextsAreOneUnchangedSegment() {
        assertThat(WordDiff.diff("We will grow our own therapists.", "We will grow our own therapists."))
                .containsExactly(new Segment(Kind.SAME, "We will grow our own therapists."));
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        assertThat(WordDiff.diff("Schools will take part", "Colleges will take part"))
                .containsExactly(new Segment(Kind.REMOVED, "Schools"), new Segment(Kind.ADDED, "Colleges"),
                        new Segment(Kind.SAME, "will take part"));
    }

    @Test
    void wordsInsertedInTheMiddleAreOneAddedPhrase() {
        assertThat(WordDiff.diff("We recruit therapists", "We recruit and train therapists locally"))
                .containsExactly(new Segment(Kind.SAME, "We recruit"), new Segment(Kind.ADDED, "and train"),
                        new Segment(Kind.SAME, "therapists"), new Segment(Kind.ADDED, "locally"));
    }

    @Test
    void deletedWordsAreRemoved() {
        assertThat(WordDiff.diff("a b c d e", "a e"))
                .containsExactly(new Segment(Kind.SAME, "a"), new Segment(Kind.REMOVED, "b c d"),
                        new Segment(Kind.SAME, "e"));
    }

    @Test
    void spacingAndLineBreaksAreNotChanges() {
        List<Segment> segments = WordDiff.diff("One  two\nthree", "One two three ");
        assertThat(WordDiff.changed(segments)).isFalse();
    }

    @Test
    void anEmptySideIsAllAddedOrAllRemoved() {
        assertThat(WordDiff.diff("", "New answer")).containsExactly(new Segment(Kind.ADDED, "New answer"));
        assertThat(WordDiff.diff("Old answer", null)).containsExactly(new Segment(Kind.REMOVED, "Old answer"));
        assertThat(WordDiff.diff(null, "")).isEmpty();
    }

    @Test
    void theCommonSubsequenceIsTheLongestOne() {
        // "b c" is common in order; a greedy matcher that took "d" first would keep only one word.
        assertThat(WordDiff.diff("a b c d", "d b c a"))
                .filteredOn(segment -> segment.kind() == Kind.SAME)
                .extracting(Segment::text)
                .containsExactly("b c");
    }

    @Test
    void textsBeyondTheTableBoundAreComparedAsWholeMiddles() {
        String before = "start " + words("old", 1500) + " end";
        String after = "start " + words("new", 1500) + " end";
        assertThat((long) 1500 * 1500).isGreaterThan(WordDiff.MAX_CELLS);

        List<Segment> segments = WordDiff.diff(before, after);

        assertThat(segments).extracting(Segment::kind)
                .containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME);
        assertThat(segments.get(1).text()).startsWith("old0 old1").endsWith("old1499");
    }

    @Test
    void fiveHundredWordAnswersAreComparedWordByWord() {
        String before = words("w", 500);
        String after = before.replace("w250 ", "w250 inserted ");

        assertThat(WordDiff.diff(before, after)).extracting(Segment::kind)
                .containsExactly(Kind.SAME, Kind.ADDED, Kind.SAME);
    }

    private static String words(String stem, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(stem).append(i);
        }
        return text.toString();
    }
}
