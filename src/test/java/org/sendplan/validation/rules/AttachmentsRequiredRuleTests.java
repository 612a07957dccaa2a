package org.sendplan.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Attachment;
import org.sendplan.validation.Finding;
import org.sendplan.validation.Plans;

class AttachmentsRequiredRuleTests {

    final AttachmentsRequiredRule rule = new AttachmentsRequiredRule();

    @Test
    void bothRequiredUploadsPass() {
        assertThat(check(Plans.complete())).isEmpty();
    }

    @Test
    void missingDataReturnFailsInItsSlot() {
        PlanDocument plan = Plans.edit().withoutAttachment(AttachmentSlot.Q13_DATA_RETURN).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("ATTACHMENTS-REQUIRED");
            assertThat(finding.path()).isEqualTo("$.attachments.Q13_DATA_RETURN");
            assertThat(finding.message()).isEqualTo("Upload the data return template (Q13)");
        });
    }

    @Test
    void missingMaturityAssessmentFailsInItsSlot() {
        PlanDocument plan = Plans.edit().withoutAttachment(AttachmentSlot.Q4_MATURITY_ASSESSMENT).build();

        assertThat(check(plan)).singleElement().satisfies(finding -> {
            assertThat(finding.path()).isEqualTo("$.attachments.Q4_MATURITY_ASSESSMENT");
            assertThat(finding.message())
                    .isEqualTo("Upload the completed Local Partnership Maturity Assessment Tool (Q4)");
        });
    }

    @Test
    void otherUploadsDoNotCount() {
        PlanDocument plan = Plans.edit().attachments(List.of(new Attachment(AttachmentSlot.OTHER, "a.pdf", null),
                new Attachment(AttachmentSlot.Q14_GOVERNANCE_DIAGRAM, "b.pdf", null))).build();

        assertThat(check(plan)).extracting(Finding::path).containsExactly("$.attachments.Q4_MATURITY_ASSESSMENT",
                "$.attachments.Q13_DATA_RETURN");
    }

    private List<Finding> check(PlanDocument plan) {
        return rule.check(Plans.snapshot(plan));
    }
}
