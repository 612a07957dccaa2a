package org.sendplan.signoff;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.sendplan.account.CurrentUser;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanStatus;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.signoff.SignOffEvents.PlanFrozen;
import org.sendplan.signoff.SignOffEvents.PlanReturnedToDraft;
import org.sendplan.signoff.SignOffEvents.PlanSignatureDeclined;
import org.sendplan.signoff.SignOffEvents.PlanSignatureRecorded;
import org.sendplan.signoff.SignOffEvents.PlanSigned;
import org.sendplan.signoff.SignOffEvents.VoidReason;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.PlanValidator;
import org.sendplan.validation.ValidationResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-off workflow: the SRO freezes a valid plan with its content hash; each signatory
 * signs that hash or declines; a decline or the SRO withdrawing returns the plan to draft and
 * voids every signature of the round (kept, never deleted). When all five required roles have
 * signed the same hash, the plan is signed.
 *
 * <p>Every step locks the plan row first, so steps on one plan happen one after another, and
 * section saves (which lock the same row) cannot slip in between validating and freezing.
 */
@Service
public class SignOffService {

    private static final List<SignatoryRole> REQUIRED = Arrays.stream(SignatoryRole.values())
            .filter(SignatoryRole::isRequired).toList();

    private final PlanAccess access;
    private final PlanValidator validator;
    private final PlanDocumentReader reader;
    private final ContentHash contentHash;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignOffService(PlanAccess access, PlanValidator validator, PlanDocumentReader reader, ContentHash contentHash,
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.validator = validator;
        this.reader = reader;
        this.contentHash = contentHash;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Freezes the plan for sign-off. SRO only; the plan must be a draft with no blocking finding. */
    @Transactional
    public String requestSignOff(long planId, CurrentUser user) {
        PlanSummary plan = requireSro(planId, user);
        Locked locked = lock(planId);
        if (locked.status() != PlanStatus.DRAFT) {
            throw new SignOffStateException(planId, "signoff.error.notDraft", "Plan " + planId + " is " + locked.status());
        }
        // One read of the content: the document that passed validation is the one whose hash is frozen.
        PlanSnapshot snapshot = validator.snapshot(planId);
        ValidationResult validation = validator.validate(snapshot);
        if (!validation.valid()) {
            throw new NotReadyForSignOffException(validation.blocking());
        }
        String hash = contentHash.of(snapshot.document());
        jdbc.sql("""
                update plan set status = 'READY_FOR_SIGN_OFF', content_hash = :hash, frozen_at = :now, updated_at = :now
                 where id = :planId
                """)
                .param("hash", hash)
                .param("now", now())
                .param("planId", planId)
                .update();
        events.publishEvent(new PlanFrozen(planId, plan.partnershipId(), user.getId(), user.getEmail(), hash));
        return hash;
    }

    /** Signs the frozen content in the signatory's role. The caller has confirmed their password. */
    @Transactional
    public SignatureRecord sign(long planId, CurrentUser user, String clientAddress) {
        PlanSummary plan = access.readable(planId, user);
        SignatoryRole role = requireSignatory(plan, user);
        Locked locked = lock(planId);
        requireAwaitingDecision(locked, planId, user);
        String current = contentHash.of(reader.read(planId));
        if (!current.equals(locked.contentHash())) {
            // The database refuses changes to frozen content, so this means it was changed outside the service.
            throw new IllegalStateException("Plan " + planId + " no longer matches the hash it was frozen with");
        }
        SignatureRecord signature = insert(planId, user, role, Decision.SIGNED, locked.contentHash(), null,
                clientAddress);
        events.publishEvent(new PlanSignatureRecorded(planId, plan.partnershipId(), user.getId(), user.getEmail(),
                user.getDisplayName(), role, locked.contentHash(), clientAddress));
        if (locked.status() == PlanStatus.READY_FOR_SIGN_OFF && allRequiredSigned(planId, locked.contentHash())) {
            jdbc.sql("update plan set status = 'SIGNED', updated_at = :now where id = :planId")
                    .param("now", now())
                    .param("planId", planId)
                    .update();
            events.publishEvent(new PlanSigned(planId, plan.partnershipId(), locked.contentHash()));
        }
        return signature;
    }

    /** Declines to sign, with a reason: the plan returns to draft and every signature is voided. */
    @Transactional
    public void decline(long planId, CurrentUser user, String reason, String clientAddress) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A decline needs a reason");
        }
        PlanSummary plan = access.readable(planId, user);
        SignatoryRole role = requireSignatory(plan, user);
        Locked locked = lock(planId);
        requireAwaitingDecision(locked, planId, user);
        insert(planId, user, role, Decision.DECLINED, locked.contentHash(), reason.strip(), clientAddress);
        events.publishEvent(new PlanSignatureDeclined(planId, plan.partnershipId(), user.getId(), user.getEmail(),
                user.getDisplayName(), role, reason.strip()));
        returnToDraft(plan, user, VoidReason.DECLINED);
    }

    /** The SRO takes the plan back from sign-off to change it: every signature is voided. */
    @Transactional
    public void withdraw(long planId, CurrentUser user) {
        PlanSummary plan = requireSro(planId, user);
        Locked locked = lock(planId);
        if (locked.status() != PlanStatus.READY_FOR_SIGN_OFF && locked.status() != PlanStatus.SIGNED) {
            throw new SignOffStateException(planId, "signoff.error.notInSignOff", "Plan " + planId + " is " + locked.status());
        }
        returnToDraft(plan, user, VoidReason.WITHDRAWN);
    }

    @Transactional(readOnly = true)
    public SignOffState state(long planId, CurrentUser user) {
        access.readable(planId, user);
        return state(planId);
    }

    /** Sign-off state of a plan the caller has already scoped to the user. */
    @Transactional(readOnly = true)
    public SignOffState state(long planId) {
        Locked plan = jdbc.sql("select status, content_hash, frozen_at from plan where id = :planId")
                .param("planId", planId)
                .query((rs, n) -> new Locked(PlanStatus.valueOf(rs.getString("status")), rs.getString("content_hash"),
                        instant(rs.getObject("frozen_at", OffsetDateTime.class))))
                .single();
        List<SignatureRecord> history = signatures(planId);
        List<SignOffState.RoleStatus> roles = new ArrayList<>();
        for (SignatoryRole role : REQUIRED) {
            roles.add(new SignOffState.RoleStatus(role, history.stream()
                    .filter(s -> s.standing() && s.signed() && s.role() == role && s.contentHash().equals(plan.contentHash()))
                    .findFirst()));
        }
        List<SignatureRecord> optional = history.stream()
                .filter(s -> s.standing() && s.signed() && !s.role().isRequired())
                .toList();
        return new SignOffState(planId, plan.status(), plan.contentHash(), plan.frozenAt(), roles, optional, history);
    }

    /** The signatory role the user holds in the plan's partnership, looked up now rather than at sign-in. */
    @Transactional(readOnly = true)
    public Optional<SignatoryRole> signatoryRole(PlanSummary plan, CurrentUser user) {
        return jdbc.sql("""
                select signatory_role from membership
                 where user_id = :userId and partnership_id = :partnershipId and role = 'SIGNATORY'
                """)
                .param("userId", user.getId())
                .param("partnershipId", plan.partnershipId())
                .query((rs, n) -> SignatoryRole.valueOf(rs.getString("signatory_role")))
                .optional();
    }

    /** A plan waiting for this signatory: frozen, in one of their partnerships, with no decision of theirs yet. */
    public record WaitingPlan(long planId, String partnershipName, String planYear, SignatoryRole role,
            Instant frozenAt) {
    }

    @Transactional(readOnly = true)
    public List<WaitingPlan> waitingFor(CurrentUser user) {
        return jdbc.sql("""
                select p.id, pa.name, p.plan_year, m.signatory_role, p.frozen_at
                  from plan p
                  join partnership pa on pa.id = p.partnership_id
                  join membership m on m.partnership_id = p.partnership_id and m.user_id = :userId and m.role = 'SIGNATORY'
                 where p.status in ('READY_FOR_SIGN_OFF', 'SIGNED')
                   and not exists (select 1 from signature s
                                    where s.plan_id = p.id and s.user_id = :userId and s.voided_at is null)
                 order by p.frozen_at, p.id
                """)
                .param("userId", user.getId())
                .query((rs, n) -> new WaitingPlan(rs.getLong(1), rs.getString(2), rs.getString(3),
                        SignatoryRole.valueOf(rs.getString(4)), instant(rs.getObject(5, OffsetDateTime.class))))
                .list();
    }

    private record Locked(PlanStatus status, String contentHash, Instant frozenAt) {
    }

    private Locked lock(long planId) {
        return jdbc.sql("select status, content_hash, frozen_at from plan where id = :planId for update")
                .param("planId", planId)
                .query((rs, n) -> new Locked(PlanStatus.valueOf(rs.getString("status")), rs.getString("content_hash"),
                        instant(rs.getObject("frozen_at", OffsetDateTime.class))))
                .single();
    }

    private PlanSummary requireSro(long planId, CurrentUser user) {
        PlanSummary plan = access.readable(planId, user);
        if (!access.isSro(plan, user)) {
            throw new AccessDeniedException("Only the SRO may do this");
        }
        return plan;
    }

    private SignatoryRole requireSignatory(PlanSummary plan, CurrentUser user) {
        return signatoryRole(plan, user)
                .orElseThrow(() -> new AccessDeniedException("Only the partnership's signatories may sign"));
    }

    private void requireAwaitingDecision(Locked locked, long planId, CurrentUser user) {
        // Optional signatories may still add their names once the required five have signed.
        if (locked.status() != PlanStatus.READY_FOR_SIGN_OFF && locked.status() != PlanStatus.SIGNED) {
            throw new SignOffStateException(planId, "signoff.error.notInSignOff", "Plan " + planId + " is " + locked.status());
        }
        if (signatures(planId).stream().anyMatch(s -> s.standing() && s.userId() == user.getId())) {
            throw new SignOffStateException(planId, "signoff.error.alreadyDecided", "User " + user.getId() + " has decided");
        }
    }

    private boolean allRequiredSigned(long planId, String hash) {
        long signedRoles = jdbc.sql("""
                select count(distinct role) from signature
                 where plan_id = :planId and voided_at is null and decision = 'SIGNED' and content_hash = :hash
                   and role <> 'OTHER'
                """)
                .param("planId", planId)
                .param("hash", hash)
                .query(Long.class)
                .single();
        return signedRoles == REQUIRED.size();
    }

    private void returnToDraft(PlanSummary plan, CurrentUser user, VoidReason reason) {
        int voided = jdbc.sql("""
                update signature set voided_at = :now, void_reason = :reason where plan_id = :planId and voided_at is null
                """)
                .param("now", now())
                .param("reason", reason.name())
                .param("planId", plan.id())
                .update();
        jdbc.sql("""
                update plan set status = 'DRAFT', content_hash = null, frozen_at = null, updated_at = :now
                 where id = :planId
                """)
                .param("now", now())
                .param("planId", plan.id())
                .update();
        events.publishEvent(new PlanReturnedToDraft(plan.id(), plan.partnershipId(), user.getId(), user.getEmail(),
                reason, voided));
    }

    private SignatureRecord insert(long planId, CurrentUser user, SignatoryRole role, Decision decision, String hash,
            String declineReason, String clientAddress) {
        long id = jdbc.sql("""
                insert into signature (plan_id, user_id, role, decision, signer_name, signer_email, content_hash,
                                       decline_reason, decided_at, client_address)
                values (:planId, :userId, :role, :decision, :name, :email, :hash, :reason, :now, :address)
                returning id
                """)
                .param("planId", planId)
                .param("userId", user.getId())
                .param("role", role.name())
                .param("decision", decision.name())
                .param("name", user.getDisplayName())
                .param("email", user.getEmail())
                .param("hash", hash)
                .param("reason", declineReason)
                .param("now", now())
                .param("address", clientAddress)
                .query(Long.class)
                .single();
        return signatures(planId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private List<SignatureRecord> signatures(long planId) {
        return jdbc.sql("""
                select id, user_id, role, decision, signer_name, signer_email, content_hash, decline_reason, decided_at,
                       client_address, voided_at, void_reason
                  from signature where plan_id = :planId order by decided_at desc, id desc
                """)
                .param("planId", planId)
                .query((rs, n) -> new SignatureRecord(rs.getLong("id"), rs.getLong("user_id"),
                        SignatoryRole.valueOf(rs.getString("role")), Decision.valueOf(rs.getString("decision")),
                        rs.getString("signer_name"), rs.getString("signer_email"), rs.getString("content_hash"),
                        rs.getString("decline_reason"), instant(rs.getObject("decided_at", OffsetDateTime.class)),
                        rs.getString("client_address"), instant(rs.getObject("voided_at", OffsetDateTime.class)),
                        rs.getString("void_reason") == null ? null : VoidReason.valueOf(rs.getString("void_reason"))))
                .list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
