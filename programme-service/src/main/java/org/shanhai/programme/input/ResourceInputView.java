package org.shanhai.programme.input;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResourceInput", description = "投入 Funds, equipment or construction")
public record ResourceInputView(UUID id, UUID programmeId, ResourceInput.Kind kind,
        @Schema(type = SchemaType.STRING, format = "decimal", description = "金额 CNY, two decimal places") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @Schema(description = "always CNY") String currency, String source, LocalDate date, UUID institutionId,
        String description, OffsetDateTime createdAt) {

    static ResourceInputView of(ResourceInput i) {
        return new ResourceInputView(i.id, i.programmeId, i.kind, i.amount, "CNY", i.source, i.date, i.institutionId,
                i.description, i.createdAt);
    }
}
