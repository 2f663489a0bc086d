package cn.gonghui.platform.http;

import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.text.TextRule;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds query and path parameters to {@link TextRule} before any resource reads them, and
 * refuses a blank query value: {@code ?q=} or {@code ?limit=} is a mistake of the caller, not a
 * parameter left out, and a caller who treats it as one would get a list they did not ask for.
 */
public class TextParameters {

    static final String BLANK = "BLANK";

    @ServerRequestFilter
    public void check(UriInfo uri) {
        Optional<ApiProblem> problem = firstProblem(uri.getPathParameters(), "INVALID_PATH_PARAMETER", false)
                .or(() -> firstProblem(uri.getQueryParameters(), "INVALID_QUERY_PARAMETER", true));
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    private static Optional<ApiProblem> firstProblem(MultivaluedMap<String, String> parameters, String code,
            boolean blankRefused) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            Optional<String> refused = TextRule.violation(parameter.getKey(), false);
            for (String value : parameter.getValue()) {
                if (refused.isPresent()) {
                    break;
                }
                refused = TextRule.violation(value, false)
                        .or(() -> blankRefused && value.isBlank() ? Optional.of(BLANK) : Optional.empty());
            }
            if (refused.isPresent()) {
                return Optional.of(ApiProblem.invalidField(400, code, parameter.getKey(), refused.get()));
            }
        }
        return Optional.empty();
    }
}
