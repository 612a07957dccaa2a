package org.sendplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.SectionCompletionCheck.Problem;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.PlanDocument;

class ValidationSectionCompletionCheckTests {

    /** Long after the 2026-27 deadline: lateness is a warning and must not stop any section completing. */
    final ValidationSectionCompletionCheck check = new ValidationSectionCompletionCheck(new RuleEngine(),
            Clock.fixed(Instant.parse("2027-03-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void completePlanHasNoProblemInAnySection() {
        PlanDocument plan = Plans.complete();

        for (PlanSection section : PlanSection.values()) {
            assertThat(check.blockingProblems(section, plan)).as(section.name()).isEmpty();
        }
        assertThat(check.blockingCounts(plan)).isEmpty();
    }

    @Test
    void problemsBelongToTheirSection() {
        PlanDocument plan = Plans.edit().narrative(NarrativeKey.Q8B_CAPITAL, "")
                .withoutAttachment(AttachmentSlot.Q13_DATA_RETURN)
                .allocation("100.00")
                .build();

        assertThat(check.blockingProblems(PlanSection.Q8_OTHER_FUNDING, plan)).extracting(Problem::path)
                .containsExactly("$.narratives.Q8B_CAPITAL");
        assertThat(check.blockingProblems(PlanSection.Q13_DATA_RETURN, plan)).extracting(Problem::path)
                .containsExactly("$.attachments.Q13_DATA_RETURN");
        assertThat(check.blockingProblems(PlanSection.Q6_DELIVERY, plan)).extracting(Problem::path)
                .containsExactly("$.funding.eahAllocation");
        assertThat(check.blockingProblems(PlanSection.Q1_VISION, plan)).isEmpty();
    }

    @Test
    void warningsDoNotStopASectionCompleting() {
        PlanDocument plan = Plans.edit().allocation("9999999.00").build();

        assertThat(check.blockingProblems(PlanSection.Q6_DELIVERY, plan)).isEmpty();
        assertThat(check.blockingCounts(plan)).isEmpty();
    }

    @Test
    void countsBlockingFindingsPerSection() {
        PlanDocument empty = new PlanDocument(null, "2026-27", null, null, null, null, null, null, null, null, null,
                null, null);

        assertThat(check.blockingCounts(empty))
                .containsEntry(PlanSection.CORE_REQUIREMENTS, 41L)
                .containsEntry(PlanSection.Q8_OTHER_FUNDING, 2L)
                .containsEntry(PlanSection.Q4_MATURITY, 1L)
                .containsEntry(PlanSection.Q6_DELIVERY, 1L);
        assertThat(check.blockingProblems(PlanSection.Q10_RISKS, empty)).extracting(Problem::message)
                .containsExactly("The plan lists no risks; list up to 5");
    }

    @Test
    void everyProblemOfAnEmptyPlanIsCountedOnce() {
        PlanDocument empty = new PlanDocument(null, "2026-27", null, null, null, null, null, null, null, null, null,
                null, null);

        long counted = check.blockingCounts(empty).values().stream().mapToLong(Long::longValue).sum();
        List<Problem> listed = Arrays.stream(PlanSection.values())
                .flatMap(section -> check.blockingProblems(section, empty).stream())
                .toList();

        assertThat(listed).hasSize((int) counted);
    }
}
