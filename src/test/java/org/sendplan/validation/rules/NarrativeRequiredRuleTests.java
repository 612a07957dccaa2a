package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class NarrativeRequiredRuleTests {

    final NarrativeRequiredRule rule = new NarrativeRequiredRule();

    @Test
    void answeredNarrativesPass() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(NarrativeKey.class)
    void eachEmptyNarrativeFailsAtItsKey(NarrativeKey key) {
        PlanDocument plan = Plans.edit().narrative(key, "").build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("NARRATIVE-REQUIRED");
            assertThat(finding.path()).isEqualTo("$.narratives." + key.name());
        });
    }

    @Test
    void whitespaceOnlyIsEmpty() {
        PlanDocument plan = Plans.edit().narrative(NarrativeKey.Q9_ENGAGEMENT, "\u00A0\u2003 \n").build();

        assertThat(check(plan)).singleElement().extracting(Finding::message)
                .isEqualTo("The answer to Q9 (engagement and co-production) is empty; an answer is required");
    }

    @Test
    void oneWordIsAnAnswer() {
        assertThat(check(Plans.edit().narrative(NarrativeKey.Q1_VISION, "Inclusion").build())).isEmpty();
    }

    @Test
    void reportsOneFindingPerEmptyNarrative() {
        PlanDocument plan = Plans.edit().narrative(NarrativeKey.EXEC_SUMMARY, null)
                .narrative(NarrativeKey.Q15_SUPPORT, "")
                .build();

        assertThat(check(plan)).extracting(Finding::path)
                .containsExactly("$.narratives.EXEC_SUMMARY", "$.narratives.Q15_SUPPORT");
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
