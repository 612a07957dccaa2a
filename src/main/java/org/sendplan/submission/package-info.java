/**
 * Submitting a signed plan to the Department: the submission pack (the plan as Word, PDF and
 * Excel, the validation report, the sign-off certificate, attachments, {@code plan.json} and a
 * manifest of hashes) and checking a pack against its manifest.
 */
package org.sendplan.submission;
