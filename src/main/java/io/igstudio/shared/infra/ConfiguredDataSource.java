package io.igstudio.shared.infra;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one data source of the application: the embedded H2 file database unless {@code igstudio.db.url}
 * names a MySQL (or MariaDB) server.
 *
 * <p>Payara builds a {@code @DataSourceDefinition} before the application's own configuration file is
 * read, so the choice cannot come from annotation attributes with defaults in
 * {@code microprofile-config.properties}. Instead Payara pools this class, and this class reads
 * {@link DatabaseSettings} (environment variables and system properties) when the pool opens its
 * first connection. Switching databases is therefore a matter of configuration, not of rebuilding.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource delegate;
    private volatile DatabaseSettings settings;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource delegate() {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    settings = DatabaseSettings.fromEnvironment();
                    delegate = settings.createDataSource();
                }
                current = delegate;
            }
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = delegate().getConnection();
        settings.restrictEmbeddedFiles();
        return connection;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
