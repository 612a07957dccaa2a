package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * SPEND-LINE-VALID (Annex A Q6): each spend line has a category and a funding source, and an EAH
 * class exactly when it is EAH funding. Amounts need no check here: a {@code Money} is never
 * negative or malformed, and a missing amount is nothing.
 */
final class SpendLineValidRule implements Rule {

    static final String ID = "SPEND-LINE-VALID";

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
        List<SpendLine> spend = plan.document().funding().spend();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < spend.size(); i++) {
            SpendLine line = spend.get(i);
            String path = "$.funding.spend[" + i + "]";
            if (line.category() == null) {
                findings.add(finding(path + ".category", "category", i, line));
            }
            if (line.fundingSource() == null) {
                findings.add(finding(path + ".fundingSource", "fundingSource", i, line));
            }
            else if (line.fundingSource() == FundingSource.EAH && line.eahClass() == null) {
                findings.add(finding(path + ".eahClass", "eahClassMissing", i, line));
            }
            else if (line.fundingSource() != FundingSource.EAH && line.eahClass() != null) {
                findings.add(finding(path + ".eahClass", "eahClassNotEah", i, line));
            }
        }
        return findings;
    }

    private Finding finding(String path, String problem, int index, SpendLine line) {
        return Findings.of(this, path, "validation.SPEND-LINE-VALID." + problem,
                Labels.row("spendLine", index, line.description()));
    }
}
