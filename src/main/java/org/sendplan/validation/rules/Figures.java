package org.sendplan.validation.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.sendplan.plan.Money;

/**
 * Figures as findings show them. Totals are plain {@link BigDecimal}s, not {@link Money}, because
 * a sum of valid amounts may exceed {@link Money#MAX}. Everything is exact: no {@code double}.
 */
final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Figures() {
    }

    static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.amount();
    }

    /** {@code £2,021,000.00}, like {@link Money#display()}. */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** {@code part} as a percentage of {@code whole} to one decimal place, rounded half up: {@code 84.2}. */
    static String percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code share} of {@code whole} rounded to the penny in the given direction. */
    static BigDecimal share(BigDecimal whole, int numerator, int denominator, RoundingMode rounding) {
        return whole.multiply(BigDecimal.valueOf(numerator)).divide(BigDecimal.valueOf(denominator), 2, rounding);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
