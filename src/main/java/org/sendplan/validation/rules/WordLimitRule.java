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

/** WORD-LIMIT: no answer is longer than its Annex A word limit; exactly at the limit passes. */
final class WordLimitRule implements Rule {

    static final String ID = "WORD-LIMIT";

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
            NarrativeKey key = narrative.getKey();
            int words = WordCount.of(narrative.getValue());
            if (words > key.wordLimit()) {
                findings.add(Findings.of(this, "$.narratives." + key.name(), "validation.WORD-LIMIT",
                        Messages.label("narrative", key), words, key.wordLimit(), words - key.wordLimit()));
            }
        }
        return findings;
    }
}
