package org.sendplan.validation.rules;

import java.util.List;

import org.sendplan.plan.document.OrganisationType;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/** SRO-LA-OFFICIAL: the one named SRO is a senior official of the local authority. */
final class SroLaOfficialRule implements Rule {

    static final String ID = "SRO-LA-OFFICIAL";

    private static final String PATH = "$.header.sro.organisationType";

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
        OrganisationType type = plan.document().header().sro().organisationType();
        if (type == OrganisationType.LA) {
            return List.of();
        }
        if (type == null) {
            return List.of(Findings.of(this, PATH, "validation.SRO-LA-OFFICIAL.missing"));
        }
        return List.of(Findings.of(this, PATH, "validation.SRO-LA-OFFICIAL.other",
                Messages.label("organisationType", type)));
    }
}
