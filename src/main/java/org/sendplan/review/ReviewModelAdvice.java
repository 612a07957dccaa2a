package org.sendplan.review;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.sendplan.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Puts the number of open review comments per section on the plan's pages (the task list and
 * each section page show it), so the partnership sees where the Department has asked for
 * changes. Only plan pages pay for the one query, never the JSON API.
 */
@ControllerAdvice(basePackages = "org.sendplan.plan")
class ReviewModelAdvice {

    private final ReviewService reviews;

    ReviewModelAdvice(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** Keyed by section name: templates look sections up by {@code section.name()}. */
    @ModelAttribute("openReviewComments")
    Map<String, Long> openReviewComments(@PathVariable(required = false) Long planId,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        if (planId == null || user == null || !request.getRequestURI().startsWith("/plans/")) {
            return null;
        }
        Map<String, Long> counts = new HashMap<>();
        reviews.openCommentCounts(planId, user.getId()).forEach((section, count) -> counts.put(section.name(), count));
        return counts;
    }
}
