package org.shanhai.training.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What training-service's features ask of the programme registry. They never use its entities:
 * these answers are the whole interface, so the registry can change its tables freely.
 */
@ApplicationScoped
public class RegistryQueries {

    /** A programme's facts as the registry knows them. */
    public record ProgrammeFacts(UUID id, String code, UUID leadInstitutionId, List<UUID> partnerInstitutionIds,
            List<UUID> recipientIds, UUID primaryRecipientId, LocalDate startDate, LocalDate endDate, String status) {

        public boolean isSupporter(UUID institutionId) {
            return leadInstitutionId.equals(institutionId) || partnerInstitutionIds.contains(institutionId);
        }

        public boolean isRecipient(UUID institutionId) {
            return recipientIds.contains(institutionId);
        }
    }

    /** One status a programme took, and from when. */
    public record StatusChange(String status, OffsetDateTime effectiveAt) {
    }

    public Optional<ProgrammeFacts> programme(UUID programmeId) {
        KnownProgramme p = programmeId == null ? null : KnownProgramme.findById(programmeId);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(new ProgrammeFacts(p.id, p.code, p.leadInstitutionId, List.copyOf(p.partnerInstitutionIds),
                p.recipients.stream().map(r -> r.institutionId).toList(),
                p.recipients.stream().filter(r -> r.primary).map(r -> r.institutionId).findFirst()
                        .orElse(p.recipients.isEmpty() ? null : p.recipients.get(0).institutionId),
                p.startDate, p.endDate, p.status));
    }

    /** The programme's status history, oldest first. */
    public List<StatusChange> statusHistory(UUID programmeId) {
        return KnownProgrammeStatus.<KnownProgrammeStatus>list("programmeId = ?1 order by version, effectiveAt",
                programmeId).stream().map(s -> new StatusChange(s.status, s.effectiveAt)).toList();
    }

    /** Whether the expert holds an assignment in the programme on that day (both ends count; ended ones do not). */
    public boolean isAssigned(UUID programmeId, UUID expertId, LocalDate day) {
        return assignments(programmeId).stream().anyMatch(a -> a.expertId().equals(expertId) && a.covers(day));
    }

    /** Whether the institution is a recipient of any programme the registry knows. */
    public boolean isRecipient(UUID institutionId) {
        return institutionId != null && KnownProgramme.getEntityManager().createQuery(
                "select count(p) from KnownProgramme p join p.recipients r where r.institutionId = :inst", Long.class)
                .setParameter("inst", institutionId).getSingleResult() > 0;
    }

    /** Whether {@code supporter} leads or partners a programme of which {@code recipient} is a recipient. */
    public boolean supports(UUID supporter, UUID recipient) {
        return supporter != null && recipient != null && KnownProgramme.getEntityManager().createQuery(
                "select count(p) from KnownProgramme p join p.recipients r where r.institutionId = :recipient"
                        + " and (p.leadInstitutionId = :supporter or :supporter member of p.partnerInstitutionIds)",
                Long.class).setParameter("recipient", recipient).setParameter("supporter", supporter)
                .getSingleResult() > 0;
    }

    /** An assignment's expert and days (both ends count; an open end runs on). */
    public record AssignmentSpan(UUID expertId, String expertName, LocalDate startDate, LocalDate endDate) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
        }
    }

    /** The programme's assignments that count (not ended), with their experts' names where known. */
    public List<AssignmentSpan> assignments(UUID programmeId) {
        return KnownAssignment.getEntityManager().createQuery(
                "select a.expertId, e.name, a.startDate, a.endDate from KnownAssignment a"
                        + " left join KnownExpert e on e.id = a.expertId"
                        + " where a.programmeId = :p and a.ended = false", Object[].class)
                .setParameter("p", programmeId).getResultList().stream()
                .map(r -> new AssignmentSpan((UUID) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3])).toList();
    }

    /**
     * Distinct experts who arrived at the institution within {@code from..to} (an assignment, not ended,
     * starting then): counted by arrival, so the experts of separate spans add up as reports count them.
     */
    public long expertsArrived(UUID programmeId, UUID institutionId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return 0;
        }
        return KnownAssignment.getEntityManager().createQuery("select count(distinct a.expertId) from KnownAssignment a"
                + " where a.programmeId = :p and a.institutionId = :i and a.ended = false and a.startDate >= :from"
                + " and a.startDate <= :to", Long.class)
                .setParameter("p", programmeId).setParameter("i", institutionId).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
    }

    public boolean isKnownExpert(UUID expertId) {
        return expertId != null && KnownExpert.findById(expertId) != null;
    }
}
