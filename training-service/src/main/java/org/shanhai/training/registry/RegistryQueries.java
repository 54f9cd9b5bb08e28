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
            List<UUID> recipientIds, LocalDate startDate, LocalDate endDate, String status) {

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
                p.recipients.stream().map(r -> r.institutionId).toList(), p.startDate, p.endDate, p.status));
    }

    /** The programme's status history, oldest first. */
    public List<StatusChange> statusHistory(UUID programmeId) {
        return KnownProgrammeStatus.<KnownProgrammeStatus>list("programmeId = ?1 order by version, effectiveAt",
                programmeId).stream().map(s -> new StatusChange(s.status, s.effectiveAt)).toList();
    }

    /** Whether the expert holds an assignment in the programme on that day (both ends count; ended ones do not). */
    public boolean isAssigned(UUID programmeId, UUID expertId, LocalDate day) {
        return KnownAssignment.count("programmeId = ?1 and expertId = ?2 and ended = false and startDate <= ?3"
                + " and (endDate is null or endDate >= ?3)", programmeId, expertId, day) > 0;
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

    public boolean isKnownExpert(UUID expertId) {
        return expertId != null && KnownExpert.findById(expertId) != null;
    }
}
