package org.shanhai.metrics.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorRequest", description = "指标定义 An indicator's definition (custom indicators are REPORTED)")
public record IndicatorRequest(
        @Schema(description = "代码: capital letters, digits and _", examples = "CHEST_PAIN_PATIENTS")
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "{shanhai.code.upper-underscore}")
        String code,
        @Schema(description = "中文名称", examples = "胸痛中心接诊人次") @NotBlank @Size(max = 100) String nameZh,
        @Schema(description = "English name", examples = "Chest pain centre patients") @NotBlank @Size(max = 200) String nameEn,
        @NotNull Unit unit,
        @NotNull Direction direction,
        @NotNull Aggregation aggregation,
        @Schema(description = "分子: an existing indicator's code; RATIO only") @Size(max = 60) String numeratorCode,
        @Schema(description = "分母: an existing indicator's code; RATIO only") @Size(max = 60) String denominatorCode,
        @Schema(description = "类别", examples = "SERVICE_CAPACITY")
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{shanhai.code.upper-underscore-short}") String category,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER,
                description = "持平阈值 %: a relative change below this is STABLE on a scorecard; 1 when absent", examples = "2")
        @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("100")
        @jakarta.validation.constraints.Digits(integer = 3, fraction = 2) java.math.BigDecimal stableThreshold) {

    public static final String EXAMPLE = """
            {"code": "CHEST_PAIN_PATIENTS", "nameZh": "胸痛中心接诊人次", "nameEn": "Chest pain centre patients",
             "unit": "COUNT", "direction": "HIGHER_IS_BETTER", "aggregation": "SUM", "category": "SERVICE_CAPACITY"}""";
}
