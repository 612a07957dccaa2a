package org.sendplan.plan.document;

/** How an Experts at Hand spend line counts against the 90% direct-delivery and 10% APST rules. */
public enum EahClass {
    DIRECT_DELIVERY, DIRECT_DELIVERY_APST, ENABLING;

    /** An APST model is part of direct delivery. */
    public boolean isDirectDelivery() {
        return this != ENABLING;
    }
}
