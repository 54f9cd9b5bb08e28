package org.shanhai.programme.expert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.ValidDepartment;

@Schema(name = "ExpertRequest", description = "专家 An expert, as registered or replaced")
public record ExpertRequest(
        @Schema(description = "姓名", examples = "彭瀚") @NotBlank @Size(max = 100) String name,
        @Schema(description = "派出单位 home institution") @NotNull UUID homeInstitutionId,
        @Schema(description = "科室 department code", examples = "04.02") @ValidDepartment String department,
        @Schema(description = "职称 professional title") Title title,
        @Schema(description = "最高学位 highest degree") Degree degree) {

    /** The example body the OpenAPI document shows (the id is a placeholder for a registered institution). */
    public static final String EXAMPLE = """
            {"name": "彭瀚", "homeInstitutionId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c01", "department": "04.02",
             "title": "ASSOCIATE_CHIEF_PHYSICIAN", "degree": "DOCTORATE"}""";
}
