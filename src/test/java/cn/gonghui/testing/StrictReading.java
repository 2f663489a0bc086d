package cn.gonghui.testing;

import cn.gonghui.application.ActionResults;
import cn.gonghui.platform.json.RecordReader;
import cn.gonghui.platform.json.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The service's way of reading JSON, without Quarkus: for fast tests of the lines' records. */
public final class StrictReading {

    /** A mapper configured as the service's is for request bodies. */
    public static final ObjectMapper JSON = strictJson();

    /** Reads officers' results as the engine does. */
    public static final ActionResults RESULTS = new ActionResults(new RecordReader(JSON,
            Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory().getValidator()));

    private StrictReading() {
    }

    /** The JSON text as a tree; {@code null} stays {@code null} (a property left out). */
    public static JsonNode json(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ObjectMapper strictJson() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
