package se.tillit.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.TillitSpringTest;

/** The demo's persons in the whole application; the register's own behaviour is {@link PersonModulTest}'s. */
@TillitSpringTest
class PersonregisterTest {

    @Autowired
    Personregister register;

    @Test
    void theDemoProfileHasSyntheticPersonsWithProtectedIdentitiesAmongThem() {
        assertThat(register.antal()).isGreaterThanOrEqualTo(7);
        assertThat(register.hitta(Personnummer.tolka("20110907-9846")))
                .hasValueSatisfying(
                        person -> assertThat(person.skyddsniva()).isEqualTo(Skyddsniva.SKYDDAD_FOLKBOKFORING));
    }
}
