package org.shanhai.programme.input;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResourceInputRequest", description = "投入 Funds, equipment or construction")
public record ResourceInputRequest(
        @NotNull ResourceInput.Kind kind,
        @Schema(description = "金额 (元, CNY), at most two decimal places", examples = "20021500.00")
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal amount,
        @Schema(description = "来源 donor or source", examples = "上海市对口支援资金") @Size(max = 300) String source,
        @Schema(description = "日期") @NotNull LocalDate date,
        @Schema(description = "接收机构: a recipient of the programme") @NotNull UUID institutionId,
        @Schema(description = "说明", examples = "眼科设备 (捐赠)") @Size(max = 2000) String description) {

    /** The example body the OpenAPI document shows (the id is a placeholder). */
    public static final String EXAMPLE = """
            {"kind": "FUNDS", "amount": 20021500, "source": "上海市对口支援资金", "date": "2023-12-01",
             "institutionId": "0b6c1f0e-5a7d-4a43-9d0e-2f1f6e8a1c03", "description": "医院改造"}""";
}
