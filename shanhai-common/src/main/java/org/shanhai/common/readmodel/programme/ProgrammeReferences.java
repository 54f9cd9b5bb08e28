package org.shanhai.common.readmodel.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shanhai.common.readmodel.ReadModelEntities;

/**
 * What a consuming service's features ask of its programme read model. They never use its entities:
 * these answers are the whole interface, so the read model can change its tables freely. A service
 * keeps the read model by declaring one entity per reference class and adding {@code db/programmes}
 * to its Flyway locations.
 */
@ApplicationScoped
public class ProgrammeReferences {

    /** The service's entities, one per reference class. */
    public record Entities(Class<? extends ProgrammeReference> programme, Class<? extends ProgrammeStatusReference> status,
            Class<? extends BatchReference> batch, Class<? extends ExpertReference> expert,
            Class<? extends AssignmentReference> assignment) {
    }

    /** A programme's facts as the read model knows them. */
    public record ProgrammeFacts(UUID id, String code, String name, UUID leadInstitutionId,
            List<UUID> partnerInstitutionIds, List<UUID> recipientIds, UUID primaryRecipientId, LocalDate startDate,
            LocalDate endDate, String status) {

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

    /** An assignment's expert and days (both ends count; an open end runs on). */
    public record AssignmentSpan(UUID expertId, String expertName, LocalDate startDate, LocalDate endDate) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
        }
    }

    @Inject
    EntityManager em;

    private volatile Entities entities;
    private volatile Boolean kept;

    /** Whether this service keeps the programme read model (declares its entities). */
    public boolean kept() {
        if (kept == null) {
            kept = ReadModelEntities.concrete(em, ProgrammeReference.class) != null;
        }
        return kept;
    }

    /** The service's entities; a service that keeps the model must declare all five. */
    public Entities entities() {
        if (entities == null) {
            Entities e = new Entities(ReadModelEntities.concrete(em, ProgrammeReference.class),
                    ReadModelEntities.concrete(em, ProgrammeStatusReference.class),
                    ReadModelEntities.concrete(em, BatchReference.class),
                    ReadModelEntities.concrete(em, ExpertReference.class),
                    ReadModelEntities.concrete(em, AssignmentReference.class));
            if (e.programme() == null || e.status() == null || e.batch() == null || e.expert() == null
                    || e.assignment() == null) {
                throw new IllegalStateException("the programme read model needs an entity for each of ProgrammeReference,"
                        + " ProgrammeStatusReference, BatchReference, ExpertReference and AssignmentReference: " + e);
            }
            entities = e;
        }
        return entities;
    }

    public Optional<ProgrammeFacts> programme(UUID programmeId) {
        ProgrammeReference p = programmeId == null ? null : em.find(entities().programme(), programmeId);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(new ProgrammeFacts(p.id, p.code, p.name, p.leadInstitutionId,
                List.copyOf(p.partnerInstitutionIds), p.recipients.stream().map(r -> r.institutionId).toList(),
                p.recipients.stream().filter(r -> r.primary).map(r -> r.institutionId).findFirst()
                        .orElse(p.recipients.isEmpty() ? null : p.recipients.get(0).institutionId),
                p.startDate, p.endDate, p.status));
    }

    /** A programme and its primary recipient (a ranking's row). */
    public record PrimaryRecipient(UUID programmeId, String code, String name, String status, UUID institutionId) {
    }

    /** Every programme with its primary recipient (the first recipient where none is marked), in one query. */
    public List<PrimaryRecipient> primaryRecipients() {
        List<PrimaryRecipient> out = new java.util.ArrayList<>();
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        em.createQuery("select p.id, p.code, p.name, p.status, r.institutionId, r.primary from " + name(entities().programme())
                + " p join p.recipients r order by p.id, r.primary desc, index(r)", Object[].class).getResultList()
                .forEach(r -> {
                    if (seen.add((UUID) r[0])) {
                        out.add(new PrimaryRecipient((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4]));
                    }
                });
        return out;
    }

    /** The programme's status history, oldest first. */
    public List<StatusChange> statusHistory(UUID programmeId) {
        return em.createQuery("select s.status, s.effectiveAt from " + name(entities().status())
                + " s where s.programmeId = :p order by s.version, s.effectiveAt", Object[].class)
                .setParameter("p", programmeId).getResultList().stream()
                .map(r -> new StatusChange((String) r[0], (OffsetDateTime) r[1])).toList();
    }

    /** Whether the expert holds an assignment in the programme on that day (both ends count; ended ones do not). */
    public boolean isAssigned(UUID programmeId, UUID expertId, LocalDate day) {
        return assignments(programmeId).stream().anyMatch(a -> a.expertId().equals(expertId) && a.covers(day));
    }

    /** Whether the institution is a recipient of any programme the read model knows. */
    public boolean isRecipient(UUID institutionId) {
        return institutionId != null && em.createQuery("select count(p) from " + name(entities().programme())
                + " p join p.recipients r where r.institutionId = :inst", Long.class)
                .setParameter("inst", institutionId).getSingleResult() > 0;
    }

    /** Every institution that is a recipient of some programme. */
    public List<UUID> recipientIds() {
        return em.createQuery("select distinct r.institutionId from " + name(entities().programme())
                + " p join p.recipients r", UUID.class).getResultList();
    }

    /** Whether {@code supporter} leads or partners a programme of which {@code recipient} is a recipient. */
    public boolean supports(UUID supporter, UUID recipient) {
        return supporter != null && recipient != null && em.createQuery("select count(p) from "
                + name(entities().programme()) + " p join p.recipients r where r.institutionId = :recipient"
                + " and (p.leadInstitutionId = :supporter or :supporter member of p.partnerInstitutionIds)",
                Long.class).setParameter("recipient", recipient).setParameter("supporter", supporter)
                .getSingleResult() > 0;
    }

    /** The programme's assignments that count (not ended), with their experts' names where known. */
    public List<AssignmentSpan> assignments(UUID programmeId) {
        return em.createQuery("select a.expertId, e.name, a.startDate, a.endDate from " + name(entities().assignment())
                + " a left join " + name(entities().expert()) + " e on e.id = a.expertId"
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
        return em.createQuery("select count(distinct a.expertId) from " + name(entities().assignment())
                + " a where a.programmeId = :p and a.institutionId = :i and a.ended = false and a.startDate >= :from"
                + " and a.startDate <= :to", Long.class)
                .setParameter("p", programmeId).setParameter("i", institutionId).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
    }

    public boolean isKnownExpert(UUID expertId) {
        return expertId != null && em.find(entities().expert(), expertId) != null;
    }

    private String name(Class<?> entity) {
        return ReadModelEntities.name(em, entity);
    }
}
