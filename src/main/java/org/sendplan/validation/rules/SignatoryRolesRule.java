package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.document.PlanDocument.Signatory;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * SIGNATORY-ROLES: each of the five required roles has a signatory with a name and an email. A role
 * given without both points at its first row; a role not given at all points at the table.
 */
final class SignatoryRolesRule implements Rule {

    static final String ID = "SIGNATORY-ROLES";

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
        List<Signatory> signatories = plan.document().signatories();
        List<Finding> findings = new ArrayList<>();
        for (SignatoryRole role : SignatoryRole.values()) {
            if (!role.isRequired()) {
                continue;
            }
            int firstOfRole = -1;
            boolean named = false;
            for (int i = 0; i < signatories.size() && !named; i++) {
                Signatory signatory = signatories.get(i);
                if (signatory.role() == role) {
                    firstOfRole = firstOfRole < 0 ? i : firstOfRole;
                    named = signatory.name() != null && signatory.email() != null;
                }
            }
            if (named) {
                continue;
            }
            String label = Messages.label("signatoryRole", role);
            findings.add(firstOfRole < 0
                    ? Findings.of(this, "$.signatories", "validation.SIGNATORY-ROLES.missing", label)
                    : Findings.of(this, "$.signatories[" + firstOfRole + "]", "validation.SIGNATORY-ROLES.incomplete",
                            label));
        }
        return findings;
    }
}
