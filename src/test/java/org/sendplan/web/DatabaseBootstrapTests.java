package org.sendplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.sendplan.support.TestDatabase;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseBootstrapTests {

    @Test
    void unreachableServerFailsFastWithOneClearLine() {
        DatabaseBootstrap bootstrap = bootstrap(false);
        HikariDataSource dataSource = dataSource("jdbc:postgresql://127.0.0.1:1/sendplan", "postgres", "");
        assertThatThrownBy(() -> bootstrap.postProcessBeforeInitialization(dataSource, "dataSource"))
                .isInstanceOfSatisfying(DatabaseUnreachableException.class, e -> {
                    FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("127.0.0.1:1").doesNotContain("\n");
                    assertThat(analysis.getAction()).contains("Start PostgreSQL");
                });
    }

    @Test
    void createsTheDatabaseWhenMissingAndAllowed() throws Exception {
        TestDatabase server = TestDatabase.get();
        org.junit.jupiter.api.Assumptions.assumeTrue(server.mode() == TestDatabase.Mode.SERVER,
                "needs a PostgreSQL server the tests may create databases on");
        String name = "sendplan_bootstrap_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String url = server.url().replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
        try {
            bootstrap(true).postProcessBeforeInitialization(dataSource(url, server.username(), server.password()),
                    "dataSource");
            try (Connection connection = DriverManager.getConnection(url, server.username(), server.password())) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
        finally {
            try (Connection connection = DriverManager.getConnection(server.url(), server.username(),
                    server.password()); Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    @Test
    void leavesAMissingDatabaseAloneOutsideTheDemoProfile() {
        TestDatabase server = TestDatabase.get();
        org.junit.jupiter.api.Assumptions.assumeTrue(server.mode() == TestDatabase.Mode.SERVER,
                "needs a PostgreSQL server");
        String url = server.url().replaceFirst("/[^/?]*(\\?.*)?$", "/sendplan_never_created$1");
        bootstrap(false).postProcessBeforeInitialization(dataSource(url, server.username(), server.password()),
                "dataSource");
        assertThatThrownBy(() -> DriverManager.getConnection(url, server.username(), server.password()).close())
                .hasMessageContaining("does not exist");
    }

    private static DatabaseBootstrap bootstrap(boolean createIfMissing) {
        DatabaseBootstrap bootstrap = new DatabaseBootstrap();
        bootstrap.setEnvironment(new MockEnvironment()
                .withProperty("sendplan.database.create-if-missing", String.valueOf(createIfMissing)));
        return bootstrap;
    }

    private static HikariDataSource dataSource(String url, String user, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        return dataSource;
    }
}
