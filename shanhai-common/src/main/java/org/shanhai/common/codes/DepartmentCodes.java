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
