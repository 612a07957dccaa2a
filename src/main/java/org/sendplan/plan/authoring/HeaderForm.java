package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * What the header page posts, kept exactly as typed so the page can be shown again with it.
 * Rows 0 to 4 of {@code signatories} are the five required roles in {@link HeaderSectionController#REQUIRED}
 * order; later rows are additional signatories, usually {@code OTHER}.
 */
class HeaderForm {

    private String localAuthority;
    private String integratedCareBoard;
    private String sroName;
    private String sroJobTitle;
    private String sroEmail;
    private String sroOrganisationType;
    private List<SignatoryRow> signatories = new ArrayList<>();

    public String getLocalAuthority() {
        return localAuthority;
    }

    public void setLocalAuthority(String localAuthority) {
        this.localAuthority = localAuthority;
    }

    public String getIntegratedCareBoard() {
        return integratedCareBoard;
    }

    public void setIntegratedCareBoard(String integratedCareBoard) {
        this.integratedCareBoard = integratedCareBoard;
    }

    public String getSroName() {
        return sroName;
    }

    public void setSroName(String sroName) {
        this.sroName = sroName;
    }

    public String getSroJobTitle() {
        return sroJobTitle;
    }

    public void setSroJobTitle(String sroJobTitle) {
        this.sroJobTitle = sroJobTitle;
    }

    public String getSroEmail() {
        return sroEmail;
    }

    public void setSroEmail(String sroEmail) {
        this.sroEmail = sroEmail;
    }

    public String getSroOrganisationType() {
        return sroOrganisationType;
    }

    public void setSroOrganisationType(String sroOrganisationType) {
        this.sroOrganisationType = sroOrganisationType;
    }

    public List<SignatoryRow> getSignatories() {
        return signatories;
    }

    public void setSignatories(List<SignatoryRow> signatories) {
        this.signatories = signatories == null ? new ArrayList<>() : signatories;
    }

    /** One signatory as typed; {@code role} is a {@code SignatoryRole} name. */
    public static class SignatoryRow {

        private String role;
        private String name;
        private String email;
        private String jobTitle;

        public SignatoryRow() {
        }

        SignatoryRow(String role, String name, String email, String jobTitle) {
            this.role = role;
            this.name = name;
            this.email = email;
            this.jobTitle = jobTitle;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getJobTitle() {
            return jobTitle;
        }

        public void setJobTitle(String jobTitle) {
            this.jobTitle = jobTitle;
        }

        boolean isBlank() {
            return blank(name) && blank(email) && blank(jobTitle);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
