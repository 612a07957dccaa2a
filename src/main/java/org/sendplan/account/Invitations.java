package org.sendplan.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.sendplan.account.InvitationEvents.InvitationAccepted;
import org.sendplan.account.InvitationEvents.InvitationSent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to join a partnership: a random 32-byte token in a link, of which only the SHA-256
 * is stored, valid for {@link #VALIDITY} and usable once. Who may invite whom is decided by the
 * callers (service admins invite an SRO, an SRO invites the partnership's people).
 */
@Service
public class Invitations {

    public static final Duration VALIDITY = Duration.ofDays(7);
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(JdbcClient jdbc, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a link can be used, and if so what it offers. */
    public enum State {
        VALID, EXPIRED, USED, UNKNOWN
    }

    /** An invitation as its link shows it; {@code existingAccount} when the e-mail already has an account. */
    public record Invitation(long id, String email, long partnershipId, String partnershipName, MembershipRole role,
            SignatoryRole signatoryRole, State state, boolean existingAccount) {
    }

    /** An invitation not yet accepted, for the lists of people. */
    public record Pending(long id, String email, MembershipRole role, SignatoryRole signatoryRole,
            OffsetDateTime expiresAt, boolean expired) {
    }

    /** Creates an invitation and publishes {@link InvitationSent}, which e-mails the link after commit. */
    @Transactional
    public long invite(long partnershipId, String email, MembershipRole role, SignatoryRole signatoryRole,
            CurrentUser inviter) {
        if ((role == MembershipRole.SIGNATORY) != (signatoryRole != null)) {
            throw new IllegalArgumentException("A signatory role goes with the SIGNATORY role, and only with it");
        }
        byte[] raw = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        String normalised = UserAccountService.normaliseEmail(email);
        long id = jdbc.sql("""
                insert into invitation (token_sha256, email, partnership_id, role, signatory_role, invited_by,
                                        created_at, expires_at)
                values (:hash, :email, :partnershipId, :role, :signatoryRole, :invitedBy, :now, :expires)
                returning id
                """)
                .param("hash", sha256(token))
                .param("email", normalised)
                .param("partnershipId", partnershipId)
                .param("role", role.name())
                .param("signatoryRole", signatoryRole == null ? null : signatoryRole.name())
                .param("invitedBy", inviter.getId())
                .param("now", utc(now))
                .param("expires", utc(now.plus(VALIDITY)))
                .query(Long.class)
                .single();
        events.publishEvent(new InvitationSent(id, partnershipId, normalised, role, signatoryRole, inviter.getId(),
                inviter.getEmail(), token));
        return id;
    }

    /** The invitation behind a link, with whether it can still be used. */
    @Transactional(readOnly = true)
    public Optional<Invitation> find(String token) {
        return row(token, false);
    }

    /**
     * Accepts a link for someone without an account: creates the account with this name and
     * password, and the membership. The password must already have passed {@link PasswordPolicy}.
     * Empty when the link is no longer usable (used, expired, or the e-mail has an account by now).
     */
    @Transactional
    public Optional<Invitation> acceptWithNewAccount(String token, String displayName, String rawPassword) {
        Optional<Invitation> claimed = claim(token).filter(invitation -> !invitation.existingAccount());
        claimed.ifPresent(invitation -> {
            long userId = jdbc.sql("""
                    insert into app_user (email, display_name, password_hash) values (:email, :name, :hash)
                    returning id
                    """)
                    .param("email", invitation.email())
                    .param("name", displayName)
                    .param("hash", passwordEncoder.encode(rawPassword))
                    .query(Long.class)
                    .single();
            join(invitation, userId, true);
        });
        return claimed;
    }

    /** Accepts a link for someone who already has an account: only the membership is added. */
    @Transactional
    public Optional<Invitation> acceptWithExistingAccount(String token) {
        Optional<Invitation> claimed = claim(token).filter(Invitation::existingAccount);
        claimed.ifPresent(invitation -> join(invitation, jdbc.sql("select id from app_user where lower(email) = :email")
                .param("email", invitation.email())
                .query(Long.class)
                .single(), false));
        return claimed;
    }

    /** Invitations of a partnership that nobody has accepted yet, newest first. */
    @Transactional(readOnly = true)
    public List<Pending> pending(long partnershipId) {
        return jdbc.sql("""
                select id, email, role, signatory_role, expires_at, expires_at <= :now as expired from invitation
                 where partnership_id = :partnershipId and accepted_at is null
                 order by created_at desc, id desc
                """)
                .param("partnershipId", partnershipId)
                .param("now", utc(clock.instant()))
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("email"),
                        MembershipRole.valueOf(rs.getString("role")),
                        rs.getString("signatory_role") == null ? null
                                : SignatoryRole.valueOf(rs.getString("signatory_role")),
                        rs.getObject("expires_at", OffsetDateTime.class), rs.getBoolean("expired")))
                .list();
    }

    /** The SHA-256 of a token, as stored: lower-case hex. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Locks the invitation row and marks it used, so two tabs cannot both accept the same link. */
    private Optional<Invitation> claim(String token) {
        Optional<Invitation> invitation = row(token, true).filter(found -> found.state() == State.VALID);
        invitation.ifPresent(found -> jdbc.sql("update invitation set accepted_at = :now where id = :id")
                .param("now", utc(clock.instant()))
                .param("id", found.id())
                .update());
        return invitation;
    }

    private void join(Invitation invitation, long userId, boolean newAccount) {
        jdbc.sql("""
                insert into membership (user_id, partnership_id, role, signatory_role)
                values (:userId, :partnershipId, :role, :signatoryRole)
                on conflict (user_id, partnership_id, role) do nothing
                """)
                .param("userId", userId)
                .param("partnershipId", invitation.partnershipId())
                .param("role", invitation.role().name())
                .param("signatoryRole", invitation.signatoryRole() == null ? null : invitation.signatoryRole().name())
                .update();
        events.publishEvent(new InvitationAccepted(invitation.id(), invitation.partnershipId(), userId,
                invitation.email(), invitation.role(), invitation.signatoryRole(), newAccount));
    }

    private Optional<Invitation> row(String token, boolean lock) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select i.id, i.email, i.partnership_id, pa.name as partnership_name, i.role, i.signatory_role,
                       i.accepted_at is not null as used, i.expires_at <= :now as expired,
                       exists (select 1 from app_user u where lower(u.email) = i.email) as existing_account
                  from invitation i join partnership pa on pa.id = i.partnership_id
                 where i.token_sha256 = :hash
                """ + (lock ? " for update of i" : ""))
                .param("hash", sha256(token))
                .param("now", utc(clock.instant()))
                .query((rs, n) -> new Invitation(rs.getLong("id"), rs.getString("email"), rs.getLong("partnership_id"),
                        rs.getString("partnership_name"), MembershipRole.valueOf(rs.getString("role")),
                        rs.getString("signatory_role") == null ? null
                                : SignatoryRole.valueOf(rs.getString("signatory_role")),
                        rs.getBoolean("used") ? State.USED : rs.getBoolean("expired") ? State.EXPIRED : State.VALID,
                        rs.getBoolean("existing_account")))
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
