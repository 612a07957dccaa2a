package org.sendplan.account;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks a signed-in user for their password again before an act that carries their name, such
 * as signing a plan. Wrong answers count towards the same lock-out as wrong sign-ins, so a
 * left-open session cannot be used to guess the password.
 */
@Service
public class PasswordConfirmation {

    public enum Result {
        CONFIRMED, WRONG_PASSWORD, LOCKED
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final Clock clock;

    PasswordConfirmation(JdbcClient jdbc, PasswordEncoder encoder, SignInThrottle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Runs in its own transaction, so a failure is counted even when the caller's work rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Result confirm(long userId, String rawPassword) {
        record Row(String email, String passwordHash, OffsetDateTime lockedUntil, boolean enabled) {
        }
        Row row = jdbc.sql("select email, password_hash, locked_until, enabled from app_user where id = :id")
                .param("id", userId)
                .query(Row.class)
                .single();
        if (!row.enabled() || isLocked(row.lockedUntil())) {
            return Result.LOCKED;
        }
        if (rawPassword != null && !rawPassword.isEmpty() && encoder.matches(rawPassword, row.passwordHash())) {
            return Result.CONFIRMED;
        }
        throttle.recordFailure(row.email());
        boolean lockedNow = jdbc.sql("select coalesce(locked_until > :now, false) from app_user where id = :id")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .param("id", userId)
                .query(Boolean.class)
                .single();
        return lockedNow ? Result.LOCKED : Result.WRONG_PASSWORD;
    }

    private boolean isLocked(OffsetDateTime lockedUntil) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
    }
}
