package cn.gonghui.application;

import cn.gonghui.catalogue.ValidatedForm;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A line's rules with one application's filed form, read into the line's view
 * ({@link LineRules#formView}) the first time a hook needs it and kept for the rest of the request:
 * every hook of a submission, a supplement or an action sees the same record, and a form no hook
 * reads is never decrypted. The engine runs the form hooks through this, never on the rules directly:
 * {@code filed.withView((line, form) -> line.checkForm(member, service, form))}.
 */
public final class FiledForm<F> {

    /**
     * Not the request mapper: that one refuses coercions a form's values need (money is text, read
     * as a number here) and unknown properties, while a view names only what its line reads. What
     * it reads was checked by the form's definition already.
     */
    private static final ObjectMapper VIEWS = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final LineRules<F> rules;
    private final Supplier<? extends JsonNode> source;
    private F view;

    private FiledForm(LineRules<F> rules, Supplier<? extends JsonNode> source) {
        this.rules = rules;
        this.source = source;
    }

    /** A form just validated (at submission or a supplement): the ordinary and the sensitive values together. */
    public static <F> FiledForm<F> of(LineRules<F> rules, ValidatedForm form) {
        return new FiledForm<>(rules, () -> form.plain().deepCopy().setAll(form.sensitive()));
    }

    /** A stored form, which {@code whole} decrypts: asked for at most once, and only if a hook reads it. */
    public static <F> FiledForm<F> stored(LineRules<F> rules, Supplier<ObjectNode> whole) {
        return new FiledForm<>(rules, whole);
    }

    /** How a form is read into a view; public so each line's tests read a form exactly as the engine does. */
    public static <V> V read(JsonNode form, Class<V> view) {
        try {
            return VIEWS.treeToValue(form, view);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the form passed its definition, so its line's view not fitting it is a fault of ours
            throw new IllegalStateException("A filed form does not fit " + view.getSimpleName(), e);
        }
    }

    /** The line's view of the form, read on the first call. */
    public F view() {
        if (view == null) {
            view = read(source.get(), rules.formView());
        }
        return view;
    }

    /** Runs a hook of the line's rules (e.g. {@code checkForm}) with the view. */
    public void withView(BiConsumer<LineRules<F>, F> hook) {
        hook.accept(rules, view());
    }

    /** Runs a hook of the line's rules that answers something (e.g. {@code assess}) with the view. */
    public <R> R fromView(BiFunction<LineRules<F>, F, R> hook) {
        return hook.apply(rules, view());
    }

    /** Runs a hook that reads the form only if it needs it (an action's): the view is read when first asked for. */
    public <R> R fromViewIfRead(BiFunction<LineRules<F>, Supplier<F>, R> hook) {
        return hook.apply(rules, this::view);
    }
}
