package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.List;

import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.PlanDocument.Quarter;
import org.sendplan.plan.document.PlanDocument.Quarters;
import org.sendplan.plan.document.PlanDocument.Workstream;

/**
 * The workstreams page of Annex A Q6 (page 1 of 2) as typed: every value is the raw text, so a page
 * shown again keeps exactly what the user entered. Inputs are named {@code deliveryPlan[2].name},
 * {@code deliveryPlan[2].q3.milestone}; their ids follow {@link org.sendplan.plan.PlanLinks#fieldId} ({@code deliveryPlan-2-name},
 * {@code deliveryPlan-2-quarters-Q3-milestone}).
 */
class DeliveryForm {

    static final int MAX_WORKSTREAMS = 30;
    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_LONG_TEXT = 2_000;

    private List<WorkstreamRow> deliveryPlan = new ArrayList<>();

    public List<WorkstreamRow> getDeliveryPlan() {
        return deliveryPlan;
    }

    public void setDeliveryPlan(List<WorkstreamRow> deliveryPlan) {
        this.deliveryPlan = deliveryPlan == null ? new ArrayList<>() : deliveryPlan;
    }

    static DeliveryForm from(List<Workstream> workstreams) {
        DeliveryForm form = new DeliveryForm();
        workstreams.forEach(workstream -> form.deliveryPlan.add(WorkstreamRow.from(workstream)));
        return form;
    }

    /** An empty plan still shows one workstream to fill in. */
    DeliveryForm withAtLeastOneRow() {
        if (deliveryPlan.isEmpty()) {
            deliveryPlan.add(new WorkstreamRow());
        }
        return this;
    }

    /** Rows added but never filled in are not workstreams; dropping them keeps row numbers meaningful. */
    void dropBlankRows() {
        deliveryPlan.removeIf(row -> row == null || row.isBlank());
    }

    boolean addRow() {
        if (deliveryPlan.size() >= MAX_WORKSTREAMS) {
            return false;
        }
        deliveryPlan.add(new WorkstreamRow());
        return true;
    }

    void removeRow(int index) {
        if (index >= 0 && index < deliveryPlan.size()) {
            deliveryPlan.remove(index);
        }
    }

    /** The workstreams to store, with an error for each value that cannot be stored. */
    List<Workstream> toWorkstreams(DeliveryInputs inputs) {
        if (deliveryPlan.size() > MAX_WORKSTREAMS) {
            inputs.error("deliveryPlan", "delivery.error.tooManyWorkstreams", MAX_WORKSTREAMS);
        }
        List<Workstream> workstreams = new ArrayList<>();
        for (int i = 0; i < deliveryPlan.size(); i++) {
            WorkstreamRow row = deliveryPlan.get(i);
            String id = "deliveryPlan-" + i + "-";
            workstreams.add(new Workstream(
                    inputs.text(row.name, MAX_SHORT_TEXT, id + "name", "delivery.workstream.name.label"),
                    inputs.option(BuildingBlock.class, row.buildingBlock, id + "buildingBlock",
                            "delivery.error.buildingBlock"),
                    inputs.text(row.outcome, MAX_LONG_TEXT, id + "outcome", "delivery.workstream.outcome.label"),
                    inputs.text(row.successMeasure, MAX_LONG_TEXT, id + "successMeasure",
                            "delivery.workstream.successMeasure.label"),
                    inputs.text(row.lead, MAX_SHORT_TEXT, id + "lead", "delivery.workstream.lead.label"),
                    new Quarters(row.q2.toQuarter(inputs, id + "quarters-Q2-"),
                            row.q3.toQuarter(inputs, id + "quarters-Q3-"),
                            row.q4.toQuarter(inputs, id + "quarters-Q4-"))));
        }
        return workstreams;
    }

    /** One workstream as typed. */
    public static class WorkstreamRow {

        private String name;
        private String buildingBlock;
        private String outcome;
        private String successMeasure;
        private String lead;
        private QuarterRow q2 = new QuarterRow();
        private QuarterRow q3 = new QuarterRow();
        private QuarterRow q4 = new QuarterRow();

        public WorkstreamRow() {
        }

        static WorkstreamRow from(Workstream workstream) {
            WorkstreamRow row = new WorkstreamRow();
            row.name = workstream.name();
            row.buildingBlock = workstream.buildingBlock() == null ? null : workstream.buildingBlock().name();
            row.outcome = workstream.outcome();
            row.successMeasure = workstream.successMeasure();
            row.lead = workstream.lead();
            row.q2 = QuarterRow.from(workstream.quarters().q2());
            row.q3 = QuarterRow.from(workstream.quarters().q3());
            row.q4 = QuarterRow.from(workstream.quarters().q4());
            return row;
        }

        boolean isBlank() {
            return DeliveryInputs.isBlank(name) && DeliveryInputs.isBlank(buildingBlock)
                    && DeliveryInputs.isBlank(outcome) && DeliveryInputs.isBlank(successMeasure)
                    && DeliveryInputs.isBlank(lead) && q2.isBlank() && q3.isBlank() && q4.isBlank();
        }

        /** The quarter row for "Q2", "Q3" or "Q4", so pages can loop over the quarters. */
        public QuarterRow quarter(String quarter) {
            return switch (quarter) {
                case "Q2" -> q2;
                case "Q3" -> q3;
                case "Q4" -> q4;
                default -> throw new IllegalArgumentException("No quarter " + quarter);
            };
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getBuildingBlock() {
            return buildingBlock;
        }

        public void setBuildingBlock(String buildingBlock) {
            this.buildingBlock = buildingBlock;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getSuccessMeasure() {
            return successMeasure;
        }

        public void setSuccessMeasure(String successMeasure) {
            this.successMeasure = successMeasure;
        }

        public String getLead() {
            return lead;
        }

        public void setLead(String lead) {
            this.lead = lead;
        }

        public QuarterRow getQ2() {
            return q2;
        }

        public void setQ2(QuarterRow q2) {
            this.q2 = q2 == null ? new QuarterRow() : q2;
        }

        public QuarterRow getQ3() {
            return q3;
        }

        public void setQ3(QuarterRow q3) {
            this.q3 = q3 == null ? new QuarterRow() : q3;
        }

        public QuarterRow getQ4() {
            return q4;
        }

        public void setQ4(QuarterRow q4) {
            this.q4 = q4 == null ? new QuarterRow() : q4;
        }
    }

    /** A quarter's milestone and target trajectory as typed. */
    public static class QuarterRow {

        private String milestone;
        private String trajectory;

        public QuarterRow() {
        }

        static QuarterRow from(Quarter quarter) {
            QuarterRow row = new QuarterRow();
            row.milestone = quarter.milestone();
            row.trajectory = quarter.trajectory();
            return row;
        }

        boolean isBlank() {
            return DeliveryInputs.isBlank(milestone) && DeliveryInputs.isBlank(trajectory);
        }

        Quarter toQuarter(DeliveryInputs inputs, String idPrefix) {
            return new Quarter(
                    inputs.text(milestone, MAX_LONG_TEXT, idPrefix + "milestone", "delivery.quarter.milestone.label"),
                    inputs.text(trajectory, MAX_LONG_TEXT, idPrefix + "trajectory",
                            "delivery.quarter.trajectory.label"));
        }

        public String getMilestone() {
            return milestone;
        }

        public void setMilestone(String milestone) {
            this.milestone = milestone;
        }

        public String getTrajectory() {
            return trajectory;
        }

        public void setTrajectory(String trajectory) {
            this.trajectory = trajectory;
        }
    }
}
