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
}
