package org.sendplan.validation.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * SUBMISSION-DEADLINE (warning): today is after the plan year's submission deadline; on the
 * deadline day itself the plan is still on time. A late plan can still be submitted, so it only warns.
 */
final class SubmissionDeadlineRule implements Rule {

    static final String ID = "SUBMISSION-DEADLINE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(PlanSnapshot plan) {
        LocalDate deadline = plan.submissionDeadline();
        if (deadline == null || !plan.today().isAfter(deadline)) {
            return List.of();
        }
        long days = ChronoUnit.DAYS.between(deadline, plan.today());
        String year = plan.document().planYear();
        return List.of(days == 1
                ? Findings.of(this, "$", "validation.SUBMISSION-DEADLINE.oneDay", year, Figures.date(deadline))
                : Findings.of(this, "$", "validation.SUBMISSION-DEADLINE", year, Figures.date(deadline), days));
    }
}
