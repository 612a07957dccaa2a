package org.sendplan.plan.authoring;

import java.util.List;
import java.util.function.Supplier;

/**
 * Turns what a table or repeating-row page posted into document values, collecting a
 * {@link FormError} for anything that cannot be stored instead of throwing it away.
 */
final class TypedValues {

    /** Long answers (purposes, mitigations): generous, only there to stop abuse. */
    static final int LONG_TEXT = 5_000;
    /** Names, titles and short answers. */
    static final int SHORT_TEXT = 300;

    private TypedValues() {
    }

    /** Browsers submit CRLF; the stored text uses LF so word counts and hashes do not depend on the browser. */
    static String text(String typed) {
        return typed == null ? null : typed.replace("\r\n", "\n");
    }

    static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** The text as typed, or an error when it is longer than {@code max} characters. */
    static String text(String typed, int max, String fieldId, Supplier<String> message, List<FormError> errors) {
        String text = text(typed);
        if (text != null && text.length() > max) {
            errors.add(new FormError(fieldId, message.get()));
            return null;
        }
        return text;
    }

    /** The option with this name, null when none was chosen, or an error when it is not an option. */
    static <E extends Enum<E>> E option(Class<E> type, String typed, String fieldId, Supplier<String> message,
            List<FormError> errors) {
        if (isBlank(typed)) {
            return null;
        }
        E value = lenientOption(type, typed);
        if (value == null) {
            errors.add(new FormError(fieldId, message.get()));
        }
        return value;
    }

    /** The option with this name, or null; for showing what the form would give while it is being filled. */
    static <E extends Enum<E>> E lenientOption(Class<E> type, String typed) {
        if (typed == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(typed)) {
                return constant;
            }
        }
        return null;
    }
}
