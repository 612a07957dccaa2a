package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sendplan.plan.WordCount;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/** NARRATIVE-REQUIRED: every free-text answer has at least one word; one finding per empty answer. */
final class NarrativeRequiredRule implements Rule {

    static final String ID = "NARRATIVE-REQUIRED";

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
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<NarrativeKey, String> narrative : plan.document().narratives().entrySet()) {
            if (WordCount.of(narrative.getValue()) == 0) {
                findings.add(Findings.of(this, "$.narratives." + narrative.getKey().name(),
                        "validation.NARRATIVE-REQUIRED", Messages.label("narrative", narrative.getKey())));
            }
        }
        return findings;
    }
}
