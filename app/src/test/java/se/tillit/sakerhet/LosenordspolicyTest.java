package se.tillit.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LosenordspolicyTest {

    @Test
    void twelveCharactersWithoutTheUserNameIsAGoodPassword() {
        assertThat(Losenordspolicy.brister("hanna.berg", "korv-med-brod-12")).isEmpty();
    }

    @Test
    void elevenCharactersIsTooShort() {
        assertThat(Losenordspolicy.brister("hanna.berg", "kort-losen1")).containsExactly("losenord.fel.kort");
        assertThat(Losenordspolicy.brister("hanna.berg", null)).containsExactly("losenord.fel.kort");
    }

    @Test
    void thePasswordMayNotContainTheUserNameInAnyCase() {
        assertThat(Losenordspolicy.brister("hanna.berg", "xx-HANNA.BERG-2026"))
                .containsExactly("losenord.fel.anvandarnamn");
        assertThat(Losenordspolicy.brister("hanna.berg", "hanna.berg"))
                .containsExactly("losenord.fel.kort", "losenord.fel.anvandarnamn");
    }

    @Test
    void kontrolleraNamesEveryBrokenRule() {
        assertThatThrownBy(() -> Losenordspolicy.kontrollera("leo", "leo"))
                .isInstanceOfSatisfying(
                        Losenordspolicy.OgiltigtLosenord.class,
                        fel -> assertThat(fel.brister())
                                .containsExactly("losenord.fel.kort", "losenord.fel.anvandarnamn"));
    }
}
