package org.sendplan.plan;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One partnership's Local SEND Reform Plan for one plan year. The partnership is held by id, not
 * as an association, so the plan capability never loads another tenant's rows by navigation.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false, updatable = false)
    private Long partnershipId;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private String planYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.DRAFT;

    @Version
    private long version;

    @Column(name = "local_authority")
    private String localAuthority;

    @Column(name = "integrated_care_board")
    private String integratedCareBoard;

    @Column(name = "sro_name")
    private String sroName;

    @Column(name = "sro_job_title")
    private String sroJobTitle;

    @Column(name = "sro_email")
    private String sroEmail;

    @Column(name = "sro_organisation_type")
    private String sroOrganisationType;

    @Column(name = "eah_allocation", precision = 14, scale = 2)
    private BigDecimal eahAllocation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected Plan() {
    }

    public Plan(Long partnershipId, String planYear, String localAuthority, String integratedCareBoard) {
        this.partnershipId = partnershipId;
        this.planYear = planYear;
        this.localAuthority = localAuthority;
        this.integratedCareBoard = integratedCareBoard;
    }

    public Long getId() {
        return id;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public String getPlanYear() {
        return planYear;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public String getLocalAuthority() {
        return localAuthority;
    }

    public String getIntegratedCareBoard() {
        return integratedCareBoard;
    }

    public String getSroName() {
        return sroName;
    }

    public String getSroJobTitle() {
        return sroJobTitle;
    }

    public String getSroEmail() {
        return sroEmail;
    }

    public String getSroOrganisationType() {
        return sroOrganisationType;
    }

    public BigDecimal getEahAllocation() {
        return eahAllocation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
