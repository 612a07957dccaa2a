package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Plans;
import org.sendplan.validation.Severity;

class SubmissionDeadlineRuleTests {

    final SubmissionDeadlineRule rule = new SubmissionDeadlineRule();

    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 19);

    @Test
    void beforeTheDeadlinePasses() {
        assertThat(check(LocalDate.of(2026, 5, 1), DEADLINE)).isEmpty();
    }

    @Test
    void onTheDeadlineDayPasses() {
        assertThat(check(DEADLINE, DEADLINE)).isEmpty();
    }

    @Test
    void dayAfterTheDeadlineWarns() {
        assertThat(check(DEADLINE.plusDays(1), DEADLINE)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("SUBMISSION-DEADLINE");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.path()).isEqualTo("$");
            assertThat(finding.message()).isEqualTo("The submission deadline for 2026-27 plans was 19 June 2026, "
                    + "yesterday");
        });
    }

    @Test
    void weeksAfterTheDeadlineCountsTheDays() {
        assertThat(check(LocalDate.of(2026, 7, 10), DEADLINE)).singleElement().extracting(Finding::message)
                .isEqualTo("The submission deadline for 2026-27 plans was 19 June 2026, 21 days ago");
    }

    @Test
    void planYearWithoutDeadlinePasses() {
        assertThat(check(LocalDate.of(2030, 1, 1), null)).isEmpty();
    }

    private List<Finding> check(LocalDate today, LocalDate deadline) {
        return rule.check(new PlanSnapshot(Plans.complete(), today, deadline));
    }
}
