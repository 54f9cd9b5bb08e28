package org.shanhai.programme.institution;

import org.shanhai.common.codes.HospitalGrade;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Institution", description = "医疗机构 An institution")
public record InstitutionView(
        UUID id,
        String name,
        String nameEn,
        String creditCode,
        String divisionCode,
        InstitutionKind kind,
        HospitalGrade grade,
        @Schema(description = "version, also sent as the ETag") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static InstitutionView of(Institution i) {
        return new InstitutionView(i.id, i.name, i.nameEn, i.creditCode, i.divisionCode, i.kind, i.grade,
                i.version, i.createdAt, i.updatedAt);
    }
}
