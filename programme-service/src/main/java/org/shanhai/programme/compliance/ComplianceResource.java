package org.shanhai.programme.compliance;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shanhai.programme.assignment.Assignment;
import org.shanhai.programme.assignment.Role;
import org.shanhai.programme.batch.Batch;
import org.shanhai.programme.expert.Expert;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

@Path("/api/v1/programmes/{programmeId}/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes 帮扶项目")
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class ComplianceResource {

    @Inject
    ProgrammeTeams teams;

    @Schema(name = "BatchCompliance")
    public record BatchReport(UUID batchId, int sequence, LocalDate startDate, LocalDate endDate, int teamSize,
            int associateSeniorOrAbove, boolean leaderNamed, List<TeamPolicy.Warning> warnings) {
    }

    @Schema(name = "Compliance", description = "选派要求核对 Warnings only: data entry is never blocked")
    public record Report(UUID programmeId, String code, int warningCount, List<BatchReport> batches) {
    }

    @GET
    @Operation(summary = "选派要求核对 Check each batch against the usual team rules",
            description = "At least 5 people, at least one 副高 or above, at least one year on site, a team leader named.")
    public Report check(@PathParam("programmeId") UUID programmeId) {
        Programme p = teams.readable(programmeId);
        List<Batch> batches = Batch.ofProgramme(p.id);
        List<Assignment> assignments = Assignment.list("programmeId", p.id);
        Set<UUID> expertIds = assignments.stream().map(a -> a.expertId).collect(Collectors.toSet());
        Map<UUID, Expert> experts = new HashMap<>();
        if (!expertIds.isEmpty()) {
            Expert.<Expert>list("id in ?1", expertIds).forEach(e -> experts.put(e.id, e));
        }
        List<BatchReport> reports = batches.stream().map(b -> {
            List<Assignment> team = assignments.stream().filter(a -> a.batchId.equals(b.id)).toList();
            Set<UUID> members = team.stream().map(a -> a.expertId).collect(Collectors.toSet());
            int senior = (int) members.stream().map(experts::get)
                    .filter(e -> e != null && e.title != null && e.title.isAssociateSeniorOrAbove()).count();
            boolean leader = b.leaderExpertId != null || team.stream().anyMatch(a -> a.roles.contains(Role.TEAM_LEADER));
            var facts = new TeamPolicy.BatchFacts(members.size(), senior, b.startDate, b.endDate, leader);
            return new BatchReport(b.id, b.sequence, b.startDate, b.endDate, members.size(), senior, leader,
                    TeamPolicy.check(facts));
        }).toList();
        return new Report(p.id, p.code, reports.stream().mapToInt(r -> r.warnings().size()).sum(), reports);
    }
}
