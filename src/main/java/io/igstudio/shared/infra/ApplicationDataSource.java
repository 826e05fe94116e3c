package io.igstudio.shared.infra;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/** Declares the pooled data source that JPA and the migrations use; see {@link ConfiguredDataSource}. */
@Singleton
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "io.igstudio.shared.infra.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 20)
public class ApplicationDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/igstudio";
}
