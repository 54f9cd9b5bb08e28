package org.shanhai.common.codes;

import org.shanhai.common.problem.Text;
/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-character alphabet (digits and capitals without I, O, Z, S, V); the last is a check
 * character over the first 17, weighted by powers of 3 modulo 31. Positions 3 to 8 are the
 * registering authority's administrative division code.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** @return null when {@code code} is valid, otherwise why it is not (in words a user can act on). */
    public static Text problem(String code) {
        if (code == null) {
            return Text.of("is required", "必填");
        }
        if (code.length() != 18) {
            return Text.of("must have 18 characters, has " + code.length(), "应为 18 位，实为 " + code.length() + " 位");
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            int v = ALPHABET.indexOf(code.charAt(i));
            if (v < 0) {
                return Text.of("character " + (i + 1) + " ('" + code.charAt(i) + "') is not allowed; use digits and "
                        + "capital letters other than I, O, Z, S, V", "第 " + (i + 1) + " 位（“" + code.charAt(i)
                        + "”）不允许；请用数字和除 I、O、Z、S、V 以外的大写字母");
            }
            if (i < 17) {
                sum += v * WEIGHTS[i];
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Text.of("characters 3 to 8 must be the division code (digits)", "第 3 至 8 位应为行政区划代码（数字）");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Text.of("check character is wrong (expected '" + expected + "'): the code is mistyped",
                    "校验码错误（应为“" + expected + "”）：代码有误");
        }
        return null;
    }

    public static boolean isValid(String code) {
        return problem(code) == null;
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
