package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.Money;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.SpendCategory;

/**
 * The spending page of Annex A Q6 (page 2 of 2) as typed. Amounts stay the text the user entered
 * (e.g. {@code "12.345"}) until they are saved, so a page shown again with errors keeps them.
 * Inputs are named {@code eahAllocation}, {@code spend[3].q2}, {@code baselineServiceSpend[0].service};
 * their ids follow {@link org.sendplan.plan.PlanLinks#fieldId} under {@code funding} ({@code funding-spend-3-q2}).
 */
class SpendForm {

    static final int MAX_SPEND_LINES = 100;
    static final int MAX_BASELINE_ROWS = 20;
    static final int MAX_DESCRIPTION = 300;
    /** sendplan/v1 allows at most 30 characters for a service name. */
    static final int MAX_SERVICE = 30;

    private String eahAllocation;
    private List<SpendRow> spend = new ArrayList<>();
    private List<BaselineRow> baselineServiceSpend = new ArrayList<>();

    public String getEahAllocation() {
        return eahAllocation;
    }

    public void setEahAllocation(String eahAllocation) {
        this.eahAllocation = eahAllocation;
    }

    public List<SpendRow> getSpend() {
        return spend;
    }

    public void setSpend(List<SpendRow> spend) {
        this.spend = spend == null ? new ArrayList<>() : spend;
    }

    public List<BaselineRow> getBaselineServiceSpend() {
        return baselineServiceSpend;
    }

    public void setBaselineServiceSpend(List<BaselineRow> baselineServiceSpend) {
        this.baselineServiceSpend = baselineServiceSpend == null ? new ArrayList<>() : baselineServiceSpend;
    }

    static SpendForm from(Funding funding) {
        SpendForm form = new SpendForm();
        form.eahAllocation = text(funding.eahAllocation());
        funding.spend().forEach(line -> form.spend.add(SpendRow.from(line)));
        funding.baselineServiceSpend().forEach(row -> form.baselineServiceSpend.add(BaselineRow.from(row)));
        return form;
    }

    /** Empty lists still show one row of each to fill in. */
    SpendForm withAtLeastOneRow() {
        if (spend.isEmpty()) {
            spend.add(new SpendRow());
        }
        if (baselineServiceSpend.isEmpty()) {
            baselineServiceSpend.add(new BaselineRow());
        }
        return this;
    }

    /** Rows added but never filled in are not stored; dropping them keeps row numbers meaningful. */
    void dropBlankRows() {
        spend.removeIf(row -> row == null || row.isBlank());
        baselineServiceSpend.removeIf(row -> row == null || row.isBlank());
    }

    boolean addSpendLine() {
        if (spend.size() >= MAX_SPEND_LINES) {
            return false;
        }
        spend.add(new SpendRow());
        return true;
    }

    void removeSpendLine(int index) {
        if (index >= 0 && index < spend.size()) {
            spend.remove(index);
        }
    }

    boolean addBaselineRow() {
        if (baselineServiceSpend.size() >= MAX_BASELINE_ROWS) {
            return false;
        }
        baselineServiceSpend.add(new BaselineRow());
        return true;
    }

    void removeBaselineRow(int index) {
        if (index >= 0 && index < baselineServiceSpend.size()) {
            baselineServiceSpend.remove(index);
        }
    }

    /**
     * The funding to store, with an error for each value that cannot be stored. A value in error is
     * left out (null), so the result can still give totals of everything else typed.
     */
    Funding toFunding(DeliveryInputs inputs) {
        if (spend.size() > MAX_SPEND_LINES) {
            inputs.error("funding-spend", "delivery.error.tooManySpendLines", MAX_SPEND_LINES);
        }
        if (baselineServiceSpend.size() > MAX_BASELINE_ROWS) {
            inputs.error("funding-baselineServiceSpend", "delivery.error.tooManyBaselineRows", MAX_BASELINE_ROWS);
        }
        Money allocation = inputs.money(eahAllocation, "funding-eahAllocation");
        List<SpendLine> lines = new ArrayList<>();
        for (int i = 0; i < spend.size(); i++) {
            lines.add(spend.get(i).toSpendLine(inputs, "funding-spend-" + i + "-"));
        }
        List<BaselineSpend> baselines = new ArrayList<>();
        for (int i = 0; i < baselineServiceSpend.size(); i++) {
            BaselineSpend baseline = baselineServiceSpend.get(i).toBaseline(inputs,
                    "funding-baselineServiceSpend-" + i + "-");
            if (baseline != null) {
                baselines.add(baseline);
            }
        }
        return new Funding(allocation, lines, baselines);
    }

