package org.sendplan.validation;

import java.util.Objects;
import java.util.Optional;

import org.sendplan.plan.PlanSection;

/**
 * One failure of one rule: which rule, how much it matters, where in the {@code sendplan/v1}
 * document it is (a JSON path such as {@code $.risks[5]} or {@code $.narratives.Q9_ENGAGEMENT};
 * {@code $} for the plan as a whole) and a message for council officers naming the figures.
 * The field names are those of {@code GET /api/plans/{id}/validation}.
 */
public record Finding(String rule, Severity severity, String path, String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public boolean blocking() {
        return severity == Severity.BLOCKING;
    }

    /** The task-list section to send the user to; empty for findings about the plan as a whole. */
    public Optional<PlanSection> section() {
        return FindingSections.sectionOf(path);
    }
}
