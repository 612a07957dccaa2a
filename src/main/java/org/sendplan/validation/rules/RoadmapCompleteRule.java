package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.RowKind;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * ROADMAP-COMPLETE (Annex A Q5): each building block has a roadmap row, and no row of any kind
 * leaves a year empty. One finding per missing block and per empty cell.
 */
final class RoadmapCompleteRule implements Rule {

    static final String ID = "ROADMAP-COMPLETE";

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
        List<RoadmapRow> roadmap = plan.document().roadmap();
        List<Finding> findings = new ArrayList<>();
        for (BuildingBlock block : BuildingBlock.values()) {
            boolean present = roadmap.stream()
                    .anyMatch(row -> row.kind() == RowKind.BUILDING_BLOCK && row.buildingBlock() == block);
            if (!present) {
                findings.add(Findings.of(this, "$.roadmap", "validation.ROADMAP-COMPLETE.missing",
                        Messages.label("buildingBlock", block)));
            }
        }
        for (int i = 0; i < roadmap.size(); i++) {
            RoadmapRow row = roadmap.get(i);
            emptyYear(findings, row, i, "y2026_27", row.y2026_27());
            emptyYear(findings, row, i, "y2027_28", row.y2027_28());
            emptyYear(findings, row, i, "y2028_29", row.y2028_29());
        }
        return findings;
    }

    private void emptyYear(List<Finding> findings, RoadmapRow row, int index, String field, String value) {
        if (value == null) {
            findings.add(Findings.of(this, "$.roadmap[" + index + "]." + field, "validation.ROADMAP-COMPLETE.emptyYear",
                    Labels.row("roadmapRow", index, rowName(row)), Messages.get("validation.year." + field)));
        }
    }

    private static String rowName(RoadmapRow row) {
        if (row.name() != null) {
            return row.name();
        }
        return row.buildingBlock() == null ? null : Messages.label("buildingBlock", row.buildingBlock());
    }
}
