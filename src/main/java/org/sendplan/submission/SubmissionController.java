package org.sendplan.submission;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanSummary;
import org.sendplan.signoff.SignOffStateException;
import org.sendplan.submission.SubmissionService.Submission;
import org.sendplan.submission.pack.PackInspection;
import org.sendplan.submission.pack.PackInspector;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Submitting a signed plan, the confirmation, the submission pack (page download and
 * {@code GET /api/plans/{id}/pack}, the same stored bytes), and "Check a submission pack".
 */
@Controller
class SubmissionController {

    static final String SUBMITTED_VIEW = "submission/submitted";
    static final String CHECK_VIEW = "submission/check";

    private final SubmissionService submissions;
    private final PlanAccess access;
    private final PackInspector inspector;

    SubmissionController(SubmissionService submissions, PlanAccess access, PackInspector inspector) {
        this.submissions = submissions;
        this.access = access;
        this.inspector = inspector;
    }

    @PostMapping("/plans/{planId}/submit")
    String submit(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user) {
        submissions.submit(planId, user);
        return "redirect:/plans/" + planId + "/submitted";
    }

    @GetMapping("/plans/{planId}/submitted")
    String showSubmitted(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        Submission submission = submissions.find(planId, user)
                .orElseThrow(() -> new SignOffStateException(planId, "submission.error.notSubmitted", "Not submitted"));
        model.addAttribute("plan", plan);
        model.addAttribute("submission", submission);
        return SUBMITTED_VIEW;
    }

    @GetMapping("/plans/{planId}/pack")
    ResponseEntity<byte[]> downloadPack(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user) {
        PlanSummary plan = access.readable(planId, user);
        return submissions.pack(planId, user)
                .map(bytes -> packResponse(plan, bytes))
                .orElseThrow(() -> new SignOffStateException(planId, "submission.error.notSubmitted", "Not submitted"));
    }

    @GetMapping("/api/plans/{planId}/pack")
    ResponseEntity<?> apiPack(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user) {
        PlanSummary plan = access.readable(planId, user);
        Optional<byte[]> pack = submissions.pack(planId, user);
        if (pack.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("message", "The plan has not been submitted, so it has no pack yet",
                            "status", plan.status().name()));
        }
        return packResponse(plan, pack.get());
    }

    /** A step that no longer fits the plan (for example submitting twice) goes back to its sign-off page. */
    @ExceptionHandler
    String stateChanged(SignOffStateException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("stateError", e.messageKey());
        return "redirect:/plans/" + e.planId() + "/sign-off";
    }

    @GetMapping("/submission/check")
    String showCheck(Model model) {
        model.addAttribute("error", null);
        return CHECK_VIEW;
    }

    /** What the check found: the pack's own integrity, and whether it matches a submission we hold. */
    record CheckResult(PackInspection inspection, Submission recorded, boolean manifestMatches, boolean planMatches) {

        public boolean matchesRecord() {
            return recorded != null && manifestMatches && planMatches;
        }

        public boolean verified() {
            return inspection.intact() && matchesRecord();
        }
    }

    @PostMapping("/submission/check")
    String check(@RequestParam(name = "pack", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "submission.check.error.noFile");
            return CHECK_VIEW;
        }
        PackInspection inspection;
        try (InputStream in = file.getInputStream()) {
            inspection = inspector.inspect(in);
        }
        if (!inspection.readable()) {
            model.addAttribute("error", "submission.check.error.notAPack");
            model.addAttribute("problems", inspection.problems());
            return CHECK_VIEW;
        }
        Submission recorded = inspection.contentHash() == null ? null
                : submissions.findVisibleByContentHash(inspection.contentHash(), user).orElse(null);
        boolean manifestMatches = recorded != null && recorded.manifestSha256().equals(inspection.manifestSha256());
        boolean planMatches = recorded != null && inspection.planId() != null
                && recorded.planId() == inspection.planId();
        model.addAttribute("filename", file.getOriginalFilename());
        model.addAttribute("result", new CheckResult(inspection, recorded, manifestMatches, planMatches));
        return CHECK_VIEW;
    }

    private static ResponseEntity<byte[]> packResponse(PlanSummary plan, byte[] bytes) {
        String filename = "sendplan-" + plan.partnershipCode().toLowerCase(java.util.Locale.ROOT) + "-"
                + plan.planYear() + "-submission-pack.zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .contentLength(bytes.length)
                .body(bytes);
    }
}
