package org.shanhai.programme.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.ValidDepartment;

@Schema(name = "ProgrammeRequest", description = "帮扶项目 A programme, as registered or replaced")
public record ProgrammeRequest(
        @Schema(description = "项目编号 unique human-readable code", examples = "YN-YANJIN-2021-XINHUA")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,59}", message = "{shanhai.code.upper-dash}")
        String code,
        @Schema(description = "项目名称", examples = "新华医院“组团式”帮扶盐津县人民医院")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "帮扶类型") @NotNull Scheme scheme,
        @Schema(description = "牵头支援医院 lead supporting institution") @NotNull UUID leadInstitutionId,
        @Schema(description = "协作支援医院 partner supporting institutions")
        @Size(max = 50) List<@NotNull UUID> partnerInstitutionIds,
        @Schema(description = "受援机构: exactly one primary")
        @NotEmpty @Size(max = 100) List<@NotNull @Valid RecipientRequest> recipients,
        @Schema(description = "开始日期") @NotNull LocalDate startDate,
        @Schema(description = "结束日期 (optional)") LocalDate endDate,
        @Schema(description = "状态: leave out, or send the current one; change it with POST .../status")
        ProgrammeStatus status,
        @Schema(description = "帮扶目标") @Size(max = 50) List<@NotBlank @Size(max = 500) String> objectives,
        @Schema(description = "重点帮扶科室 department codes (《医疗机构诊疗科目名录》)", examples = "[\"04.02\", \"03.04\"]")
        @Size(max = 100) List<@NotNull @ValidDepartment String> focusDepartments) {

    @Schema(name = "RecipientRequest")
    public record RecipientRequest(@NotNull UUID institutionId, boolean primary) {
    }

    /** The example body the OpenAPI document shows (ids are placeholders for registered institutions). */
    public static final String EXAMPLE = """
            {"code": "YN-YANJIN-2021-XINHUA", "name": "新华医院“组团式”帮扶盐津县人民医院", "scheme": "GROUP_ASSISTANCE",
             "leadInstitutionId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c01",
             "partnerInstitutionIds": ["0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c02"],
             "recipients": [{"institutionId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c03", "primary": true}],
             "startDate": "2021-07-01", "endDate": "2024-06-30",
             "objectives": ["创建二级甲等医院", "建成胸痛中心和卒中中心"], "focusDepartments": ["04.02", "03.04"]}""";

    List<UUID> partners() {
        return partnerInstitutionIds == null ? List.of() : partnerInstitutionIds;
    }

    static ProgrammeRequest of(Programme p) {
        return new ProgrammeRequest(p.code, p.name, p.scheme, p.leadInstitutionId, List.copyOf(p.partnerInstitutionIds),
                p.recipients.stream().map(r -> new RecipientRequest(r.institutionId, r.primary)).toList(),
                p.startDate, p.endDate, p.status, List.copyOf(p.objectives), List.copyOf(p.focusDepartments));
    }
}
