package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

/** What the pages with repeating rows share: reading a row button and placing messages by field id. */
final class RowActions {

    private RowActions() {
    }

    /** The row index of a button such as {@code remove-enabler-5}, or null when the action is not that button. */
    static Integer index(String action, String prefix) {
        if (action == null || !action.startsWith(prefix)) {
            return null;
        }
        String digits = action.substring(prefix.length());
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    /**
     * {@code fieldMessages}: every error and completion problem by field id, in order. A row or list
     * can have several (a list with no enabler and a missing building block), and all are shown.
     */
    static void addFieldMessages(Model model) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (String attribute : new String[] { "errors", "completionProblems" }) {
            if (model.getAttribute(attribute) instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof FormError error) {
                        byField.computeIfAbsent(error.fieldId(), id -> new ArrayList<>()).add(error.message());
                    }
                }
            }
        }
        model.addAttribute("fieldMessages", byField);
    }
}
