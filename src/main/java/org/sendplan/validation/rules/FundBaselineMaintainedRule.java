package org.sendplan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.validation.Finding;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.Rule;
import org.sendplan.validation.Severity;

/**
 * FUND-BASELINE-MAINTAINED (warning): no service's baseline spend in the plan year is below the
 * previous year's. A row missing either figure is not compared: a blank is not a fall to zero.
 */
final class FundBaselineMaintainedRule implements Rule {

    static final String ID = "FUND-BASELINE-MAINTAINED";

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
        List<BaselineSpend> baseline = plan.document().funding().baselineServiceSpend();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < baseline.size(); i++) {
            BaselineSpend service = baseline.get(i);
            if (service.previousYear() == null || service.planYear() == null
                    || service.planYear().compareTo(service.previousYear()) >= 0) {
                continue;
            }
            findings.add(Findings.of(this, "$.funding.baselineServiceSpend[" + i + "]",
                    "validation.FUND-BASELINE-MAINTAINED", service.service(),
                    Figures.money(service.previousYear().amount()), Figures.money(service.planYear().amount()),
                    Figures.money(service.previousYear().amount().subtract(service.planYear().amount()))));
        }
        return findings;
    }
}
