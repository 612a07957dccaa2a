package org.sendplan.plan.authoring;

import java.util.Set;

import org.sendplan.plan.PlanSection;

/** A controller that serves the page(s) of some task-list sections; the task list links only to these. */
interface SectionPage {

    Set<PlanSection> sections();
}
