package org.sendplan.account;

/** Published when a user signs in successfully. */
public record SignedIn(long userId, String email) {
}
