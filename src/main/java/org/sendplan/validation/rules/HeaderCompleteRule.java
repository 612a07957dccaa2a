package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.PlanDocument.Header;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/** HEADER-COMPLETE: the Annex A header names the LA, the ICB and the SRO, with the SRO's email. */
final class HeaderCompleteRule implements Rule {

    static final String ID = "HEADER-COMPLETE";

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
        Header header = plan.document().header();
        List<Finding> findings = new ArrayList<>();
        if (header.localAuthority() == null) {
            findings.add(Findings.of(this, "$.header.localAuthority", "validation.HEADER-COMPLETE.localAuthority"));
        }
        if (header.integratedCareBoard() == null) {
            findings.add(Findings.of(this, "$.header.integratedCareBoard",
                    "validation.HEADER-COMPLETE.integratedCareBoard"));
        }
        if (header.sro().name() == null) {
            findings.add(Findings.of(this, "$.header.sro.name", "validation.HEADER-COMPLETE.sroName"));
        }
        if (header.sro().email() == null) {
            findings.add(Findings.of(this, "$.header.sro.email", "validation.HEADER-COMPLETE.sroEmail"));
        }
        return findings;
    }
}
