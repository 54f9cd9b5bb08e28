package org.shanhai.common.etag;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** The responses of versioned resources: the body with its version as the ETag, and Location on creation. */
public final class Versioned {

    private Versioned() {
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(ETags.of(version)).build();
    }

    public static Response created(UriInfo uri, UUID id, long version, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(ETags.of(version)).entity(body).build();
    }

    /** For records that are never changed after creation (no ETag). */
    public static Response created(UriInfo uri, UUID id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(body).build();
    }
}
