package org.shanhai.programme.workstation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.ValidDepartment;

@Schema(name = "WorkstationRequest", description = "专家工作站/博士工作站")
public record WorkstationRequest(
        @Schema(description = "名称", examples = "神经外科专家工作站") @NotBlank @Size(max = 200) String name,
        @Schema(description = "EXPERT 专家工作站, DOCTORAL 博士工作站") @NotNull Workstation.Kind kind,
        @Schema(description = "所在受援机构") @NotNull UUID institutionId,
        @ValidDepartment String department,
        @Schema(description = "负责专家") UUID leadExpertId,
        @Schema(description = "设立日期") @NotNull @PastOrPresent LocalDate establishedDate) {

    /** The example body the OpenAPI document shows (ids are placeholders). */
    public static final String EXAMPLE = """
            {"name": "神经外科专家工作站", "kind": "EXPERT", "institutionId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c03",
             "department": "04.02", "leadExpertId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c21", "establishedDate": "2022-03-01"}""";
}
