package org.sendplan.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates users, memberships and Department roles. Every method is idempotent: calling it again
 * with the same arguments changes nothing, and an existing user's password is never replaced.
 */
@Service
public class AccountProvisioning {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    AccountProvisioning(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** Returns the id of the user with this e-mail, creating the user if missing. */
    @Transactional
    public long ensureUser(String email, String displayName, String rawPassword) {
        String normalised = UserAccountService.normaliseEmail(email);
        return jdbc.sql("select id from app_user where lower(email) = :email")
                .param("email", normalised)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                        insert into app_user (email, display_name, password_hash) values (:email, :name, :hash)
                        returning id
                        """)
                        .param("email", normalised)
                        .param("name", displayName)
                        .param("hash", passwordEncoder.encode(rawPassword))
                        .query(Long.class)
                        .single());
    }

    @Transactional
    public void ensureMembership(long userId, long partnershipId, MembershipRole role, SignatoryRole signatoryRole) {
        jdbc.sql("""
                insert into membership (user_id, partnership_id, role, signatory_role)
                values (:userId, :partnershipId, :role, :signatoryRole)
                on conflict (user_id, partnership_id, role) do nothing
                """)
                .param("userId", userId)
                .param("partnershipId", partnershipId)
                .param("role", role.name())
                .param("signatoryRole", signatoryRole == null ? null : signatoryRole.name())
                .update();
    }

    @Transactional
    public void ensureDepartmentMember(long userId, DepartmentRole role) {
        jdbc.sql("""
                insert into department_member (user_id, role) values (:userId, :role)
                on conflict (user_id) do nothing
                """)
                .param("userId", userId)
                .param("role", role.name())
                .update();
    }

    @Transactional
    public void ensureAdviserAssignment(long adviserUserId, long partnershipId) {
        jdbc.sql("""
                insert into adviser_assignment (user_id, partnership_id) values (:userId, :partnershipId)
                on conflict do nothing
                """)
                .param("userId", adviserUserId)
                .param("partnershipId", partnershipId)
                .update();
    }
}
