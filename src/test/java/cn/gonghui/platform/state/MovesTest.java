package cn.gonghui.platform.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The declared-moves table every typed state uses. */
class MovesTest {

    private enum Light implements Coded { RED, RED_AMBER, GREEN, AMBER, OFF }

    private static final Moves<Light> MOVES = Moves.of(Light.class)
            .allow(Light.AMBER, Light.RED)
            .allow(Light.RED, Light.RED_AMBER)
            .allow(Light.RED_AMBER, Light.GREEN)
            .allow(Light.GREEN, Light.AMBER)
            .allow(Light.RED, Light.OFF)
            .build();

    @Test
    void aDeclaredMoveIsAllowedAndAnyOtherRefused() {
        assertThat(MOVES.allows(Light.RED, Light.RED_AMBER)).isTrue();
        assertThat(MOVES.allows(Light.RED, Light.GREEN)).isFalse();
        assertThat(MOVES.allows(Light.GREEN, Light.GREEN)).as("staying is a move too, and not declared").isFalse();
        assertThatThrownBy(() -> MOVES.require(Light.GREEN, Light.RED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GREEN").hasMessageContaining("RED");
    }

    @Test
    void movesAreListedInDeclarationOrderBothWays() {
        assertThat(MOVES.from(Light.RED)).containsExactly(Light.RED_AMBER, Light.OFF);
        assertThat(MOVES.into(Light.RED)).containsExactly(Light.AMBER);
        assertThat(MOVES.from(Light.OFF)).isEmpty();
        assertThat(MOVES.isFinal(Light.OFF)).isTrue();
        assertThat(MOVES.isFinal(Light.AMBER)).isFalse();
    }

    @Test
    void theTableCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> MOVES.from(Light.RED).add(Light.GREEN)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> MOVES.from(Light.OFF).add(Light.GREEN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCodeIsTheNameInLowerCaseAndOnlyThatReadsBack() {
        assertThat(Light.RED_AMBER.code()).isEqualTo("red_amber");
        assertThat(Coded.ofCode(Light.class, "red_amber")).isSameAs(Light.RED_AMBER);
        assertThatThrownBy(() -> Coded.ofCode(Light.class, "RED_AMBER")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coded.ofCode(Light.class, "blue")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Light blue");
    }
}
