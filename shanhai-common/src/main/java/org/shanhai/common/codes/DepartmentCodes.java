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
 * project): "04" 外科, "04.02" 神经外科专业.
 */
public final class DepartmentCodes {

    private static final Map<String, String> NAMES = load();

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

    public static String name(String code) {
        return NAMES.get(code);
    }

    public static Map<String, String> all() {
        return NAMES;
    }

    private static Map<String, String> load() {
        try (InputStream in = DepartmentCodes.class.getClassLoader().getResourceAsStream("codes/departments.csv")) {
            if (in == null) {
                throw new IllegalStateException("codes/departments.csv is missing from the classpath");
            }
            Map<String, String> m = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header: code,name_zh
            for (String line; (line = r.readLine()) != null; ) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    m.put(line.substring(0, comma).trim(), line.substring(comma + 1).trim());
                }
            }
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
