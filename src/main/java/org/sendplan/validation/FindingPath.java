package org.sendplan.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * A finding's JSON path split into steps: {@code $.funding.spend[3].eahClass} is {@code funding},
 * {@code spend}, {@code [3]}, {@code eahClass}. Only the simple paths findings use are understood;
 * anything else yields the steps read so far.
 */
record FindingPath(List<Step> steps) {

    /** A field name ({@code index} is -1) or an array index ({@code name} is null). */
    record Step(String name, int index) {

        boolean isIndex() {
            return name == null;
        }
    }

    static FindingPath parse(String path) {
        List<Step> steps = new ArrayList<>();
        if (path == null || !path.startsWith("$")) {
            return new FindingPath(steps);
        }
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                if (end == i + 1) {
                    break;
                }
                steps.add(new Step(path.substring(i + 1, end), -1));
                i = end;
            }
            else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    break;
                }
                try {
                    steps.add(new Step(null, Integer.parseInt(path.substring(i + 1, end))));
                }
                catch (NumberFormatException e) {
                    break;
                }
                i = end + 1;
            }
            else {
                break;
            }
        }
        return new FindingPath(List.copyOf(steps));
    }

    /** The field name of step {@code i}, or null when there is no such step or it is an index. */
    String name(int i) {
        return i < steps.size() ? steps.get(i).name() : null;
    }
}
