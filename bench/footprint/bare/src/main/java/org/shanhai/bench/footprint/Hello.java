package org.shanhai.bench.footprint;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;

/** The one endpoint of the bare Quarkus REST application: JSON written by Jackson, nothing else. */
@Path("/hello")
public class Hello {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> hello() {
        return Map.of("now", Instant.now().toString());
    }
}
