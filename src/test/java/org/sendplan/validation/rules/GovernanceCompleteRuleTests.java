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

class GovernanceCompleteRuleTests {

    final GovernanceCompleteRule rule = new GovernanceCompleteRule();

    @Test
    void completeGovernancePasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void noGovernanceRowFails() {
        assertThat(check(Plans.edit().governance(List.of()).build())).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("GOVERNANCE-COMPLETE");
            assertThat(finding.path()).isEqualTo("$.governance");
        });
    }

    @Test
    void rowWithoutPurposeFails() {
        PlanDocument plan = Plans.edit().governanceRow(0, g -> new GovernanceRow(g.mechanism(), g.kind(), null,
                g.members(), g.cadence(), g.decisionRights(), g.escalationRoute(), g.includesSro())).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("$.governance[0].purpose");
            assertThat(finding.message())
                    .isEqualTo("Governance row 1 (SEND Partnership Board) has no purpose or responsibilities");
        });
    }

    @Test
    void emptyRowReportsEveryMissingField() {
        PlanDocument plan = Plans.edit().governanceRow(1, g -> new GovernanceRow(null, null, null, null, null, null,
                null, false)).build();

        assertThat(check(plan)).extracting(Finding::path).containsExactly("$.governance[1].mechanism",
                "$.governance[1].kind", "$.governance[1].purpose", "$.governance[1].cadence",
                "$.governance[1].decisionRights", "$.governance[1].escalationRoute");
    }

    @Test
    void groupWithoutMembersFails() {
        PlanDocument plan = Plans.edit().governanceRow(0, g -> withMembers(g, List.of())).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("$.governance[0].members");
            assertThat(finding.message()).isEqualTo("Governance row 1 (SEND Partnership Board) is a group with no members");
        });
    }

    @Test
    void groupWithoutChairFails() {
        PlanDocument plan = Plans.edit().governanceRow(0, g -> withMembers(g, List.of(Plans.member(OrganisationType.LA),
                Plans.member(OrganisationType.ICB)))).build();

        assertThat(check(plan)).singleElement().extracting(Finding::message).isEqualTo(
                "Governance row 1 (SEND Partnership Board) is a group with no chair; mark which member chairs it");
    }

    @Test
    void individualNeedsNoMembers() {
        PlanDocument plan = Plans.edit().governanceRow(1, g -> {
            assertThat(g.kind()).isEqualTo(GovernanceKind.INDIVIDUAL);
            return withMembers(g, List.of());
        }).build();

        assertThat(check(plan)).isEmpty();
    }

    private static GovernanceRow withMembers(GovernanceRow g, List<PlanDocument.GovernanceMember> members) {
        return new GovernanceRow(g.mechanism(), g.kind(), g.purpose(), members, g.cadence(), g.decisionRights(),
                g.escalationRoute(), g.includesSro());
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
