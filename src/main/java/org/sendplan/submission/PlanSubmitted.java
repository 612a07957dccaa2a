package org.sendplan.submission;

/** The SRO submitted the signed plan; its pack is stored with this SHA-256. */
public record PlanSubmitted(long planId, long partnershipId, long actorUserId, String actorEmail,
        String contentHash, String packSha256) {
}
