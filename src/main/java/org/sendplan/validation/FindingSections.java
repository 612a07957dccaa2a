package org.sendplan.validation;

import java.util.Optional;

import org.sendplan.plan.PlanSection;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.NarrativeKey;

/**
 * Which task-list section a finding belongs to, from its path alone, so pages can list findings
 * under their sections and link to the page that fixes them. Findings about the plan as a whole
 * (such as the submission deadline, path {@code $}) belong to no section.
 */
public final class FindingSections {

    private FindingSections() {
    }

    public static Optional<PlanSection> sectionOf(String path) {
        FindingPath parsed = FindingPath.parse(path);
        String top = parsed.name(0);
        if (top == null) {
            return Optional.empty();
        }
        return switch (top) {
            case "header", "signatories" -> Optional.of(PlanSection.HEADER);
            case "narratives" -> enumValue(NarrativeKey.class, parsed.name(1)).map(FindingSections::sectionOf);
            case "blueprint" -> Optional.of(PlanSection.Q2_BLUEPRINT);
            case "roadmap" -> Optional.of(PlanSection.Q5_ROADMAP);
            case "deliveryPlan", "funding" -> Optional.of(PlanSection.Q6_DELIVERY);
            case "risks" -> Optional.of(PlanSection.Q10_RISKS);
            case "governance" -> Optional.of(PlanSection.Q14_GOVERNANCE);
            case "coreRequirements" -> Optional.of(PlanSection.CORE_REQUIREMENTS);
            case "attachments" -> enumValue(AttachmentSlot.class, parsed.name(1)).flatMap(FindingSections::sectionOf);
            default -> Optional.empty();
        };
    }

    public static PlanSection sectionOf(NarrativeKey key) {
        return switch (key) {
            case EXEC_SUMMARY -> PlanSection.EXEC_SUMMARY;
            case Q1_VISION -> PlanSection.Q1_VISION;
            case Q3_STRATEGY -> PlanSection.Q3_STRATEGY;
            case Q7_DELIVERY_CAPACITY -> PlanSection.Q7_CAPACITY;
            case Q8A_BLOCK_TRANSFER, Q8B_CAPITAL -> PlanSection.Q8_OTHER_FUNDING;
            case Q9_ENGAGEMENT -> PlanSection.Q9_ENGAGEMENT;
            case Q11_DEPENDENCIES -> PlanSection.Q11_DEPENDENCIES;
            case Q12_MONITORING -> PlanSection.Q12_MONITORING;
            case Q15_SUPPORT -> PlanSection.Q15_SUPPORT;
        };
    }

    /** The section an upload belongs to; {@code OTHER} uploads belong to none. */
    public static Optional<PlanSection> sectionOf(AttachmentSlot slot) {
        return switch (slot) {
            case Q2_BLUEPRINT_EVIDENCE -> Optional.of(PlanSection.Q2_BLUEPRINT);
            case Q4_MATURITY_ASSESSMENT -> Optional.of(PlanSection.Q4_MATURITY);
            case Q5_ROADMAP_EVIDENCE -> Optional.of(PlanSection.Q5_ROADMAP);
            case Q6_DELIVERY_EVIDENCE -> Optional.of(PlanSection.Q6_DELIVERY);
            case Q13_DATA_RETURN -> Optional.of(PlanSection.Q13_DATA_RETURN);
            case Q14_GOVERNANCE_DIAGRAM -> Optional.of(PlanSection.Q14_GOVERNANCE);
            case OTHER -> Optional.empty();
        };
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
