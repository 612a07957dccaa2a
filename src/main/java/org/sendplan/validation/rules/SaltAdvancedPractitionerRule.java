package org.sendplan.validation.rules;

import java.util.List;

import org.sendplan.plan.document.Discipline;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * SALT-ADVANCED-PRACTITIONER (warning): the plan recruits a speech and language therapy advanced
 * practitioner, shown as a workforce line of that discipline from any funding source (it is funded
 * nationally, not from the EAH allocation).
 */
final class SaltAdvancedPractitionerRule implements Rule {

    static final String ID = "SALT-ADVANCED-PRACTITIONER";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(PlanSnapshot plan) {
        boolean recruited = plan.document().funding().spend().stream()
                .anyMatch(line -> line.discipline() == Discipline.SALT_ADVANCED_PRACTITIONER);
        return recruited ? List.of()
                : List.of(Findings.of(this, "$.funding.spend", "validation.SALT-ADVANCED-PRACTITIONER"));
    }
}
