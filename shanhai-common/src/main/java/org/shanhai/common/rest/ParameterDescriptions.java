package org.shanhai.common.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The parameters every service has (ids in paths and filters, If-Match, date ranges, enumeration
 * filters) described once, where an operation does not describe them itself: a generated client
 * shows these descriptions on each argument.
 */
final class ParameterDescriptions {

    static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("id", "记录标识 The record's id"),
            Map.entry("programmeId", "帮扶项目标识 The programme's id"),
            Map.entry("institutionId", "医疗机构标识 The institution's id"),
            Map.entry("homeInstitutionId", "专家所在医院 The id of the expert's home institution"),
            Map.entry("batchId", "批次标识 The batch's id"),
            Map.entry("assignmentId", "派驻标识 The assignment's id"),
            Map.entry("expertId", "专家标识 The expert's id"),
            Map.entry("totalId", "报告合计标识 The reported total's id"),
            Map.entry("If-Match", "乐观锁 The ETag of the version this change is based on (optional): when it is no "
                    + "longer the current one, the answer is 412 and nothing is written"),
            Map.entry("from", "起始日期（含） From this date, inclusive"),
            Map.entry("to", "截止日期（含） Up to this date, inclusive"),
            Map.entry("year", "年度 Year"));

    private ParameterDescriptions() {
    }

    static void describe(OpenAPI openAPI) {
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> describe(openAPI, p));
            }
            for (Operation op : item.getOperations().values()) {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> describe(openAPI, p));
                }
            }
        }
    }

    private static void describe(OpenAPI openAPI, Parameter p) {
        if (p.getRef() != null || (p.getDescription() != null && !p.getDescription().isBlank())) {
            return;
        }
        String common = COMMON.get(p.getName());
        if (common != null) {
            p.setDescription(common);
            return;
        }
        // an enumeration filter: the enumeration's own labels (EnumDescriptions wrote them)
        Schema schema = p.getSchema();
        if (schema != null && schema.getRef() != null && openAPI.getComponents() != null
                && openAPI.getComponents().getSchemas() != null) {
            Schema target = openAPI.getComponents().getSchemas().get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            if (target != null && target.getEnumeration() != null && target.getDescription() != null) {
                String d = target.getDescription();
                int values = d.indexOf(". Values");
                p.setDescription("筛选 Filter: " + (values > 0 ? d.substring(0, values) : d));
            }
        }
    }
}
