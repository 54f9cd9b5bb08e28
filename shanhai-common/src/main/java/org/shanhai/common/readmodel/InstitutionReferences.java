package org.shanhai.common.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import java.util.UUID;
import org.shanhai.common.events.contract.InstitutionEvent;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;

/**
 * The institution read model of a consuming service: applies {@code institution.registered} and
 * {@code .updated}, and answers what the service's features ask of it. The service declares its
 * entity (a subclass of {@link InstitutionReference}); it is found in the JPA metamodel, so a
 * service without one simply keeps no institutions.
 */
@ApplicationScoped
public class InstitutionReferences implements EventHandler {

    static final java.util.Map<String, String> SORTABLE = java.util.Map.of(
            "name", "name", "divisionCode", "divisionCode", "updatedAt", "updatedAt", "id", "id");

    @Inject
    EntityManager em;

    @Inject
    ReadModelRouter router;

    private volatile Class<? extends InstitutionReference> entity;

    @Override
    public Set<String> types() {
        return entity() == null ? Set.of() : Set.of(InstitutionEvent.REGISTERED, InstitutionEvent.UPDATED);
    }

    @Override
    public void apply(InboundEvent event) {
        InstitutionEvent e = event.payload(router.reader(), InstitutionEvent.class);
        if (e.id() == null || e.name() == null || e.name().isBlank() || e.kind() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks id, name or kind");
        }
        Projection.upsert(em, entity(), this::newEntity, e.id(), e.version(), event.id(), row -> row.copy(e));
    }

    public InstitutionReference find(UUID id) {
        return entity() == null ? null : em.find(entity(), id);
    }

    /** The institution with that unified social credit code (GB 32100), or null. */
    public InstitutionReference findByCreditCode(String creditCode) {
        if (entity() == null || creditCode == null) {
            return null;
        }
        return em.createQuery("select i from " + ReadModelEntities.name(em, entity())
                + " i where i.creditCode = :code", InstitutionReference.class).setParameter("code", creditCode)
                .getResultStream().findFirst().orElse(null);
    }

    /** The ids of the institutions known here by their unified social credit code, in one query (an import). */
    public java.util.Map<String, UUID> idsByCreditCode() {
        java.util.Map<String, UUID> ids = new java.util.HashMap<>();
        if (entity() != null) {
            em.createQuery("select i.creditCode, i.id from " + ReadModelEntities.name(em, entity())
                    + " i where i.creditCode is not null", Object[].class).getResultList()
                    .forEach(r -> ids.put((String) r[0], (UUID) r[1]));
        }
        return ids;
    }

    /** The institutions with these ids that are known here, by id, in one query. */
    public java.util.Map<UUID, InstitutionReference> findAll(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, InstitutionReference> found = new java.util.HashMap<>();
        if (entity() == null || ids.isEmpty()) {
            return found;
        }
        em.createQuery("select i from " + ReadModelEntities.name(em, entity()) + " i where i.id in :ids",
                InstitutionReference.class).setParameter("ids", ids).getResultList().forEach(i -> found.put(i.id, i));
        return found;
    }

    /** The ids of the institutions in a division (a GB/T 2260 prefix, already checked). */
    public java.util.List<UUID> idsIn(String divisionPrefix) {
        if (entity() == null) {
            return java.util.List.of();
        }
        return em.createQuery("select i.id from " + ReadModelEntities.name(em, entity())
                + " i where i.divisionCode like :division", UUID.class).setParameter("division", divisionPrefix + "%")
                .getResultList();
    }

    public InstitutionReference get(UUID id) {
        InstitutionReference r = find(id);
        if (r == null) {
            throw Problems.notFound("institution", id);
        }
        return r;
    }

    /** Institutions in a division (a GB/T 2260 prefix, already checked), or all of them. */
    public Page<InstitutionReference> search(String divisionPrefix, PageRequest page) {
        String order = page.orderBy(SORTABLE, "name");
        String where = divisionPrefix == null ? "" : " where i.divisionCode like :division";
        String name = ReadModelEntities.name(em, entity());
        TypedQuery<InstitutionReference> list = em.createQuery("select i from " + name + " i" + where + " order by "
                + order, InstitutionReference.class);
        TypedQuery<Long> count = em.createQuery("select count(i) from " + name + " i" + where, Long.class);
        if (divisionPrefix != null) {
            list.setParameter("division", divisionPrefix + "%");
            count.setParameter("division", divisionPrefix + "%");
        }
        return Page.of(list, count, page);
    }

    private Class<? extends InstitutionReference> entity() {
        if (entity == null) {
            entity = ReadModelEntities.concrete(em, InstitutionReference.class);
        }
        return entity;
    }

    @SuppressWarnings("unchecked")
    private <T extends InstitutionReference> T newEntity() {
        return (T) ReadModelEntities.newInstance(entity());
    }
}
