package org.sendplan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;

/**
 * Finds the PostgreSQL server the tests run against, once per JVM, in this order:
 * <ol>
 * <li>the server at {@code SENDPLAN_TEST_DATABASE_URL} (with {@code _USERNAME}/{@code _PASSWORD});</li>
 * <li>PostgreSQL on localhost:5432 as {@code postgres}, when it answers;</li>
 * <li>a Testcontainers PostgreSQL, when Docker is available;</li>
 * <li>otherwise the run fails with one clear line.</li>
 * </ol>
 * On a server (1 and 2) the run gets its own database, {@code sendplan_test_<random>}, dropped when
 * the JVM exits, so runs never collide and never touch the development database.
 */
public final class TestDatabase {

    public enum Mode { SERVER, TESTCONTAINERS }

    private static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/postgres";

    private static volatile TestDatabase instance;

    private final Mode mode;
    private final String url;
    private final String username;
    private final String password;

    private TestDatabase(Mode mode, String url, String username, String password) {
        this.mode = mode;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public static TestDatabase get() {
        TestDatabase current = instance;
        if (current == null) {
            synchronized (TestDatabase.class) {
                current = instance;
                if (current == null) {
                    current = discover();
                    instance = current;
                }
            }
        }
        return current;
    }

    public Mode mode() {
        return mode;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    private static TestDatabase discover() {
        String externalUrl = System.getenv("SENDPLAN_TEST_DATABASE_URL");
        String user = envOr("SENDPLAN_TEST_DATABASE_USERNAME", "postgres");
        String pass = envOr("SENDPLAN_TEST_DATABASE_PASSWORD", "");
        if (externalUrl != null && !externalUrl.isBlank()) {
            return createRunDatabase(externalUrl, user, pass);
        }
        if (answers(LOCAL_URL, "postgres", "")) {
            return createRunDatabase(LOCAL_URL, "postgres", "");
        }
        if (dockerAvailable()) {
            return new TestDatabase(Mode.TESTCONTAINERS, null, null, null);
        }
        throw new IllegalStateException("No PostgreSQL for the tests: set SENDPLAN_TEST_DATABASE_URL, start PostgreSQL "
                + "on localhost:5432 (user postgres, no password), or start Docker for Testcontainers.");
    }

    private static TestDatabase createRunDatabase(String serverUrl, String user, String pass) {
        String name = "sendplan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        execute(serverUrl, user, pass, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(serverUrl, user, pass, "drop database if exists " + name + " with (force)"),
                "drop-" + name));
        String runUrl = serverUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
        return new TestDatabase(Mode.SERVER, runUrl, user, pass);
    }

    private static boolean answers(String url, String user, String pass) {
        try (Connection ignored = DriverManager.getConnection(url, properties(user, pass))) {
            return true;
        }
        catch (SQLException e) {
            return false;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException e) {
            return false;
        }
    }

    private static void execute(String url, String user, String pass, String sql) {
        try (Connection connection = DriverManager.getConnection(url, properties(user, pass));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed on " + url + ": " + e.getMessage(), e);
        }
    }

    private static Properties properties(String user, String pass) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", pass);
        properties.setProperty("connectTimeout", "3");
        return properties;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
