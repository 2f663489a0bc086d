package cn.gonghui.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gonghui.platform.state.Coded;
import cn.gonghui.platform.state.CodedAsText;
import cn.gonghui.platform.state.Moves;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Checks every typed state the same way: its stored codes, and its moves against a table written out in full. */
public final class StateRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StateRules() {
    }

    /**
     * The enum's codes are exactly the database's values (the CHECK constraint's list, in declaration
     * order); each goes to the column and to JSON as that text and comes back as the same constant.
     */
    public static <E extends Enum<E> & Coded> void assertStoredAs(Class<E> type, CodedAsText<E> converter,
            String... codes) {
        assertThat(Arrays.stream(type.getEnumConstants()).map(Coded::code).toList()).containsExactly(codes);
        for (E state : type.getEnumConstants()) {
            assertThat(converter.convertToDatabaseColumn(state)).isEqualTo(state.code());
            assertThat(converter.convertToEntityAttribute(state.code())).isSameAs(state);
            assertThat(writeJson(state)).isEqualTo("\"" + state.code() + "\"");
        }
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        // the constant's name is not its code: a row spelt otherwise is a data error, not a state
        assertThatThrownBy(() -> converter.convertToEntityAttribute(type.getEnumConstants()[0].name()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every pair of states: the move is allowed exactly when the table lists it, and refused otherwise. */
    public static <S extends Enum<S>> void assertMoves(Class<S> type, Moves<S> moves, Map<S, Set<S>> expected) {
        for (S from : type.getEnumConstants()) {
            Set<S> allowed = expected.getOrDefault(from, Set.of());
            assertThat(moves.from(from)).as("moves from %s", from).containsExactlyInAnyOrderElementsOf(allowed);
            assertThat(moves.isFinal(from)).as("%s is final", from).isEqualTo(allowed.isEmpty());
            for (S to : type.getEnumConstants()) {
                assertThat(moves.allows(from, to)).as("%s → %s", from, to).isEqualTo(allowed.contains(to));
                if (allowed.contains(to)) {
                    assertThat(moves.require(from, to)).isSameAs(to);
                } else {
                    assertThatThrownBy(() -> moves.require(from, to)).as("%s → %s refused", from, to)
                            .isInstanceOf(IllegalStateException.class);
                }
            }
        }
    }

    /** Shorthand for a table row. */
    @SafeVarargs
    public static <S extends Enum<S>> Set<S> to(S first, S... rest) {
        return EnumSet.of(first, rest);
    }


    private static String writeJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
