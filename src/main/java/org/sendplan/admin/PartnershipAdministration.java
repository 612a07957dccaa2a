package org.sendplan.admin;

import java.util.List;
import java.util.Optional;

import org.sendplan.account.CurrentUser;
import org.sendplan.admin.AdministrationEvents.AdviserAssigned;
import org.sendplan.admin.AdministrationEvents.AdviserUnassigned;
import org.sendplan.admin.AdministrationEvents.PartnershipCreated;
import org.sendplan.plan.Plan;
import org.sendplan.plan.PlanRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a service admin does with partnerships: create them and assign advisers to them. */
@Service
class PartnershipAdministration {

    private final JdbcClient jdbc;
    private final PlanRepository plans;
    private final ApplicationEventPublisher events;

    PartnershipAdministration(JdbcClient jdbc, PlanRepository plans, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.events = events;
    }

    /**
     * 403 unless the user is a Department admin now. The URL rule checks the role the user signed
     * in with; this asks the database, so a withdrawn role takes effect at once.
     */
    @Transactional(readOnly = true)
    void requireAdmin(CurrentUser user) {
        boolean admin = jdbc.sql("select exists (select 1 from department_member where user_id = :id and role = 'ADMIN')")
                .param("id", user.getId())
                .query(Boolean.class)
                .single();
        if (!admin) {
            throw new AccessDeniedException("Only Department admins administer the service");
        }
    }

    record PartnershipRow(long id, String code, String name, String laName, String icbName, String sroNames,
            int members, String advisers) {
    }

    record Person(long userId, String displayName, String email) {
    }

    private static final String PARTNERSHIP_SELECT = """
            select pa.id, pa.code, pa.name, pa.la_name, pa.icb_name,
                   (select string_agg(u.display_name, ', ' order by u.display_name)
                      from membership m join app_user u on u.id = m.user_id
                     where m.partnership_id = pa.id and m.role = 'SRO') as sro_names,
                   (select count(distinct m.user_id) from membership m where m.partnership_id = pa.id) as members,
                   (select string_agg(u.display_name, ', ' order by u.display_name)
                      from adviser_assignment a join app_user u on u.id = a.user_id
                     where a.partnership_id = pa.id) as advisers
              from partnership pa
            """;

    @Transactional(readOnly = true)
    List<PartnershipRow> partnerships() {
        return jdbc.sql(PARTNERSHIP_SELECT + " order by pa.name").query(PartnershipRow.class).list();
    }

    @Transactional(readOnly = true)
    Optional<PartnershipRow> partnership(long id) {
        return jdbc.sql(PARTNERSHIP_SELECT + " where pa.id = :id").param("id", id).query(PartnershipRow.class)
                .optional();
    }

    /**
     * Creates a partnership with a draft plan for the latest plan year, so its SRO finds a plan to
     * work on when they first sign in. Empty when the code is taken.
     */
    @Transactional
    Optional<Long> create(PartnershipForm form, CurrentUser actor) {
        Optional<Long> id = jdbc.sql("""
                insert into partnership (code, name, la_name, icb_name) values (:code, :name, :laName, :icbName)
                on conflict (code) do nothing
                returning id
                """)
                .param("code", form.code().strip())
                .param("name", form.displayName().strip())
                .param("laName", form.laName().strip())
                .param("icbName", form.icbName().strip())
                .query(Long.class)
                .optional();
        id.ifPresent(partnershipId -> {
            jdbc.sql("select max(code) from plan_year").query(String.class).optional()
                    .ifPresent(planYear -> plans.save(new Plan(partnershipId, planYear, form.laName().strip(),
                            form.icbName().strip())));
            events.publishEvent(new PartnershipCreated(partnershipId, form.code().strip(), form.displayName().strip(),
                    actor.getId(), actor.getEmail()));
        });
        return id;
    }

    @Transactional(readOnly = true)
    List<Person> advisers() {
        return jdbc.sql("""
                select u.id as user_id, u.display_name, u.email from department_member d join app_user u on u.id = d.user_id
                 where d.role = 'ADVISER' order by u.display_name, u.email
                """)
                .query(Person.class)
                .list();
    }

    @Transactional(readOnly = true)
    List<Person> assignedAdvisers(long partnershipId) {
        return jdbc.sql("""
                select u.id as user_id, u.display_name, u.email from adviser_assignment a join app_user u on u.id = a.user_id
                 where a.partnership_id = :partnershipId order by u.display_name, u.email
                """)
                .param("partnershipId", partnershipId)
                .query(Person.class)
                .list();
    }

    @Transactional(readOnly = true)
    List<Person> members(long partnershipId) {
        return jdbc.sql("""
                select distinct u.id as user_id, u.display_name, u.email from membership m join app_user u on u.id = m.user_id
                 where m.partnership_id = :partnershipId order by u.display_name, u.email
                """)
                .param("partnershipId", partnershipId)
                .query(Person.class)
                .list();
    }

    /** Assigns an adviser; false when the user is not an adviser. Assigning twice changes nothing. */
    @Transactional
    boolean assign(long partnershipId, long adviserUserId, CurrentUser actor) {
        Optional<Person> adviser = advisers().stream().filter(person -> person.userId() == adviserUserId).findFirst();
        adviser.ifPresent(person -> {
            int added = jdbc.sql("""
                    insert into adviser_assignment (user_id, partnership_id) values (:userId, :partnershipId)
                    on conflict do nothing
                    """)
                    .param("userId", adviserUserId)
                    .param("partnershipId", partnershipId)
                    .update();
            if (added == 1) {
                events.publishEvent(new AdviserAssigned(partnershipId, adviserUserId, person.email(), actor.getId(),
                        actor.getEmail()));
            }
        });
        return adviser.isPresent();
    }

    @Transactional
    void unassign(long partnershipId, long adviserUserId, CurrentUser actor) {
        jdbc.sql("""
                delete from adviser_assignment a using app_user u
                 where a.user_id = u.id and a.partnership_id = :partnershipId and a.user_id = :userId
                returning u.email
                """)
                .param("partnershipId", partnershipId)
                .param("userId", adviserUserId)
                .query(String.class)
                .optional()
                .ifPresent(email -> events.publishEvent(new AdviserUnassigned(partnershipId, adviserUserId, email,
                        actor.getId(), actor.getEmail())));
    }
}
