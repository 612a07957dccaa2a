package org.sendplan.validation;

import java.time.LocalDate;
import java.util.Objects;

import org.sendplan.plan.document.PlanDocument;

/**
 * Everything the rules may look at: the plan's document, the date validation runs on, and its plan
 * year's submission deadline ({@code null} when the plan year has none). Passing the date in, rather
 * than reading a clock, keeps every rule a pure function of its input.
 */
public record PlanSnapshot(PlanDocument document, LocalDate today, LocalDate submissionDeadline) {

    public PlanSnapshot {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(today, "today");
    }
}
