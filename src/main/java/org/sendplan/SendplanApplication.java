package org.sendplan;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class SendplanApplication {

    public static void main(String[] args) {
        SpringApplication.run(SendplanApplication.class, args);
    }

    /** One clock for every time-dependent rule (locks, deadlines), replaceable in tests. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
