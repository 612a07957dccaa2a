package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Sro;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class SroLaOfficialRuleTests {

    final SroLaOfficialRule rule = new SroLaOfficialRule();

    @Test
    void laSroPasses() {
        assertThat(check(OrganisationType.LA)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = OrganisationType.class, names = "LA", mode = EnumSource.Mode.EXCLUDE)
    void sroFromAnyOtherOrganisationFails(OrganisationType type) {
        assertThat(check(type)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("SRO-LA-OFFICIAL");
            assertThat(finding.path()).isEqualTo("$.header.sro.organisationType");
        });
    }

    @Test
    void namesTheOrganisationTypeGiven() {
        assertThat(check(OrganisationType.ICB)).singleElement().extracting(Finding::message).isEqualTo(
                "The senior responsible owner (SRO) is from the integrated care board; the SRO must be a senior "
                        + "official of the local authority");
    }

    @Test
    void missingOrganisationTypeFails() {
        assertThat(check(null)).singleElement().extracting(Finding::message).asString()
                .startsWith("Say which organisation the senior responsible owner (SRO) works for");
    }

    private List<Finding> check(OrganisationType type) {
        PlanDocument plan = Plans.edit().sro(new Sro("Alex Morgan", "Director", "alex@example.test", type)).build();
        return rule.check(Plans.snapshot(plan));
    }
}
