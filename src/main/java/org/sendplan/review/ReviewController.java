package org.sendplan.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.review.ReviewRecords.CommentThread;
import org.sendplan.review.ReviewRecords.Review;
import org.sendplan.review.ReviewRecords.SectionThreads;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review pages: the review of a plan with its comments by section (everyone in scope reads
 * it), asking for a review (SRO), commenting and completing (the Department's reviewers), replying
 * (reviewers and editors), resolving (editors), and what changed since the reviewed version.
 */
@Controller
class ReviewController {

    static final String REVIEW_VIEW = "review/review";
    static final String COMMENT_VIEW = "review/comment";
    static final String REPLY_VIEW = "review/reply";
    static final String COMPLETE_VIEW = "review/complete";
    static final String CHANGES_VIEW = "review/changes";

    private final ReviewService reviews;
    private final PlanAccess access;
    private final PlanDocumentReader reader;
    private final PlanChanges changes;
    private final MessageSource messages;

    ReviewController(ReviewService reviews, PlanAccess access, PlanDocumentReader reader, PlanChanges changes,
            MessageSource messages) {
        this.reviews = reviews;
        this.access = access;
        this.reader = reader;
        this.changes = changes;
        this.messages = messages;
    }

    /** {@code significantGap} is "true" when the box is ticked; an unticked box sends nothing. */
    record CommentForm(String section, String body, String significantGap) {

        public boolean gap() {
            return "true".equals(significantGap);
        }
    }

    record ReplyForm(String body) {
    }

    record CompleteForm(String summary) {
    }

    record FieldError(String fieldId, String message) {
    }

    /** A section as the comment page's select offers it: its name and "Annex A Q10: Risks". */
    record SectionOption(String value, String label) {
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("section", "body", "significantGap", "summary");
    }

    @GetMapping("/plans/{planId}/review")
    String showReview(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        Optional<Review> review = reviews.latestReview(planId);
        List<SectionThreads> threads = review.map(r -> reviews.threads(r.id())).orElse(List.of());
        model.addAttribute("plan", plan);
        model.addAttribute("review", review.orElse(null));
        model.addAttribute("earlierReviews", reviews.earlierReviews(planId));
        model.addAttribute("sectionThreads", threads);
        model.addAttribute("openCount", threads.stream().mapToLong(SectionThreads::openCount).sum());
        model.addAttribute("sro", access.isSro(plan, user));
        model.addAttribute("reviewer", access.isDepartmentReviewer(plan, user));
        model.addAttribute("editor", access.isEditor(plan, user));
        model.addAttribute("mayDiscuss", reviews.mayDiscuss(plan, user));
        return REVIEW_VIEW;
    }

    @PostMapping("/plans/{planId}/review/request")
    String requestReview(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        reviews.requestReview(planId, user);
        redirect.addFlashAttribute("banner", "review.banner.requested");
        return redirectToReview(planId);
    }

    @GetMapping("/plans/{planId}/review/comments/new")
    String showComment(@PathVariable long planId, @RequestParam(required = false) String section,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        commentPage(planId, user, model);
        model.addAttribute("form", new CommentForm(section(section).map(Enum::name).orElse(null), null, null));
        model.addAttribute("errors", List.of());
        model.addAttribute("fieldErrors", Map.of());
        return COMMENT_VIEW;
    }

    @PostMapping("/plans/{planId}/review/comments/new")
    String saveComment(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, CommentForm form,
            Model model, RedirectAttributes redirect) {
        commentPage(planId, user, model);
        List<FieldError> errors = new ArrayList<>();
        Optional<PlanSection> section = section(form.section());
        if (section.isEmpty()) {
            errors.add(error("section", "review.comment.error.section"));
        }
        bodyError("body", form.body(), "review.comment.error.missing", "review.comment.error.tooLong")
                .ifPresent(errors::add);
        if (!errors.isEmpty()) {
            return invalid(model, form, errors, COMMENT_VIEW);
        }
        long id = reviews.comment(planId, user, section.get(), form.body(), form.gap());
        redirect.addFlashAttribute("banner", "review.banner.commented");
        return redirectToReview(planId) + "#comment-" + id;
    }

    @GetMapping("/plans/{planId}/review/comments/{commentId}/reply")
    String showReply(@PathVariable long planId, @PathVariable long commentId,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        replyPage(planId, commentId, user, model);
        model.addAttribute("form", new ReplyForm(null));
        model.addAttribute("errors", List.of());
        model.addAttribute("fieldErrors", Map.of());
        return REPLY_VIEW;
    }

    @PostMapping("/plans/{planId}/review/comments/{commentId}/reply")
    String saveReply(@PathVariable long planId, @PathVariable long commentId,
            @AuthenticationPrincipal CurrentUser user, ReplyForm form, Model model, RedirectAttributes redirect) {
        replyPage(planId, commentId, user, model);
        Optional<FieldError> error = bodyError("body", form.body(), "review.reply.error.missing",
                "review.reply.error.tooLong");
        if (error.isPresent()) {
            return invalid(model, form, List.of(error.get()), REPLY_VIEW);
        }
        reviews.reply(planId, commentId, user, form.body());
        redirect.addFlashAttribute("banner", "review.banner.replied");
        return redirectToReview(planId) + "#comment-" + commentId;
    }

    @PostMapping("/plans/{planId}/review/comments/{commentId}/resolve")
    String resolve(@PathVariable long planId, @PathVariable long commentId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        reviews.resolve(planId, commentId, user);
        redirect.addFlashAttribute("banner", "review.banner.resolved");
        return redirectToReview(planId) + "#comment-" + commentId;
    }

    @GetMapping("/plans/{planId}/review/complete")
    String showComplete(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        completePage(planId, user, model);
        model.addAttribute("form", new CompleteForm(null));
        model.addAttribute("errors", List.of());
        model.addAttribute("fieldErrors", Map.of());
        return COMPLETE_VIEW;
    }

    @PostMapping("/plans/{planId}/review/complete")
    String complete(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, CompleteForm form,
            Model model, RedirectAttributes redirect) {
        completePage(planId, user, model);
        if (form.summary() != null && form.summary().strip().length() > ReviewService.MAX_BODY_LENGTH) {
            return invalid(model, form, List.of(error("summary", "review.complete.error.tooLong")), COMPLETE_VIEW);
        }
        reviews.complete(planId, user, form.summary());
        redirect.addFlashAttribute("banner", "review.banner.completed");
        return redirectToReview(planId);
    }

    @GetMapping("/plans/{planId}/review/changes")
    String showChanges(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        Optional<Review> review = reviews.latestReview(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("review", review.orElse(null));
        model.addAttribute("sections", review
                .map(r -> changes.compare(reviews.reviewedContent(r.id()), reader.read(planId)))
                .orElse(List.of()));
        return CHANGES_VIEW;
    }

    /** A step that no longer fits (someone else acted first) goes back to the review page with why. */
    @ExceptionHandler
    String stateChanged(ReviewStateException e, HttpServletRequest request, RedirectAttributes redirect) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        redirect.addFlashAttribute("stateError", e.messageKey());
        return redirectToReview(Long.parseLong(variables.get("planId")));
    }

    /** The comment page: 404 outside scope, 403 for anyone but the Department's reviewers, an open review. */
    private PlanSummary commentPage(long planId, CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        if (!access.isDepartmentReviewer(plan, user)) {
            throw new AccessDeniedException("Only the Department's reviewers may comment");
        }
        Review review = reviews.latestReview(planId).filter(Review::open)
                .orElseThrow(() -> new ReviewStateException("review.error.notOpen", "No open review of " + planId));
        model.addAttribute("plan", plan);
        model.addAttribute("review", review);
        model.addAttribute("sectionOptions", Arrays.stream(PlanSection.values())
                .map(section -> new SectionOption(section.name(),
                        messages.getMessage("section." + section.name() + ".ref", null, Locale.UK) + ": "
                                + messages.getMessage("section." + section.name() + ".title", null, Locale.UK)))
                .toList());
        return plan;
    }

    private void replyPage(long planId, long commentId, CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        if (!reviews.mayDiscuss(plan, user)) {
            throw new AccessDeniedException("Only the Department's reviewers and the plan's editors may reply");
        }
        CommentThread thread = reviews.latestReview(planId)
                .flatMap(review -> reviews.threads(review.id()).stream()
                        .flatMap(section -> section.threads().stream())
                        .filter(candidate -> candidate.id() == commentId)
                        .findFirst())
                .orElseThrow(() -> new CommentNotFoundException(commentId));
        if (thread.resolved()) {
            throw new ReviewStateException("review.error.resolved", "Comment " + commentId + " is resolved");
        }
        model.addAttribute("plan", plan);
        model.addAttribute("thread", thread);
    }

    private void completePage(long planId, CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        if (!access.isDepartmentReviewer(plan, user)) {
            throw new AccessDeniedException("Only the Department's reviewers may complete a review");
        }
        Review review = reviews.latestReview(planId).filter(Review::open)
                .orElseThrow(() -> new ReviewStateException("review.error.notOpen", "No open review of " + planId));
        List<SectionThreads> threads = reviews.threads(review.id());
        model.addAttribute("plan", plan);
        model.addAttribute("review", review);
        model.addAttribute("openCount", threads.stream().mapToLong(SectionThreads::openCount).sum());
    }

    private String invalid(Model model, Object form, List<FieldError> errors, String view) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        errors.forEach(error -> fieldErrors.putIfAbsent(error.fieldId(), error.message()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", fieldErrors);
        return view;
    }

    private Optional<FieldError> bodyError(String fieldId, String body, String missingKey, String tooLongKey) {
        if (body == null || body.isBlank()) {
            return Optional.of(error(fieldId, missingKey));
        }
        if (body.strip().length() > ReviewService.MAX_BODY_LENGTH) {
            return Optional.of(error(fieldId, tooLongKey));
        }
        return Optional.empty();
    }

    private FieldError error(String fieldId, String key) {
        return new FieldError(fieldId, messages.getMessage(key, null, Locale.UK));
    }

    private static Optional<PlanSection> section(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (PlanSection section : PlanSection.values()) {
            if (section.name().equals(name)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    private static String redirectToReview(long planId) {
        return "redirect:/plans/" + planId + "/review";
    }
}
