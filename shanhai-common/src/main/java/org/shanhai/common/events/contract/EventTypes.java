package org.shanhai.common.events.contract;

import java.util.Map;

/** Which JSON Schema (under {@code events/} on the classpath) each event type's payload must match. */
public final class EventTypes {

    public static final Map<String, String> SCHEMAS = Map.of(
            InstitutionEvent.REGISTERED, "events/institution.schema.json",
            InstitutionEvent.UPDATED, "events/institution.schema.json",
            ProgrammeEvent.REGISTERED, "events/programme.schema.json",
            ProgrammeEvent.UPDATED, "events/programme.schema.json",
            ProgrammeEvent.STATUS_CHANGED, "events/programme.schema.json");

    private EventTypes() {
    }
}
