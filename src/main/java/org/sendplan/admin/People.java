package org.sendplan.admin;

import java.util.List;
import java.util.Optional;

import org.sendplan.account.CurrentUser;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.admin.AdministrationEvents.MemberRemoved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of an SRO's own partnership. The partnership always comes from the SRO's membership
 * in the database, never from the request, and every membership id is looked up within it.
 */
@Service
class People {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    People(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    record Partnership(long id, String name) {
    }

    record Member(long membershipId, long userId, String displayName, String email, MembershipRole role,
            SignatoryRole signatoryRole) {
    }

    enum Removal {
        REMOVED, LAST_SRO
    }

    /** The partnership the user is SRO of; 403 for anyone who is not an SRO. */
    @Transactional(readOnly = true)
    Partnership sroPartnership(CurrentUser user) {
        return jdbc.sql("""
                select pa.id, pa.name from membership m join partnership pa on pa.id = m.partnership_id
                 where m.user_id = :userId and m.role = 'SRO' order by m.id limit 1
                """)
                .param("userId", user.getId())
                .query(Partnership.class)
                .optional()
                .orElseThrow(() -> new AccessDeniedException("Only a partnership's SRO manages its people"));
    }

    @Transactional(readOnly = true)
    List<Member> members(long partnershipId) {
        return jdbc.sql("""
                select m.id as membership_id, u.id as user_id, u.display_name, u.email, m.role, m.signatory_role
                  from membership m join app_user u on u.id = m.user_id
                 where m.partnership_id = :partnershipId
                 order by case m.role when 'SRO' then 0 when 'CONTRIBUTOR' then 1 else 2 end, u.display_name, u.email
                """)
                .param("partnershipId", partnershipId)
                .query(Member.class)
                .list();
    }

    /** A membership of this partnership; empty for any other id, which answers 404 alike. */
    @Transactional(readOnly = true)
    Optional<Member> member(long partnershipId, long membershipId) {
        return members(partnershipId).stream().filter(member -> member.membershipId() == membershipId).findFirst();
    }

    /** Removes a membership of this partnership, unless it is the partnership's last SRO. */
    @Transactional
    Optional<Removal> remove(long partnershipId, long membershipId, CurrentUser actor) {
        // Lock the partnership's SRO rows first, so two SROs cannot remove each other at the same time.
        long sros = jdbc.sql("select id from membership where partnership_id = :partnershipId and role = 'SRO' for update")
                .param("partnershipId", partnershipId)
                .query(Long.class)
                .list()
                .size();
        Optional<Member> member = member(partnershipId, membershipId);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        if (member.get().role() == MembershipRole.SRO && sros <= 1) {
            return Optional.of(Removal.LAST_SRO);
        }
        jdbc.sql("delete from membership where id = :id and partnership_id = :partnershipId")
                .param("id", membershipId)
                .param("partnershipId", partnershipId)
                .update();
        events.publishEvent(new MemberRemoved(partnershipId, membershipId, member.get().userId(), member.get().email(),
                member.get().role(), actor.getId(), actor.getEmail()));
        return Optional.of(Removal.REMOVED);
    }
}
