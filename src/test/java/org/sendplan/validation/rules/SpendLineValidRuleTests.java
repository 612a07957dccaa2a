package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.SpendCategory;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class SpendLineValidRuleTests {

    final SpendLineValidRule rule = new SpendLineValidRule();

    @Test
    void completeSpendPasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void lineWithoutCategoryFails() {
        assertThat(check(line(null, FundingSource.LOCAL, null))).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("SPEND-LINE-VALID");
            assertThat(finding.path()).isEqualTo("$.funding.spend[0].category");
            assertThat(finding.message()).isEqualTo("Spend line 1 (Therapy) has no spending category");
        });
    }

    @Test
    void lineWithoutFundingSourceFails() {
        assertThat(check(line(SpendCategory.OTHER, null, null))).extracting(Finding::path)
                .containsExactly("$.funding.spend[0].fundingSource");
    }

    @Test
    void eahLineWithoutClassFails() {
        assertThat(check(line(SpendCategory.OTHER, FundingSource.EAH, null))).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("$.funding.spend[0].eahClass");
            assertThat(finding.message()).startsWith("Spend line 1 (Therapy) is Experts at Hand funding");
        });
    }

    @Test
    void eahClassOnOtherFundingFails() {
        assertThat(check(line(SpendCategory.OTHER, FundingSource.TRANSFORMATION, EahClass.ENABLING)))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.path()).isEqualTo("$.funding.spend[0].eahClass");
                    assertThat(finding.message()).contains("is not Experts at Hand funding");
                });
    }

    @Test
    void missingSourceIsReportedOnceEvenWithAClass() {
        assertThat(check(line(SpendCategory.OTHER, null, EahClass.ENABLING))).extracting(Finding::path)
                .containsExactly("$.funding.spend[0].fundingSource");
    }

    @Test
    void lineWithoutAmountsOrDescriptionIsValid() {
        PlanDocument plan = Plans.edit().spend(List.of(new SpendLine(SpendCategory.DATA_DIGITAL, null,
                FundingSource.EAH, EahClass.ENABLING, null, null, null, null))).build();

        assertThat(check(plan)).isEmpty();
    }

    @Test
    void emptyLineReportsCategoryAndSource() {
        PlanDocument plan = Plans.edit().spend(List.of(new SpendLine(null, null, null, null, null, null, null, null)))
                .build();

        assertThat(check(plan)).extracting(Finding::message).containsExactly("Spend line 1 has no spending category",
                "Spend line 1 does not say where its funding comes from");
    }

    private static PlanDocument line(SpendCategory category, FundingSource source, EahClass eahClass) {
        return Plans.edit().spend(List.of(new SpendLine(category, "Therapy", source, eahClass, Discipline.SALT,
                Plans.money("10.00"), null, null))).build();
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
