package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.GovernanceKind;
import org.sendplan.plan.document.PlanDocument.GovernanceMember;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * GOVERNANCE-COMPLETE (Annex A Q14): there is a governance row, and each row names its mechanism and
 * kind and gives purpose, cadence, decision rights and escalation route; a group has members and a
 * chair. One finding per missing item.
 */
final class GovernanceCompleteRule implements Rule {

    static final String ID = "GOVERNANCE-COMPLETE";

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
        List<GovernanceRow> governance = plan.document().governance();
        if (governance.isEmpty()) {
            return List.of(Findings.of(this, "$.governance", "validation.GOVERNANCE-COMPLETE.none"));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < governance.size(); i++) {
            GovernanceRow row = governance.get(i);
            missing(findings, i, row, "mechanism", row.mechanism());
            missing(findings, i, row, "kind", row.kind());
            missing(findings, i, row, "purpose", row.purpose());
            missing(findings, i, row, "cadence", row.cadence());
            missing(findings, i, row, "decisionRights", row.decisionRights());
            missing(findings, i, row, "escalationRoute", row.escalationRoute());
            if (row.kind() == GovernanceKind.GROUP) {
                if (row.members().isEmpty()) {
                    findings.add(finding(i, row, "members", "members"));
                }
                else if (row.members().stream().noneMatch(GovernanceMember::chair)) {
                    findings.add(finding(i, row, "members", "chair"));
                }
            }
        }
        return findings;
    }

    private void missing(List<Finding> findings, int index, GovernanceRow row, String field, Object value) {
        if (value == null) {
            findings.add(finding(index, row, field, field));
        }
    }

    private Finding finding(int index, GovernanceRow row, String field, String problem) {
        return Findings.of(this, "$.governance[" + index + "]." + field, "validation.GOVERNANCE-COMPLETE." + problem,
                Labels.row("governanceRow", index, row.mechanism()));
    }
}
