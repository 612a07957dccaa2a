package org.sendplan.plan.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendplan.plan.PlanSection;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.PlanDocument;

/** Which parts of a {@code sendplan/v1} document each task-list section owns. */
public final class SectionParts {

    private SectionParts() {
    }

    public static List<NarrativeKey> narratives(PlanSection section) {
        return switch (section) {
            case EXEC_SUMMARY -> List.of(NarrativeKey.EXEC_SUMMARY);
            case Q1_VISION -> List.of(NarrativeKey.Q1_VISION);
            case Q3_STRATEGY -> List.of(NarrativeKey.Q3_STRATEGY);
            case Q7_CAPACITY -> List.of(NarrativeKey.Q7_DELIVERY_CAPACITY);
            case Q8_OTHER_FUNDING -> List.of(NarrativeKey.Q8A_BLOCK_TRANSFER, NarrativeKey.Q8B_CAPITAL);
            case Q9_ENGAGEMENT -> List.of(NarrativeKey.Q9_ENGAGEMENT);
            case Q11_DEPENDENCIES -> List.of(NarrativeKey.Q11_DEPENDENCIES);
            case Q12_MONITORING -> List.of(NarrativeKey.Q12_MONITORING);
            case Q15_SUPPORT -> List.of(NarrativeKey.Q15_SUPPORT);
            default -> List.of();
        };
    }

    public static List<AttachmentSlot> attachmentSlots(PlanSection section) {
        return switch (section) {
            case Q2_BLUEPRINT -> List.of(AttachmentSlot.Q2_BLUEPRINT_EVIDENCE);
            case Q4_MATURITY -> List.of(AttachmentSlot.Q4_MATURITY_ASSESSMENT);
            case Q5_ROADMAP -> List.of(AttachmentSlot.Q5_ROADMAP_EVIDENCE);
            case Q6_DELIVERY -> List.of(AttachmentSlot.Q6_DELIVERY_EVIDENCE);
            case Q13_DATA_RETURN -> List.of(AttachmentSlot.Q13_DATA_RETURN);
            case Q14_GOVERNANCE -> List.of(AttachmentSlot.Q14_GOVERNANCE_DIAGRAM);
            default -> List.of();
        };
    }

    /** The section's own part of the document, for the audit trail and the conflict page. */
    static Map<String, Object> extract(PlanSection section, PlanDocument document) {
        Map<String, Object> part = new LinkedHashMap<>();
        switch (section) {
            case HEADER -> {
                part.put("header", document.header());
                part.put("signatories", document.signatories());
            }
            case Q2_BLUEPRINT -> part.put("blueprint", document.blueprint());
            case Q5_ROADMAP -> part.put("roadmap", document.roadmap());
            case Q6_DELIVERY -> {
                part.put("deliveryPlan", document.deliveryPlan());
                part.put("funding", document.funding());
            }
            case Q10_RISKS -> part.put("risks", document.risks());
            case Q14_GOVERNANCE -> part.put("governance", document.governance());
            case CORE_REQUIREMENTS -> part.put("coreRequirements", document.coreRequirements());
            default -> {
            }
        }
        List<NarrativeKey> keys = narratives(section);
        if (!keys.isEmpty()) {
            Map<String, String> narratives = new LinkedHashMap<>();
            keys.forEach(key -> narratives.put(key.name(), document.narratives().get(key)));
            part.put("narratives", narratives);
        }
        List<AttachmentSlot> slots = attachmentSlots(section);
        if (!slots.isEmpty()) {
            part.put("attachments", document.attachments().stream().filter(a -> slots.contains(a.slot())).toList());
        }
        return part;
    }
}
