package se.tillit.uppgift.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.tillit.bevakning.Arbetsdagskalender;
import se.tillit.drift.Svensktid;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/** Reads the task projection for one user: only tasks of the units and roles the user holds. */
@Service
@RequiredArgsConstructor
class Uppgiftslista {

    static final int SIDSTORLEK = 25;
    static final ZoneId SVENSK_TID = Svensktid.ZON;
    private static final Set<Roll> UPPGIFTSROLLER = Set.of(Roll.HANDLAGGARE, Roll.CHEF, Roll.LEXSARAH_ANSVARIG);

    enum Vy {
        MINA,
        ENHETENS
    }

    /** @param arendetyp and uppgiftstyp: exact values, or null for all */
    record Filter(boolean forsenade, boolean inomSjuDagar, String arendetyp, String uppgiftstyp) {}

    /**
     * @param arendeId, {@code arendenummer} and {@code arendetyp}: null for a task of a person outside any case (a SIP)
     * @param lexsarahId a lex Sarah report's task ({@code arendenummer} is then the report's number, and there is no person)
     * @param dagarKvar days left until the deadline, negative when overdue, counted as its rule counts them
     *        (working days for FLYTTAS_TILL_VARDAG), null without a deadline
     * @param sida the page where the task is done (a SIP's page), or null: on the task page through its form
     */
    record Rad(
            String taskId,
            UUID arendeId,
            String arendenummer,
            String arendetyp,
            String person,
            String personnummer,
            boolean maskerad,
            String uppgiftstyp,
            String namn,
            String enhet,
            String kandidatroll,
            String tilldelad,
            OffsetDateTime forfaller,
            String fristKalla,
            String dagberakning,
            Integer dagarKvar,
            UUID personId,
            String sida,
            UUID lexsarahId) {

        public boolean forsenad() {
            return dagarKvar != null && dagarKvar < 0;
        }

        /**
         * A lex Sarah-ansvarig's step is done on the report's page, through the lex Sarah use cases: what it records
         * lives in that module's tables, not in a case's documents.
         */
        public boolean gorsPaRapportsidan() {
            return lexsarahId != null && Roll.LEXSARAH_ANSVARIG.name().equals(kandidatroll);
        }

        /** The deadline's day in Swedish time, for the page. */
        public String fristdag() {
            return forfaller == null
                    ? "–"
                    : forfaller.atZoneSameInstant(SVENSK_TID).toLocalDate().toString();
        }
    }

    record Sida(List<Rad> rader, int sida, int antalSidor, long totalt) {}

    private final JdbcClient jdbc;
    private final Arbetsdagskalender kalender;
    private final Clock clock;

    /** How many tasks the view holds without a filter. */
    long antal(InloggadAnvandare anvandare, Vy vy) {
        Map<String, Object> parametrar = new java.util.HashMap<>();
        String where = where(anvandare, vy, new Filter(false, false, null, null), parametrar);
        return jdbc.sql("select count(*) from uppgift" + where)
                .params(parametrar)
                .query(Long.class)
                .single();
    }

    Sida lista(InloggadAnvandare anvandare, Vy vy, Filter filter, int sida) {
        Map<String, Object> parametrar = new java.util.HashMap<>();
        String where = where(anvandare, vy, filter, parametrar);
        long totalt = jdbc.sql("select count(*) from uppgift" + where)
                .params(parametrar)
                .query(Long.class)
                .single();
        int antalSidor = (int) Math.max(1, (totalt + SIDSTORLEK - 1) / SIDSTORLEK);
        int giltigSida = Math.min(Math.max(sida, 0), antalSidor - 1);
        parametrar.put("grans", SIDSTORLEK);
        parametrar.put("start", giltigSida * SIDSTORLEK);
        List<Rad> rader = jdbc.sql("select * from uppgift" + where
                        + " order by forfaller asc nulls last, skapad asc limit :grans offset :start")
                .params(parametrar)
                .query((rs, n) -> rad(rs, anvandare))
                .list();
        return new Sida(rader, giltigSida, antalSidor, totalt);
    }

