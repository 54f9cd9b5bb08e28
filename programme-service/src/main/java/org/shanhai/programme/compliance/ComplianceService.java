package org.shanhai.programme.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.programme.assignment.AssignmentService;
import org.shanhai.programme.assignment.AssignmentView;
import org.shanhai.programme.assignment.Role;
import org.shanhai.programme.batch.BatchService;
import org.shanhai.programme.expert.ExpertService;
import org.shanhai.programme.expert.Title;
import org.shanhai.programme.programme.Programme;
import org.shanhai.programme.programme.ProgrammeTeams;

/** The compliance report: gathers each batch's facts from the features that own them and applies {@link TeamPolicy}. */
@ApplicationScoped
public class ComplianceService {

    @Schema(name = "BatchCompliance")
    public record BatchReport(UUID batchId, int sequence, LocalDate startDate, LocalDate endDate, int teamSize,
            int associateSeniorOrAbove, boolean leaderNamed, List<TeamPolicy.Warning> warnings) {
    }

    @Schema(name = "Compliance", description = "选派要求核对 Warnings only: data entry is never blocked")
    public record Report(UUID programmeId, String code, int warningCount, List<BatchReport> batches) {
    }

    @Inject
    ProgrammeTeams teams;

    @Inject
    BatchService batches;

    @Inject
    AssignmentService assignments;

    @Inject
    ExpertService experts;

    public Report check(UUID programmeId) {
        Programme p = teams.readable(programmeId);
        List<AssignmentView> all = assignments.ofProgramme(p.id);
        Map<UUID, Title> titles = experts.titles(all.stream().map(AssignmentView::expertId).collect(Collectors.toSet()));
        List<BatchReport> reports = batches.ofProgramme(p.id).stream().map(b -> {
            List<AssignmentView> team = all.stream().filter(a -> a.batchId().equals(b.id())).toList();
            Set<UUID> members = team.stream().map(AssignmentView::expertId).collect(Collectors.toSet());
            int senior = (int) members.stream().map(titles::get)
                    .filter(t -> t != null && t.isAssociateSeniorOrAbove()).count();
            boolean leader = b.leaderExpertId() != null || team.stream().anyMatch(a -> a.roles().contains(Role.TEAM_LEADER));
            var facts = new TeamPolicy.BatchFacts(members.size(), senior, b.startDate(), b.endDate(), leader);
            return new BatchReport(b.id(), b.sequence(), b.startDate(), b.endDate(), members.size(), senior, leader,
                    TeamPolicy.check(facts));
        }).toList();
        return new Report(p.id, p.code, reports.stream().mapToInt(r -> r.warnings().size()).sum(), reports);
    }
}
