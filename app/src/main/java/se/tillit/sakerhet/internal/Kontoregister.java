package se.tillit.sakerhet.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.drift.Svensktid;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.Roll;

/** The administrator's view of accounts, units and the change log, and the changes themselves (SQL only). */
@Repository
@RequiredArgsConstructor
class Kontoregister {

    /**
     * An account as the administration shows it. {@code lokaltLosenord}: false for an IdP-only account;
     * {@code externtId}: the identity provider's id of the person (V38), if the installation matches on it.
     */
    @Schema(
            example =
                    "{\"aktiv\":true,\"anvandarnamn\":\"handlaggare.bou\",\"epost\":\"hanna.berg@kommun.invalid\",\"externtId\":\"8d2c1e4f-0a3b-4c5d-9e6f-7a8b9c0d1e2f\",\"lokaltLosenord\":false,\"namn\":\"Hanna Berg\",\"roller\":[{\"enhet\":\"BOU\",\"roll\":\"HANDLAGGARE\"}],\"tjanstekonto\":false}")
    record Konto(
            String anvandarnamn,
            String namn,
            String epost,
            boolean tjanstekonto,
            boolean aktiv,
            boolean lokaltLosenord,
            String externtId,
            List<Rolltilldelning> roller) {

        boolean harRoll(Roll roll) {
            return roller.stream().anyMatch(r -> r.roll() == roll);
        }

        boolean harRollIEnhet(String enhet, Roll roll) {
            return roller.contains(new Rolltilldelning(enhet, roll));
        }
    }

    /** A role held in a unit. */
    record Rolltilldelning(String enhet, Roll roll) {}

    /** A unit as the administration shows it, with how many active accounts hold a role there. */
    @Schema(
            example =
                    "{\"aktiv\":true,\"aktivaKonton\":14,\"kod\":\"LSS\",\"namn\":\"LSS och funktionsnedsättning\",\"typ\":\"MYNDIGHET\"}")
    record Enhetsrad(String kod, String namn, Enhetstyp typ, boolean aktiv, long aktivaKonton) {}

    /** One row of the change log. */
    @Schema(
            name = "Kontohandelse",
            description = "En ändring av ett konto eller en enhet: när, av vem, genom vilken kanal och varför.")
    record Handelse(
            OffsetDateTime tidpunkt,
            String utfordAv,
            String kanal,
            String handelse,
            String anvandarnamn,
            String enhet,
            String roll,
            String uppgift,
            String orsak) {}

    /** What the list of accounts is narrowed to; null: no narrowing. */
    record Urval(String enhet, Roll roll, Boolean aktiv) {}

    private static final String KONTO = """
            select a.anvandarnamn, a.namn, a.epost, a.tjanstekonto, a.aktiv, a.losenord_hash is not null as lokalt, a.externt_id,
                   (select string_agg(r.enhet_kod || ':' || r.roll, ' ' order by r.enhet_kod, r.roll)
                      from anvandare_roll r where r.anvandarnamn = a.anvandarnamn) as roller
              from anvandare a""";

    private final JdbcClient jdbc;

    List<Konto> konton(Urval urval) {
        StringBuilder sql = new StringBuilder(KONTO).append(" where true");
        List<Object> varden = new ArrayList<>();
        if (urval.aktiv() != null) {
            sql.append(" and a.aktiv = ?");
            varden.add(urval.aktiv());
        }
        if (urval.enhet() != null || urval.roll() != null) {
            sql.append(" and exists (select 1 from anvandare_roll r where r.anvandarnamn = a.anvandarnamn");
            if (urval.enhet() != null) {
                sql.append(" and r.enhet_kod = ?");
                varden.add(urval.enhet());
            }
            if (urval.roll() != null) {
                sql.append(" and r.roll = ?");
                varden.add(urval.roll().name());
            }
            sql.append(')');
        }
        sql.append(" order by a.namn, a.anvandarnamn");
        return jdbc.sql(sql.toString())
                .params(varden)
                .query(Kontoregister::konto)
                .list();
    }

    Optional<Konto> konto(String anvandarnamn) {
        return jdbc.sql(KONTO + " where a.anvandarnamn = :a")
                .param("a", anvandarnamn)
                .query(Kontoregister::konto)
                .optional();
    }

