package org.shanhai.training.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.ValidDepartment;

@Schema(name = "StaffRequest", description = "受训人员 A local staff member (no ID-card number, phone or address is kept)")
public record StaffRequest(
        @Schema(description = "姓名", examples = "李红") @NotBlank @Size(max = 100) String name,
        @Schema(description = "所在机构: a recipient institution of some programme") @NotNull UUID institutionId,
        @Schema(description = "科室 department code", examples = "04.02") @ValidDepartment String department,
        @Schema(description = "职称或岗位", examples = "住院医师") @Size(max = 60) String title) {

    /** The example body the OpenAPI document shows (the id is a placeholder). */
    public static final String EXAMPLE = """
            {"name": "李红", "institutionId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c03", "department": "04.02",
             "title": "住院医师"}""";
}
