package org.shanhai.common.codes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The code lists of a service: its enumerations (from its {@link CodeListSource}, labelled with
 * {@link Label}), the departments of 《医疗机构诊疗科目名录》 and the divisions of GB/T 2260, so that
 * screens need no hard-coded lists.
 */
public final class CodeLists {

    public static final String DEPARTMENTS = "departments";
    public static final String DIVISIONS = "divisions";

    /** One value: its code, its labels and, for departments and divisions, where it sits. */
    public record Code(String code, String zh, String en, String parent, String level) {
    }

    /** A list's name and labels, and its values. */
    public record CodeList(String name, String zh, String en, List<Code> items) {
    }

    private static final Map<String, Class<? extends Enum<?>>> ENUMERATIONS = load();

    private CodeLists() {
    }

    public static Map<String, Class<? extends Enum<?>>> enumerations() {
        return ENUMERATIONS;
    }

    /** Every list's name and labels, without items. */
    public static List<CodeList> index() {
        List<CodeList> out = new ArrayList<>();
        ENUMERATIONS.forEach((name, type) -> out.add(header(name, type)));
        out.add(new CodeList(DEPARTMENTS, "诊疗科目", "Departments (clinical specialties)", null));
        out.add(new CodeList(DIVISIONS, "行政区划", "Administrative divisions (GB/T 2260)", null));
        return out;
    }

    /** A list by name; divisions one level below {@code parent} (provinces without it). */
    public static Optional<CodeList> of(String name, String parent) {
        if (DEPARTMENTS.equals(name)) {
            List<Code> items = new ArrayList<>();
            DepartmentCodes.all().keySet().forEach(code -> items.add(new Code(code, DepartmentCodes.name(code),
                    DepartmentCodes.nameEn(code), code.contains(".") ? code.substring(0, code.indexOf('.')) : null,
                    code.contains(".") ? "SPECIALTY" : "DEPARTMENT")));
            return Optional.of(new CodeList(name, "诊疗科目", "Departments (clinical specialties)", items));
        }
        if (DIVISIONS.equals(name)) {
            List<Code> items = DivisionCodes.children(parent).stream()
                    .map(d -> new Code(d.code(), d.name(), d.nameEn(), parent, d.level())).toList();
            return Optional.of(new CodeList(name, "行政区划", "Administrative divisions (GB/T 2260)", items));
        }
        Class<? extends Enum<?>> type = ENUMERATIONS.get(name);
        if (type == null) {
            return Optional.empty();
        }
        CodeList header = header(name, type);
        List<Code> items = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            Label label = label(constant);
            items.add(new Code(constant.name(), label == null ? null : label.zh(), label == null ? null : label.en(),
                    null, null));
        }
        return Optional.of(new CodeList(name, header.zh(), header.en(), items));
    }

    /** The label of one constant, null if it has none (CodeListsContract fails a service then). */
    public static Label label(Enum<?> constant) {
        try {
            return constant.getDeclaringClass().getField(constant.name()).getAnnotation(Label.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static CodeList header(String name, Class<? extends Enum<?>> type) {
        Label label = type.getAnnotation(Label.class);
        return new CodeList(name, label == null ? null : label.zh(), label == null ? null : label.en(), null);
    }

    private static Map<String, Class<? extends Enum<?>>> load() {
        Map<String, Class<? extends Enum<?>>> m = new LinkedHashMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (CodeListSource source : ServiceLoader.load(CodeListSource.class,
                loader != null ? loader : CodeLists.class.getClassLoader())) {
            source.enumerations().forEach((name, type) -> {
                if (m.putIfAbsent(name, type) != null && m.get(name) != type) {
                    throw new IllegalStateException("two code lists are named " + name + ": " + m.get(name) + " and " + type);
                }
            });
        }
        return Collections.unmodifiableMap(m);
    }
}
