package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * What the core requirements page posts, as typed: row {@code i} is the requirement at position
 * {@code i} of {@code CoreRequirementId}, with the {@code CoreRequirementSection} names ticked.
 */
class CoreRequirementsForm {

    private List<Row> coreRequirements = new ArrayList<>();

    public List<Row> getCoreRequirements() {
        return coreRequirements;
    }

    public void setCoreRequirements(List<Row> coreRequirements) {
        this.coreRequirements = coreRequirements == null ? new ArrayList<>() : coreRequirements;
    }

    /** Where the plan meets one requirement: sections ticked and the evidence typed. */
    public static class Row {

        /** Whether a requirement is mapped as the CORE-REQUIREMENTS rule sees it. */
        enum Mapping {
            MAPPED, NO_EVIDENCE, NO_SECTIONS, NOT_MAPPED
        }

        private List<String> sections = new ArrayList<>();
        private String evidence;

        public Row() {
        }

        Row(List<String> sections, String evidence) {
            this.sections = new ArrayList<>(sections);
            this.evidence = evidence;
        }

        public List<String> getSections() {
            return sections;
        }

        public void setSections(List<String> sections) {
            this.sections = sections == null ? new ArrayList<>() : sections;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        public boolean hasSection(String name) {
            return sections.contains(name);
        }

        public Mapping getMapping() {
            boolean anySection = !sections.isEmpty();
            boolean anyEvidence = evidence != null && !evidence.isBlank();
            if (anySection && anyEvidence) {
                return Mapping.MAPPED;
            }
            if (anySection) {
                return Mapping.NO_EVIDENCE;
            }
            return anyEvidence ? Mapping.NO_SECTIONS : Mapping.NOT_MAPPED;
        }
    }
}
