package org.sendplan.validation.rules;

import java.util.List;

import org.sendplan.plan.document.OrganisationType;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/** GOVERNANCE-PCF: some governance group has a member from the parent carer forum. */
final class GovernancePcfRule implements Rule {

    static final String ID = "GOVERNANCE-PCF";

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
        return GroupMembers.anyGroupHas(plan.document(), type -> type == OrganisationType.PCF) ? List.of()
                : List.of(Findings.of(this, "$.governance", "validation.GOVERNANCE-PCF"));
    }
}
