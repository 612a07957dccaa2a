package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class FundEligibleWorkforceRuleTests {

    final FundEligibleWorkforceRule rule = new FundEligibleWorkforceRule();

    @Test
    void completePlanPasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void otherDisciplineFromDirectDeliveryFails() {
        PlanDocument plan = Plans.edit().spendLine(2, line -> Plans.eahLine(EahClass.DIRECT_DELIVERY,
                Discipline.OTHER, "1.00")).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("FUND-ELIGIBLE-WORKFORCE");
            assertThat(finding.path()).isEqualTo("$.funding.spend[2].discipline");
            assertThat(finding.message()).startsWith("Spend line 3 (EAH DIRECT_DELIVERY) pays for workforce outside");
        });
    }

    @Test
    void otherDisciplineWithinAnApstModelPasses() {
        assertThat(check(withLine(Plans.eahLine(EahClass.DIRECT_DELIVERY_APST, Discipline.OTHER, "1.00")))).isEmpty();
    }

    @Test
    void otherDisciplineOnEnablingOrNonEahLinesIsNotThisRulesConcern() {
        assertThat(check(withLine(Plans.eahLine(EahClass.ENABLING, Discipline.OTHER, "1.00")))).isEmpty();
        assertThat(check(withLine(Plans.otherLine(FundingSource.LOCAL, Discipline.OTHER, "1.00")))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Discipline.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void eligibleDisciplinesPass(Discipline discipline) {
        assertThat(check(withLine(Plans.eahLine(EahClass.DIRECT_DELIVERY, discipline, "1.00")))).isEmpty();
    }

    @Test
    void directDeliveryWithoutDisciplinePasses() {
        assertThat(check(withLine(Plans.eahLine(EahClass.DIRECT_DELIVERY, null, "1.00")))).isEmpty();
    }

    private static PlanDocument withLine(SpendLine line) {
        return Plans.edit().spend(List.of(line)).build();
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
