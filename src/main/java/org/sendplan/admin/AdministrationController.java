package org.sendplan.admin;

import java.util.Optional;
import java.util.regex.Pattern;

import org.sendplan.account.FormErrors;
import org.sendplan.account.CurrentUser;
import org.sendplan.account.Invitations;
import org.sendplan.account.MembershipRole;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Service administration of partnerships (Department admins only, see the security
 * configuration): the list, adding a partnership, inviting its SRO and assigning advisers.
 */
@Controller
class AdministrationController {

    static final String LIST_VIEW = "admin/partnerships";
    static final String NEW_VIEW = "admin/partnership-new";
    static final String DETAIL_VIEW = "admin/partnership";
    /** Enough to catch typing mistakes; whether the address works is shown by the invitee using the link. */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_EMAIL = 254;

    private final PartnershipAdministration administration;
    private final Invitations invitations;
    private final MessageSource messages;

    AdministrationController(PartnershipAdministration administration, Invitations invitations,
            MessageSource messages) {
        this.administration = administration;
        this.invitations = invitations;
        this.messages = messages;
    }

    record InvitationForm(String email) {
    }

    record AssignmentForm(String adviserId) {
    }

    /** Runs before every handler of this controller. */
    @ModelAttribute
    void requireAdmin(@AuthenticationPrincipal CurrentUser user) {
        administration.requireAdmin(user);
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("laName", "icbName", "code", "displayName", "email", "adviserId");
    }

    @GetMapping("/admin")
    String showPartnerships(Model model) {
        model.addAttribute("partnerships", administration.partnerships());
        return LIST_VIEW;
    }

    @GetMapping("/admin/partnerships/new")
    String showNewPartnership(Model model) {
        model.addAttribute("form", PartnershipForm.empty());
        new FormErrors(messages).addTo(model);
        return NEW_VIEW;
    }

    @PostMapping("/admin/partnerships/new")
    String createPartnership(PartnershipForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors(messages);
        form.check(errors);
        Optional<Long> created = errors.isEmpty() ? administration.create(form, user) : Optional.empty();
        if (errors.isEmpty() && created.isEmpty()) {
            errors.add("code", "admin.partnership.code.error.taken", form.code().strip());
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            errors.addTo(model);
            return NEW_VIEW;
        }
        redirect.addFlashAttribute("banner", "admin.banner.created");
        return "redirect:/admin/partnerships/" + created.get();
    }

    @GetMapping("/admin/partnerships/{id}")
    String showPartnership(@PathVariable long id, Model model) {
        detail(id, model, new InvitationForm(""), new FormErrors(messages));
        return DETAIL_VIEW;
    }

    @PostMapping("/admin/partnerships/{id}/sro-invitation")
    String inviteSro(@PathVariable long id, InvitationForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        PartnershipAdministration.PartnershipRow partnership = partnership(id);
        String email = form.email() == null ? "" : form.email().strip();
        FormErrors errors = new FormErrors(messages);
        if (email.isEmpty()) {
            errors.add("email", "admin.invite.email.error.missing");
        }
        else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            errors.add("email", "admin.invite.email.error.format");
        }
        if (!errors.isEmpty()) {
            detail(id, model, new InvitationForm(email), errors);
            return DETAIL_VIEW;
        }
        invitations.invite(partnership.id(), email, MembershipRole.SRO, null, user);
        redirect.addFlashAttribute("banner", "admin.banner.invited");
        redirect.addFlashAttribute("bannerArgument", email);
        return "redirect:/admin/partnerships/" + id;
    }

    @PostMapping("/admin/partnerships/{id}/advisers")
    String assignAdviser(@PathVariable long id, AssignmentForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        partnership(id);
        Long adviserId = parse(form.adviserId());
        if (adviserId == null || !administration.assign(id, adviserId, user)) {
            FormErrors errors = new FormErrors(messages);
            errors.add("adviserId", "admin.advisers.error.missing");
            detail(id, model, new InvitationForm(""), errors);
            return DETAIL_VIEW;
        }
        redirect.addFlashAttribute("banner", "admin.banner.assigned");
        return "redirect:/admin/partnerships/" + id;
    }

    @PostMapping("/admin/partnerships/{id}/advisers/{adviserId}/remove")
    String unassignAdviser(@PathVariable long id, @PathVariable long adviserId,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        partnership(id);
        administration.unassign(id, adviserId, user);
        redirect.addFlashAttribute("banner", "admin.banner.unassigned");
        return "redirect:/admin/partnerships/" + id;
    }

    private void detail(long id, Model model, InvitationForm form, FormErrors errors) {
        PartnershipAdministration.PartnershipRow partnership = partnership(id);
        model.addAttribute("partnership", partnership);
        model.addAttribute("members", administration.members(id));
        model.addAttribute("pending", invitations.pending(id));
        var assigned = administration.assignedAdvisers(id);
        model.addAttribute("assigned", assigned);
        model.addAttribute("advisers", administration.advisers().stream()
                .filter(adviser -> assigned.stream().noneMatch(person -> person.userId() == adviser.userId()))
                .map(adviser -> new FormOption(String.valueOf(adviser.userId()),
                        adviser.displayName() + " (" + adviser.email() + ")", null))
                .toList());
        model.addAttribute("form", form);
        errors.addTo(model);
    }

    private PartnershipAdministration.PartnershipRow partnership(long id) {
        return administration.partnership(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private static Long parse(String id) {
        try {
            return id == null ? null : Long.valueOf(id.strip());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }
}
