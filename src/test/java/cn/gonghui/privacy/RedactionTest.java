package cn.gonghui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gonghui.privacy.logging.Redaction;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void personalDataAndSecretsAreMaskedAndTheRestStays() {
        assertThat(Redaction.redact("id 110105194912310021 phone 13812345678 ok"))
                .isEqualTo("id 110105********0021 phone 138****5678 ok");
        assertThat(Redaction.redact("GET /x?secret=s3cr3t&js_code=dev-alice&limit=20"))
                .isEqualTo("GET /x?secret=[redacted]&js_code=[redacted]&limit=20");
        assertThat(Redaction.redact("{\"password\": \"hunter2\", \"username\": \"admin\"}"))
                .isEqualTo("{\"password\": \"[redacted]\", \"username\": \"admin\"}");
        assertThat(Redaction.redact("Authorization: Bearer abc.def-ghi")).isEqualTo("Authorization: Bearer [redacted]");
        assertThat(Redaction.redact("token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")).isEqualTo("token [token]");
        assertThat(Redaction.redact("card 6222021234567890123")).isEqualTo("card ***************0123");
        assertThat(Redaction.redact("took 120 ms, 3 rows, order 20261122")).isEqualTo("took 120 ms, 3 rows, order 20261122");
    }

    @Test
    void theWordsThatLetAPatternRunAreFoundInAnyCase() {
        assertThat(Redaction.redact("AUTHORIZATION: BEARER abc.def")).isEqualTo("AUTHORIZATION: BEARER [redacted]");
        assertThat(Redaction.redact("header Basic dXNlcjpwYXNz")).isEqualTo("header Basic [redacted]");
        assertThat(Redaction.redact("POST /oauth?Client_Secret=s1&Access_Token=t2&ID_NUMBER=x&Phone=y"))
                .isEqualTo("POST /oauth?Client_Secret=[redacted]&Access_Token=[redacted]&ID_NUMBER=[redacted]&Phone=[redacted]");
        assertThat(Redaction.redact("{\"refreshToken\" :  \"r-1\", \"CardNumber\":\"x\"}"))
                .isEqualTo("{\"refreshToken\" :  \"[redacted]\", \"CardNumber\":\"[redacted]\"}");
    }

    @Test
    void anAccessLogLineWithNothingToHideIsLeftAsItIs() {
        String line = "127.0.0.1 \"GET /api/v1/services?limit=20 HTTP/1.1\" 200 5120 3 ms req=6f1c-42";
        assertThat(Redaction.redact(line)).isEqualTo(line);
    }
}
