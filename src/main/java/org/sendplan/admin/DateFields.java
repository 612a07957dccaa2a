package org.sendplan.admin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date as typed into the GOV.UK date input: three text fields kept as typed, so a page with an
 * error shows them again unchanged. {@link #problem()} names what is wrong in the words of the
 * GOV.UK date input guidance.
 */
record DateFields(String day, String month, String year) {

    /** What is wrong with the date, and which of its fields to mark. */
    record Problem(String messageKey, List<String> parts) {
    }

    static DateFields of(LocalDate date) {
        return new DateFields(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** One field as typed, by the name the date input gives it: day, month or year. */
    public String part(String name) {
        return switch (name) {
            case "day" -> day;
            case "month" -> month;
            case "year" -> year;
            default -> throw new IllegalArgumentException("No date part " + name);
        };
    }

    Optional<Problem> problem() {
        List<String> missing = new ArrayList<>();
        if (blank(day)) {
            missing.add("day");
        }
        if (blank(month)) {
            missing.add("month");
        }
        if (blank(year)) {
            missing.add("year");
        }
        if (missing.size() == 3) {
            return Optional.of(new Problem("admin.date.error.missing", List.of("day", "month", "year")));
        }
        if (!missing.isEmpty()) {
            return Optional.of(new Problem("admin.date.error.missing." + String.join("-", missing), missing));
        }
        if (!year.strip().matches("[0-9]{4}")) {
            return Optional.of(new Problem("admin.date.error.year", List.of("year")));
        }
        if (toDate().isEmpty()) {
            return Optional.of(new Problem("admin.date.error.real", List.of("day", "month", "year")));
        }
        return Optional.empty();
    }

    Optional<LocalDate> toDate() {
        if (blank(day) || blank(month) || blank(year)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())));
        }
        catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
