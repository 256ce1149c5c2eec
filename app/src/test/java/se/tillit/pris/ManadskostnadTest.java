package se.tillit.pris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.tillit.pris.Manadskostnad.Delperiod;
import se.tillit.pris.Manadskostnad.Radtyp;

/**
 * Counting a month's days and their prices (R24–R28), on a price list given here so the rules stand alone; the
 * deployed DMN table is exercised by PrislistaTest and InternprisDmnTest.
 */
class ManadskostnadTest {

    static final YearMonth MAJ_2014 = YearMonth.of(2014, 5); // 1 May (Thu) and Ascension 29 May (Thu): 22 weekdays
    static final YearMonth JUNI_2014 = YearMonth.of(2014, 6); // 1 June is a Sunday; 21 weekdays

    /** The 2014 prices of the rows used, and bostad nivå 1 raised from 716 to 800 kr on 16 June; 2014 only. */
    static final Prislista PRISLISTA = new Prislista() {
        @Override
        public Pris pris(Prisfraga fraga) {
            if (fraga.dag().getYear() != 2014) {
                throw new PrisSaknas(fraga);
            }
            boolean fore16Juni = fraga.dag().isBefore(LocalDate.of(2014, 6, 16));
            return switch (fraga.insats() + " " + fraga.niva()) {
                case "LSS_BOSTAD_SARSKILD_SERVICE 1" ->
                    new Pris(new BigDecimal(fore16Juni ? "716.00" : "800.00"), "DYGN", "ALLA");
                case "LSS_BOSTAD_SARSKILD_SERVICE 3" -> new Pris(new BigDecimal("1424.00"), "DYGN", "ALLA");
                case "LSS_DAGLIG_VERKSAMHET 1" -> new Pris(new BigDecimal("553.00"), "DYGN", "MAN_FRE");
                case "LSS_PERSONLIG_ASSISTANS null" -> new Pris(new BigDecimal("271.00"), "TIMME", "ALLA");
                case "LSS_VAKEN_NATT null" -> new Pris(new BigDecimal("500000.00"), "AR_BESLUT", "ALLA");
                case "LSS_SOVANDE_JOUR null" -> new Pris(new BigDecimal("73000.00"), "AR_HUS", "ALLA");
                default -> throw new PrisSaknas(fraga);
            };
        }

        @Override
        public String omfattning(double timmarPerVecka) {
            throw new UnsupportedOperationException();
        }
    };

    static final Prisfraga BOSTAD_NIVA_1 = new Prisfraga("LSS_BOSTAD_SARSKILD_SERVICE", 1, null, null);
    static final Prisfraga BOSTAD_NIVA_3 = new Prisfraga("LSS_BOSTAD_SARSKILD_SERVICE", 3, null, null);
    static final Prisfraga DAGLIG_VERKSAMHET = new Prisfraga("LSS_DAGLIG_VERKSAMHET", 1, "HELTID", null);
    static final Prisfraga PERSONLIG_ASSISTANS = new Prisfraga("LSS_PERSONLIG_ASSISTANS", null, null, null);

    @Test
    void aPriceChangeOnTheSixteenthAppliesFromThatDayAndTheDaysBeforeKeepTheOldPrice() { // R25
        var resultat = Manadskostnad.berakna(PRISLISTA, BOSTAD_NIVA_1, LocalDate.of(2014, 1, 1), null, JUNI_2014);

        assertThat(resultat.delperioder())
                .containsExactly(
                        dygn(Radtyp.INSATS, "2014-06-01", "2014-06-15", 15, "716.00", "10740.00"),
                        dygn(Radtyp.INSATS, "2014-06-16", "2014-06-30", 15, "800.00", "12000.00"));
        assertThat(resultat.dagar()).isEqualTo(30);
        assertThat(resultat.summa()).isEqualByComparingTo("22740");
    }

    @Test
    void mondayToFridayInsatserSkipWeekendsButNotPublicHolidaysOnWeekdays() { // R26; ADR 0007: "260 dygn per år"
        var resultat = Manadskostnad.berakna(PRISLISTA, DAGLIG_VERKSAMHET, LocalDate.of(2014, 3, 1), null, MAJ_2014);

        assertThat(resultat.dagar())
                .as("22 weekdays, 1 May and Ascension Day included")
                .isEqualTo(22);
        assertThat(resultat.summa()).isEqualByComparingTo("12166"); // 22 × 553
        assertThat(resultat.delperioder()).singleElement().satisfies(rad -> {
            assertThat(rad.fran()).isEqualTo(LocalDate.of(2014, 5, 1));
            assertThat(rad.tom()).isEqualTo(LocalDate.of(2014, 5, 30)); // 31 May is a Saturday
        });
    }

