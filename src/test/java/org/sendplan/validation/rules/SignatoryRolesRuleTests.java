package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Signatory;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class SignatoryRolesRuleTests {

    final SignatoryRolesRule rule = new SignatoryRolesRule();

    @Test
    void allFiveRolesNamedPasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = SignatoryRole.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void eachRequiredRoleIsNeeded(SignatoryRole role) {
        PlanDocument plan = Plans.edit().signatories(list -> {
            list.removeIf(signatory -> signatory.role() == role);
            return list;
        }).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("SIGNATORY-ROLES");
            assertThat(finding.path()).isEqualTo("$.signatories");
        });
    }

    @Test
    void namesTheMissingRole() {
        PlanDocument plan = Plans.edit().signatories(list -> {
            list.removeIf(signatory -> signatory.role() == SignatoryRole.LA_S151_OFFICER);
            return list;
        }).build();

        assertThat(check(plan)).singleElement().extracting(Finding::message).isEqualTo(
                "No LA Chief Financial Officer (Section 151 Officer) is named to sign off the plan; enter their name "
                        + "and email address");
    }

    @Test
    void signatoryWithoutEmailPointsAtTheRow() {
        PlanDocument plan = Plans.edit().signatories(list -> {
            list.set(2, new Signatory(SignatoryRole.LA_DCS, "Tom Reid", null, null));
            return list;
        }).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("$.signatories[2]");
            assertThat(finding.message()).contains("LA Director of Children’s Services")
                    .contains("both a name and an email");
        });
    }

    @Test
    void aSecondCompleteSignatoryForTheRoleIsEnough() {
        PlanDocument plan = Plans.edit().signatories(list -> {
            list.set(2, new Signatory(SignatoryRole.LA_DCS, null, null, null));
            list.add(new Signatory(SignatoryRole.LA_DCS, "Deputy", "deputy@northshire.example", null));
            return list;
        }).build();

        assertThat(check(plan)).isEmpty();
    }

    @Test
    void otherSignatoriesDoNotStandInForRequiredRoles() {
        PlanDocument plan = Plans.edit().signatories(List.of(
                new Signatory(SignatoryRole.OTHER, "Head", "head@school.example", "Headteacher"))).build();

        assertThat(check(plan)).hasSize(5);
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
