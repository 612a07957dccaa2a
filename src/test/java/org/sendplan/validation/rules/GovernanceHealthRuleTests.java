package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendplan.plan.document.GovernanceKind;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class GovernanceHealthRuleTests {

    final GovernanceHealthRule rule = new GovernanceHealthRule();

    @Test
    void icbMemberSatisfiesIt() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void healthProviderMemberSatisfiesIt() {
        assertThat(check(withGroups(Plans.group("Board", true, Plans.chair(OrganisationType.LA),
                Plans.member(OrganisationType.HEALTH_PROVIDER))))).isEmpty();
    }

    @Test
    void healthChairSatisfiesIt() {
        assertThat(check(withGroups(Plans.group("Board", true, Plans.chair(OrganisationType.ICB))))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = OrganisationType.class, names = { "ICB", "HEALTH_PROVIDER" }, mode = EnumSource.Mode.EXCLUDE)
    void noHealthMemberFails(OrganisationType type) {
        assertThat(check(withGroups(Plans.group("Board", true, Plans.chair(type))))).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.rule()).isEqualTo("GOVERNANCE-HEALTH");
                    assertThat(finding.path()).isEqualTo("$.governance");
                    assertThat(finding.message()).isEqualTo(
                            "No governance group has a member from the integrated care board or a health provider");
                });
    }

    @Test
    void healthMemberOfAnIndividualRowDoesNotCount() {
        GovernanceRow individual = new GovernanceRow("Clinical lead", GovernanceKind.INDIVIDUAL, "Advises",
                List.of(Plans.member(OrganisationType.ICB)), "Monthly", "None", "Board", false);

        assertThat(check(withGroups(Plans.group("Board", true, Plans.chair(OrganisationType.LA)), individual)))
                .hasSize(1);
    }

    @Test
    void healthMemberOfAnyGroupCounts() {
        assertThat(check(withGroups(Plans.group("Board", true, Plans.chair(OrganisationType.LA)),
                Plans.group("Health forum", false, Plans.chair(OrganisationType.ICB))))).isEmpty();
    }

    private static PlanDocument withGroups(GovernanceRow... rows) {
        return Plans.edit().governance(List.of(rows)).build();
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
