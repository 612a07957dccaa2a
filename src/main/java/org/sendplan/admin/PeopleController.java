package org.sendplan.admin;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.Arrays;
import java.util.List;

import org.sendplan.account.FormErrors;
import org.sendplan.account.CurrentUser;
import org.sendplan.account.Invitations;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "People" for a partnership's SRO: who is in the partnership, inviting contributors and
 * signatories, and removing a member. The partnership is always the SRO's own.
 */
@Controller
class PeopleController {

    static final String PEOPLE_VIEW = "admin/people";
    static final String INVITE_VIEW = "admin/people-invite";
    static final String REMOVE_VIEW = "admin/people-remove";

    private final People people;
    private final Invitations invitations;
    private final MessageSource messages;

    PeopleController(People people, Invitations invitations, MessageSource messages) {
        this.people = people;
        this.invitations = invitations;
        this.messages = messages;
    }

    record InviteForm(String email, String role, String signatoryRole) {
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("email", "role", "signatoryRole");
    }

    @GetMapping("/partnership/people")
    String showPeople(@AuthenticationPrincipal CurrentUser user, Model model) {
        People.Partnership partnership = people.sroPartnership(user);
        model.addAttribute("partnership", partnership);
        model.addAttribute("members", people.members(partnership.id()));
        model.addAttribute("pending", invitations.pending(partnership.id()));
        model.addAttribute("me", user.getId());
        return PEOPLE_VIEW;
    }

    @GetMapping("/partnership/people/invite")
    String showInvite(@AuthenticationPrincipal CurrentUser user, Model model) {
        invitePage(people.sroPartnership(user), new InviteForm("", null, null), new FormErrors(messages), model);
        return INVITE_VIEW;
    }

    @PostMapping("/partnership/people/invite")
    String invite(InviteForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        People.Partnership partnership = people.sroPartnership(user);
        String email = form.email() == null ? "" : form.email().strip();
        FormErrors errors = new FormErrors(messages);
        if (email.isEmpty()) {
            errors.add("email", "admin.invite.email.error.missing");
        }
        else if (email.length() > AdministrationController.MAX_EMAIL
                || !AdministrationController.EMAIL.matcher(email).matches()) {
            errors.add("email", "admin.invite.email.error.format");
        }
        MembershipRole role = enumOrNull(MembershipRole.class, form.role());
        if (role == null || role == MembershipRole.SRO) {
            errors.add("role", "people.invite.role.error.missing");
        }
        SignatoryRole signatoryRole = enumOrNull(SignatoryRole.class, form.signatoryRole());
        if (role == MembershipRole.SIGNATORY && signatoryRole == null) {
            errors.add("signatoryRole", "people.invite.signatoryRole.error.missing");
        }
        if (!errors.isEmpty()) {
            invitePage(partnership, new InviteForm(email, form.role(), form.signatoryRole()), errors, model);
            return INVITE_VIEW;
        }
        invitations.invite(partnership.id(), email, role, role == MembershipRole.SIGNATORY ? signatoryRole : null,
                user);
        redirect.addFlashAttribute("banner", "people.banner.invited");
        redirect.addFlashAttribute("bannerArgument", email);
        return "redirect:/partnership/people";
    }

    @GetMapping("/partnership/people/{membershipId}/remove")
    String showRemove(@PathVariable long membershipId, @AuthenticationPrincipal CurrentUser user, Model model) {
        People.Partnership partnership = people.sroPartnership(user);
        model.addAttribute("member", people.member(partnership.id(), membershipId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return REMOVE_VIEW;
    }

    @PostMapping("/partnership/people/{membershipId}/remove")
    String remove(@PathVariable long membershipId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        People.Partnership partnership = people.sroPartnership(user);
        People.Removal removal = people.remove(partnership.id(), membershipId, user)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        redirect.addFlashAttribute(removal == People.Removal.REMOVED ? "banner" : "problem",
                removal == People.Removal.REMOVED ? "people.banner.removed" : "people.error.lastSro");
        return "redirect:/partnership/people";
    }

    private void invitePage(People.Partnership partnership, InviteForm form, FormErrors errors, Model model) {
        model.addAttribute("partnership", partnership);
        model.addAttribute("form", form);
        model.addAttribute("roleOptions", List.of(
                option("CONTRIBUTOR", "people.role.CONTRIBUTOR", "people.role.CONTRIBUTOR.hint"),
                option("SIGNATORY", "people.role.SIGNATORY", "people.role.SIGNATORY.hint")));
        model.addAttribute("signatoryRoleOptions", Arrays.stream(SignatoryRole.values())
                .map(role -> option(role.name(), "header.signatoryRole." + role.name(), null))
                .toList());
        errors.addTo(model);
    }

    private FormOption option(String value, String labelKey, String hintKey) {
        return new FormOption(value, messages.getMessage(labelKey, null, java.util.Locale.UK),
                hintKey == null ? null : messages.getMessage(hintKey, null, java.util.Locale.UK));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }
}
