package net.wastenet.shared;

import java.util.regex.Pattern;

/**
 * The administrator-chosen codes of communities, points, facilities, haulers and vehicles:
 * letters, digits and '-', at most 32 characters. Districts use their 6-digit GB/T 2260 code.
 */
public final class Codes {
    public static final int MAX_LENGTH = 32;
    public static final int MAX_CLIENT_KEY = 64;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1," + MAX_LENGTH + "}");
    private static final Pattern DISTRICT = Pattern.compile("[0-9]{6}");

    private Codes() {
    }

    public static boolean isCode(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    public static boolean isDistrictCode(String value) {
        return value != null && DISTRICT.matcher(value).matches();
    }

    /** Checks a required code; returns whether it is well formed. */
    public static boolean check(String value, String field, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.missing(field);
            return false;
        }
        return problems.require(isCode(value), field,
                "must be letters, digits or '-', at most 32 characters",
                "只能由字母、数字或“-”组成，最多 32 个字符");
    }

    public static boolean checkDistrict(String value, String field, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.missing(field);
            return false;
        }
        return problems.require(isDistrictCode(value), field,
                "must be a 6-digit GB/T 2260 code such as 510104",
                "必须是 6 位 GB/T 2260 行政区划代码，例如 510104");
    }

    /** A client key is optional; when given it is 1 to 64 characters. */
    public static void checkClientKey(String value, String field, Problems problems) {
        if (value != null) {
            problems.require(!value.isEmpty() && value.length() <= MAX_CLIENT_KEY, field,
                    "must be 1 to 64 characters", "长度必须为 1 到 64 个字符");
        }
    }

    /** A required free text (a name, a reason): not blank, not too long, no control characters. */
    public static boolean checkText(String value, int max, String field, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.missing(field);
            return false;
        }
        if (value.length() > max) {
            problems.add(field, "must be at most " + max + " characters", "最多 " + max + " 个字符");
            return false;
        }
        return problems.require(value.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'),
                field, "must not contain control characters", "不得包含控制字符");
    }
}
