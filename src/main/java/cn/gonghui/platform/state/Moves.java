package cn.gonghui.platform.state;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The moves a type of state allows, declared once next to the type: from each state, the states it
 * may go to. Anything not declared is refused. Services turn a refusal the client could cause into
 * their own 409; {@link #require} is for moves the code alone decides, where a refusal is a bug.
 */
public final class Moves<S extends Enum<S>> {

    private final Class<S> type;
    private final Map<S, Set<S>> next;

    private Moves(Class<S> type, Map<S, Set<S>> next) {
        this.type = type;
        this.next = next;
    }

    public static <S extends Enum<S>> Builder<S> of(Class<S> type) {
        return new Builder<>(type);
    }

    /** Where a state may go, in declaration order; empty for a final state. */
    public Set<S> from(S state) {
        return next.getOrDefault(state, Collections.unmodifiableSet(EnumSet.noneOf(type)));
    }

    /** The states from which this one may be reached, in declaration order. */
    public Set<S> into(S state) {
        EnumSet<S> sources = EnumSet.noneOf(type);
        next.forEach((from, targets) -> {
            if (targets.contains(state)) {
                sources.add(from);
            }
        });
        return Collections.unmodifiableSet(sources);
    }

    public boolean allows(S from, S to) {
        return from(from).contains(to);
    }

    /** Whether a state has no way out. */
    public boolean isFinal(S state) {
        return from(state).isEmpty();
    }

    /** The target, if the move is declared; an undeclared move is a bug, not a client's mistake. */
    public S require(S from, S to) {
        if (!allows(from, to)) {
            throw new IllegalStateException(type.getSimpleName() + " may not move from " + from + " to " + to);
        }
        return to;
    }

    public static final class Builder<S extends Enum<S>> {

        private final Class<S> type;
        private final Map<S, Set<S>> next;

        private Builder(Class<S> type) {
            this.type = type;
            this.next = new EnumMap<>(type);
        }

        /** Allows {@code from} to move to each of {@code to}; may be called again for the same state. */
        @SafeVarargs
        public final Builder<S> allow(S from, S... to) {
            next.computeIfAbsent(from, state -> EnumSet.noneOf(type)).addAll(Set.of(to));
            return this;
        }

        public Moves<S> build() {
            Map<S, Set<S>> frozen = new EnumMap<>(type);
            next.forEach((from, targets) -> frozen.put(from, Collections.unmodifiableSet(EnumSet.copyOf(targets))));
            return new Moves<>(type, Collections.unmodifiableMap(frozen));
        }
    }
}
