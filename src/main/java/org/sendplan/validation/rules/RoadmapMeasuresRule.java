package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.RowKind;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/** ROADMAP-MEASURES (Annex A Q5): the roadmap has a success measure row and a leading indicator row. */
final class RoadmapMeasuresRule implements Rule {

    static final String ID = "ROADMAP-MEASURES";

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
        if (roadmap.stream().noneMatch(row -> row.kind() == RowKind.SUCCESS_MEASURE)) {
            findings.add(Findings.of(this, "$.roadmap", "validation.ROADMAP-MEASURES.successMeasure"));
        }
        if (roadmap.stream().noneMatch(row -> row.kind() == RowKind.LEADING_INDICATOR)) {
            findings.add(Findings.of(this, "$.roadmap", "validation.ROADMAP-MEASURES.leadingIndicator"));
        }
        return findings;
    }
}
