package org.sendplan.account;

/** Roles of Department for Education staff, who work across partnerships. */
public enum DepartmentRole {
    ADVISER, ADMIN
}
