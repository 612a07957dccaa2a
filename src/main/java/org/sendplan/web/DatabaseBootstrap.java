package org.sendplan.web;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;


import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs before anything uses the connection pool: fails fast with a clear message when PostgreSQL
 * is not reachable, and, where {@code sendplan.database.create-if-missing} is set (the demo
 * profile), creates the application's database so a fresh machine needs no manual SQL.
 */
@Component
class DatabaseBootstrap implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBootstrap.class);
    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final Pattern SAFE_DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private boolean createIfMissing;

    @Override
    public void setEnvironment(Environment environment) {
        createIfMissing = environment.getProperty("sendplan.database.create-if-missing", Boolean.class, false);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            prepare(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return bean;
    }

    private void prepare(String url, String username, String password) {
        try (Connection ignored = DriverManager.getConnection(url, credentials(username, password))) {
            return;
        }
        catch (SQLException e) {
            if (!(INVALID_CATALOG_NAME.equals(e.getSQLState()) && createIfMissing)) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                    throw new DatabaseUnreachableException(url, e);
                }
                return;
            }
        }
        createDatabase(url, username, password);
    }

    private void createDatabase(String url, String username, String password) {
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        if (!SAFE_DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalStateException("Refusing to create a database with the name '" + database + "'");
        }
        String maintenanceUrl = url.replaceFirst("/" + Pattern.quote(database) + "(?=$|\\?)", "/postgres");
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials(username, password));
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
            log.info("Created the PostgreSQL database '{}'", database);
        }
        catch (SQLException e) {
            throw new DatabaseUnreachableException(maintenanceUrl, e);
        }
    }

    private static Properties credentials(String username, String password) {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        return properties;
    }

}
