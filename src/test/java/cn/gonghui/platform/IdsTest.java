package cn.gonghui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.platform.id.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7AndFollowCreationOrder() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(Ids.newId());
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        assertThat(new HashSet<>(ids)).hasSize(1000);
        List<String> asText = ids.stream().map(UUID::toString).toList();
        assertThat(asText).isSorted();
    }

    @Test
    void onlyWellFormedUuidsParse() {
        UUID id = Ids.newId();
        assertThat(Ids.parse(id.toString())).contains(id);
        assertThat(Ids.parse("1-1-1-1-1")).isEmpty();
        assertThat(Ids.parse("not a uuid at all, no, not at all!!")).isEmpty();
        assertThat(Ids.parse(null)).isEmpty();
    }
}
