package org.sendplan.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for sign-in, with their Department role and partnership memberships. */
@Service
public class UserAccountService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    UserAccountService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String email) {
        record Row(long id, String email, String displayName, String passwordHash, boolean enabled,
                OffsetDateTime lockedUntil, String departmentRole) {
        }
        Row row = jdbc.sql("""
                select u.id, u.email, u.display_name, u.password_hash, u.enabled, u.locked_until,
                       d.role as department_role
                  from app_user u left join department_member d on d.user_id = u.id
                 where lower(u.email) = lower(:email)
                """)
                .param("email", email == null ? "" : email.trim())
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        List<CurrentUser.Membership> memberships = jdbc.sql("""
                select partnership_id, role, signatory_role from membership where user_id = :id order by id
                """)
                .param("id", row.id())
                .query((rs, n) -> new CurrentUser.Membership(rs.getLong("partnership_id"),
                        MembershipRole.valueOf(rs.getString("role")),
                        rs.getString("signatory_role") == null ? null
                                : SignatoryRole.valueOf(rs.getString("signatory_role"))))
                .list();
        boolean locked = row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(clock.instant());
        return new CurrentUser(row.id(), row.email(), row.displayName(), row.passwordHash(), row.enabled(), locked,
                row.departmentRole() == null ? null : DepartmentRole.valueOf(row.departmentRole()), memberships);
    }

    /** E-mail addresses are stored trimmed and lower case. */
    public static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
