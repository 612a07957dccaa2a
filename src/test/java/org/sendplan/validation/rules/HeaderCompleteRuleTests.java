package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Header;
import org.sendplan.plan.document.PlanDocument.Sro;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;
import org.sendplan.validation.Severity;

class HeaderCompleteRuleTests {

    final HeaderCompleteRule rule = new HeaderCompleteRule();

    @Test
    void completeHeaderPasses() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void reportsEachMissingNameSeparately() {
        PlanDocument plan = Plans.edit().header(new Header(" ", null, new Sro(null, "Director", null, OrganisationType.LA)))
                .build();

        assertThat(check(plan)).extracting(Finding::path).containsExactly("$.header.localAuthority",
                "$.header.integratedCareBoard", "$.header.sro.name", "$.header.sro.email");
        assertThat(check(plan)).allSatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo("HEADER-COMPLETE");
            assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
        });
    }

    @Test
    void sroWithoutEmailFails() {
        PlanDocument plan = Plans.edit()
                .sro(new Sro("Alex Morgan", "Director", null, OrganisationType.LA))
                .build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("$.header.sro.email");
            assertThat(finding.message()).isEqualTo("Enter the email address of the senior responsible owner (SRO)");
        });
    }

    @Test
    void sroJobTitleIsNotRequired() {
        PlanDocument plan = Plans.edit()
                .sro(new Sro("Alex Morgan", null, "alex@northshire.example", OrganisationType.LA))
                .build();

        assertThat(check(plan)).isEmpty();
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
