package org.shanhai.training.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.common.codes.DepartmentCodes;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.events.contract.TrainingActivityEvent;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.tabular.Column;
import org.shanhai.common.tabular.RowErrors;
import org.shanhai.common.tabular.Table;
import org.shanhai.common.tabular.Tables;
import org.shanhai.training.registry.ProgrammeChecks;
import org.shanhai.training.registry.ProgrammeContext;

/**
 * Bulk import of one institution's activity log (CSV or XLSX, as hospitals keep it): every row is
 * checked by the rules a single record meets, and the file is stored whole or not at all. A row is
 * recognised on a second import by its external id, else by a hash of its content, so the same file
 * twice creates nothing new.
 */
@ApplicationScoped
public class ActivityImport {

    public static final int MAX_ROWS = 10_000;

    /** 10,000 rows of Chinese text are about 3 MB as CSV; 8 MiB leaves room for wide rows and XLSX. */
    public static final long BODY_LIMIT = 8L * 1024 * 1024;

    /** The template's columns, each read under its Chinese header or its English name. */
    enum Col {
        EXTERNAL_ID("外部编号", "externalId", false, "可选。本院日志中的编号；再次导入时据此识别同一条记录（不填则按内容识别）", "JX-2024-0001"),
        TYPE("活动类型", "type", true, "从下拉列表选择；也可填中文名称，如 教学查房", "TEACHING_ROUND"),
        DATE("日期", "date", true, "活动日期，如 2024-03-12 或 2024/3/12；须在项目周期内、不晚于今天，且带教专家当天在派驻期内", "2024-03-12"),
        DEPARTMENT("科室", "department", true, "诊疗科目代码（如 03.01）或名称（如 内科）", "03.01"),
        LEAD_EXPERT("带教专家", "leadExpert", true, "专家姓名（项目中唯一时）或专家编号（UUID）", "张三"),
        TOPIC("主题", "topic", true, "活动主题，不超过200字", "急性胸痛的规范化诊治"),
        ATTENDEES("参加人次", "attendeeCount", true, "1 至 " + ActivityRequest.MAX_ATTENDEES + " 的整数；义诊填诊治患者人次", "25"),
        HOURS("学时", "hours", true, "大于0、不超过24，最多一位小数", "1.5");

        final String header;
        final String name;
        final boolean required;
        final String description;
        final String example;

        Col(String header, String name, boolean required, String description, String example) {
            this.header = header;
            this.name = name;
            this.required = required;
            this.description = description;
            this.example = example;
        }
    }

    /** Which column each request field comes from, for the errors. */
    private static final Map<String, Col> FIELD_COLUMN = Map.of("type", Col.TYPE, "date", Col.DATE,
            "department", Col.DEPARTMENT, "leadExpertId", Col.LEAD_EXPERT, "topic", Col.TOPIC,
            "attendeeCount", Col.ATTENDEES, "hours", Col.HOURS);

    @Schema(name = "ActivityImportResult", description = "导入结果 What an import stored")
    public record Result(
            @Schema(description = "data rows read") int rows,
            @Schema(description = "rows stored now") int created,
            @Schema(description = "rows already stored by an earlier import (recognised by external id or content)")
            int alreadyPresent) {
    }

    @Inject
    ActivityService activities;

    @Inject
    ProgrammeChecks programmes;

    @Inject
    EntityWrites writes;

    @Inject
    Validator validator;

    public static List<Column> template() {
        List<Column> columns = new ArrayList<>();
        for (Col c : Col.values()) {
            columns.add(c == Col.TYPE
                    ? new Column(c.header, true, c.description, c.example,
                            Arrays.stream(ActivityType.values()).map(Enum::name).toList())
                    : Column.of(c.header, c.required, c.description, c.example));
        }
        return columns;
    }

