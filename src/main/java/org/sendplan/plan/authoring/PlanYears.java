package org.sendplan.plan.authoring;

/**
 * The calendar years of a plan year such as {@code 2026-27}, for labels like "Q4: January to March
 * 2027" and "Spent in 2025-26". Plan years run from April to March.
 */
public final class PlanYears {

    private PlanYears() {
    }

    /** {@code 2026} for {@code 2026-27}. */
    public static String startYear(String planYear) {
        return String.valueOf(start(planYear));
    }

    /** {@code 2027} for {@code 2026-27}. */
    public static String endYear(String planYear) {
        return String.valueOf(start(planYear) + 1);
    }

    /** {@code 2025-26} for {@code 2026-27}. */
    public static String previous(String planYear) {
        int start = start(planYear) - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private static int start(String planYear) {
        return Integer.parseInt(planYear.substring(0, 4));
    }
}
