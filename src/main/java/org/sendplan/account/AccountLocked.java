package org.sendplan.account;

import java.time.Instant;

/** Published when repeated wrong passwords lock an account. */
public record AccountLocked(long userId, String email, Instant lockedUntil) {
}
