package org.sendplan.plan.document;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The 41 core minimum requirements, in the order of domain.md. The document names each by its
 * {@link #code()}, e.g. {@code EAH-1}; {@link #group()} is the part before the dash.
 */
public enum CoreRequirementId {
    EAH_1, EAH_2, EAH_3, EAH_4, EAH_5, EAH_6, EAH_7, EAH_8, EAH_9, EAH_10, EAH_11,
    SUF_1, SUF_2, SUF_3, SUF_4, SUF_5, SUF_6, SUF_7, SUF_8,
    UNI_1, UNI_2, UNI_3, UNI_4, UNI_5,
    EY_1, EY_2, EY_3,
    P16_1, P16_2,
    PART_1, PART_2, PART_3, PART_4, PART_5, PART_6,
    COP_1, COP_2, COP_3, COP_4,
    MED_1, MED_2;

    private final String code;

    CoreRequirementId() {
        this.code = name().replace('_', '-');
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** {@code EAH}, {@code SUF}, {@code UNI}, {@code EY}, {@code P16}, {@code PART}, {@code COP} or {@code MED}. */
    public String group() {
        return code.substring(0, code.indexOf('-'));
    }

    public static Optional<CoreRequirementId> fromCode(String code) {
        for (CoreRequirementId id : values()) {
            if (id.code.equals(code)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
