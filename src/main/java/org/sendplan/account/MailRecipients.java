package org.sendplan.account;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who plan e-mail goes to, and how it names the plan. */
@Component
public class MailRecipients {

    private final JdbcClient jdbc;

    MailRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled members of a partnership with this membership role ({@code SRO}, {@code SIGNATORY}, ...). */
    public List<String> members(long partnershipId, String membershipRole) {
        return jdbc.sql("""
                select u.email from membership m join app_user u on u.id = m.user_id
                 where m.partnership_id = :partnershipId and m.role = :role and u.enabled
                 order by u.email
                """)
                .param("partnershipId", partnershipId)
                .param("role", membershipRole)
                .query(String.class)
                .list();
    }

    /** The enabled advisers assigned to a partnership. */
    public List<String> advisers(long partnershipId) {
        return jdbc.sql("""
                select u.email from adviser_assignment a join app_user u on u.id = a.user_id
                 where a.partnership_id = :partnershipId and u.enabled
                 order by u.email
                """)
                .param("partnershipId", partnershipId)
                .query(String.class)
                .list();
    }

    /** A partnership's display name, e.g. "Northshire". */
    public String partnershipName(long partnershipId) {
        return jdbc.sql("select name from partnership where id = :id")
                .param("id", partnershipId)
                .query(String.class)
                .single();
    }

    /** "Northshire 2026-27", as e-mails name a plan. */
    public String planName(long planId) {
        return jdbc.sql("""
                select pa.name || ' ' || p.plan_year from plan p join partnership pa on pa.id = p.partnership_id
                 where p.id = :planId
                """)
                .param("planId", planId)
                .query(String.class)
                .single();
    }
}
