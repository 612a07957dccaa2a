package org.sendplan.plan.document;

/** The profession of a workforce spend line; EAH may fund only some of them (domain.md). */
public enum Discipline {
    SALT, SALT_SUPPORT, OT, OT_SUPPORT, EP, EP_TRAINEE, SPECIALIST_TEACHER, SALT_ADVANCED_PRACTITIONER, OTHER
}
