package org.sendplan.plan;

/**
 * Addresses of a plan's pages, and of the field a {@code sendplan/v1} JSON path concerns, so a
 * finding anywhere (readiness page, completion errors) links straight to where it can be fixed.
 * Field ids follow the path: {@code $.risks[2].impact} is the input with id {@code risks-2-impact}.
 */
public final class PlanLinks {

    private PlanLinks() {
    }

    public static String overview(long planId) {
        return "/plans/" + planId;
    }

    public static String section(long planId, PlanSection section) {
        return "/plans/" + planId + "/sections/" + section.slug();
    }

    /** The field's id on its section page. */
    public static String fieldId(String jsonPath) {
        String id = jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath.replace("$", "");
        id = id.replace("[", "-").replace("]", "").replace('.', '-');
        return id.isEmpty() ? "main-content" : id;
    }

    /** The page and field for a path in a section; Q6's money lives on its second page. */
    public static String field(long planId, PlanSection section, String jsonPath) {
        String page = section == PlanSection.Q6_DELIVERY && jsonPath.startsWith("$.funding")
                ? section(planId, section) + "/spend"
                : section(planId, section);
        return page + "#" + fieldId(jsonPath);
    }
}
