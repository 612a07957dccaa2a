package org.sendplan.account;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user. Authorities are {@code ROLE_ADVISER}/{@code ROLE_ADMIN} for Department
 * users and {@code PARTNERSHIP_<role>} for partnership members. Which partnership data a user may
 * see is never decided from this object alone: queries re-check membership in the database.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final DepartmentRole departmentRole;
    private final List<Membership> memberships;

    public CurrentUser(long id, String email, String displayName, String passwordHash, boolean enabled,
            boolean locked, DepartmentRole departmentRole, List<Membership> memberships) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.departmentRole = departmentRole;
        this.memberships = List.copyOf(memberships);
    }

    /** One membership of a partnership user. */
    public record Membership(long partnershipId, MembershipRole role, SignatoryRole signatoryRole)
            implements java.io.Serializable {
    }

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public DepartmentRole getDepartmentRole() {
        return departmentRole;
    }

    public boolean isDepartmentUser() {
        return departmentRole != null;
    }

    /** For the navigation only: what a user may do is checked again in the database. */
    public boolean isAdmin() {
        return departmentRole == DepartmentRole.ADMIN;
    }

    /** For the navigation only: what a user may do is checked again in the database. */
    public boolean isSro() {
        return memberships.stream().anyMatch(membership -> membership.role() == MembershipRole.SRO);
    }

    public List<Membership> getMemberships() {
        return memberships;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (departmentRole != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + departmentRole.name()));
        }
        for (Membership membership : memberships) {
            authorities.add(new SimpleGrantedAuthority("PARTNERSHIP_" + membership.role().name()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + id + "]";
    }
}
