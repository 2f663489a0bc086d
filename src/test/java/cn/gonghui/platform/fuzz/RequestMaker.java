package cn.gonghui.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;

/**
 * Makes the requests of an operation: a valid one by the contract, and most often that request broken in
 * one place by a {@link Mutations mutation}, so that a failure points at one cause.
 */
final class RequestMaker {

    /** Out of ten requests, how many go out valid. */
    private static final int VALID_IN_TEN = 3;

    private final SchemaValues values;
    private final Vocabulary vocabulary;
    private final Mutations mutations;
    private final Random random;

    RequestMaker(SchemaValues values, Vocabulary vocabulary, Random random) {
        this.values = values;
        this.vocabulary = vocabulary;
        this.mutations = new Mutations(vocabulary, random);
        this.random = random;
    }

    FuzzRequest make(Operation operation, Callers.Caller caller) {
        Draft draft = valid(operation);
        if (caller.authorization() != null) {
            draft.headers.put("Authorization", caller.authorization());
        }
        String what = random.nextInt(10) < VALID_IN_TEN ? "valid" : mutations.apply(draft);
        return draft.toRequest(caller.name(), what);
    }

    private Draft valid(Operation operation) {
        Draft draft = new Draft(operation);
        for (Operation.Parameter parameter : operation.parameters()) {
            boolean send = parameter.required() || random.nextBoolean();
            switch (parameter.in()) {
                case "path" -> draft.encodedPath.put(parameter.name(), WireText.percent(
                        vocabulary.pathValue(operation.path(), parameter.name()).orElseGet(() -> text(parameter))));
                case "query" -> {
                    if (send) {
                        addQuery(draft, parameter);
                    }
                }
                case "header" -> {
                    if (send) {
                        draft.headers.put(parameter.name(), text(parameter));
                    }
                }
                default -> throw new IllegalStateException("unexpected parameter in " + parameter.in());
            }
        }
        operation.body().ifPresent(body -> {
            if (body.mediaType().startsWith("multipart/")) {
                draft.body = FormBody.multipart("file", "photo.png", "image/png", FormBody.PNG, true);
                draft.contentType = FormBody.multipartType();
            } else {
                draft.json = values.valueOf(body.schema(), null);
                draft.contentType = body.mediaType();
            }
        });
        return draft;
    }

    private void addQuery(Draft draft, Operation.Parameter parameter) {
        JsonNode value = parameter.example().isMissingNode() || random.nextBoolean()
                ? values.valueOf(parameter.schema(), parameter.name()) : parameter.example();
        if (value.isArray()) {
            value.forEach(item -> draft.query.add(parameter.name() + "=" + WireText.percent(item.asText())));
        } else {
            draft.query.add(parameter.name() + "=" + WireText.percent(value.asText()));
        }
    }

    private String text(Operation.Parameter parameter) {
        JsonNode value = values.valueOf(parameter.schema(), parameter.name());
        return value.isArray() && !value.isEmpty() ? value.get(0).asText() : value.asText();
    }
}