    @Test
    void aBookedButEmptyPlaceIsPaidAtLevelOneUntilMoveIn() { // R24, 000@c33045
        var bokadTioJuni = new Insatsperiod(
                BOSTAD_NIVA_3, LocalDate.of(2014, 6, 10), LocalDate.of(2014, 6, 20), null, List.of(), null, null, null);

        var resultat = Manadskostnad.berakna(PRISLISTA, bokadTioJuni, JUNI_2014);

        assertThat(resultat.delperioder())
                .containsExactly(
                        dygn(Radtyp.TOMDYGN, "2014-06-10", "2014-06-15", 6, "716.00", "4296.00"),
                        dygn(Radtyp.TOMDYGN, "2014-06-16", "2014-06-19", 4, "800.00", "3200.00"),
                        dygn(Radtyp.INSATS, "2014-06-20", "2014-06-30", 11, "1424.00", "15664.00"));
    }

    @Test
    void aPlaceStillEmptyAtTheMonthsEndIsPaidAtLevelOneToTheEnd() { // R24
        var ejInflyttad =
                new Insatsperiod(BOSTAD_NIVA_3, LocalDate.of(2014, 5, 20), null, null, List.of(), null, null, null);

        var resultat = Manadskostnad.berakna(PRISLISTA, ejInflyttad, JUNI_2014);

        assertThat(resultat.delperioder()).extracting(Delperiod::typ).containsOnly(Radtyp.TOMDYGN);
        assertThat(resultat.dagar()).isEqualTo(30);
    }

    @Test
    void egenRegiDailyActivityIsPaidForAttendedWeekdaysOnly() { // R26, 004@c34145
        Set<LocalDate> narvaro = IntStream.rangeClosed(2, 16)
                .mapToObj(dag -> LocalDate.of(2014, 6, dag))
                .collect(Collectors.toSet()); // 2–16 June: 11 weekdays, two weekends (attendance on a Saturday is not
        // paid)
        var resultat = Manadskostnad.berakna(
                PRISLISTA,
                new Insatsperiod(
                        DAGLIG_VERKSAMHET, null, LocalDate.of(2014, 1, 1), null, List.of(), narvaro, null, null),
                JUNI_2014);

        assertThat(resultat.dagar()).isEqualTo(11);
        assertThat(resultat.summa()).isEqualByComparingTo("6083"); // 11 × 553
        assertThat(Manadskostnad.raknarNarvaro("LSS_DAGLIG_VERKSAMHET", "EGEN_REGI"))
                .isTrue();
        assertThat(Manadskostnad.raknarNarvaro("LSS_DAGLIG_VERKSAMHET", "EXTERN"))
                .isFalse();
    }

    @Test
    void theDaysOfAnAvbrottAreNotPaid() { // ADR 0007
        var medAvbrott = new Insatsperiod(
                BOSTAD_NIVA_3,
                null,
                LocalDate.of(2014, 1, 1),
                null,
                List.of(
                        new Insatsperiod.Uppehall(LocalDate.of(2014, 6, 5), LocalDate.of(2014, 6, 14)),
                        new Insatsperiod.Uppehall(LocalDate.of(2014, 6, 28), null)),
                null,
                null,
                null);

        var resultat = Manadskostnad.berakna(PRISLISTA, medAvbrott, JUNI_2014);

        assertThat(resultat.dagar()).isEqualTo(30 - 10 - 3);
        assertThat(resultat.delperioder()).hasSize(1); // one price, the gaps are not a new line
    }

    @Test
    void onlyTheDaysWithinTheMonthAndThePeriodCount() {
        var resultat = Manadskostnad.berakna(
                PRISLISTA, BOSTAD_NIVA_1, LocalDate.of(2014, 6, 10), LocalDate.of(2014, 6, 12), JUNI_2014);
        assertThat(resultat.dagar()).isEqualTo(3);
        assertThat(resultat.summa()).isEqualByComparingTo("2148"); // 3 × 716

        assertThat(Manadskostnad.berakna(PRISLISTA, BOSTAD_NIVA_1, LocalDate.of(2014, 7, 1), null, JUNI_2014)
                        .delperioder())
                .as("not started yet")
                .isEmpty();
    }

    @Test
    void grantedHoursArePaidWhereNoPerformedTimeIsImported() { // R28
        var resultat = Manadskostnad.berakna(
                PRISLISTA,
                assistansSedan2014(new Timomfattning(new BigDecimal("20"), Timomfattning.Per.VECKA), null),
                JUNI_2014);

        assertThat(resultat.beviljadeTimmar()).isEqualByComparingTo("85.71"); // 20 h/week × 30/7
        assertThat(resultat.utfordaTimmar()).isNull();
        assertThat(resultat.delperioder()).singleElement().satisfies(rad -> {
            assertThat(rad.enhet()).isEqualTo("TIMME");
            assertThat(rad.antal()).isEqualByComparingTo("85.71");
            assertThat(rad.summa()).isEqualByComparingTo("23227.41"); // 85.71 × 271
        });
    }

