package org.sendplan.validation.rules;

import java.util.List;

import org.sendplan.validation.Rule;

/** Every rule of rules.md, in its table order. A new rule is added here and in rules.md together. */
public final class Rules {

    private static final List<Rule> ALL = List.of(new HeaderCompleteRule(), new SroLaOfficialRule(),
            new SignatoryRolesRule(), new NarrativeRequiredRule(), new WordLimitRule(), new BlueprintCompleteRule(),
            new RoadmapCompleteRule(), new RoadmapMeasuresRule(), new DeliveryWorkstreamsRule(),
            new DeliveryQuarterMilestoneRule(), new DeliveryBlockCoverageRule(), new SpendLineValidRule(),
            new FundWithinAllocationRule(), new FundUnderspendRule(), new FundDirect90Rule(), new FundApst10Rule(),
            new FundEligibleWorkforceRule(), new FundBaselineMaintainedRule(), new SaltAdvancedPractitionerRule(),
            new RiskCountRule(), new RiskCompleteRule(), new RiskRagMatrixRule(), new GovernanceCompleteRule(),
            new GovernanceHealthRule(), new GovernancePcfRule(), new GovernanceSroRule(), new CoreRequirementsRule(),
            new AttachmentsRequiredRule(), new SubmissionDeadlineRule());

    private Rules() {
    }

    /** The rules are stateless, so one shared instance of each serves every validation. */
    public static List<Rule> all() {
        return ALL;
    }
}
