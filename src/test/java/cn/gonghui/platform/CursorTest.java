package cn.gonghui.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.paging.Cursor;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorCarriesItsKeyThroughAnOpaqueString() {
        UUID id = UUID.randomUUID();
        String encoded = Cursor.of(1234.5678901234, id).encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");

        Cursor decoded = new PageParams(10, encoded).after().orElseThrow().expect(2);
        assertThat(decoded.number(0)).isEqualTo(1234.5678901234);
        assertThat(decoded.uuid(1)).isEqualTo(id);
    }

    @Test
    void anAlteredOrForeignCursorIsABadRequest() {
        String twoValues = Cursor.of("a", "b").encode();
        assertThatThrownBy(() -> new PageParams(10, twoValues).after().orElseThrow().expect(1))
                .isInstanceOf(ApiProblem.class).extracting("code").isEqualTo("INVALID_CURSOR");
        String notAUuid = Cursor.of("abc").encode();
        assertThatThrownBy(() -> new PageParams(10, notAUuid).after().orElseThrow().uuid(0))
                .isInstanceOf(ApiProblem.class).extracting("status").isEqualTo(400);
        assertThatThrownBy(() -> new PageParams(10, "%%%").after())
                .isInstanceOf(ApiProblem.class);
    }

    @Test
    void aPageShowsTheLimitAndPointsPastItsLastRow() {
        Page<String> page = Page.of(List.of(1, 2, 3), 2, number -> Cursor.of(number), String::valueOf);
        assertThat(page.items()).containsExactly("1", "2");
        assertThat(new PageParams(2, page.nextCursor()).after().orElseThrow().integer(0)).isEqualTo(2);

        Page<String> last = Page.of(List.of(1, 2), 2, number -> Cursor.of(number), String::valueOf);
        assertThat(last.nextCursor()).isNull();
    }

    @Test
    void theDefaultLimitIs20() {
        assertThat(new PageParams().limit()).isEqualTo(PageParams.DEFAULT_LIMIT).isEqualTo(20);
    }
}
