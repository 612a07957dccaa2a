/**
 * Supporting files of a plan (Annex A uploads): checked by content, stored in PostgreSQL with
 * their SHA-256. Sign-off and submission read them through {@link
 * org.sendplan.plan.attachments.AttachmentService}, so the package is a named interface of the
 * plan module.
 */
@org.springframework.modulith.NamedInterface("attachments")
package org.sendplan.plan.attachments;
