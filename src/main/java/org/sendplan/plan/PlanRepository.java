package org.sendplan.plan;


import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Plans by id, unscoped: only for code that has already checked scope through
 * {@link PlanQueries}, or that runs without a user (demo data).
 */
public interface PlanRepository extends JpaRepository<Plan, Long> {

    boolean existsByPartnershipIdAndPlanYear(Long partnershipId, String planYear);
}