    @Transactional
    public Result importFile(byte[] body, String mediaType, UUID programmeId, UUID institutionId) {
        if (programmeId == null) {
            throw Problems.invalidQuery("programmeId", Text.of("is required: the programme the activities belong to",
                    "必填：培训活动所属的项目"));
        }
        if (institutionId == null) {
            throw Problems.invalidQuery("institutionId", Text.of("is required: the institution where the activities took place",
                    "必填：培训活动的开展机构"));
        }
        ProgrammeContext p = programmes.load("programmeId", programmeId);
        activities.checkInstitution(institutionId);
        activities.authorise(p, institutionId); // before reading the file: a refusal reads nothing
        Table table = Tables.read(body, mediaType, MAX_ROWS);
        Map<Col, String> headers = headers(table);

        // pass 1: every row read into a request and its import key (unreadable cells reported)
        RowErrors errors = new RowErrors();
        Map<String, Integer> keys = new LinkedHashMap<>();
        Map<String, Table.Row> rowsByKey = new LinkedHashMap<>();
        Map<String, ActivityRequest> requests = new LinkedHashMap<>();
        for (Table.Row row : table.rows()) {
            if (errors.refuseNul(row)) {
                continue;
            }
            ActivityRequest r = parse(row, headers, p, programmeId, institutionId, errors);
            if (r == null) {
                continue;
            }
            String external = cell(row, headers, Col.EXTERNAL_ID);
            String key = external != null ? "ext:" + external : "sha:" + hash(r);
            Integer first = keys.putIfAbsent(key, row.number());
            if (first != null) {
                errors.add(row.number(), headers.getOrDefault(external != null ? Col.EXTERNAL_ID : Col.TOPIC, "row"),
                        external != null ? Text.of("repeats the external id of row " + first,
                                "与第 " + first + " 行的外部编号重复")
                                : Text.of("repeats row " + first + " exactly; give each an external id (外部编号) to keep both",
                                        "与第 " + first + " 行完全相同；如需两行都保留，请分别填写外部编号"));
                continue;
            }
            rowsByKey.put(key, row);
            requests.put(key, r);
        }
        // rows an earlier import stored are recognised, not checked again: the same file twice stores
        // nothing new even after the registry has moved on (an assignment shortened since)
        Set<String> present = existingKeys(programmeId, institutionId, keys.keySet());
        // pass 2: the rules a single record meets, for the new rows
        Map<UUID, Boolean> knownExperts = new HashMap<>();
        List<TrainingActivity> fresh = new ArrayList<>();
        for (Map.Entry<String, ActivityRequest> e : requests.entrySet()) {
            if (present.contains(e.getKey())) {
                continue;
            }
            ActivityRequest r = e.getValue();
            int number = rowsByKey.get(e.getKey()).number();
            var violations = validator.validate(r);
            if (!violations.isEmpty()) {
                errors.addViolations(number, violations, field -> column(headers, field));
                continue;
            }
            boolean ok = errors.capture(number, field -> column(headers, field), () -> {
                activities.checkInstitution(r.institutionId());
                p.recipient("institutionId", r.institutionId());
                p.dateFits("date", r.date());
                p.assigned("leadExpertId", r.leadExpertId(), r.date(),
                        knownExperts.computeIfAbsent(r.leadExpertId(), programmes::isKnownExpert));
            });
            if (ok) {
                TrainingActivity a = new TrainingActivity();
                a.programmeId = programmeId;
                a.importKey = e.getKey();
                ActivityService.apply(a, r);
                fresh.add(a);
            }
        }
        errors.throwIfAny();
        writes.createAll(fresh, TrainingActivityEvent.RECORDED, ActivityService.AGGREGATE);
        return new Result(table.rows().size(), fresh.size(), requests.size() - fresh.size());
    }

    private static Map<Col, String> headers(Table table) {
        Map<Col, String> found = new HashMap<>();
        for (String h : table.columns()) {
            for (Col c : Col.values()) {
                if (h.equals(c.header) || h.equalsIgnoreCase(c.name) || h.startsWith(c.header + " ")) {
                    found.put(c, h);
                }
            }
        }
        List<Col> missing = Arrays.stream(Col.values()).filter(c -> c.required && !found.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw Problems.invalid("file", Text.of("the header row lacks the column(s) "
                    + String.join(", ", missing.stream().map(c -> c.header + " (" + c.name + ")").toList())
                    + "; download the template from /api/v1/training-activities/import-template",
                    "表头缺少列："
                    + String.join("、", missing.stream().map(c -> c.header + "（" + c.name + "）").toList())
                    + "；请从 /api/v1/training-activities/import-template 下载模板"));
        }
        return found;
    }

    private static String column(Map<Col, String> headers, String field) {
        Col c = FIELD_COLUMN.get(field);
        return c == null ? field : headers.getOrDefault(c, c.header);
    }

    private static String cell(Table.Row row, Map<Col, String> headers, Col c) {
        String h = headers.get(c);
        return h == null ? null : row.get(h);
    }

