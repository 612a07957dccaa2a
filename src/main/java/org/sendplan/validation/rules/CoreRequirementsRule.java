package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.PlanDocument.CoreRequirement;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * CORE-REQUIREMENTS: each of the 41 core minimum requirements is mapped to at least one section,
 * with evidence. One finding per requirement, at its index in the (always complete, enum-ordered) list.
 */
final class CoreRequirementsRule implements Rule {

    static final String ID = "CORE-REQUIREMENTS";

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
        List<CoreRequirement> requirements = plan.document().coreRequirements();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < requirements.size(); i++) {
            CoreRequirement requirement = requirements.get(i);
            boolean sections = !requirement.sections().isEmpty();
            boolean evidence = requirement.evidence() != null;
            if (sections && evidence) {
                continue;
            }
            String key = !sections && !evidence ? "unmapped" : sections ? "noEvidence" : "noSections";
            findings.add(Findings.of(this, "$.coreRequirements[" + i + "]", "validation.CORE-REQUIREMENTS." + key,
                    requirement.id().code()));
        }
        return findings;
    }
}
