package org.shanhai.common.readmodel;

import org.shanhai.common.problem.Text;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.security.Roles;

/** Operations on this service's dead-letter topic (services that consume events; NATIONAL_ADMIN only). */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters 死信", description = "本服务无法应用的事件 Events this service could not apply, and their replay")
@RolesAllowed(Roles.NATIONAL_ADMIN)
@IfBuildProperty(name = "shanhai.read-model.enabled", stringValue = "true")
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    @Operation(operationId = "listDeadLetters", summary = "死信列表 The records in this service's dead-letter topic",
            description = "Each with its original topic, partition, offset, ce_id, ce_type and the reason it failed.")
    public List<DeadLetters.Letter> list(
            @Parameter(description = "at most this many, the newest (1 to 1000)") @QueryParam("limit") @DefaultValue("100") int limit,
            @Parameter(description = "only those not applied since") @QueryParam("outstanding") @DefaultValue("false")
            boolean outstanding) {
        if (limit < 1 || limit > 1000) {
            throw Problems.invalidQuery("limit", Text.of("must be between 1 and 1000", "应在 1 到 1000 之间"));
        }
        return deadLetters.list(limit, outstanding);
    }

    @POST
    @Path("replay")
    @Operation(operationId = "replayDeadLetters", summary = "重放死信 Apply the dead letters again, once their cause is fixed",
            description = "Events applied before are skipped (deduplicated by ce_id); a record that still fails is reported and stays.")
    public DeadLetters.Replay replay() {
        return deadLetters.replay();
    }
}
