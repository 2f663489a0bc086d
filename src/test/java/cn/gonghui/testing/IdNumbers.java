package cn.gonghui.testing;

/** Valid resident ID numbers for tests, computed rather than copied from real people. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static int sequence = 100;

    private IdNumbers() {
    }

    /** A valid number of a person born on {@code yyyymmdd} in 西城区 (110102). */
    public static synchronized String bornOn(String yyyymmdd) {
        sequence = sequence >= 998 ? 100 : sequence + 1;
        return withCheck("110102" + yyyymmdd + sequence);
    }

    public static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }
}