    /** The row as a request, or null with its errors recorded (every unreadable cell of it, not only the first). */
    private static ActivityRequest parse(Table.Row row, Map<Col, String> headers, ProgrammeContext p, UUID programmeId,
            UUID institutionId, RowErrors errors) {
        int n = row.number();
        int before = errors.size();
        for (Col c : Col.values()) {
            if (c.required && cell(row, headers, c) == null) {
                errors.add(n, headers.get(c), Text.of("is empty", "为空"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        ActivityType type = ActivityType.parse(cell(row, headers, Col.TYPE)).orElse(null);
        if (type == null) {
            errors.add(n, headers.get(Col.TYPE), Text.of("'" + cell(row, headers, Col.TYPE) + "' is not one of "
                    + Arrays.toString(ActivityType.values()),
                    "“" + cell(row, headers, Col.TYPE) + "”不是以下之一：" + Arrays.toString(ActivityType.values())));
        }
        LocalDate date = null;
        try {
            date = day(cell(row, headers, Col.DATE));
        } catch (DateTimeParseException e) {
            errors.add(n, headers.get(Col.DATE), Text.of("'" + cell(row, headers, Col.DATE) + "' is not a date (2024-03-12)",
                    "“" + cell(row, headers, Col.DATE) + "”不是日期（格式如 2024-03-12）"));
        }
        String department = department(cell(row, headers, Col.DEPARTMENT));
        if (department == null) {
            errors.add(n, headers.get(Col.DEPARTMENT), Text.of("'" + cell(row, headers, Col.DEPARTMENT)
                    + "' is neither a 诊疗科目 code nor its name",
                    "“" + cell(row, headers, Col.DEPARTMENT) + "”既不是诊疗科目代码，也不是诊疗科目名称"));
        }
        UUID expert = null;
        String expertCell = cell(row, headers, Col.LEAD_EXPERT);
        try {
            expert = UUID.fromString(expertCell);
        } catch (IllegalArgumentException notAnId) {
            List<UUID> named = p.expertsNamed(expertCell);
            if (named.size() == 1) {
                expert = named.get(0);
            } else {
                errors.add(n, headers.get(Col.LEAD_EXPERT), named.isEmpty()
                        ? Text.of("no expert named '" + expertCell + "' holds an assignment in this programme",
                                "本项目中没有名为“" + expertCell + "”的派驻专家")
                        : Text.of("two experts of the programme have this name: give the expert's id",
                                "本项目中有多位专家同名：请填写专家编号"));
            }
        }
        Integer attendees = null;
        try {
            attendees = new BigDecimal(cell(row, headers, Col.ATTENDEES)).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(n, headers.get(Col.ATTENDEES), Text.of("'" + cell(row, headers, Col.ATTENDEES) + "' is not a whole number",
                    "“" + cell(row, headers, Col.ATTENDEES) + "”不是整数"));
        }
        BigDecimal hours = null;
        try {
            hours = new BigDecimal(cell(row, headers, Col.HOURS));
        } catch (NumberFormatException e) {
            errors.add(n, headers.get(Col.HOURS), Text.of("'" + cell(row, headers, Col.HOURS) + "' is not a number",
                    "“" + cell(row, headers, Col.HOURS) + "”不是数字"));
        }
        String external = cell(row, headers, Col.EXTERNAL_ID);
        if (external != null && external.length() > 70) {
            errors.add(n, headers.get(Col.EXTERNAL_ID), Text.of("is longer than 70 characters", "超过 70 个字符"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new ActivityRequest(programmeId, institutionId, type, date, department, expert,
                cell(row, headers, Col.TOPIC), attendees, hours);
    }

    private static final Map<String, String> DEPARTMENT_BY_NAME = new HashMap<>();

    static {
        DepartmentCodes.all().forEach((code, name) -> DEPARTMENT_BY_NAME.putIfAbsent(name, code));
    }

    /** A 诊疗科目 code (also as a spreadsheet may have turned it into a number) or its name. */
    static String department(String text) {
        String code = DepartmentCodes.fromSpreadsheet(text);
        return code != null ? code : DEPARTMENT_BY_NAME.get(text);
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** 2024-03-12, 2024/3/12 or 2024.3.12, as people and spreadsheets write them. */
    static LocalDate day(String text) {
        return LocalDate.parse(text.strip().replace('/', '-').replace('.', '-'), DAY);
    }

    /** The content hash: every field that makes the activity what it is, normalised. */
    static String hash(ActivityRequest r) {
        String content = String.join("|", r.institutionId().toString(), r.type().name(), r.date().toString(),
                r.department(), r.leadExpertId().toString(), r.topic().strip(), r.attendeeCount().toString(),
                r.hours().stripTrailingZeros().toPlainString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keys already stored for this programme and institution (an external id is a hospital's own). */
    private static Set<String> existingKeys(UUID programmeId, UUID institutionId, Set<String> keys) {
        Set<String> present = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += 1000) {
            present.addAll(TrainingActivity.getEntityManager().createQuery(
                    "select a.importKey from TrainingActivity a where a.programmeId = :p and a.institutionId = :i"
                            + " and a.importKey in :keys", String.class).setParameter("p", programmeId)
                    .setParameter("i", institutionId)
                    .setParameter("keys", all.subList(i, Math.min(all.size(), i + 1000))).getResultList());
        }
        return present;
    }
}
