package org.sendplan.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * The errors of one form submission, with their messages resolved, for the error summary
 * ({@code errors}: field id and message, in page order) and the inline messages
 * ({@code fieldErrors}: message by field id). Shared by the account and administration pages.
 */
public final class FormErrors {

    public record FieldError(String fieldId, String message) {
    }

    private final MessageSource messages;
    private final List<FieldError> errors = new ArrayList<>();

    public FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    public void add(String fieldId, String messageKey, Object... arguments) {
        errors.add(new FieldError(fieldId, messages.getMessage(messageKey, arguments, Locale.UK)));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void addTo(Model model) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.fieldId(), error.message()));
        model.addAttribute("errors", List.copyOf(errors));
        model.addAttribute("fieldErrors", byField);
    }
}
