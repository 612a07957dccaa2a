package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/** DELIVERY-BLOCK-COVERAGE (warning): every building block has at least one workstream. */
final class DeliveryBlockCoverageRule implements Rule {

    static final String ID = "DELIVERY-BLOCK-COVERAGE";

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
        EnumSet<BuildingBlock> covered = EnumSet.noneOf(BuildingBlock.class);
        for (Workstream workstream : plan.document().deliveryPlan()) {
            if (workstream.buildingBlock() != null) {
                covered.add(workstream.buildingBlock());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (BuildingBlock block : EnumSet.complementOf(covered)) {
            findings.add(Findings.of(this, "$.deliveryPlan", "validation.DELIVERY-BLOCK-COVERAGE",
                    Messages.label("buildingBlock", block)));
        }
        return findings;
    }
}
