package org.sendplan.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A local area partnership (one local authority, its ICB and partners): the tenant. */
@Entity
@Table(name = "partnership")
public class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "la_name", nullable = false)
    private String laName;

    @Column(name = "icb_name", nullable = false)
    private String icbName;

    protected Partnership() {
    }

    public Partnership(String code, String name, String laName, String icbName) {
        this.code = code;
        this.name = name;
        this.laName = laName;
        this.icbName = icbName;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getLaName() {
        return laName;
    }

    public String getIcbName() {
        return icbName;
    }
}
