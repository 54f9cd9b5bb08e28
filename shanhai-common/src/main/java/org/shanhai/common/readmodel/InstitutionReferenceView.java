package org.shanhai.common.readmodel;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KnownInstitution", description = "医疗机构 (from programme-service's events)")
public record InstitutionReferenceView(UUID id, String name, String nameEn, String creditCode, String divisionCode,
        String kind, String grade, long sourceVersion, OffsetDateTime updatedAt) {

    public static InstitutionReferenceView of(InstitutionReference r) {
        return new InstitutionReferenceView(r.id, r.name, r.nameEn, r.creditCode, r.divisionCode, r.kind, r.grade,
                r.sourceVersion, r.updatedAt);
    }
}