    /** An amount shown back in its input: {@code 2,400,000.00} (the £ is the input's prefix). */
    private static String text(Money money) {
        return money == null ? null : money.display().substring(1);
    }

    /** One projected spend line as typed. */
    public static class SpendRow {

        private String category;
        private String description;
        private String fundingSource;
        private String eahClass;
        private String discipline;
        private String q2;
        private String q3;
        private String q4;

        public SpendRow() {
        }

        static SpendRow from(SpendLine line) {
            SpendRow row = new SpendRow();
            row.category = name(line.category());
            row.description = line.description();
            row.fundingSource = name(line.fundingSource());
            row.eahClass = name(line.eahClass());
            row.discipline = name(line.discipline());
            row.q2 = text(line.q2());
            row.q3 = text(line.q3());
            row.q4 = text(line.q4());
            return row;
        }

        boolean isBlank() {
            return DeliveryInputs.isBlank(category) && DeliveryInputs.isBlank(description)
                    && DeliveryInputs.isBlank(fundingSource) && DeliveryInputs.isBlank(eahClass)
                    && DeliveryInputs.isBlank(discipline) && DeliveryInputs.isBlank(q2) && DeliveryInputs.isBlank(q3)
                    && DeliveryInputs.isBlank(q4);
        }

        SpendLine toSpendLine(DeliveryInputs inputs, String id) {
            return new SpendLine(
                    inputs.option(SpendCategory.class, category, id + "category", "delivery.error.category"),
                    inputs.text(description, MAX_DESCRIPTION, id + "description", "delivery.spend.description.label"),
                    inputs.option(FundingSource.class, fundingSource, id + "fundingSource",
                            "delivery.error.fundingSource"),
                    inputs.option(EahClass.class, eahClass, id + "eahClass", "delivery.error.eahClass"),
                    inputs.option(Discipline.class, discipline, id + "discipline", "delivery.error.discipline"),
                    inputs.money(q2, id + "q2"), inputs.money(q3, id + "q3"), inputs.money(q4, id + "q4"));
        }

        /** The amount typed for "q2", "q3" or "q4", so pages can loop over the quarters. */
        public String amount(String quarter) {
            return switch (quarter) {
                case "q2" -> q2;
                case "q3" -> q3;
                case "q4" -> q4;
                default -> throw new IllegalArgumentException("No quarter " + quarter);
            };
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getFundingSource() {
            return fundingSource;
        }

        public void setFundingSource(String fundingSource) {
            this.fundingSource = fundingSource;
        }

        public String getEahClass() {
            return eahClass;
        }

        public void setEahClass(String eahClass) {
            this.eahClass = eahClass;
        }

        public String getDiscipline() {
            return discipline;
        }

        public void setDiscipline(String discipline) {
            this.discipline = discipline;
        }

        public String getQ2() {
            return q2;
        }

        public void setQ2(String q2) {
            this.q2 = q2;
        }

        public String getQ3() {
            return q3;
        }

        public void setQ3(String q3) {
            this.q3 = q3;
        }

        public String getQ4() {
            return q4;
        }

        public void setQ4(String q4) {
            this.q4 = q4;
        }
    }

    /** Spend on one service before and in the plan year, as typed. */
    public static class BaselineRow {

        private String service;
        private String previousYear;
        private String planYear;

        public BaselineRow() {
        }

        static BaselineRow from(BaselineSpend baseline) {
            BaselineRow row = new BaselineRow();
            row.service = baseline.service();
            row.previousYear = text(baseline.previousYear());
            row.planYear = text(baseline.planYear());
            return row;
        }

        boolean isBlank() {
            return DeliveryInputs.isBlank(service) && DeliveryInputs.isBlank(previousYear)
                    && DeliveryInputs.isBlank(planYear);
        }

        /** Null when the row cannot be stored: a baseline must name its service. */
        BaselineSpend toBaseline(DeliveryInputs inputs, String id) {
            String name = inputs.text(service == null ? null : service.strip(), MAX_SERVICE, id + "service",
                    "delivery.baseline.service.label");
            Money previous = inputs.money(previousYear, id + "previousYear");
            Money current = inputs.money(planYear, id + "planYear");
            if (name == null) {
                if (DeliveryInputs.isBlank(service)) {
                    inputs.error(id + "service", "delivery.error.serviceMissing");
                }
                return null;
            }
            return new BaselineSpend(name, previous, current);
        }

        public String getService() {
            return service;
        }

        public void setService(String service) {
            this.service = service;
        }

        public String getPreviousYear() {
            return previousYear;
        }

        public void setPreviousYear(String previousYear) {
            this.previousYear = previousYear;
        }

        public String getPlanYear() {
            return planYear;
        }

        public void setPlanYear(String planYear) {
            this.planYear = planYear;
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
