package org.sendplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendplan.plan.Money.InvalidMoneyException;
import org.sendplan.plan.Money.InvalidMoneyException.Reason;

import tools.jackson.databind.json.JsonMapper;

class MoneyTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "£1,234.56      | 1234.56",
            "1234.5         | 1234.50",
            "1,000          | 1000.00",
            "0              | 0.00",
            "2400000.00     | 2400000.00",
            "' £ 12 '       | 12.00",
            "0.01           | 0.01",
            "1,000,000,000  | 1000000000.00",
            "£999,999.99    | 999999.99" })
    void parsesAmountsAsPeopleWriteThem(String text, String expected) {
        assertThat(Money.parse(text).amount()).isEqualTo(new BigDecimal(expected));
        assertThat(Money.parse(text).toString()).isEqualTo(expected);
    }

    @Test
    void rejectsMoreThanTwoDecimalPlaces() {
        assertReason("12.345", Reason.TOO_MANY_DECIMAL_PLACES);
        assertReason("0.001", Reason.TOO_MANY_DECIMAL_PLACES);
    }

    @Test
    void rejectsNegativeAmounts() {
        assertReason("-5", Reason.NEGATIVE);
        assertReason("-£5.00", Reason.NEGATIVE);
        assertReason("£-5", Reason.NEGATIVE);
        assertThatThrownBy(() -> Money.of(new BigDecimal("-0.01"))).isInstanceOf(InvalidMoneyException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "12abc", "1,00", "1,0000", ",100", "1.", ".5", "1.2.3", "+5", "1e3", "£",
            "12 345", "0x10", "١٢٣" })
    void rejectsTextThatIsNotAnAmount(String text) {
        assertReason(text, Reason.NOT_AN_AMOUNT);
    }

    @Test
    void rejectsMissingText() {
        assertReason(null, Reason.MISSING);
        assertReason("  ", Reason.MISSING);
    }

    @Test
    void rejectsMoreThanOneBillionPounds() {
        assertReason("1,000,000,000.01", Reason.TOO_LARGE);
        assertReason("£2,000,000,000", Reason.TOO_LARGE);
        assertThatThrownBy(() -> Money.of(new BigDecimal("1000000000.01"))).isInstanceOf(InvalidMoneyException.class);
        assertReason("9".repeat(41), Reason.NOT_AN_AMOUNT);
    }

    @Test
    void keepsScaleTwoWhateverItWasGiven() {
        assertThat(Money.of(new BigDecimal("7")).toString()).isEqualTo("7.00");
        assertThat(Money.of(new BigDecimal("7.500")).toString()).isEqualTo("7.50");
        assertThat(Money.of(new BigDecimal("7")).amount().scale()).isEqualTo(2);
        assertThat(Money.ZERO.toString()).isEqualTo("0.00");
        assertThatThrownBy(() -> Money.of(new BigDecimal("7.005"))).isInstanceOf(InvalidMoneyException.class);
    }

    @Test
    void equalAmountsAreEqualWhateverTheirWriting() {
        assertThat(Money.parse("£1,000")).isEqualTo(Money.parse("1000.00")).isEqualTo(Money.of(new BigDecimal("1E+3")));
        assertThat(Money.parse("1000").hashCode()).isEqualTo(Money.parse("1,000.0").hashCode());
        assertThat(Money.parse("2")).isGreaterThan(Money.parse("1.99"));
    }

    @Test
    void addsAndDisplays() {
        assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
        assertThat(Money.parse("2400000").display()).isEqualTo("£2,400,000.00");
        assertThat(Money.ZERO.isZero()).isTrue();
    }

    @Test
    void isAJsonStringBothWays() {
        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.writeValueAsString(Money.parse("2400000"))).isEqualTo("\"2400000.00\"");
        assertThat(mapper.readValue("\"150000.00\"", Money.class)).isEqualTo(Money.parse("150000"));
    }

    private static void assertReason(String text, Reason reason) {
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOfSatisfying(InvalidMoneyException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
