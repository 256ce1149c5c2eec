package se.tillit.gallring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.tillit.Testpersoner;
import se.tillit.arende.Aktualisering;
import se.tillit.arende.Aktualiseringstyp;
import se.tillit.arende.Arende;
import se.tillit.arende.Arendetyp;
import se.tillit.arende.Avslutsorsak;
import se.tillit.arende.Utfall;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsutfall;
import se.tillit.gallring.Aktbedomning;
import se.tillit.gallring.Gallringsregler;
import se.tillit.gallring.Gallringsslag;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Skyddsniva;

/**
 * How a person's file is judged (issue 18; law-and-peers.md C1 item 17, A7 "Gallring"), on rules shaped like the table's
 * (GallringDmnTest checks the table itself): the five years run from the file's last entry, the work is due by the end
 * of the next calendar year, a kind the law keeps keeps its case, a child protection investigation waits for the 30th
 * birthday, a kind without a row is kept and named, an open case keeps the whole file in use.
 */
class GallringsbedomningTest {

    /** As the table's rows: a hold or the 15th keeps all; ARENDE, EJ_INLEDD_UTREDNING five years; placement kept. */
    static final Gallringsregler.Regelversion REGLER = new Gallringsregler.Regelversion() {
        @Override
        public String version() {
            return "gallring test";
        }

        @Override
        public Optional<Gallringsregler.Regel> regel(Gallringsregler.Fraga f) {
            Period fem = Period.ofYears(5);
            if (f.gallringsstopp()) {
                return Optional.of(
                        new Gallringsregler.Regel("GALLRINGSSTOPP", false, fem, null, false, "Gallringsstopp"));
            }
            if (f.fodelsedag() == 15) {
                return Optional.of(
                        new Gallringsregler.Regel("FORSKNING_SOL", false, fem, null, false, "SoL 16 kap. 4 §"));
            }
            return switch (f.slag()) {
                case ARENDE, EJ_INLEDD_UTREDNING ->
                    Optional.of(new Gallringsregler.Regel(
                            "FEM_AR_SOL", true, fem, null, true, "SoL (2025:400) 16 kap. 1 §"));
                case BARNAVARDSUTREDNING ->
                    Optional.of(new Gallringsregler.Regel("BARNAVARDSUTREDNING", true, fem, 30, true, "16 kap. 2 a §"));
                case PLACERING_BARN ->
                    Optional.of(new Gallringsregler.Regel("PLACERING_BARN", false, fem, null, false, "16 kap. 2 §"));
                default -> Optional.empty();
            };
        }
    };

    static final Person VUXEN = person("19700312-980");
    static final Person FORSKNING = person("19700315-980");
    static final Person BARN = person("20100312-981");

    @Test
    void fiveYearsAfterTheLastEntryOfTheWholeFileDoneByTheEndOfTheNextYear() {
        // two cases: the later one's last entry (a journal note in 2019) keeps the earlier one's clock going (16 kap. 1
        // §)
        Personakt akt = new Personakt(
                VUXEN,
                List.of(
                        arende(Arendetyp.VUXEN, "2016-02-01", Set.of(Gallringsslag.ARENDE), "2016-02-01"),
                        arende(Arendetyp.VUXEN, "2018-05-20", Set.of(Gallringsslag.ARENDE), "2019-03-10")));

        Aktbedomning fore = Gallringsbedomning.bedom(akt, false, REGLER, LocalDate.parse("2024-03-09"));
        Aktbedomning pa = Gallringsbedomning.bedom(akt, false, REGLER, LocalDate.parse("2024-03-10"));

        assertThat(fore.utfall()).isEqualTo(Aktbedomning.Utfall.EJ_AKTUELL);
        assertThat(fore.gallringsdatum()).isEqualTo("2024-03-10");
        assertThat(pa.utfall()).isEqualTo(Aktbedomning.Utfall.GALLRAS);
        assertThat(pa.sistaAnteckning()).isEqualTo("2019-03-10");
        assertThat(pa.gallringsdatum()).isEqualTo("2024-03-10");
        assertThat(pa.senast())
                .as("16 kap. 1 § third paragraph: by the end of the following calendar year")
                .isEqualTo("2025-12-31");
        assertThat(pa.grunder())
                .hasSize(2)
                .allSatisfy(g -> assertThat(g)
                        .extracting(Aktbedomning.Grund::regel, Aktbedomning.Grund::forfallen)
                        .containsExactly("FEM_AR_SOL", true));
    }

    @Test
    void aClosedCaseWhoseOrderSipOrDischargeStillGoesOnKeepsTheFileInUse() {
        Personakt.Arendeakt stangt = arende(Arendetyp.VUXEN, "2010-01-01", Set.of(Gallringsslag.ARENDE), "2010-01-01");
        Personakt akt = new Personakt(
                VUXEN,
                List.of(new Personakt.Arendeakt(stangt.arende(), stangt.slag(), stangt.sistaAnteckning(), true)));

        Aktbedomning bedomning = Gallringsbedomning.bedom(akt, false, REGLER, LocalDate.parse("2040-01-01"));

        assertThat(bedomning.utfall()).isEqualTo(Aktbedomning.Utfall.OPPET);
    }

