package se.tillit.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import se.tillit.Modultest;
import se.tillit.Testpersoner;
import se.tillit.drift.Svensktid;
import se.tillit.person.Personregister.NyPerson;
import se.tillit.person.Personuppgifter.Skyddsforslag;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The person module alone (docs/testing.md, "module tests"). Spring Modulith bootstraps the beans of
 * {@code se.tillit.person} only (bootstrap mode STANDALONE), with Spring Boot's auto-configuration, on an embedded
 * PostgreSQL of its own, migrated by Flyway: no engine ({@link Modultest#UTAN_MOTORN}), no web security of ours, no
 * other module. What the module uses of others is mocked here: the person's units ({@code arende}), the logged-in user
 * ({@code sakerhet}), the access log ({@code revision}), and the clock ({@code drift}). Each test registers its own
 * person, so nothing is cleaned up.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {Modultest.UTAN_MOTORN, Modultest.EGEN_DATABAS})
class PersonModulTest {

    private static final String ENHET = "BOU";

    @Autowired
    Personregister register;

    @Autowired
    Personuppgifter uppgifter;

    @MockitoBean
    PersonensEnheter personensEnheter;

    @MockitoBean
    AktuellAnvandare aktuellAnvandare;

    @MockitoBean
    Atkomstlogg atkomstlogg;

    @TestConfiguration
    static class Klocka {
        @Bean
        Clock clock() {
            return Clock.system(Svensktid.ZON);
        }
    }

    @Test
    void registeringTheSameNumberTwiceGivesOnePersonWithTheFirstNamesAndTheNumbersFacts() {
        Personnummer personnummer = nyttPersonnummer("19800101-98");
        long fore = register.antal();

        Person forsta = register.registrera(new NyPerson(personnummer, "Test", "Testsson", null), "test");
        Person andra = register.registrera(new NyPerson(personnummer, "Annat", "Namn", null), "test");

        assertThat(andra.id()).isEqualTo(forsta.id());
        assertThat(andra.fornamn()).isEqualTo("Test");
        assertThat(register.antal()).isEqualTo(fore + 1);
        assertThat(forsta.fodelsedatum()).hasYear(1980);
        assertThat(forsta.kon()).isEqualTo('K');
        assertThat(forsta.skyddsniva()).isEqualTo(Skyddsniva.INGEN);
    }

    @Test
    void aPersonNeedsBothNames() {
        assertThatThrownBy(() -> new NyPerson(Personnummer.tolka("19121212-1212"), " ", "Tolvansson", null))
                .hasMessage("För- och efternamn krävs");
    }

    @Test
    void aHandlaggareOfThePersonsUnitProtectsThePerson_theHistoryKeepsWhoAndWhy_andTheChangeIsPublished(
            AssertablePublishedEvents handelser) {
        Person person =
                register.registrera(new NyPerson(nyttPersonnummer("19700315-98"), "Sanna", "Skyddsson", null), "test");
        when(personensEnheter.enheter(person.id())).thenReturn(Set.of(ENHET));
        when(aktuellAnvandare.hamta())
                .thenReturn(Optional.of(
                        new InloggadAnvandare("hanna.test", "Hanna Test", Map.of(ENHET, Set.of(Roll.HANDLAGGARE)))));
        when(aktuellAnvandare.kanLasaEnhet(ENHET)).thenReturn(true);

        Personuppgifter.Utfall utfall = uppgifter.andraSkydd(
                person.id(),
                new Skyddsforslag(Skyddsniva.SKYDDAD_FOLKBOKFORING.name(), "Beslut från Skatteverket", 0L));

        assertThat(utfall).isEqualTo(Personuppgifter.Utfall.SPARAD);
        assertThat(register.hitta(person.id()).orElseThrow().skyddsniva()).isEqualTo(Skyddsniva.SKYDDAD_FOLKBOKFORING);
        assertThat(uppgifter.skyddshistorik(person.id())).singleElement().satisfies(andring -> {
            assertThat(andring.andradAv()).isEqualTo("hanna.test");
            assertThat(andring.fran()).isEqualTo(Skyddsniva.INGEN);
            assertThat(andring.skal()).isEqualTo("Beslut från Skatteverket");
        });
        assertThat(handelser)
                .contains(SkyddsnivaAndrad.class)
                .matching(SkyddsnivaAndrad::personId, person.id())
                .matching(SkyddsnivaAndrad::till, Skyddsniva.SKYDDAD_FOLKBOKFORING);
    }

    @Test
    void whoeverMayNotReadThePersonsUnitIsToldThePersonDoesNotExist() {
        Person person =
                register.registrera(new NyPerson(nyttPersonnummer("19700316-98"), "Olle", "Oskyddad", null), "test");
        when(personensEnheter.enheter(person.id())).thenReturn(Set.of("LSS"));
        when(aktuellAnvandare.hamta())
                .thenReturn(Optional.of(
                        new InloggadAnvandare("hanna.test", "Hanna Test", Map.of(ENHET, Set.of(Roll.HANDLAGGARE)))));

        assertThatThrownBy(() -> uppgifter.andraSkydd(
                        person.id(), new Skyddsforslag(Skyddsniva.SKYDDAD_FOLKBOKFORING.name(), "Skäl", 0L)))
                .isInstanceOf(se.tillit.fel.HittadesInte.class);
        assertThat(register.hitta(person.id()).orElseThrow().skyddsniva()).isEqualTo(Skyddsniva.INGEN);
    }

    /** A woman's synthetic number of the 980–999 series (Testpersoner, an even serial), new to this database. */
    private Personnummer nyttPersonnummer(String forsta10) {
        Personnummer personnummer;
        do {
            personnummer = Personnummer.tolka(Testpersoner.medKontrollsiffra(
                    forsta10 + 2 * ThreadLocalRandom.current().nextInt(5)));
        } while (register.hitta(personnummer).isPresent());
        return personnummer;
    }
}
