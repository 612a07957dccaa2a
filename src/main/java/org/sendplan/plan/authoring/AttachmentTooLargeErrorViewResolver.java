package org.sendplan.plan.authoring;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.sendplan.plan.PlanLinks;
import org.sendplan.plan.attachments.AttachmentRejectedException.Reason;
import org.sendplan.plan.document.AttachmentSlot;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Sends an upload over the multipart limits back to its page with the "smaller than 20MB" error.
 *
 * <p>Such a request never reaches a controller, so an {@code @ExceptionHandler} cannot catch it:
 * Spring Security's CSRF filter reads the token parameter first, and Tomcat 11 answers that read
 * by throwing (413) because the body is over the limit. The request then ends in Boot's error
 * page for 413, and this resolver turns that page into a redirect when the failed request was
 * one of the attachment uploads. (A client sending the token in a header gets as far as
 * {@code DispatcherServlet}, whose {@code MaxUploadSizeExceededException} also ends here as a 413.)
 * The redirect only leads to a page the user could open anyway, so it needs no CSRF check.
 */
@Component
class AttachmentTooLargeErrorViewResolver implements ErrorViewResolver, Ordered {

    private static final PathPattern ATTACHMENT_PAGE = PathPatternParser.defaultInstance
            .parse("/plans/{planId}/attachments/{slot}");
    private static final PathPattern SECTION_PAGE = PathPatternParser.defaultInstance
            .parse("/plans/{planId}/sections/{slug}");

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.CONTENT_TOO_LARGE
                || !(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri)) {
            return null;
        }
        return pageOf(PathContainer.parsePath(uri.substring(request.getContextPath().length())))
                .map(page -> {
                    RequestContextUtils.getOutputFlashMap(request).put(AttachmentUploads.ERROR_FLASH,
                            Reason.TOO_LARGE.name());
                    RedirectView redirect = new RedirectView(page, true);
                    redirect.setStatusCode(HttpStatus.SEE_OTHER);
                    redirect.setExposeModelAttributes(false);
                    return new ModelAndView(redirect);
                })
                .orElse(null);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The page that posted the upload, rebuilt from known values only (never echoing the request). */
    private static Optional<String> pageOf(PathContainer path) {
        PathPattern.PathMatchInfo attachment = ATTACHMENT_PAGE.matchAndExtract(path);
        if (attachment != null) {
            Map<String, String> variables = attachment.getUriVariables();
            return planId(variables).flatMap(planId -> Arrays.stream(AttachmentSlot.values())
                    .filter(slot -> slot.name().equals(variables.get("slot")))
                    .findFirst()
                    .map(slot -> AttachmentController.attachmentUrl(planId, slot)));
        }
        PathPattern.PathMatchInfo section = SECTION_PAGE.matchAndExtract(path);
        if (section != null) {
            Map<String, String> variables = section.getUriVariables();
            return planId(variables).flatMap(planId -> AttachmentSectionController.SECTIONS_WITH_UPLOAD.stream()
                    .filter(candidate -> candidate.slug().equals(variables.get("slug")))
                    .findFirst()
                    .map(found -> PlanLinks.section(planId, found)));
        }
        return Optional.empty();
    }

    private static Optional<Long> planId(Map<String, String> variables) {
        try {
            return Optional.of(Long.parseLong(variables.get("planId")));
        } catch (NumberFormatException notAPlan) {
            return Optional.empty();
        }
    }
}
