package org.sendplan.validation.rules;

import java.util.List;

import org.sendplan.plan.document.OrganisationType;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/** GOVERNANCE-HEALTH: some governance group has a member from the ICB or a health provider. */
final class GovernanceHealthRule implements Rule {

    static final String ID = "GOVERNANCE-HEALTH";

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
        return GroupMembers.anyGroupHas(plan.document(), OrganisationType::isHealth) ? List.of()
                : List.of(Findings.of(this, "$.governance", "validation.GOVERNANCE-HEALTH"));
    }
}
