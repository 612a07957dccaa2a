package org.sendplan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateFieldsTests {

    @Test
    void readsARealDate() {
        assertThat(new DateFields(" 19", "6 ", "2027").problem()).isEmpty();
        assertThat(new DateFields("19", "6", "2027").toDate()).contains(LocalDate.of(2027, 6, 19));
    }

    @Test
    void namesTheMissingParts() {
        assertThat(new DateFields("", "", "").problem()).get()
                .isEqualTo(new DateFields.Problem("admin.date.error.missing", List.of("day", "month", "year")));
        assertThat(new DateFields("19", "", "").problem()).get()
                .isEqualTo(new DateFields.Problem("admin.date.error.missing.month-year", List.of("month", "year")));
    }

    @Test
    void refusesATwoDigitYearAndADateThatDoesNotExist() {
        assertThat(new DateFields("19", "6", "27").problem()).get().extracting(DateFields.Problem::messageKey)
                .isEqualTo("admin.date.error.year");
        assertThat(new DateFields("29", "2", "2027").problem()).get().extracting(DateFields.Problem::messageKey)
                .isEqualTo("admin.date.error.real");
        assertThat(new DateFields("29", "2", "2028").problem()).isEmpty();
    }
}
