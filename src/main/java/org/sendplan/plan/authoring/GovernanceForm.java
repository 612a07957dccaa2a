package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sendplan.plan.document.PlanDocument.GovernanceMember;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;

/**
 * What the Annex A Q14 page posts, all as text so that whatever was typed can be shown again.
 * Inputs are named {@code governance[0].members[1].name} and so on; their ids follow {@link org.sendplan.plan.PlanLinks#fieldId}.
 */
class GovernanceForm {

    static final String YES = "yes";
    static final String NO = "no";

    private List<Row> governance = new ArrayList<>();

    public List<Row> getGovernance() {
        return governance;
    }

    public void setGovernance(List<Row> governance) {
        this.governance = governance == null ? new ArrayList<>() : governance;
    }

    static GovernanceForm from(List<GovernanceRow> stored) {
        GovernanceForm form = new GovernanceForm();
        for (GovernanceRow row : stored) {
            Row typed = new Row();
            typed.setMechanism(row.mechanism());
            typed.setKind(row.kind() == null ? null : row.kind().name());
            typed.setPurpose(row.purpose());
            for (GovernanceMember member : row.members()) {
                Member typedMember = new Member();
                typedMember.setName(member.name());
                typedMember.setOrganisationType(member.organisationType() == null ? null : member.organisationType().name());
                typedMember.setChair(member.chair() ? "true" : null);
                typed.members.add(typedMember);
            }
            typed.setCadence(row.cadence());
            typed.setDecisionRights(row.decisionRights());
            typed.setEscalationRoute(row.escalationRoute());
            typed.setIncludesSro(row.includesSro() ? YES : NO);
            form.governance.add(typed);
        }
        return form;
    }

    /** A new row starts with one member to fill in. */
    static Row newRow() {
        Row row = new Row();
        row.members.add(new Member());
        return row;
    }

    /** Rows and members missing from the request (a gap in the numbering) are dropped. */
    void dropMissingRows() {
        governance.removeIf(Objects::isNull);
        governance.forEach(row -> row.members.removeIf(Objects::isNull));
    }

    /** Members and rows left completely empty are not stored. */
    void dropBlankRows() {
        governance.forEach(row -> row.members.removeIf(Member::isBlank));
        governance.removeIf(Row::isBlank);
    }

    /** One governance mechanism as typed; {@code includesSro} is {@value #YES}, {@value #NO} or empty. */
    static class Row {

        private String mechanism;
        private String kind;
        private String purpose;
        private List<Member> members = new ArrayList<>();
        private String cadence;
        private String decisionRights;
        private String escalationRoute;
        private String includesSro;

        boolean isBlank() {
            return TypedValues.isBlank(mechanism) && TypedValues.isBlank(kind) && TypedValues.isBlank(purpose)
                    && members.isEmpty() && TypedValues.isBlank(cadence) && TypedValues.isBlank(decisionRights)
                    && TypedValues.isBlank(escalationRoute) && !YES.equals(includesSro);
        }

        public String getMechanism() {
            return mechanism;
        }

        public void setMechanism(String mechanism) {
            this.mechanism = mechanism;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getPurpose() {
            return purpose;
        }

        public void setPurpose(String purpose) {
            this.purpose = purpose;
        }

        public List<Member> getMembers() {
            return members;
        }

        public void setMembers(List<Member> members) {
            this.members = members == null ? new ArrayList<>() : members;
        }

        public String getCadence() {
            return cadence;
        }

        public void setCadence(String cadence) {
            this.cadence = cadence;
        }

        public String getDecisionRights() {
            return decisionRights;
        }

        public void setDecisionRights(String decisionRights) {
            this.decisionRights = decisionRights;
        }

        public String getEscalationRoute() {
            return escalationRoute;
        }

        public void setEscalationRoute(String escalationRoute) {
            this.escalationRoute = escalationRoute;
        }

        public String getIncludesSro() {
            return includesSro;
        }

        public void setIncludesSro(String includesSro) {
            this.includesSro = includesSro;
        }
    }

    /** One member of a governance mechanism; {@code chair} is "true" when the box is ticked. */
    static class Member {

        private String name;
        private String organisationType;
        private String chair;

        boolean isBlank() {
            return TypedValues.isBlank(name) && TypedValues.isBlank(organisationType) && !chairs();
        }

        boolean chairs() {
            return "true".equals(chair);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getOrganisationType() {
            return organisationType;
        }

        public void setOrganisationType(String organisationType) {
            this.organisationType = organisationType;
        }

        public String getChair() {
            return chair;
        }

        public void setChair(String chair) {
            this.chair = chair;
        }
    }
}
