package cn.gonghui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.launcher.LocalPrivacyKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local run's generated keys are a file the production reader accepts, written once and kept. */
class LocalPrivacyKeysTest {

    @Test
    void theGeneratedFileIsReadLikeAnyKeyFileAndNeverOverwritten(@TempDir Path directory) throws Exception {
        Path file = LocalPrivacyKeys.ensure(directory.resolve("keys"));
        String written = Files.readString(file);

        PrivacyKeys keys = PrivacyKeys.read(file.toString());
        assertThat(keys.currentKeyId()).isEqualTo("local-1");
        assertThat(keys.currentKey().getEncoded()).hasSize(32);

        assertThat(LocalPrivacyKeys.ensure(directory.resolve("keys"))).isEqualTo(file);
        assertThat(Files.readString(file)).isEqualTo(written);
    }
}
