package org.shanhai.common.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.shanhai.common.events.contract.InstitutionEvent;

/**
 * What a consuming service knows of an institution, from programme-service's events. Each
 * consumer maps a concrete entity onto its own {@code institution} table. An event older than
 * what is stored (lower version) is ignored, so replays and out-of-order deliveries are harmless.
 */
@MappedSuperclass
public abstract class InstitutionReference extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "division_code")
    public String divisionCode;

    public String kind;

    public String grade;

    /** programme-service's version of the institution that this row reflects. */
    @Column(name = "source_version")
    public long sourceVersion;

    @Column(name = "last_event_id")
    public UUID lastEventId;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** @return false when the event is older than what is stored, and nothing changed. */
    public boolean apply(InstitutionEvent e, UUID eventId) {
        if (lastEventId != null && e.version() < sourceVersion) {
            return false;
        }
        name = e.name();
        nameEn = e.nameEn();
        creditCode = e.creditCode();
        divisionCode = e.divisionCode();
        kind = e.kind();
        grade = e.grade();
        sourceVersion = e.version();
        lastEventId = eventId;
        updatedAt = OffsetDateTime.now();
        return true;
    }

    /** Applies an institution event to the consumer's read model entity {@code type}. */
    public static <T extends InstitutionReference> void upsert(InboundEvent event,
            com.fasterxml.jackson.databind.ObjectMapper reader, Class<T> type) {
        InstitutionEvent e = read(event, reader);
        var em = io.quarkus.hibernate.orm.panache.Panache.getEntityManager(type);
        T known = em.find(type, e.id());
        if (known == null) {
            try {
                known = type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
            known.id = e.id();
            known.apply(e, event.id());
            em.persist(known);
        } else {
            known.apply(e, event.id());
        }
    }

    /** Reads and checks an institution event's payload; a broken one can never be applied. */
    public static InstitutionEvent read(InboundEvent event, com.fasterxml.jackson.databind.ObjectMapper reader) {
        InstitutionEvent e;
        try {
            e = reader.treeToValue(event.data(), InstitutionEvent.class);
        } catch (Exception ex) {
            throw new InvalidEventException(event.type() + " " + event.id() + " does not match its contract: "
                    + ex.getMessage(), ex);
        }
        if (e.id() == null || e.name() == null || e.name().isBlank() || e.kind() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " lacks id, name or kind");
        }
        return e;
    }
}
