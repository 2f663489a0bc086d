package cn.gonghui.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.platform.error.ApiProblem;
import org.junit.jupiter.api.Test;

/** An extension never overrides a member every problem has: {@code status} stays the HTTP status. */
class ApiProblemTest {

    @Test
    void anExtensionCannotTakeTheNameOfAProblemMember() {
        for (String member : new String[] {"type", "title", "status", "detail", "instance", "code", "errors", "requestId"}) {
            assertThatThrownBy(() -> new ApiProblem(409, "WITHDRAWAL_NOT_ALLOWED").with(member, "approved"))
                    .as(member).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new ApiProblem(409, "WITHDRAWAL_NOT_ALLOWED").with("applicationStatus", "approved").extensions())
                .containsEntry("applicationStatus", "approved");
    }
}