    /**
     * Changes of ADMIN roles and of accounts come one at a time (a transaction-scoped lock), so that two administrators
     * cannot each take the other's last ADMIN role at the same moment.
     */
    void lasAdministration() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('tillit.kontoadministration'))")
                .query()
                .listOfRows();
    }

    /** The active accounts holding ADMIN in some unit. */
    long aktivaAdministratorer() {
        return jdbc.sql("""
                        select count(distinct a.anvandarnamn) from anvandare a join anvandare_roll r on r.anvandarnamn = a.anvandarnamn
                         where a.aktiv and r.roll = 'ADMIN'""").query(Long.class).single();
    }

    boolean finns(String anvandarnamn) {
        return jdbc.sql("select count(*) from anvandare where anvandarnamn = :a")
                        .param("a", anvandarnamn)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void skapa(String anvandarnamn, String namn, String epost, String losenordHash, boolean tjanstekonto, String av) {
        jdbc.sql("""
                        insert into anvandare (anvandarnamn, namn, epost, losenord_hash, tjanstekonto, skapad_av)
                        values (:a, :namn, :epost, :hash, :tjanst, :av)""")
                .param("a", anvandarnamn)
                .param("namn", namn)
                .param("epost", epost)
                .param("hash", losenordHash)
                .param("tjanst", tjanstekonto)
                .param("av", av)
                .update();
    }

    void geRoll(String anvandarnamn, String enhet, Roll roll, String av) {
        jdbc.sql("insert into anvandare_roll (anvandarnamn, enhet_kod, roll, skapad_av) values (:a, :e, :r, :av)")
                .param("a", anvandarnamn)
                .param("e", enhet)
                .param("r", roll.name())
                .param("av", av)
                .update();
        nyVersion(anvandarnamn, av);
    }

    void taRoll(String anvandarnamn, String enhet, Roll roll, String av) {
        jdbc.sql("delete from anvandare_roll where anvandarnamn = :a and enhet_kod = :e and roll = :r")
                .param("a", anvandarnamn)
                .param("e", enhet)
                .param("r", roll.name())
                .update();
        nyVersion(anvandarnamn, av);
    }

    void sattAktiv(String anvandarnamn, boolean aktiv, String av) {
        jdbc.sql("update anvandare set aktiv = :aktiv where anvandarnamn = :a")
                .param("aktiv", aktiv)
                .param("a", anvandarnamn)
                .update();
        nyVersion(anvandarnamn, av);
    }

    /** What the account may do has changed: its live sessions end at their next request. */
    private void nyVersion(String anvandarnamn, String av) {
        jdbc.sql("""
                        update anvandare set behorighetsversion = behorighetsversion + 1, andrad = now(), andrad_av = :av
                         where anvandarnamn = :a""").param("a", anvandarnamn).param("av", av).update();
    }

    List<Enhetsrad> enheter() {
        return jdbc.sql("""
                        select e.kod, e.namn, e.typ, e.aktiv,
                               (select count(distinct r.anvandarnamn) from anvandare_roll r join anvandare a
                                    on a.anvandarnamn = r.anvandarnamn where r.enhet_kod = e.kod and a.aktiv) as konton
                          from enhet e order by e.namn, e.kod""")
                .query((rs, n) -> new Enhetsrad(
                        rs.getString("kod"),
                        rs.getString("namn"),
                        Enhetstyp.valueOf(rs.getString("typ")),
                        rs.getBoolean("aktiv"),
                        rs.getLong("konton")))
                .list();
    }

    Optional<Enhetsrad> enhet(String kod) {
        return enheter().stream().filter(e -> e.kod().equals(kod)).findFirst();
    }

    void skapaEnhet(String kod, String namn, Enhetstyp typ, String av) {
        jdbc.sql("insert into enhet (kod, namn, typ, skapad_av) values (:k, :n, :t, :av)")
                .param("k", kod)
                .param("n", namn)
                .param("t", typ.name())
                .param("av", av)
                .update();
    }

    void bytNamn(String kod, String namn, String av) {
        jdbc.sql("update enhet set namn = :n, andrad = now(), andrad_av = :av where kod = :k")
                .param("k", kod)
                .param("n", namn)
                .param("av", av)
                .update();
    }

    void sattEnhetAktiv(String kod, boolean aktiv, String av) {
        jdbc.sql("update enhet set aktiv = :aktiv, andrad = now(), andrad_av = :av where kod = :k")
                .param("k", kod)
                .param("aktiv", aktiv)
                .param("av", av)
                .update();
    }

    /** Who changed it and when is in the change log ({@code KONTO_EXTERNT_ID}). */
    void sattExterntId(String anvandarnamn, String externtId) {
        jdbc.sql("update anvandare set externt_id = :id where anvandarnamn = :a")
                .param("a", anvandarnamn)
                .param("id", externtId)
                .update();
    }

    /** Whether another account has the identity provider's id (case ignored, as the login matches it). */
    boolean externtIdAnvands(String externtId, String utomAnvandarnamn) {
        return jdbc.sql("select count(*) from anvandare where lower(externt_id) = lower(:id) and anvandarnamn <> :a")
                        .param("id", externtId)
                        .param("a", utomAnvandarnamn)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void logga(
            String av,
            Kanal kanal,
            String handelse,
            String anvandarnamn,
            String enhet,
            Roll roll,
            String uppgift,
            String orsak) {
        jdbc.sql("""
                        insert into behorighetslogg (utford_av, kanal, handelse, anvandarnamn, enhet_kod, roll, uppgift, orsak)
                        values (:av, :kanal, :handelse, :a, :e, :r, :uppgift, :orsak)""")
                .param("av", av)
                .param("kanal", kanal.name())
                .param("handelse", handelse)
                .param("a", anvandarnamn)
                .param("e", enhet)
                .param("r", roll == null ? null : roll.name())
                .param("uppgift", uppgift)
                .param("orsak", orsak)
                .update();
    }

    List<Handelse> historikForKonto(String anvandarnamn) {
        return dar(" where anvandarnamn = :a order by id desc", "a", anvandarnamn)
                .list();
    }

    List<Handelse> historikForEnhet(String kod) {
        return dar(" where enhet_kod = :k order by id desc", "k", kod).list();
    }

    private static final String HISTORIK = """
            select tidpunkt, utford_av, kanal, handelse, anvandarnamn, enhet_kod, roll, uppgift, orsak from behorighetslogg""";

    private static Handelse handelse(ResultSet rs, int n) throws SQLException {
        // shown as the municipality's time
        OffsetDateTime tidpunkt = rs.getObject("tidpunkt", OffsetDateTime.class)
                .atZoneSameInstant(Svensktid.ZON)
                .toOffsetDateTime();
        return new Handelse(
                tidpunkt,
                rs.getString("utford_av"),
                rs.getString("kanal"),
                rs.getString("handelse"),
                rs.getString("anvandarnamn"),
                rs.getString("enhet_kod"),
                rs.getString("roll"),
                rs.getString("uppgift"),
                rs.getString("orsak"));
    }

    private static Konto konto(ResultSet rs, int n) throws SQLException {
        List<Rolltilldelning> roller = new ArrayList<>();
        String text = rs.getString("roller");
        if (text != null) {
            for (String del : text.split(" ")) {
                int kolon = del.lastIndexOf(':');
                roller.add(new Rolltilldelning(del.substring(0, kolon), Roll.valueOf(del.substring(kolon + 1))));
            }
        }
        return new Konto(
                rs.getString("anvandarnamn"),
                rs.getString("namn"),
                rs.getString("epost"),
                rs.getBoolean("tjanstekonto"),
                rs.getBoolean("aktiv"),
                rs.getBoolean("lokalt"),
                rs.getString("externt_id"),
                List.copyOf(roller));
    }

    /** {@link #HISTORIK} with the rest of the query, its one named parameter bound, read by {@code handelse}. */
    private JdbcClient.MappedQuerySpec<Handelse> dar(String resten, String namn, Object varde) {
        return jdbc.sql(HISTORIK + resten).param(namn, varde).query(Kontoregister::handelse);
    }
}
