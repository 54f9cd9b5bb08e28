package org.shanhai.common.readmodel.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.shanhai.common.events.contract.AssignmentEvent;
import org.shanhai.common.events.contract.BatchEvent;
import org.shanhai.common.events.contract.ExpertEvent;
import org.shanhai.common.events.contract.ProgrammeEvent;
import org.shanhai.common.readmodel.EventHandler;
import org.shanhai.common.readmodel.InboundEvent;
import org.shanhai.common.readmodel.Projection;
import org.shanhai.common.readmodel.ReadModelEntities;
import org.shanhai.common.readmodel.ReadModelRouter;
import org.shanhai.common.time.Clock;

/**
 * A consuming service's copy of programme-service's programmes, batches, experts and assignments,
 * built from programme.events only (the shared router brings deduplication, trust, retries and dead
 * letters). Kept only by the services that declare the entities ({@link ProgrammeReferences#kept}).
 * Events of entities not seen before are stored as they come (an assignment may arrive before its
 * expert, whose events travel under another key).
 */
@ApplicationScoped
public class ProgrammeProjection implements EventHandler {

    @Inject
    EntityManager em;

    @Inject
    ReadModelRouter router;

    @Inject
    ProgrammeReferences references;

    @Override
    public Set<String> types() {
        if (!references.kept()) {
            return Set.of();
        }
        return Set.of(ProgrammeEvent.REGISTERED, ProgrammeEvent.UPDATED, ProgrammeEvent.STATUS_CHANGED,
                BatchEvent.CREATED, BatchEvent.UPDATED, ExpertEvent.REGISTERED, ExpertEvent.UPDATED,
                AssignmentEvent.STARTED, AssignmentEvent.UPDATED, AssignmentEvent.ENDED);
    }

    @Override
    public void apply(InboundEvent event) {
        switch (event.type()) {
            case ProgrammeEvent.REGISTERED, ProgrammeEvent.UPDATED, ProgrammeEvent.STATUS_CHANGED -> programme(event);
            case BatchEvent.CREATED, BatchEvent.UPDATED -> batch(event);
            case ExpertEvent.REGISTERED, ExpertEvent.UPDATED -> expert(event);
            default -> assignment(event);
        }
    }

    private void programme(InboundEvent event) {
        ProgrammeEvent e = event.payload(router.reader(), ProgrammeEvent.class);
        event.require(e.id() != null && e.code() != null && e.leadInstitutionId() != null && e.startDate() != null
                && e.status() != null && e.recipients() != null);
        upsert(references.entities().programme(), e.id(), e.version(), event, row -> {
            row.code = e.code();
            row.name = e.name();
            row.scheme = e.scheme();
            row.leadInstitutionId = e.leadInstitutionId();
            replace(row.partnerInstitutionIds, e.partnerInstitutionIds() == null ? List.of() : e.partnerInstitutionIds());
            row.recipients.clear();
            e.recipients().forEach(r -> row.recipients.add(new ProgrammeReference.Recipient(r.institutionId(), r.primary())));
            row.startDate = event.date(e.startDate());
            row.endDate = event.date(e.endDate());
            row.status = e.status();
        });
        if (!ProgrammeEvent.UPDATED.equals(event.type())) {
            // the status history: what the programme became, and from when (the change's own time);
            // kept even for an event older than the row, so a replay in another order agrees
            ProgrammeStatusReference s = ReadModelEntities.newInstance(references.entities().status());
            s.eventId = event.id();
            s.programmeId = e.id();
            s.status = e.status();
            s.reason = e.statusReason();
            s.effectiveAt = event.time() != null ? event.time() : Clock.now();
            s.version = e.version();
            em.persist(s);
        }
    }

    private void batch(InboundEvent event) {
        BatchEvent e = event.payload(router.reader(), BatchEvent.class);
        event.require(e.id() != null && e.programmeId() != null && e.startDate() != null);
        upsert(references.entities().batch(), e.id(), e.version(), event, row -> {
            row.programmeId = e.programmeId();
            row.sequence = e.sequence();
            row.startDate = event.date(e.startDate());
            row.endDate = event.date(e.endDate());
            row.leaderExpertId = e.leaderExpertId();
        });
    }

    private void expert(InboundEvent event) {
        ExpertEvent e = event.payload(router.reader(), ExpertEvent.class);
        event.require(e.id() != null && e.name() != null && e.homeInstitutionId() != null);
        upsert(references.entities().expert(), e.id(), e.version(), event, row -> {
            row.name = e.name();
            row.homeInstitutionId = e.homeInstitutionId();
            row.department = e.department();
            row.title = e.title();
            row.titleLevel = e.titleLevel();
            row.degree = e.degree();
        });
    }

    private void assignment(InboundEvent event) {
        AssignmentEvent e = event.payload(router.reader(), AssignmentEvent.class);
        event.require(e.id() != null && e.programmeId() != null && e.batchId() != null && e.expertId() != null
                && e.institutionId() != null && e.startDate() != null);
        upsert(references.entities().assignment(), e.id(), e.version(), event, row -> {
            row.programmeId = e.programmeId();
            row.batchId = e.batchId();
            row.expertId = e.expertId();
            row.institutionId = e.institutionId();
            row.department = e.department();
            row.startDate = event.date(e.startDate());
            row.endDate = event.date(e.endDate());
            replace(row.roles, e.roles() == null ? List.of() : e.roles());
            // ended is final: assignment.ended carries the last version, which an update may share
            row.ended = row.ended || AssignmentEvent.ENDED.equals(event.type());
        });
    }

    private <T extends Projection> void upsert(Class<? extends T> type, java.util.UUID id, long version,
            InboundEvent event, Consumer<T> copy) {
        @SuppressWarnings("unchecked")
        Class<T> t = (Class<T>) type;
        Projection.upsert(em, t, () -> ReadModelEntities.newInstance(t), id, version, event.id(), copy);
    }

    private static <T> void replace(List<T> target, List<T> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }
}