    @Test
    void anOpenCaseKeepsTheWholeFileInUse() {
        Personakt akt = new Personakt(
                VUXEN,
                List.of(
                        arende(Arendetyp.VUXEN, "2010-01-01", Set.of(Gallringsslag.ARENDE), "2010-01-01"),
                        new Personakt.Arendeakt(
                                new Arende(
                                        UUID.randomUUID(),
                                        "2026-000002",
                                        VUXEN.id(),
                                        Arendetyp.VUXEN,
                                        "VUX",
                                        true,
                                        tid("2026-01-01"),
                                        null,
                                        null),
                                Set.of(Gallringsslag.ARENDE),
                                LocalDate.parse("2026-01-01"),
                                false)));

        Aktbedomning bedomning = Gallringsbedomning.bedom(akt, false, REGLER, LocalDate.parse("2040-01-01"));

        assertThat(bedomning.utfall()).isEqualTo(Aktbedomning.Utfall.OPPET);
        assertThat(bedomning.gallringsdatum()).isNull();
        assertThat(bedomning.grunder()).isEmpty();
    }

    /** 16 kap. 2 §: a child's placement is never gallrad; the file's other cases are, so the file goes in part. */
    @Test
    void aPlacementKeepsItsCaseAndTheOtherCasesAreDue() {
        Personakt akt = new Personakt(
                BARN,
                List.of(
                        arende(
                                Arendetyp.BARN_OCH_UNGA,
                                "2027-01-10",
                                Set.of(Gallringsslag.PLACERING_BARN),
                                "2027-01-10"),
                        arende(Arendetyp.VUXEN, "2028-06-01", Set.of(Gallringsslag.ARENDE), "2028-06-01")));

        Aktbedomning bedomning = Gallringsbedomning.bedom(akt, false, REGLER, LocalDate.parse("2033-06-01"));

        assertThat(bedomning.utfall()).isEqualTo(Aktbedomning.Utfall.DELVIS);
        assertThat(bedomning.grunder())
                .extracting(Aktbedomning.Grund::regel, Aktbedomning.Grund::gallras, Aktbedomning.Grund::forfallen)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("PLACERING_BARN", false, false),
                        org.assertj.core.groups.Tuple.tuple("FEM_AR_SOL", true, true));
    }

    /** 16 kap. 2 a §: a child protection investigation closed from 2026-01-15 waits for the 30th birthday. */
    @Test
    void aChildProtectionInvestigationIsKeptUntilTheThirtiethBirthday() {
        Personakt akt = new Personakt(
                BARN,
                List.of(arende(
                        Arendetyp.BARN_OCH_UNGA,
                        "2026-06-01",
                        Set.of(Gallringsslag.BARNAVARDSUTREDNING),
                        "2026-06-01")));

        Aktbedomning efterFemAr = Gallringsbedomning.bedom(akt, false, REGLER, LocalDate.parse("2031-06-01"));
        Aktbedomning trettio = Gallringsbedomning.bedom(akt, false, REGLER, LocalDate.parse("2040-03-12"));

        assertThat(efterFemAr.utfall()).isEqualTo(Aktbedomning.Utfall.BEVARAS);
        assertThat(efterFemAr.gallringsdatum()).as("born 2010-03-12").isEqualTo("2040-03-12");
        assertThat(efterFemAr.senast()).isEqualTo("2041-12-31");
        assertThat(efterFemAr.grunder()).singleElement().satisfies(g -> {
            assertThat(g.tidigast()).isEqualTo("2040-03-12");
            assertThat(g.forfallen()).isFalse();
        });
        assertThat(trettio.utfall()).isEqualTo(Aktbedomning.Utfall.GALLRAS);
    }

    @Test
    void theResearchSampleAndAHoldKeepTheFile() {
        Personakt forskning = new Personakt(
                FORSKNING, List.of(arende(Arendetyp.VUXEN, "2015-01-01", Set.of(Gallringsslag.ARENDE), "2015-01-01")));
        Personakt vuxen = new Personakt(
                VUXEN, List.of(arende(Arendetyp.VUXEN, "2015-01-01", Set.of(Gallringsslag.ARENDE), "2015-01-01")));

        Aktbedomning urval = Gallringsbedomning.bedom(forskning, false, REGLER, LocalDate.parse("2026-12-01"));
        Aktbedomning stopp = Gallringsbedomning.bedom(vuxen, true, REGLER, LocalDate.parse("2026-12-01"));

        assertThat(urval.utfall()).isEqualTo(Aktbedomning.Utfall.BEVARAS);
        assertThat(urval.gallringsdatum()).as("never, by the rules").isNull();
        assertThat(urval.grunder())
                .singleElement()
                .extracting(Aktbedomning.Grund::regel)
                .isEqualTo("FORSKNING_SOL");
        assertThat(stopp.utfall()).isEqualTo(Aktbedomning.Utfall.BEVARAS);
        assertThat(stopp.grunder())
                .singleElement()
                .extracting(Aktbedomning.Grund::regel)
                .isEqualTo("GALLRINGSSTOPP");
    }

    @Test
    void aKindWithoutARowIsKeptAndNamedSoNothingIsGallratByAGuess() {
        Personakt akt = new Personakt(
                VUXEN,
                List.of(arende(Arendetyp.VUXEN, "2015-01-01", Set.of(Gallringsslag.VARDNADSAVTAL), "2015-01-01")));

        Aktbedomning bedomning = Gallringsbedomning.bedom(akt, false, REGLER, LocalDate.parse("2026-12-01"));

        assertThat(bedomning.utfall()).isEqualTo(Aktbedomning.Utfall.BEVARAS);
        assertThat(bedomning.grunder()).singleElement().satisfies(g -> {
            assertThat(g.regel()).isEqualTo(Aktbedomning.INGEN_REGEL);
            assertThat(g.gallras()).isFalse();
        });
    }

    /** The kinds of record (Slagbestamning): what a case's aktualiseringar and favourable decisions make it. */
    @Test
    void theKindsOfACaseFollowItsOutcomesAndFavourableDecisions() {
        Arende barn = arende(Arendetyp.BARN_OCH_UNGA, "2026-06-01", Set.of(), "2026-06-01")
                .arende();
        Arende lss = arende(Arendetyp.LSS, "2026-06-01", Set.of(), "2026-06-01").arende();

        assertThat(Slagbestamning.slag(
                        barn,
                        List.of(
                                aktualisering(Utfall.LEDER_TILL_UTREDNING),
                                aktualisering(Utfall.LEDER_INTE_TILL_UTREDNING)),
                        List.of()))
                .containsExactly(Gallringsslag.BARNAVARDSUTREDNING);
        assertThat(Slagbestamning.slag(barn, List.of(aktualisering(Utfall.LEDER_INTE_TILL_UTREDNING)), List.of()))
                .containsExactly(Gallringsslag.EJ_INLEDD_UTREDNING);
        assertThat(Slagbestamning.slag(
                        barn,
                        List.of(aktualisering(Utfall.LEDER_TILL_UTREDNING)),
                        List.of(beslut(barn, "LVU_PLACERING_BARN", Beslutsutfall.BIFALL))))
                .containsExactlyInAnyOrder(Gallringsslag.BARNAVARDSUTREDNING, Gallringsslag.PLACERING_BARN);
        assertThat(Slagbestamning.slag(
                        barn, List.of(), List.of(beslut(barn, "SOL_PLACERING_BARN", Beslutsutfall.AVSLAG))))
                .as("a refused placement is no placement")
                .containsExactly(Gallringsslag.ARENDE);
        assertThat(Slagbestamning.slag(
                        lss, List.of(), List.of(beslut(lss, "LSS_BOENDE_BARN", Beslutsutfall.DELVIS_BIFALL))))
                .containsExactly(Gallringsslag.LSS_BOENDE_BARN);
        assertThat(Slagbestamning.slag(lss, List.of(), List.of(beslut(lss, "LSS_KONTAKTPERSON", Beslutsutfall.BIFALL))))
                .containsExactly(Gallringsslag.ARENDE);
    }

    private static Person person(String utanKontrollsiffra) {
        Personnummer pnr = Personnummer.tolka(Testpersoner.medKontrollsiffra(utanKontrollsiffra));
        return new Person(
                UUID.randomUUID(), pnr, "Test", "Gallringsson", pnr.fodelsedatum(), pnr.kon(), Skyddsniva.INGEN);
    }

    private static Personakt.Arendeakt arende(Arendetyp typ, String avslutat, Set<Gallringsslag> slag, String sista) {
        Arende arende = new Arende(
                UUID.randomUUID(),
                "2026-" + (100000 + (int) (Math.random() * 899999)),
                UUID.randomUUID(),
                typ,
                "ENHET",
                false,
                tid(avslutat).minusMonths(3),
                tid(avslutat),
                Avslutsorsak.INSATSER_AVSLUTADE);
        return new Personakt.Arendeakt(arende, slag, LocalDate.parse(sista), false);
    }

    private static Aktualisering aktualisering(Utfall utfall) {
        return new Aktualisering(
                UUID.randomUUID(),
                Aktualiseringstyp.ANMALAN,
                tid("2026-01-20"),
                "ANMALAN",
                utfall,
                tid("2026-02-01"),
                "test",
                null,
                "test");
    }

    private static Beslut beslut(Arende arende, String insats, Beslutsutfall utfall) {
        return new Beslut(
                UUID.randomUUID(),
                arende.id(),
                insats,
                utfall,
                null,
                null,
                null,
                LocalDate.parse("2026-03-01"),
                null,
                "test",
                "2.1",
                LocalDate.parse("2026-03-01"),
                null,
                null,
                null);
    }

    private static OffsetDateTime tid(String dag) {
        return LocalDate.parse(dag).atTime(12, 0).atOffset(ZoneOffset.ofHours(1));
    }
}
