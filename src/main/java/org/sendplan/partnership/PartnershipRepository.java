package org.sendplan.partnership;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findByCode(String code);
}
