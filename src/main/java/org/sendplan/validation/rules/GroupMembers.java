package org.sendplan.validation.rules;

import java.util.function.Predicate;

import org.sendplan.plan.document.GovernanceKind;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;

/** Representation in governance counts only as a member of a group (a board or forum), not an individual row. */
final class GroupMembers {

    private GroupMembers() {
    }

    static boolean anyGroupHas(PlanDocument document, Predicate<OrganisationType> type) {
        return document.governance().stream()
                .filter(row -> row.kind() == GovernanceKind.GROUP)
                .flatMap(row -> row.members().stream())
                .anyMatch(member -> member.organisationType() != null && type.test(member.organisationType()));
    }
}
