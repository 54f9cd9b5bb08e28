package org.shanhai.common.codes;

import org.shanhai.common.problem.Text;
import java.util.Set;

/**
 * Administrative division codes (行政区划代码, GB/T 2260): six digits, province (2), prefecture
 * (2), county (2), naming a division that exists ({@link DivisionCodes}).
 */
public final class DivisionCode {

    static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15",             // 北京 天津 河北 山西 内蒙古
            "21", "22", "23",                         // 辽宁 吉林 黑龙江
            "31", "32", "33", "34", "35", "36", "37", // 上海 江苏 浙江 安徽 福建 江西 山东
            "41", "42", "43", "44", "45", "46",       // 河南 湖北 湖南 广东 广西 海南
            "50", "51", "52", "53", "54",             // 重庆 四川 贵州 云南 西藏
            "61", "62", "63", "64", "65",             // 陕西 甘肃 青海 宁夏 新疆
            "71", "81", "82");                        // 台湾 香港 澳门

    private DivisionCode() {
    }

    /** @return null when valid, otherwise why not. */
    public static Text problem(String code) {
        if (code == null) {
            return Text.of("is required", "必填");
        }
        if (!code.matches("[0-9]{6}")) {
            return Text.of("must be 6 digits (GB/T 2260), e.g. 530623", "应为 6 位数字（GB/T 2260），如 530623");
        }
        if (!PROVINCES.contains(code.substring(0, 2))) {
            return Text.of("'" + code.substring(0, 2) + "' is not a province code (GB/T 2260)",
                    "“" + code.substring(0, 2) + "”不是省级代码（GB/T 2260）");
        }
        if (code.substring(2, 4).equals("00") && !code.substring(4).equals("00")) {
            return Text.of("a county code needs its prefecture digits (3 and 4)", "县级代码须含地级代码（第 3、4 位）");
        }
        if (!DivisionCodes.exists(code)) {
            return Text.of("'" + code + "' is not a division of GB/T 2260 (the project's list, codes/divisions.csv)",
                    "“" + code + "”不是 GB/T 2260 中的行政区划（本项目的 codes/divisions.csv）");
        }
        return null;
    }

    public static boolean isValid(String code) {
        return problem(code) == null;
    }

    /** A filter prefix: 2, 4 or 6 digits (province, prefecture, county). */
    public static boolean isPrefix(String prefix) {
        return prefix != null && prefix.matches("[0-9]{2}([0-9]{2}){0,2}") && PROVINCES.contains(prefix.substring(0, 2));
    }

    /**
     * A query parameter naming a division to filter by: null when absent, else its trimmed prefix
     * ("530000" → "53"), or a 400 naming {@code parameter}.
     */
    public static String prefixParameter(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!isPrefix(value)) {
            throw org.shanhai.common.problem.Problems.invalidQuery(parameter,
                    Text.of("must be a division code or its prefix: 2, 4 or 6 digits", "应为行政区划代码或其前缀：2、4 或 6 位数字"));
        }
        return trim(value);
    }

    /** True when {@code code} lies inside the division that {@code prefix} names ("53" holds "530623"). */
    public static boolean within(String code, String prefix) {
        return code != null && prefix != null && !prefix.isEmpty() && code.startsWith(trim(prefix));
    }

    /** "530000" and "53" name the same province: drop trailing "00" pairs. */
    public static String trim(String code) {
        String c = code;
        while (c.length() > 2 && c.endsWith("00")) {
            c = c.substring(0, c.length() - 2);
        }
        return c;
    }
}
