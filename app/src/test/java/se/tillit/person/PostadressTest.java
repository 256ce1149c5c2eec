package se.tillit.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.tillit.fel.Valideringsfel;

/** The postal address the decision letter is sent to: read as people type it, refused with the field named. */
class PostadressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # c/o        | gatuadress           | postnummer | postort          | stored postnummer | shown
            NULL         | Provgatan 5          | 123 45     | Tillköping       | 12345             | Provgatan 5, 123 45 Tillköping
            '  '         | ' Provgatan 5 '      | 12345      | ' Upplands Väsby'| 12345             | Provgatan 5, 123 45 Upplands Väsby
            Anna Ombud   | Box 12               | 99901      | Sankt Anna       | 99901             | c/o Anna Ombud, Box 12, 999 01 Sankt Anna
            NULL         | Ängsvägen 3 lgh 1101 | 9 8 1 3 1  | Kiruna           | 98131             | Ängsvägen 3 lgh 1101, 981 31 Kiruna
            """)
    void readsWhatPeopleType(String co, String gata, String postnummer, String postort, String lagrat, String visat) {
        Postadress adress = Postadress.tolka(co, gata, postnummer, postort);

        assertThat(adress.postnummer()).isEqualTo(lagrat);
        assertThat(adress.toString()).isEqualTo(visat);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # c/o      | gatuadress  | postnummer | postort     | the field refused
            NULL       | NULL        | 12345      | Tillköping  | gatuadress
            NULL       | '   '       | 12345      | Tillköping  | gatuadress
            NULL       | Gatan 1     | 1234       | Tillköping  | postnummer
            NULL       | Gatan 1     | 123456     | Tillköping  | postnummer
            NULL       | Gatan 1     | 01234      | Tillköping  | postnummer
            NULL       | Gatan 1     | 12a45      | Tillköping  | postnummer
            NULL       | Gatan 1     | NULL       | Tillköping  | postnummer
            NULL       | Gatan 1     | 12345      | Tillköping 2| postort
            NULL       | Gatan 1     | 12345      | NULL        | postort
            NULL       | Gatan 1     | 12345      | -Orten      | postort
            """)
    void refusesWhatCannotBeAnAddressNamingTheField(
            String co, String gata, String postnummer, String postort, String falt) {
        assertThatThrownBy(() -> Postadress.tolka(co, gata, postnummer, postort))
                .isInstanceOfSatisfying(
                        Valideringsfel.class,
                        fel -> assertThat(fel.fel())
                                .extracting(Valideringsfel.Faltfel::falt)
                                .containsExactly(falt));
    }

    @org.junit.jupiter.api.Test
    void refusesInvisibleCharactersAndOverlongText() {
        assertThatThrownBy(() -> Postadress.tolka("a\u202Eb", "Gatan\u00001", "12345", "Orten"))
                .isInstanceOfSatisfying(
                        Valideringsfel.class,
                        fel -> assertThat(fel.fel())
                                .extracting(Valideringsfel.Faltfel::falt)
                                .containsExactly("co", "gatuadress"));
        assertThatThrownBy(() -> Postadress.tolka(null, "g".repeat(101), "12345", "o".repeat(61)))
                .isInstanceOfSatisfying(
                        Valideringsfel.class,
                        fel -> assertThat(fel.fel())
                                .extracting(Valideringsfel.Faltfel::falt)
                                .containsExactly("gatuadress", "postort"));
    }
}
