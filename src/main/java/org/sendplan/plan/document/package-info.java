/**
 * The {@code sendplan/v1} interchange form of a plan (plan-format.md): the {@link
 * org.sendplan.plan.document.PlanDocument} records and their enumerations, reading a plan into one,
 * parsing and checking a submitted one, replacing a draft's content with it, and the
 * {@code GET}/{@code PUT /api/plans/{id}} API. Validation, sign-off and submission work on these
 * types, so the package is a named interface of the plan module.
 */
@org.springframework.modulith.NamedInterface("document")
package org.sendplan.plan.document;
