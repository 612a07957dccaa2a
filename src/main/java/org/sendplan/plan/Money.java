package org.sendplan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of money in pounds, exact to the penny: never negative, never more than
 * {@link #MAX}, always held with scale 2. In {@code sendplan/v1} it is a JSON string such as
 * {@code "2400000.00"} (never a JSON number, so no reader can turn it into a binary fraction).
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** No single figure in a plan comes near this; a larger one is a typing slip. */
    public static final BigDecimal MAX = new BigDecimal("1000000000.00");

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** Digits with optional thousands separators (all or none), then at most the pence. */
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");

    /** Longer input cannot be a valid amount; refusing it early keeps parsing cheap. */
    private static final int MAX_INPUT_LENGTH = 40;

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.NEGATIVE);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.TOO_MANY_DECIMAL_PLACES);
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.TOO_LARGE);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /**
     * Reads an amount as people write it: an optional {@code £}, optional thousands separators and
     * at most two decimal places, e.g. {@code "£1,234.56"}, {@code "1234.5"}, {@code "1,000"}.
     *
     * @throws InvalidMoneyException naming why the text is not an amount
     */
    @JsonCreator
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.MISSING);
        }
        String value = text.strip();
        if (value.length() > MAX_INPUT_LENGTH) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.NOT_AN_AMOUNT);
        }
        boolean negative = false;
        if (value.startsWith("-")) {
            negative = true;
            value = value.substring(1).strip();
        }
        if (value.startsWith("£")) {
            value = value.substring(1).strip();
        }
        if (!negative && value.startsWith("-")) {
            negative = true;
            value = value.substring(1).strip();
        }
        Matcher matcher = AMOUNT.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.NOT_AN_AMOUNT);
        }
        if (negative) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.NEGATIVE);
        }
        String pence = matcher.group(2);
        if (pence != null && pence.length() > 2) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.TOO_MANY_DECIMAL_PLACES);
        }
        String digits = matcher.group(1).replace(",", "");
        return new Money(new BigDecimal(pence == null ? digits : digits + "." + pence));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** For pages and documents: {@code £2,400,000.00}. */
    public String display() {
        DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(amount);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** The interchange form: plain digits with two decimal places, e.g. {@code 2400000.00}. */
    @JsonValue
    @Override
    public String toString() {
        return amount.toPlainString();
    }

    /** Why a text or number is not a {@link Money}; {@link #reason()} lets pages pick their own wording. */
    public static final class InvalidMoneyException extends IllegalArgumentException {

        public enum Reason {
            MISSING("Enter an amount in pounds, like 1234.56"),
            NOT_AN_AMOUNT("Enter an amount in pounds, like 1234.56"),
            NEGATIVE("The amount must not be negative"),
            TOO_MANY_DECIMAL_PLACES("The amount must have no more than 2 decimal places (whole pence)"),
            TOO_LARGE("The amount must be £1,000,000,000.00 or less");

            private final String message;

            Reason(String message) {
                this.message = message;
            }
        }

        private static final long serialVersionUID = 1L;

        private final Reason reason;

        public InvalidMoneyException(Reason reason) {
            super(reason.message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