    @Test
    void performedHoursArePaidWhereImportedWithTheGrantedBesideThem() { // R28
        var resultat = Manadskostnad.berakna(
                PRISLISTA,
                assistansSedan2014(
                        new Timomfattning(new BigDecimal("87"), Timomfattning.Per.MANAD), new BigDecimal("80.50")),
                JUNI_2014);

        assertThat(resultat.beviljadeTimmar()).isEqualByComparingTo("87");
        assertThat(resultat.utfordaTimmar()).isEqualByComparingTo("80.50");
        assertThat(resultat.summa()).isEqualByComparingTo("21815.50"); // 80.5 × 271
    }

    @Test
    void anHourlyInsatsWithoutHoursIsAnErrorNotZero() {
        assertThatThrownBy(() -> Manadskostnad.berakna(
                        PRISLISTA, PERSONLIG_ASSISTANS, LocalDate.of(2014, 6, 1), null, JUNI_2014))
                .isInstanceOf(TimmarSaknas.class)
                .hasMessageContaining("LSS_PERSONLIG_ASSISTANS prissätts per timme");
    }

    @Test
    void aPricePerYearAndDecisionIsPaidAsTheDaysShareOfTheYear() { // P16
        var resultat = Manadskostnad.berakna(
                PRISLISTA,
                new Prisfraga("LSS_VAKEN_NATT", null, null, null),
                LocalDate.of(2014, 1, 1),
                null,
                JUNI_2014);

        assertThat(resultat.summa()).isEqualByComparingTo("41095.89"); // 500 000 × 30 / 365
    }

    @Test
    void sovandeJourIsPaidOncePerHouseHoweverManyLiveThere() { // P15: per year and house
        Prisfraga jour = new Prisfraga("LSS_SOVANDE_JOUR", null, null, null);
        var resultat = Manadskostnad.beraknaHus(
                PRISLISTA,
                jour,
                List.of(
                        Insatsperiod.lopande(jour, LocalDate.of(2014, 1, 1), null),
                        Insatsperiod.lopande(jour, LocalDate.of(2014, 6, 10), null),
                        Insatsperiod.lopande(jour, LocalDate.of(2014, 2, 1), LocalDate.of(2014, 6, 5))),
                JUNI_2014);

        assertThat(resultat.dagar()).isEqualTo(30);
        assertThat(resultat.summa()).isEqualByComparingTo("6000"); // 73 000 × 30 / 365
    }

    @Test
    void aDayWithoutAPriceIsAnErrorThatNamesItNotAZero() {
        assertThatThrownBy(() -> Manadskostnad.berakna(
                        PRISLISTA, BOSTAD_NIVA_1, LocalDate.of(2014, 12, 1), null, YearMonth.of(2015, 1)))
                .isInstanceOf(PrisSaknas.class)
                .hasMessageContaining("LSS_BOSTAD_SARSKILD_SERVICE nivå 1 2015-01-01");
    }

    @Test
    void aSnapshotAsksEachQuestionOnceAndRemembersRefusals() {
        int[] fragor = {0};
        Prislista raknande = new Prislista() {
            @Override
            public Pris pris(Prisfraga fraga) {
                fragor[0]++;
                return PRISLISTA.pris(fraga);
            }

            @Override
            public String omfattning(double timmarPerVecka) {
                throw new UnsupportedOperationException();
            }
        };
        Prislista ogonblick = raknande.ogonblicksbild();
        for (int i = 0; i < 100; i++) {
            Manadskostnad.berakna(ogonblick, BOSTAD_NIVA_1, LocalDate.of(2014, 1, 1), null, JUNI_2014);
        }
        assertThat(fragor[0]).isEqualTo(30);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> ogonblick.pris(BOSTAD_NIVA_1.pa(LocalDate.of(2015, 1, 1))))
                    .isInstanceOf(PrisSaknas.class);
        }
        assertThat(fragor[0]).isEqualTo(31);
    }

    private static Delperiod dygn(Radtyp typ, String fran, String tom, int dagar, String apris, String summa) {
        return new Delperiod(
                typ,
                LocalDate.parse(fran),
                LocalDate.parse(tom),
                dagar,
                "DYGN",
                new BigDecimal(dagar).setScale(2),
                new BigDecimal(apris),
                new BigDecimal(summa));
    }

    /** Personal assistance granted this many hours from 1 January 2014, with the hours performed if imported (R28). */
    private static Insatsperiod assistansSedan2014(Timomfattning beviljat, BigDecimal utfort) {
        return new Insatsperiod(
                PERSONLIG_ASSISTANS, null, LocalDate.of(2014, 1, 1), null, List.of(), null, beviljat, utfort);
    }
}
