package org.sendplan.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Plans by id, unscoped: only for code that has already checked scope through
 * {@link PlanQueries}, or that runs without a user (demo data).
 */
public interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByPartnershipIdAndPlanYear(Long partnershipId, String planYear);
}
