package org.sendplan.plan;

/** The sections of Annex A, in task-list order, grouped as the task list shows them. */
public enum PlanSection {
    HEADER(Group.ABOUT),
    EXEC_SUMMARY(Group.ABOUT),
    Q1_VISION(Group.QUESTIONS),
    Q2_BLUEPRINT(Group.QUESTIONS),
    Q3_STRATEGY(Group.QUESTIONS),
    Q4_MATURITY(Group.QUESTIONS),
    Q5_ROADMAP(Group.QUESTIONS),
    Q6_DELIVERY(Group.QUESTIONS),
    Q7_CAPACITY(Group.QUESTIONS),
    Q8_OTHER_FUNDING(Group.QUESTIONS),
    Q9_ENGAGEMENT(Group.QUESTIONS),
    Q10_RISKS(Group.QUESTIONS),
    Q11_DEPENDENCIES(Group.QUESTIONS),
    Q12_MONITORING(Group.QUESTIONS),
    Q13_DATA_RETURN(Group.QUESTIONS),
    Q14_GOVERNANCE(Group.QUESTIONS),
    Q15_SUPPORT(Group.QUESTIONS),
    CORE_REQUIREMENTS(Group.REQUIREMENTS);

    /** Task-list groups; {@link #key()} names the heading in messages.properties. */
    public enum Group {
        ABOUT("about"), QUESTIONS("questions"), REQUIREMENTS("requirements");

        private final String key;

        Group(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Group group;

    PlanSection(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    /** The section's address under {@code /plans/{id}/sections/}, e.g. {@code q10-risks}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The section after this one in task-list order, if any. */
    public java.util.Optional<PlanSection> next() {
        PlanSection[] all = values();
        return ordinal() + 1 < all.length ? java.util.Optional.of(all[ordinal() + 1]) : java.util.Optional.empty();
    }
}
