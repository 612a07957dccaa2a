package org.sendplan.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level comparison of two texts by longest common subsequence. Words are runs of
 * non-space characters; the result joins them with single spaces, which is all a reader of
 * "what changed" needs. The LCS table is {@code n * m} cells, so after trimming the common start
 * and end the middle is compared only up to {@link #MAX_CELLS}; beyond that the whole middle is
 * shown as removed and added, which is still correct, just coarser.
 */
final class WordDiff {

    /** 2 million cells: two 1,400-word texts with nothing in common, well past any Annex A limit. */
    static final long MAX_CELLS = 2_000_000L;

    enum Kind {
        SAME, ADDED, REMOVED
    }

    /** Consecutive words of one kind, joined by single spaces. */
    record Segment(Kind kind, String text) {

        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }
    }

    private WordDiff() {
    }

    static List<Segment> diff(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        Builder out = new Builder();
        for (int i = 0; i < start; i++) {
            out.add(Kind.SAME, a[i]);
        }
        middle(Arrays.copyOfRange(a, start, endA), Arrays.copyOfRange(b, start, endB), out);
        for (int i = endA; i < a.length; i++) {
            out.add(Kind.SAME, a[i]);
        }
        return out.segments();
    }

    static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(segment -> segment.kind() != Kind.SAME);
    }

    private static void middle(String[] a, String[] b, Builder out) {
        if ((long) a.length * b.length > MAX_CELLS) {
            Arrays.stream(a).forEach(word -> out.add(Kind.REMOVED, word));
            Arrays.stream(b).forEach(word -> out.add(Kind.ADDED, word));
            return;
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(Kind.SAME, a[i]);
                i++;
                j++;
            }
            else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(Kind.REMOVED, a[i++]);
            }
            else {
                out.add(Kind.ADDED, b[j++]);
            }
        }
        while (i < a.length) {
            out.add(Kind.REMOVED, a[i++]);
        }
        while (j < b.length) {
            out.add(Kind.ADDED, b[j++]);
        }
    }

    private static String[] words(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return text.strip().split("\\s+");
    }

    /** Merges runs of the same kind, so the page shows one mark per changed phrase. */
    private static final class Builder {

        private final List<Segment> segments = new ArrayList<>();
        private Kind kind;
        private final StringBuilder text = new StringBuilder();

        void add(Kind wordKind, String word) {
            if (wordKind != kind) {
                flush();
                kind = wordKind;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(word);
        }

        List<Segment> segments() {
            flush();
            return List.copyOf(segments);
        }

        private void flush() {
            if (kind != null && !text.isEmpty()) {
                segments.add(new Segment(kind, text.toString()));
            }
            text.setLength(0);
        }
    }
}
