package cn.gonghui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.platform.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void chineseUnlessEnglishIsAskedFor() {
        assertThat(messages.negotiate(null)).isEqualTo(Messages.CHINESE);
        assertThat(messages.negotiate("")).isEqualTo(Messages.CHINESE);
        assertThat(messages.negotiate("zh-TW,zh;q=0.9")).isEqualTo(Messages.CHINESE);
        assertThat(messages.negotiate("fr-FR")).isEqualTo(Messages.CHINESE);
        assertThat(messages.negotiate("en-US,en;q=0.9")).isEqualTo(Messages.ENGLISH);
        assertThat(messages.negotiate("fr, en;q=0.5")).isEqualTo(Messages.ENGLISH);
        assertThat(messages.negotiate("en;q=0, zh")).isEqualTo(Messages.CHINESE);
        assertThat(messages.negotiate(";;;garbage===")).isEqualTo(Messages.CHINESE);
    }

    @Test
    void aJvmInEnglishStillAnswersChineseInChinese() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(messages.get(Messages.CHINESE, "problem.NOT_FOUND.title")).isEqualTo("未找到");
            assertThat(messages.get(Messages.ENGLISH, "problem.NOT_FOUND.title")).isEqualTo("Not found");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyChineseMessageHasAnEnglishOneAndTheOtherWayRound() throws Exception {
        int checked = 0;
        for (String bundle : Messages.bundles()) {
            String path = bundle.replace('.', '/');
            java.util.Properties chinese = load(path + ".properties");
            if (chinese == null) {
                continue; // a line family not built yet
            }
            java.util.Properties english = load(path + "_en.properties");
            assertThat(english).as(path + "_en.properties").isNotNull();
            assertThat(english.stringPropertyNames()).as(bundle).isEqualTo(chinese.stringPropertyNames());
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws Exception {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String bundle : Messages.bundles()) {
            java.util.Properties chinese = load(bundle.replace('.', '/') + ".properties");
            if (chinese != null) {
                for (String key : chinese.stringPropertyNames()) {
                    assertThat(seen.add(key)).as(key + " in " + bundle).isTrue();
                }
            }
        }
    }

    /** Properties keep the last of two lines with one key: the first would be silently lost. */
    @Test
    void noKeyIsDefinedTwiceInOneFile() throws Exception {
        for (String bundle : Messages.bundles()) {
            for (String file : new String[] {bundle.replace('.', '/') + ".properties", bundle.replace('.', '/') + "_en.properties"}) {
                var in = MessagesTest.class.getClassLoader().getResourceAsStream(file);
                if (in == null) {
                    continue;
                }
                java.util.Set<String> keys = new java.util.HashSet<>();
                try (in; var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                        java.nio.charset.StandardCharsets.UTF_8))) {
                    for (String line : reader.lines().toList()) {
                        if (!line.startsWith("#") && line.contains("=")) {
                            String key = line.substring(0, line.indexOf('=')).strip();
                            assertThat(keys.add(key)).as(key + " twice in " + file).isTrue();
                        }
                    }
                }
            }
        }
    }

    private static java.util.Properties load(String resource) throws Exception {
        var in = MessagesTest.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return null;
        }
        java.util.Properties properties = new java.util.Properties();
        try (in; var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
