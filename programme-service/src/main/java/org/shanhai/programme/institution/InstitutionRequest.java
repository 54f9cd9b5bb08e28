package org.shanhai.programme.institution;

import org.shanhai.common.codes.HospitalGrade;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.ValidCreditCode;
import org.shanhai.common.codes.ValidDivisionCode;

@Schema(name = "InstitutionRequest", description = "医疗机构 An institution, as registered or replaced")
public record InstitutionRequest(
        @Schema(description = "机构名称 Chinese name", examples = "盐津县人民医院")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "English name (optional)")
        @Size(max = 200) String nameEn,
        @Schema(description = "统一社会信用代码 (GB 32100-2015), 18 characters, checksum verified; optional, unique",
                examples = "91350100M000100Y43")
        @ValidCreditCode String creditCode,
        @Schema(description = "行政区划代码 (GB/T 2260): 6 digits naming a province, prefecture or county that exists", examples = "530623")
        @NotNull @ValidDivisionCode String divisionCode,
        @Schema(description = "机构类别 Kind")
        @NotNull InstitutionKind kind,
        @Schema(description = "医院等级 Grade (optional)")
        HospitalGrade grade) {

    /** The example body the OpenAPI document shows. */
    public static final String EXAMPLE = """
            {"name": "盐津县人民医院", "nameEn": "Yanjin County People's Hospital", "creditCode": "12530623431780016D",
             "divisionCode": "530623", "kind": "COUNTY_HOSPITAL", "grade": "GRADE_2A"}""";

    static InstitutionRequest of(Institution i) {
        return new InstitutionRequest(i.name, i.nameEn, i.creditCode, i.divisionCode, i.kind, i.grade);
    }
}