    private String where(InloggadAnvandare anvandare, Vy vy, Filter filter, Map<String, Object> parametrar) {
        List<String> villkor = new ArrayList<>();
        if (vy == Vy.MINA) {
            villkor.add("tilldelad = :anvandare");
            parametrar.put("anvandare", anvandare.anvandarnamn());
        } else {
            villkor.add("tilldelad is null");
        }
        villkor.add(behorighetsvillkor(anvandare, parametrar));
        if (filter.forsenade()) {
            villkor.add("forfaller < :nu");
            parametrar.put("nu", OffsetDateTime.now(clock));
        }
        if (filter.inomSjuDagar()) {
            villkor.add("forfaller >= :nu and forfaller < :omSju");
            parametrar.put("nu", OffsetDateTime.now(clock));
            parametrar.put("omSju", OffsetDateTime.now(clock).plusDays(7));
        }
        if (filter.arendetyp() != null) {
            villkor.add("arendetyp = :arendetyp");
            parametrar.put("arendetyp", filter.arendetyp());
        }
        if (filter.uppgiftstyp() != null) {
            villkor.add("uppgiftstyp = :uppgiftstyp");
            parametrar.put("uppgiftstyp", filter.uppgiftstyp());
        }
        return " where " + String.join(" and ", villkor);
    }

    /** One task the user may work on (its unit and role), else empty: a task of another unit does not exist. */
    Optional<Rad> hitta(InloggadAnvandare anvandare, String taskId) {
        Map<String, Object> parametrar = new java.util.HashMap<>();
        parametrar.put("task", taskId);
        return jdbc.sql("select * from uppgift where task_id = :task and " + behorighetsvillkor(anvandare, parametrar))
                .params(parametrar)
                .query((rs, n) -> rad(rs, anvandare))
                .optional();
    }

    /**
     * The units and roles the user holds, as a row-value list the (enhet_kod, kandidatroll, forfaller) index serves. A
     * lex Sarah-ansvarig also sees the tasks offered to their group beside the unit's own: the committee's ansvarig
     * those of every unit.
     */
    private static String behorighetsvillkor(InloggadAnvandare anvandare, Map<String, Object> parametrar) {
        List<Object[]> grupper = new ArrayList<>();
        anvandare
                .rollerPerEnhet()
                .forEach((enhet, roller) -> roller.stream()
                        .filter(UPPGIFTSROLLER::contains)
                        .forEach(roll -> grupper.add(new Object[] {enhet, roll.name()})));
        if (grupper.isEmpty()) {
            return "false";
        }
        parametrar.put("grupper", grupper);
        List<String> ansvarig = anvandare.enheterMedRoll(Roll.LEXSARAH_ANSVARIG).stream()
                .map(enhet -> enhet + ":" + Roll.LEXSARAH_ANSVARIG.name())
                .toList();
        if (ansvarig.isEmpty()) {
            return "(enhet_kod, kandidatroll) in (:grupper)";
        }
        parametrar.put("flerGrupper", ansvarig);
        return "((enhet_kod, kandidatroll) in (:grupper) or exists (select 1 from unnest(fler_kandidatgrupper) g"
                + " where g in (:flerGrupper)))";
    }

    private Rad rad(ResultSet rs, InloggadAnvandare anvandare) throws SQLException {
        boolean maskerad = rs.getBoolean("skyddad") && !anvandare.farSeSkyddadeUppgifter();
        String pnr = rs.getString("personnummer");
        String visatPnr =
                pnr == null ? null : maskerad ? "********-****" : pnr.substring(0, 8) + "-" + pnr.substring(8);
        OffsetDateTime forfaller = rs.getObject("forfaller", OffsetDateTime.class);
        String dagberakning = rs.getString("dagberakning");
        return new Rad(
                rs.getString("task_id"),
                rs.getObject("arende_id", UUID.class),
                rs.getString("arendenummer"),
                rs.getString("arendetyp"),
                maskerad ? null : rs.getString("person_namn"),
                visatPnr,
                maskerad,
                rs.getString("uppgiftstyp"),
                rs.getString("namn"),
                rs.getString("enhet_kod"),
                rs.getString("kandidatroll"),
                rs.getString("tilldelad"),
                forfaller,
                rs.getString("frist_kalla"),
                dagberakning,
                dagarKvar(forfaller, dagberakning),
                rs.getObject("person_id", UUID.class),
                rs.getString("sida"),
                rs.getObject("lexsarah_id", UUID.class));
    }

    private Integer dagarKvar(OffsetDateTime forfaller, String dagberakning) {
        if (forfaller == null) {
            return null;
        }
        LocalDate idag = LocalDate.now(clock.withZone(SVENSK_TID));
        LocalDate sista = forfaller.atZoneSameInstant(SVENSK_TID).toLocalDate();
        return "FLYTTAS_TILL_VARDAG".equals(dagberakning)
                ? kalender.arbetsdagarMellan(idag, sista)
                : (int) ChronoUnit.DAYS.between(idag, sista);
    }
}
