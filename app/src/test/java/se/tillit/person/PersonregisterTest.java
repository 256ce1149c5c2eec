package se.tillit.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.TillitSpringTest;
import se.tillit.person.Personregister.NyPerson;

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

    @Test
    void registeringTheSameNumberTwiceGivesOnePerson() {
        Personnummer personnummer = Personnummer.tolka("19800101-9804");
        long before = register.antal();

        Person first = register.registrera(new NyPerson(personnummer, "Test", "Testsson", null), "test");
        Person second = register.registrera(new NyPerson(personnummer, "Annat", "Namn", null), "test");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.fornamn()).isEqualTo("Test");
        assertThat(register.antal()).isEqualTo(before + 1);
        assertThat(first.fodelsedatum()).hasYear(1980);
        assertThat(first.kon()).isEqualTo('K');
        assertThat(first.skyddsniva()).isEqualTo(Skyddsniva.INGEN);
    }

    @Test
    void aPersonNeedsBothNames() {
        assertThatThrownBy(() -> new NyPerson(Personnummer.tolka("19121212-1212"), " ", "Tolvansson", null))
                .hasMessage("För- och efternamn krävs");
    }
}
