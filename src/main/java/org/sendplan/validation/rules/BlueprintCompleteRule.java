package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument.Blueprint;
import org.sendplan.plan.document.PlanDocument.BlueprintRow;
import org.sendplan.plan.document.PlanDocument.SuccessMeasure;
import org.sendplan.plan.document.RowKind;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * BLUEPRINT-COMPLETE (Annex A Q2): each building block has a row with both columns, there is a
 * complete enabler row (named, both columns), and a success measure with a baseline and a target.
 */
final class BlueprintCompleteRule implements Rule {

    static final String ID = "BLUEPRINT-COMPLETE";

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
        Blueprint blueprint = plan.document().blueprint();
        List<BlueprintRow> rows = blueprint.rows();
        List<Finding> findings = new ArrayList<>();
        for (BuildingBlock block : BuildingBlock.values()) {
            int firstOfBlock = -1;
            boolean complete = false;
            for (int i = 0; i < rows.size() && !complete; i++) {
                BlueprintRow row = rows.get(i);
                if (row.kind() == RowKind.BUILDING_BLOCK && row.buildingBlock() == block) {
                    firstOfBlock = firstOfBlock < 0 ? i : firstOfBlock;
                    complete = bothColumns(row);
                }
            }
            if (!complete) {
                String label = Messages.label("buildingBlock", block);
                findings.add(firstOfBlock < 0
                        ? Findings.of(this, "$.blueprint.rows", "validation.BLUEPRINT-COMPLETE.missing", label)
                        : Findings.of(this, "$.blueprint.rows[" + firstOfBlock + "]",
                                "validation.BLUEPRINT-COMPLETE.incomplete", label));
            }
        }
        boolean enabler = rows.stream()
                .anyMatch(row -> row.kind() == RowKind.ENABLER && row.name() != null && bothColumns(row));
        if (!enabler) {
            findings.add(Findings.of(this, "$.blueprint.rows", "validation.BLUEPRINT-COMPLETE.enabler"));
        }
        boolean measured = blueprint.successMeasures().stream().anyMatch(BlueprintCompleteRule::complete);
        if (!measured) {
            findings.add(Findings.of(this, "$.blueprint.successMeasures",
                    "validation.BLUEPRINT-COMPLETE.successMeasure"));
        }
        return findings;
    }

    private static boolean bothColumns(BlueprintRow row) {
        return row.whereWeAre() != null && row.whereWeWillBe() != null;
    }

    private static boolean complete(SuccessMeasure measure) {
        return measure.measure() != null && measure.baseline() != null && measure.target() != null;
    }
}
