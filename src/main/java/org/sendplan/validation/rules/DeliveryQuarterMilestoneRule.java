package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.PlanDocument.Quarter;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/** DELIVERY-QUARTER-MILESTONE (warning): each workstream has a milestone for Q2, Q3 and Q4. */
final class DeliveryQuarterMilestoneRule implements Rule {

    static final String ID = "DELIVERY-QUARTER-MILESTONE";

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
        List<Workstream> workstreams = plan.document().deliveryPlan();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < workstreams.size(); i++) {
            Workstream workstream = workstreams.get(i);
            quarter(findings, i, workstream, "Q2", workstream.quarters().q2());
            quarter(findings, i, workstream, "Q3", workstream.quarters().q3());
            quarter(findings, i, workstream, "Q4", workstream.quarters().q4());
        }
        return findings;
    }

    private void quarter(List<Finding> findings, int index, Workstream workstream, String quarter, Quarter value) {
        if (value.milestone() == null) {
            findings.add(Findings.of(this, "$.deliveryPlan[" + index + "].quarters." + quarter,
                    "validation.DELIVERY-QUARTER-MILESTONE", Labels.row("workstream", index, workstream.name()),
                    Messages.get("validation.quarter." + quarter)));
        }
    }
}
