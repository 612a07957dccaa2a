package org.sendplan.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Points the application at the database {@link TestDatabase} found. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    @Conditional(OnServer.class)
    DynamicPropertyRegistrar testDatabaseProperties() {
        TestDatabase database = TestDatabase.get();
        return registry -> {
            registry.add("spring.datasource.url", database::url);
            registry.add("spring.datasource.username", database::username);
            registry.add("spring.datasource.password", database::password);
        };
    }

    @Bean
    @ServiceConnection
    @Conditional(OnTestcontainers.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:15-alpine");
    }

    static final class OnServer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestDatabase.get().mode() == TestDatabase.Mode.SERVER;
        }
    }

    static final class OnTestcontainers implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestDatabase.get().mode() == TestDatabase.Mode.TESTCONTAINERS;
        }
    }
}
