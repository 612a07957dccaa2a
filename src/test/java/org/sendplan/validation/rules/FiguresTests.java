package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "0.00 | £0.00", "0.01 | £0.01", "999.99 | £999.99",
            "1000.00 | £1,000.00", "2400000.00 | £2,400,000.00", "12345678901.23 | £12,345,678,901.23" })
    void writesMoneyWithPoundsSeparatorsAndPence(String amount, String written) {
        assertThat(Figures.money(new BigDecimal(amount))).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({ "2021000.00, 2400000.00, 84.2", "8425, 10000, 84.3", "8424.99, 10000, 84.2",
            "2159999.99, 2400000.00, 90.0", "1, 3, 33.3", "2, 3, 66.7", "100.00, 100.00, 100.0", "0, 5, 0.0" })
    void writesPercentagesToOneDecimalPlaceRoundingHalfUp(String part, String whole, String percent) {
        assertThat(Figures.percent(new BigDecimal(part), new BigDecimal(whole))).isEqualTo(percent);
    }

    @Test
    void sharesRoundToThePennyInTheGivenDirection() {
        assertThat(Figures.share(new BigDecimal("0.05"), 9, 10, RoundingMode.CEILING)).isEqualByComparingTo("0.05");
        assertThat(Figures.share(new BigDecimal("0.05"), 9, 10, RoundingMode.FLOOR)).isEqualByComparingTo("0.04");
    }

    @Test
    void writesDatesInFull() {
        assertThat(Figures.date(LocalDate.of(2026, 6, 19))).isEqualTo("19 June 2026");
    }
}
