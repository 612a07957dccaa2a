package org.sendplan.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sendplan.plan.PlanSection;
import org.sendplan.plan.SectionCompletionCheck;
import org.sendplan.plan.document.PlanDocument;
import org.springframework.stereotype.Component;

/**
 * The plan capability's completion check, answered by the rule engine: a section is complete only
 * when no blocking finding belongs to it. The submission deadline is left out of the snapshot
 * because its finding is a plan-wide warning that never belongs to a section.
 */
@Component
class ValidationSectionCompletionCheck implements SectionCompletionCheck {

    private final RuleEngine engine;
    private final Clock clock;

    ValidationSectionCompletionCheck(RuleEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public List<Problem> blockingProblems(PlanSection section, PlanDocument document) {
        return blocking(document).stream()
                .filter(finding -> finding.section().equals(Optional.of(section)))
                .map(finding -> new Problem(finding.path(), finding.message()))
                .toList();
    }

    @Override
    public Map<PlanSection, Long> blockingCounts(PlanDocument document) {
        Map<PlanSection, Long> counts = new EnumMap<>(PlanSection.class);
        for (Finding finding : blocking(document)) {
            finding.section().ifPresent(section -> counts.merge(section, 1L, Long::sum));
        }
        return counts;
    }

    private List<Finding> blocking(PlanDocument document) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PlanValidator.DEADLINE_ZONE);
        return engine.validate(new PlanSnapshot(document, today, null)).blocking();
    }
}
