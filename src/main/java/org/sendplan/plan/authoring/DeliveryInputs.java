package org.sendplan.plan.authoring;

import java.util.List;

import org.sendplan.plan.Money;
import org.sendplan.plan.Money.InvalidMoneyException;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Turns what was typed on the Annex A Q6 pages into document values, collecting a {@link FormError}
 * for anything that cannot be stored. Blank input is {@code null}: whether an answer is required is
 * for the validation rules to say when the section is marked completed, not for a save.
 */
final class DeliveryInputs {

    private final MessageSourceAccessor messages;
    private final List<FormError> errors;

    DeliveryInputs(MessageSourceAccessor messages, List<FormError> errors) {
        this.messages = messages;
        this.errors = errors;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Text as typed (line endings as LF), or null when blank; an error when longer than {@code max}. */
    String text(String value, int max, String fieldId, String fieldKey) {
        if (isBlank(value)) {
            return null;
        }
        String text = value.replace("\r\n", "\n");
        if (text.length() > max) {
            errors.add(new FormError(fieldId, messages.getMessage("delivery.error.tooLong",
                    new Object[] { messages.getMessage(fieldKey), max })));
            return null;
        }
        return text;
    }

    /** One of the options offered, or null when none was chosen; an error for anything else. */
    <E extends Enum<E>> E option(Class<E> type, String value, String fieldId, String errorKey) {
        if (isBlank(value)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        errors.add(new FormError(fieldId, messages.getMessage(errorKey)));
        return null;
    }

    /** An amount as people type it ("£1,234.56", "1234.5", "1,000"), or null when blank. */
    Money money(String value, String fieldId) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Money.parse(value);
        }
        catch (InvalidMoneyException ex) {
            errors.add(new FormError(fieldId, messages.getMessage("delivery.error.money." + ex.reason().name())));
            return null;
        }
    }

    /** An error that is not about one typed value, such as too many rows. */
    void error(String fieldId, String key, Object... arguments) {
        errors.add(new FormError(fieldId, messages.getMessage(key, arguments)));
    }
}
