package cn.gonghui.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One operation of the contract: what it takes, who may call it and which media its errors are in. */
record Operation(String method, String path, List<Parameter> parameters, Optional<Body> body, List<String> schemes,
                 JsonNode responses, Contract contract) {

    /** A path, query or header parameter with its resolved schema. */
    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    /** The request body: the media types the contract lists (the first is sent), and the resolved schema. */
    record Body(List<String> mediaTypes, JsonNode schema, boolean required) {

        String mediaType() {
            return mediaTypes.get(0);
        }
    }

    static Operation of(Contract contract, String method, String path, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode declared : operation.path("parameters")) {
            JsonNode parameter = contract.resolve(declared);
            parameters.add(new Parameter(parameter.get("name").asText(), parameter.get("in").asText(),
                    parameter.path("required").asBoolean(false), contract.resolve(parameter.path("schema")),
                    parameter.has("example") ? parameter.get("example") : parameter.path("schema").path("example")));
        }
        Optional<Body> body = Optional.empty();
        JsonNode requestBody = contract.resolve(operation.get("requestBody"));
        if (requestBody != null) {
            List<String> mediaTypes = new ArrayList<>();
            requestBody.path("content").fieldNames().forEachRemaining(mediaTypes::add);
            body = Optional.of(new Body(List.copyOf(mediaTypes),
                    contract.resolve(requestBody.path("content").get(mediaTypes.get(0)).path("schema")),
                    requestBody.path("required").asBoolean(false)));
        }
        List<String> schemes = new ArrayList<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.fieldNames().forEachRemaining(schemes::add);
        }
        return new Operation(method, path, List.copyOf(parameters), body, List.copyOf(schemes),
                operation.path("responses"), contract);
    }

    String key() {
        return method + " " + path;
    }

    boolean isPublic() {
        return schemes.isEmpty();
    }

    /**
     * The media type the contract promises for an error status: problem+json unless the operation documents
     * another for that very status (the OAuth token endpoint answers RFC 6749's application/json errors).
     */
    /** The media types the contract documents for an error of this status; problem+json where it says none. */
    List<String> errorMediaTypes(int status) {
        JsonNode response = contract.resolve(responses.get(Integer.toString(status)));
        if (response != null && response.has("content")) {
            List<String> types = new ArrayList<>();
            response.get("content").fieldNames().forEachRemaining(types::add);
            return types;
        }
        return List.of("application/problem+json");
    }
}
