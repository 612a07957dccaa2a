package org.sendplan.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.NarrativeKey;

/**
 * Orders findings as a reader meets them: by task-list section (plan-wide findings first), then
 * by where the path points in the {@code sendplan/v1} document (fields in their canonical order,
 * rows by index, a parent before its fields), then by rule id. Sorting by the path text would put
 * {@code $.risks[10]} before {@code $.risks[2]} and {@code baselineServiceSpend} before {@code spend}.
 */
final class DocumentOrder {

    /** The canonical field order under each parent field, from the records' {@code @JsonPropertyOrder}. */
    private static final Map<String, List<String>> FIELDS = new HashMap<>();

    static {
        FIELDS.put("$", List.of("format", "planYear", "header", "signatories", "narratives", "blueprint", "roadmap",
                "deliveryPlan", "funding", "risks", "governance", "coreRequirements", "attachments"));
        FIELDS.put("header", List.of("localAuthority", "integratedCareBoard", "sro"));
        FIELDS.put("sro", List.of("name", "jobTitle", "email", "organisationType"));
        FIELDS.put("signatories", List.of("role", "name", "email", "jobTitle"));
        FIELDS.put("narratives", Arrays.stream(NarrativeKey.values()).map(Enum::name).toList());
        FIELDS.put("blueprint", List.of("rows", "successMeasures"));
        FIELDS.put("rows", List.of("kind", "buildingBlock", "name", "whereWeAre", "whereWeWillBe"));
        FIELDS.put("successMeasures", List.of("measure", "baseline", "target"));
        FIELDS.put("roadmap", List.of("kind", "buildingBlock", "name", "y2026_27", "y2027_28", "y2028_29"));
        FIELDS.put("deliveryPlan", List.of("name", "buildingBlock", "outcome", "successMeasure", "lead", "quarters"));
        FIELDS.put("quarters", List.of("Q2", "Q3", "Q4"));
        for (String quarter : List.of("Q2", "Q3", "Q4")) {
            FIELDS.put(quarter, List.of("milestone", "trajectory"));
        }
        FIELDS.put("funding", List.of("eahAllocation", "spend", "baselineServiceSpend"));
        FIELDS.put("spend", List.of("category", "description", "fundingSource", "eahClass", "discipline", "q2", "q3",
                "q4"));
        FIELDS.put("baselineServiceSpend", List.of("service", "previousYear", "planYear"));
        FIELDS.put("risks", List.of("description", "impact", "likelihood", "rag", "ragOverrideReason", "mitigation",
                "residualRag"));
        FIELDS.put("governance", List.of("mechanism", "kind", "purpose", "members", "cadence", "decisionRights",
                "escalationRoute", "includesSro"));
        FIELDS.put("members", List.of("name", "organisationType", "chair"));
        FIELDS.put("coreRequirements", List.of("id", "sections", "evidence"));
        FIELDS.put("attachments", Stream.concat(Arrays.stream(AttachmentSlot.values()).map(Enum::name),
                Stream.of("slot", "filename", "sha256")).toList());
    }

    /** A finding with its sort keys worked out once, rather than on every comparison. */
    private record Keyed(Finding finding, int section, List<FindingPath.Step> steps) {

        Keyed(Finding finding) {
            this(finding, finding.section().map(Enum::ordinal).orElse(-1), FindingPath.parse(finding.path()).steps());
        }
    }

    private static final Comparator<Keyed> ORDER = Comparator.comparingInt(Keyed::section)
            .thenComparing((a, b) -> compareSteps(a.steps(), b.steps()))
            .thenComparing(keyed -> keyed.finding().path())
            .thenComparing(keyed -> keyed.finding().rule());

    private DocumentOrder() {
    }

    /** Sorts the findings in place; the sort is stable, so one rule's findings at one path keep their order. */
    static void sort(List<Finding> findings) {
        List<Keyed> keyed = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            keyed.add(new Keyed(finding));
        }
        keyed.sort(ORDER);
        for (int i = 0; i < keyed.size(); i++) {
            findings.set(i, keyed.get(i).finding());
        }
    }

    static int comparePaths(String left, String right) {
        int order = compareSteps(FindingPath.parse(left).steps(), FindingPath.parse(right).steps());
        return order != 0 ? order : left.compareTo(right);
    }

    private static int compareSteps(List<FindingPath.Step> a, List<FindingPath.Step> b) {
        String parent = "$";
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            FindingPath.Step x = a.get(i);
            FindingPath.Step y = b.get(i);
            int order = compareStep(parent, x, y);
            if (order != 0) {
                return order;
            }
            if (!x.isIndex()) {
                parent = x.name();
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareStep(String parent, FindingPath.Step x, FindingPath.Step y) {
        if (x.isIndex() || y.isIndex()) {
            if (x.isIndex() && y.isIndex()) {
                return Integer.compare(x.index(), y.index());
            }
            return x.isIndex() ? -1 : 1;
        }
        List<String> fields = FIELDS.getOrDefault(parent, List.of());
        int order = Integer.compare(rank(fields, x.name()), rank(fields, y.name()));
        return order != 0 ? order : x.name().compareTo(y.name());
    }

    private static int rank(List<String> fields, String name) {
        int rank = fields.indexOf(name);
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }
}
