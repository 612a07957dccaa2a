package org.sendplan.account;

/** A user's role within one partnership. */
public enum MembershipRole {
    SRO, CONTRIBUTOR, SIGNATORY
}
