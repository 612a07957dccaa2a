package org.sendplan.plan;

import java.util.List;
import java.util.Map;

import org.sendplan.plan.document.PlanDocument;

/**
 * What stops a section from being marked completed: the blocking validation findings that
 * concern it. Implemented by the validation capability, so the rules live in one place.
 */
public interface SectionCompletionCheck {

    /** A reason the section is not complete: the JSON path it concerns and a message for the user. */
    record Problem(String path, String message) {
    }

    List<Problem> blockingProblems(PlanSection section, PlanDocument document);

    /** How many blocking findings each section has, for the task list; sections without any are absent. */
    Map<PlanSection, Long> blockingCounts(PlanDocument document);
}
