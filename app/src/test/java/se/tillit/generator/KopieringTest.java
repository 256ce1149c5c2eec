package se.tillit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generator's made-up personnummer pass the same check as a real one (the demo's published test numbers). */
class KopieringTest {

    @Test
    void theCheckDigitIsLuhnOverTheTenDigitForm() {
        assertThat(Kopiering.kontrollsiffra("121212121")).isEqualTo(2); // 19121212-1212
        assertThat(Kopiering.kontrollsiffra("350105986")).isEqualTo(3); // 19350105-9863
        assertThat(DatageneratorTest.giltigt("19121212-1212")).isTrue();
        assertThat(DatageneratorTest.giltigt("19121212-1213")).isFalse();
    }
}
