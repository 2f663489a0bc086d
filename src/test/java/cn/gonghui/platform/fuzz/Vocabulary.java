package cn.gonghui.platform.fuzz;

import cn.gonghui.testing.IdNumbers;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words and ids a mostly-valid request is made of: codes the service knows, ids of objects the test
 * created through the API, and strings shaped to the contract's patterns. It never offers a demo login
 * code or a username the test signs in with, so the fuzz cannot lock out or take over another test's caller.
 */
final class Vocabulary {

    /** Ids of the objects the test made before fuzzing, by what they are. */
    record RealIds(String applicationId, String memberId, String officerId, String attachmentId, String messageId,
                   String fuzzStationId, String publicStationId) {
    }

    private static final List<String> WORDS = List.of(
            "desheng", "jinrongjie", "xicheng", "baizhifang", "membership.join", "membership.transfer", "legal-aid",
            "hardship.file", "card.apply", "card.report-loss", "membership", "hardship", "card", "2026-11", "2026-12",
            "13800138000", "10.00", "200.00", "0.50", "1", "20", "abc", "fuzz", "cards:issue", "cards:verify",
            "applications:read", "cards:issue cards:verify", "MONDAY", "09:00", "17:30", "010-63520000",
            "6222020200112233445", "6222020200112233", "1234", "legal_advice", "hot_water", "microwave", "courier",
            "abc.def", "Zm9v.YmFy", "测试员", "王小明", "说明文字", "x");

    private final RealIds ids;
    private final Random random;
    private final Map<String, List<String>> matchingWords = new ConcurrentHashMap<>();

    Vocabulary(RealIds ids, Random random) {
        this.ids = ids;
        this.random = random;
    }

    /**
     * Examples are good values, except the demo logins: a WeChat code would sign in as another test's member,
     * and failed logins as {@code desheng-officer} would lock out the test that expects its plain 401.
     */
    boolean mayUseExample(String name) {
        return !List.of("code", "username", "password", "client_id", "client_secret").contains(name);
    }

    /** A real id for a property or parameter named so, or a random one. */
    String id(String name) {
        String real = switch (name == null ? "" : name) {
            case "stationId" -> ids.fuzzStationId();
            case "officerId", "assignee", "actorId" -> ids.officerId();
            case "attachmentIds" -> ids.attachmentId();
            case "memberId", "objectId" -> ids.memberId();
            default -> null;
        };
        return real != null && random.nextInt(3) > 0 ? real : randomUuid();
    }

    /** A value for a path parameter: the id of something the callers can reach, where the test has one. */
    Optional<String> pathValue(String path, String name) {
        String value = null;
        if (name.equals("id")) {
            if (path.startsWith("/api/v1/admin/applications/") || path.startsWith("/api/v1/applications/")) {
                value = ids.applicationId();
            } else if (path.startsWith("/api/v1/admin/members/")) {
                value = ids.memberId();
            } else if (path.startsWith("/api/v1/admin/stations/")) {
                value = ids.fuzzStationId();
            } else if (path.startsWith("/api/v1/stations/")) {
                value = ids.publicStationId();
            } else if (path.startsWith("/api/v1/attachments/")) {
                value = ids.attachmentId();
            } else if (path.startsWith("/api/v1/me/messages/")) {
                value = ids.messageId();
            }
        } else if (name.equals("code")) {
            value = pick(List.of("membership.join", "legal-aid", "hardship.file", "card.apply"));
        }
        return Optional.ofNullable(value).filter(found -> random.nextInt(4) > 0);
    }

    /** A string for a property or parameter: a known word that fits the pattern, or one shaped to it. */
    String word(String name, String pattern, int minLength, int maxLength) {
        if ("code".equals(name)) {
            return "dev-fuzz-" + hex(4);
        }
        if ("username".equals(name) || "client_id".equals(name)) {
            return "fuzz-" + hex(4);
        }
        if ("idNumber".equals(name)) {
            return IdNumbers.withCheck("110102" + (1960 + random.nextInt(40)) + "0101" + (100 + random.nextInt(800)));
        }
        if ("Idempotency-Key".equals(name)) {
            return randomUuid();
        }
        if ("If-Match".equals(name)) {
            return pick(List.of("\"0\"", "\"1\"", "\"2\"", "\"3\"", "W/\"1\"", "*"));
        }
        if (pattern == null) {
            return random.nextInt(4) == 0 ? pick(List.of("测试", "说明文字", "王小明")) : "fuzz " + hex(3);
        }
        List<String> fitting = matchingWords.computeIfAbsent(pattern + "|" + minLength + "|" + maxLength,
                key -> fittingWords(pattern, minLength, maxLength));
        if (!fitting.isEmpty()) {
            return pick(fitting);
        }
        return shapedTo(pattern, minLength, maxLength);
    }

    String randomUuid() {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static List<String> fittingWords(String pattern, int minLength, int maxLength) {
        Pattern compiled = Pattern.compile(pattern);
        List<String> fitting = new ArrayList<>();
        for (String word : WORDS) {
            if (word.length() >= minLength && word.length() <= maxLength && compiled.matcher(word).find()) {
                fitting.add(word);
            }
        }
        return fitting;
    }

    /** Tries strings of a few alphabets until one matches: enough for the contract's token-like patterns. */
    private String shapedTo(String pattern, int minLength, int maxLength) {
        Pattern compiled = Pattern.compile(pattern);
        String[] alphabets = {"abcdefghijklmnopqrstuvwxyz", "0123456789", "abcdef0123456789",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"};
        for (int attempt = 0; attempt < 40; attempt++) {
            String alphabet = alphabets[attempt % alphabets.length];
            int length = Math.max(minLength, Math.min(maxLength, 1 + random.nextInt(24)));
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < length; i++) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (compiled.matcher(word).find()) {
                return word.toString();
            }
        }
        return "fuzz" + hex(2);
    }
}
