package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * DELIVERY-WORKSTREAMS (Annex A Q6): the delivery plan has workstreams, each with a name, building
 * block, outcome, success measure and responsible lead. One finding per missing field.
 */
final class DeliveryWorkstreamsRule implements Rule {

    static final String ID = "DELIVERY-WORKSTREAMS";

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
        List<Workstream> workstreams = plan.document().deliveryPlan();
        if (workstreams.isEmpty()) {
            return List.of(Findings.of(this, "$.deliveryPlan", "validation.DELIVERY-WORKSTREAMS.none"));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < workstreams.size(); i++) {
            Workstream workstream = workstreams.get(i);
            missing(findings, i, workstream, "name", workstream.name());
            missing(findings, i, workstream, "buildingBlock", workstream.buildingBlock());
            missing(findings, i, workstream, "outcome", workstream.outcome());
            missing(findings, i, workstream, "successMeasure", workstream.successMeasure());
            missing(findings, i, workstream, "lead", workstream.lead());
        }
        return findings;
    }

    private void missing(List<Finding> findings, int index, Workstream workstream, String field, Object value) {
        if (value == null) {
            findings.add(Findings.of(this, "$.deliveryPlan[" + index + "]." + field,
                    "validation.DELIVERY-WORKSTREAMS." + field, Labels.row("workstream", index, workstream.name())));
        }
    }
}
