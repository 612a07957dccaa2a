package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.CoreRequirementId;
import org.sendplan.plan.document.CoreRequirementSection;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.CoreRequirement;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class CoreRequirementsRuleTests {

    final CoreRequirementsRule rule = new CoreRequirementsRule();

    @Test
    void allMappedPasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void unmappedRequirementFailsAtItsIndex() {
        PlanDocument plan = Plans.edit().coreRequirement(new CoreRequirement(CoreRequirementId.PART_6, null, null))
                .build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("CORE-REQUIREMENTS");
            assertThat(finding.path()).isEqualTo("$.coreRequirements[34]");
            assertThat(finding.message()).isEqualTo("Core minimum requirement PART-6 is not mapped: name the sections "
                    + "of the plan that meet it and give evidence");
        });
    }

    @Test
    void sectionsWithoutEvidenceFail() {
        PlanDocument plan = Plans.edit().coreRequirement(new CoreRequirement(CoreRequirementId.EAH_1,
                List.of(CoreRequirementSection.Q6), "  ")).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("$.coreRequirements[0]");
            assertThat(finding.message())
                    .isEqualTo("Core minimum requirement EAH-1 names where the plan meets it but gives no evidence");
        });
    }

    @Test
    void evidenceWithoutSectionsFails() {
        PlanDocument plan = Plans.edit().coreRequirement(new CoreRequirement(CoreRequirementId.MED_2, List.of(),
                "Our mediation service")).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("$.coreRequirements[40]");
            assertThat(finding.message())
                    .isEqualTo("Core minimum requirement MED-2 has evidence but no section of the plan that meets it");
        });
    }

    @Test
    void attachmentCountsAsASection() {
        PlanDocument plan = Plans.edit().coreRequirement(new CoreRequirement(CoreRequirementId.SUF_8,
                List.of(CoreRequirementSection.ATTACHMENT), "Travel impact assessment")).build();

        assertThat(check(plan)).isEmpty();
    }

    @Test
    void emptyPlanFailsOncePerRequirementInEnumOrder() {
        PlanDocument plan = new PlanDocument(null, "2026-27", null, null, null, null, null, null, null, null, null,
                null, null);

        assertThat(check(plan)).hasSize(41).extracting(Finding::path)
                .containsExactlyElementsOf(IntStream.range(0, 41).mapToObj(i -> "$.coreRequirements[" + i + "]")
                        .toList());
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
