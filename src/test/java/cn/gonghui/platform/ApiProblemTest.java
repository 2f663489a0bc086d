package cn.gonghui.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import org.junit.jupiter.api.Test;

/**
 * An extension never overrides a member every problem has: {@code status} stays the HTTP status;
 * a problem about one field says which field and which rule, the message left to localisation.
 */
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

    @Test
    void aProblemAboutOneFieldIsAValidationFailureNamingItAndItsRule() {
        ApiProblem problem = ApiProblem.invalidField("streetCode", "UNKNOWN_STREET");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.errors()).containsExactly(new FieldError("streetCode", "UNKNOWN_STREET", null));
    }

    @Test
    void aProblemAboutOneFieldMayHaveItsOwnStatusAndCode() {
        ApiProblem problem = ApiProblem.invalidField(422, "APPLICATION_INVALID", "stationId", "UNKNOWN_STATION");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.code()).isEqualTo("APPLICATION_INVALID");
        assertThat(problem.errors()).containsExactly(FieldError.of("stationId", "UNKNOWN_STATION"));
    }

    @Test
    void fieldsCollectedByARuleMakeOneValidationFailure() {
        ApiProblem problem = ApiProblem.invalidFields(
                java.util.List.of(FieldError.of("lat", "REQUIRED_WITH_LNG"), FieldError.of("radiusKm", "REQUIRES_LOCATION")));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("lat", "radiusKm");
        assertThat(problem.errors()).extracting(FieldError::message).containsOnlyNulls();
    }
}
