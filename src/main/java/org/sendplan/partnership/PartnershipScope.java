package org.sendplan.partnership;

/**
 * The one definition of which partnerships a signed-in user may see, as a SQL predicate.
 *
 * <p>Every native query over partnership data joins {@code partnership pa} and adds
 * {@link #VISIBLE_TO_USER} with a {@code :userId} parameter bound to the signed-in user's id.
 * It is evaluated on every request, so a removed membership or adviser assignment takes effect
 * at once. Members see their own partnership, advisers the partnerships assigned to them,
 * Department admins every partnership.
 */
public final class PartnershipScope {

    public static final String VISIBLE_TO_USER = "("
            + "exists (select 1 from membership m where m.partnership_id = pa.id and m.user_id = :userId)"
            + " or exists (select 1 from adviser_assignment a where a.partnership_id = pa.id and a.user_id = :userId)"
            + " or exists (select 1 from department_member d where d.user_id = :userId and d.role = 'ADMIN'))";

    private PartnershipScope() {
    }
}
