package org.sendplan.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@link #LOCK_DURATION} after {@link #MAX_FAILURES} wrong passwords in a
 * row. The counter lives in the database, so it holds across sessions and application instances,
 * and it is updated in one statement, so concurrent attempts cannot slip past the limit.
 */
@Service
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInThrottle(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Counts a wrong password for the account with this e-mail, if there is one. */
    @Transactional
    public void recordFailure(String email) {
        Instant lockUntil = clock.instant().plus(LOCK_DURATION);
        Optional<Long> lockedUserId = jdbc.sql("""
                update app_user
                   set failed_sign_in_count = case when failed_sign_in_count + 1 >= :max then 0
                                                   else failed_sign_in_count + 1 end,
                       locked_until = case when failed_sign_in_count + 1 >= :max then :lockUntil
                                           else locked_until end
                 where lower(email) = lower(:email)
                returning case when locked_until = :lockUntil then id end
                """)
                .param("max", MAX_FAILURES)
                .param("lockUntil", OffsetDateTime.ofInstant(lockUntil, ZoneOffset.UTC))
                .param("email", email)
                .query(Long.class)
                .optional();
        lockedUserId.ifPresent(id -> events.publishEvent(new AccountLocked(id, email, lockUntil)));
    }

    /** A successful sign-in ends the run of failures. */
    @Transactional
    public void recordSuccess(long userId, String email) {
        jdbc.sql("""
                update app_user set failed_sign_in_count = 0, locked_until = null, last_signed_in_at = :now
                 where id = :id
                """)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("id", userId)
                .update();
        events.publishEvent(new SignedIn(userId, email));
    }
}
