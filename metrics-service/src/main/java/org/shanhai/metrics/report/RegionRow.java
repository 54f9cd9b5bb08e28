package org.shanhai.metrics.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionRow", description = "one division (or, inside a county, one institution): the indicator over its "
        + "recipient institutions by the indicator's rule")
public record RegionRow(
        @Schema(description = "行政区划代码, or the institution's id inside a county", examples = "530600") String code,
        @Schema(examples = "昭通市") String name,
        @Schema(description = "PROVINCE, PREFECTURE, COUNTY or INSTITUTION") String level,
        @Schema(description = "受援机构数 recipient institutions in it") int institutions,
        @Schema(description = "with a value that enters the aggregate") int reporting,
        @Schema(type = SchemaType.STRING, format = "decimal") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
        @Schema(type = SchemaType.STRING, format = "decimal", description = "RATIO: the summed numerator")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal numerator,
        @Schema(type = SchemaType.STRING, format = "decimal", description = "RATIO: the summed denominator")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal denominator,
        @Schema(description = "institutions left out because they have only a rate reported without its parts")
        int reportedRatesLeftOut,
        @Schema(description = "说明") String note) {
}
