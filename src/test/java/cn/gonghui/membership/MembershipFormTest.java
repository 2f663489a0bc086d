package cn.gonghui.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.application.FiledForm;
import cn.gonghui.platform.error.ApiProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The membership lines' view of their forms, read as the engine reads them. */
class MembershipFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static MembershipForm read(String form) throws Exception {
        return FiledForm.read(JSON.readTree(form), MembershipForm.class);
    }

    @Test
    void aGigWorkerJoinsTheStreetsJointUnion() throws Exception {
        MembershipForm form = read("""
                {"occupation": "courier"}""");

        form.check();
        assertThat(form.employerName()).isNull();
        assertThat(form.creditCode()).isNull();
        assertThat(form.unionIn("德胜")).isEqualTo("德胜街道联合工会");
    }

    @Test
    void anEmployeeJoinsTheEmployersUnionAndATransferReasonIsNotRead() throws Exception {
        MembershipForm form = read("""
                {"employerName": "北京某科技有限公司", "creditCode": "91110108MA01A2B3C4",
                 "employerUnion": "北京某科技有限公司工会", "reason": "换工作"}""");

        assertThat(form).isEqualTo(new MembershipForm("北京某科技有限公司", "91110108MA01A2B3C4",
                "北京某科技有限公司工会", null));
        assertThat(form.unionIn("德胜")).isEqualTo("北京某科技有限公司工会");
    }

    @Test
    void anEmployerNeedsItsCreditCode() throws Exception {
        MembershipForm form = read("""
                {"employerName": "北京某科技有限公司"}""");

        assertThatThrownBy(form::check).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.errors()).extracting("field", "code")
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("form.creditCode", "REQUIRED")));
    }
}
