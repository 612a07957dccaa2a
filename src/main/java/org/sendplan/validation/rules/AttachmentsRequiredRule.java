package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * ATTACHMENTS-REQUIRED: the Q4 maturity assessment and the Q13 data return are uploaded. The path
 * names the slot ({@code $.attachments.Q13_DATA_RETURN}) so the finding lands in its section.
 */
final class AttachmentsRequiredRule implements Rule {

    static final String ID = "ATTACHMENTS-REQUIRED";

    static final List<AttachmentSlot> REQUIRED = List.of(AttachmentSlot.Q4_MATURITY_ASSESSMENT,
            AttachmentSlot.Q13_DATA_RETURN);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public List<Finding> check(PlanSnapshot plan) {
        List<Finding> findings = new ArrayList<>();
        for (AttachmentSlot slot : REQUIRED) {
            if (plan.document().attachments().stream().noneMatch(attachment -> attachment.slot() == slot)) {
                findings.add(Findings.of(this, "$.attachments." + slot.name(), "validation.ATTACHMENTS-REQUIRED",
                        Messages.label("attachment", slot)));
            }
        }
        return findings;
    }
}
