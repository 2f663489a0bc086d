package cn.gonghui.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means the database answers, asked on a connection of the probe's own, outside the pool. The
 * datasource's stock check borrows a pooled connection: when slow requests hold all of them (one
 * locked row is enough), it waits the acquisition timeout and reports DOWN, and a load balancer
 * pulls an instance that is healthy and merely busy. A short connect and socket timeout keep the
 * probe itself from hanging when the database is gone.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final String NAME = "database";
    private static final String TIMEOUT_SECONDS = "2";

    private final String url;
    private final Properties connection = new Properties();

    public DatabaseReadiness(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        username.ifPresent(value -> connection.setProperty("user", value));
        password.ifPresent(value -> connection.setProperty("password", value));
        connection.setProperty("connectTimeout", TIMEOUT_SECONDS);
        connection.setProperty("socketTimeout", TIMEOUT_SECONDS);
        connection.setProperty("loginTimeout", TIMEOUT_SECONDS);
        connection.setProperty("ApplicationName", "gonghui-readiness");
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection probe = DriverManager.getConnection(url, connection);
             Statement statement = probe.createStatement()) {
            statement.execute("SELECT 1");
            return HealthCheckResponse.up(NAME);
        } catch (SQLException unreachable) {
            return HealthCheckResponse.builder().name(NAME).down()
                    .withData("reason", unreachable.getSQLState() == null ? "unreachable" : unreachable.getSQLState())
                    .build();
        }
    }
}
