package org.shanhai.common.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Department codes from 《医疗机构诊疗科目名录》 (codes/departments.csv, carried with the
 * project, with an English name of the project's own): "04" 外科 Surgery, "04.02" 神经外科专业 Neurosurgery.
 */
public final class DepartmentCodes {

    private static final Map<String, String[]> NAMES = load();

    private DepartmentCodes() {
    }

    public static boolean isKnown(String code) {
        return code != null && NAMES.containsKey(code);
    }

    /**
     * The code as a spreadsheet may have turned it into a number when typed into a plain cell (04.02 →
     * 4.02, 03.10 → 3.1, 07 → 7), or as written; null when it is no known code.
     */
    public static String fromSpreadsheet(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (isKnown(t)) {
            return t;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})(?:\\.(\\d{1,2}))?").matcher(t);
        if (!m.matches()) {
            return null;
        }
        String major = (m.group(1).length() == 1 ? "0" : "") + m.group(1);
        String code = m.group(2) == null ? major : major + "." + (m.group(2).length() == 1 ? m.group(2) + "0" : m.group(2));
        return isKnown(code) ? code : null;
    }

    /** The Chinese name, as the catalogue gives it. */
    public static String name(String code) {
        String[] names = NAMES.get(code);
        return names == null ? null : names[0];
    }

    /** An English name (the project's translation; the catalogue has none). */
    public static String nameEn(String code) {
        String[] names = NAMES.get(code);
        return names == null ? null : names[1];
    }

    /** Code to Chinese name, in the catalogue's order. */
    public static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        NAMES.forEach((code, names) -> m.put(code, names[0]));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String[]> load() {
        try (InputStream in = DepartmentCodes.class.getClassLoader().getResourceAsStream("codes/departments.csv")) {
            if (in == null) {
                throw new IllegalStateException("codes/departments.csv is missing from the classpath");
            }
            Map<String, String[]> m = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header: code,name_zh,name_en
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",", 3);
                if (f.length == 3) {
                    m.put(f[0].trim(), new String[] {f[1].trim(), f[2].trim()});
                }
            }
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
