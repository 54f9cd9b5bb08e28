package org.shanhai.bench.footprint;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The one endpoint of the same-extensions application: a bearer token checked, one query on the pool,
 * JSON written by Jackson. What a service does beyond this, per request and per process, is the cost of
 * the project's own code.
 */
@Path("/hello")
public class Hello {

    @Inject
    AgroalDataSource dataSource;

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> hello() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_database(), now()")) {
            r.next();
            return Map.of("database", r.getString(1), "now", r.getTimestamp(2).toInstant().toString());
        }
    }
}
