package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.GovernanceKind;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class GovernancePcfRuleTests {

    final GovernancePcfRule rule = new GovernancePcfRule();

    @Test
    void pcfMemberSatisfiesIt() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void noPcfMemberFails() {
        PlanDocument plan = withGroups(Plans.group("Board", true, Plans.chair(OrganisationType.LA),
                Plans.member(OrganisationType.ICB), Plans.member(OrganisationType.CYP)));

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("GOVERNANCE-PCF");
            assertThat(finding.path()).isEqualTo("$.governance");
            assertThat(finding.message()).isEqualTo("No governance group has a member from the parent carer forum");
        });
    }

    @Test
    void pcfMemberOfAnIndividualRowDoesNotCount() {
        GovernanceRow individual = new GovernanceRow("Parent voice", GovernanceKind.INDIVIDUAL, "Advises",
                List.of(Plans.member(OrganisationType.PCF)), "Monthly", "None", "Board", false);

        assertThat(check(withGroups(Plans.group("Board", true, Plans.chair(OrganisationType.LA)), individual)))
                .hasSize(1);
    }

    @Test
    void memberWithoutTypeDoesNotCount() {
        assertThat(check(withGroups(Plans.group("Board", true, Plans.chair(OrganisationType.LA),
                new PlanDocument.GovernanceMember("Someone", null, false))))).hasSize(1);
    }

    private static PlanDocument withGroups(GovernanceRow... rows) {
        return Plans.edit().governance(List.of(rows)).build();
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
