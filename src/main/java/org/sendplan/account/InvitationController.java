package org.sendplan.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.sendplan.account.Invitations.Invitation;
import org.sendplan.account.Invitations.State;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an invitation link opens, without signing in: the invitee sets their name and a
 * password, or, when their e-mail already has an account, joins and signs in as usual. A link
 * that was used or has expired answers 410 Gone, one that never existed 404.
 */
@Controller
class InvitationController {

    static final String ACCEPT_VIEW = "account/invitation";
    static final String UNUSABLE_VIEW = "account/invitation-unusable";
    static final String ACCEPTED_VIEW = "account/invitation-accepted";
    static final int MAX_NAME_LENGTH = 200;

    private final Invitations invitations;
    private final MessageSource messages;

    InvitationController(Invitations invitations, MessageSource messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    record AcceptForm(String displayName, String password) {
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("displayName", "password");
    }

    @GetMapping("/invitations/accepted")
    String showAccepted() {
        return ACCEPTED_VIEW;
    }

    @GetMapping("/invitations/{token}")
    String showInvitation(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<Invitation> invitation = invitations.find(token);
        if (invitation.isEmpty() || invitation.get().state() != State.VALID) {
            return unusable(invitation, response, model);
        }
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("token", token);
        model.addAttribute("form", new AcceptForm("", null));
        new FormErrors(messages).addTo(model);
        return ACCEPT_VIEW;
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, AcceptForm form, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Optional<Invitation> found = invitations.find(token);
        if (found.isEmpty() || found.get().state() != State.VALID) {
            return unusable(found, response, model);
        }
        Invitation invitation = found.get();
        Optional<Invitation> accepted;
        if (invitation.existingAccount()) {
            accepted = invitations.acceptWithExistingAccount(token);
        }
        else {
            String name = form.displayName() == null ? "" : form.displayName().strip();
            FormErrors errors = new FormErrors(messages);
            if (name.isEmpty()) {
                errors.add("displayName", "invitation.name.error.missing");
            }
            else if (name.length() > MAX_NAME_LENGTH) {
                errors.add("displayName", "invitation.name.error.tooLong", MAX_NAME_LENGTH);
            }
            PasswordPolicy.check(form.password(), invitation.email()).stream().findFirst()
                    .ifPresent(problem -> errors.add("password", problem.messageKey(), PasswordPolicy.MIN_LENGTH,
                            PasswordPolicy.MAX_LENGTH));
            if (!errors.isEmpty()) {
                // The password is never sent back to the browser; the name is.
                model.addAttribute("invitation", invitation);
                model.addAttribute("token", token);
                model.addAttribute("form", new AcceptForm(name, null));
                errors.addTo(model);
                return ACCEPT_VIEW;
            }
            accepted = invitations.acceptWithNewAccount(token, name, form.password());
        }
        if (accepted.isEmpty()) {
            return unusable(invitations.find(token), response, model);
        }
        redirect.addFlashAttribute("partnershipName", accepted.get().partnershipName());
        redirect.addFlashAttribute("email", accepted.get().email());
        redirect.addFlashAttribute("newAccount", !accepted.get().existingAccount());
        return "redirect:/invitations/accepted";
    }

    private static String unusable(Optional<Invitation> invitation, HttpServletResponse response, Model model) {
        State state = invitation.map(Invitation::state).orElse(State.UNKNOWN);
        response.setStatus(state == State.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("state", state);
        return UNUSABLE_VIEW;
    }
}
