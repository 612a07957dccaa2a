package org.sendplan.signoff;

/** What a signatory did with the frozen plan. */
public enum Decision {
    SIGNED, DECLINED
}
