package se.tillit.sip.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.sip.Huvudman;
import se.tillit.sip.Kallelse;
import se.tillit.sip.Mote;
import se.tillit.sip.Motesplats;
import se.tillit.sip.Onskan;
import se.tillit.sip.Plan;
import se.tillit.sip.Planuppfoljning;
import se.tillit.sip.RegionensDel;
import se.tillit.sip.Samtycke;
import se.tillit.sip.Samtyckesgivare;
import se.tillit.sip.Sip;
import se.tillit.sip.Sipakt;
import se.tillit.sip.Sipavslut;
import se.tillit.sip.Sipsteg;
import se.tillit.sip.Uppfoljningsresultat;

/** The SIP tables (V16). Rows are added; a SIP's step, wish and closing are the only values that change. */
@Repository
@RequiredArgsConstructor
class SipRepository {

    private final JdbcClient jdbc;

    record NyRad(
            UUID personId,
            String enhet,
            UUID arendeId,
            Huvudman initiativ,
            LocalDate begard,
            String begardAv,
            String regionEnhet,
            String regionKontakt,
            Onskan onskan,
            LocalDate onskanDatum) {}

    UUID skapa(NyRad rad) {
        return jdbc.sql("""
                        insert into sip (person_id, enhet_kod, arende_id, initiativ, begard, begard_av, region_enhet,
                                         region_kontakt, onskan, onskan_datum, onskan_av, steg, skapad_av)
                        values (:person, :enhet, :arende, :initiativ, :begard, :av, :regionEnhet, :regionKontakt,
                                :onskan, :onskanDatum, :onskanAv, 'SAMTYCKE', :av)
                        returning id""")
                .param("person", rad.personId())
                .param("enhet", rad.enhet())
                .param("arende", rad.arendeId())
                .param("initiativ", rad.initiativ().name())
                .param("begard", rad.begard())
                .param("av", rad.begardAv())
                .param("regionEnhet", rad.regionEnhet())
                .param("regionKontakt", rad.regionKontakt())
                .param("onskan", rad.onskan().name())
                .param("onskanDatum", rad.onskanDatum())
                .param("onskanAv", rad.onskan() == Onskan.EJ_TILLFRAGAD ? null : rad.begardAv())
                .query(UUID.class)
                .single();
    }

    Optional<Sip> hitta(UUID id) {
        return dar(" where id = :id", "id", id).optional();
    }

    /** Locks the SIP's row for the rest of the transaction, so two steps on one SIP never interleave. */
    Optional<Sip> hittaForUppdatering(UUID id) {
        return dar(" where id = :id for update", "id", id).optional();
    }

    List<Sip> forPerson(UUID personId) {
        return dar(" where person_id = :person order by begard desc, skapad desc", "person", personId)
                .list();
    }

    void sattSteg(UUID id, Sipsteg steg) {
        jdbc.sql("update sip set steg = :steg where id = :id and steg <> 'AVSLUTAD'")
                .param("steg", steg.name())
                .param("id", id)
                .update();
    }

    void sattOnskan(UUID id, Onskan onskan, LocalDate datum, String av) {
        jdbc.sql("update sip set onskan = :onskan, onskan_datum = :datum, onskan_av = :av where id = :id")
                .param("onskan", onskan.name())
                .param("datum", datum)
                .param("av", av)
                .param("id", id)
                .update();
    }

    void avsluta(UUID id, Sipavslut orsak, LocalDate dag, String av) {
        jdbc.sql("""
                        update sip set steg = 'AVSLUTAD', avslutad = :dag, avslutsorsak = :orsak, avslutad_av = :av
                         where id = :id and steg <> 'AVSLUTAD'""")
                .param("dag", dag)
                .param("orsak", orsak.name())
                .param("av", av)
                .param("id", id)
                .update();
    }

    void sparaSamtycke(UUID sipId, NyttSamtycke samtycke, String av) {
        jdbc.sql("""
                        insert into sip_samtycke (sip_id, omfattning, givet, lamnat_av, registrerat_av)
                        values (:sip, :omfattning, :givet, :lamnatAv, :av)""")
                .param("sip", sipId)
                .param("omfattning", samtycke.omfattning().strip())
                .param("givet", samtycke.givet())
                .param("lamnatAv", samtycke.lamnatAv().name())
                .param("av", av)
                .update();
    }

    void aterkalla(UUID sipId, LocalDate datum, String av) {
        jdbc.sql(
                        "update sip_samtycke set aterkallat = :datum, aterkallat_av = :av where sip_id = :sip and aterkallat is null")
                .param("datum", datum)
                .param("av", av)
                .param("sip", sipId)
                .update();
    }

    Optional<Samtycke> samtycke(UUID sipId) {
        return jdbc.sql("""
                        select omfattning, givet, lamnat_av, registrerat_av, aterkallat, aterkallat_av
                          from sip_samtycke where sip_id = :sip""")
                .param("sip", sipId)
                .query((rs, n) -> new Samtycke(
                        rs.getString("omfattning"),
                        datum(rs, "givet"),
                        Samtyckesgivare.valueOf(rs.getString("lamnat_av")),
                        rs.getString("registrerat_av"),
                        datum(rs, "aterkallat"),
                        rs.getString("aterkallat_av")))
                .optional();
    }

    void sparaKallelse(UUID sipId, NyKallelse kallelse, String av) {
        jdbc.sql("""
                        insert into sip_kallelse (sip_id, skickad, motesdatum, plats, kallad_av, registrerad_av)
                        values (:sip, :skickad, :motesdatum, :plats, :kalladAv, :av)""")
                .param("sip", sipId)
                .param("skickad", kallelse.skickad())
                .param("motesdatum", kallelse.motesdatum())
                .param("plats", kallelse.plats().name())
                .param("kalladAv", kallelse.kalladAv().name())
                .param("av", av)
                .update();
    }

    Optional<Kallelse> kallelse(UUID sipId) {
        return jdbc.sql(
                        "select skickad, motesdatum, plats, kallad_av, registrerad_av from sip_kallelse where sip_id = :sip")
                .param("sip", sipId)
                .query((rs, n) -> new Kallelse(
                        datum(rs, "skickad"),
                        datum(rs, "motesdatum"),
                        Motesplats.valueOf(rs.getString("plats")),
                        Huvudman.valueOf(rs.getString("kallad_av")),
                        rs.getString("registrerad_av")))
                .optional();
    }

    UUID sparaMote(UUID sipId, NyttMote mote, String av) {
        return jdbc.sql("""
                        insert into sip_mote (sip_id, datum, deltagare, anteckning, fler_moten, registrerat_av)
                        values (:sip, :datum, :deltagare, :anteckning, :fler, :av) returning id""")
                .param("sip", sipId)
                .param("datum", mote.datum())
                .param("deltagare", mote.deltagare().strip())
                .param("anteckning", mote.anteckning().strip())
                .param("fler", mote.flerMoten())
                .param("av", av)
                .query(UUID.class)
                .single();
    }

    List<Mote> moten(UUID sipId) {
        return jdbc.sql("""
                        select id, datum, deltagare, anteckning, fler_moten, registrerat_av, region_narvarande, region_deltagare
                          from sip_mote where sip_id = :sip order by datum, skapad""")
                .param("sip", sipId)
                .query((rs, n) -> new Mote(
                        rs.getObject("id", UUID.class),
                        datum(rs, "datum"),
                        rs.getString("deltagare"),
                        rs.getString("anteckning"),
                        rs.getBoolean("fler_moten"),
                        rs.getString("registrerat_av"),
                        (Boolean) rs.getObject("region_narvarande"),
                        rs.getString("region_deltagare")))
                .list();
    }

    /** @return false when the meeting is not one of the SIP's */
    boolean sparaRegionensNarvaro(UUID sipId, UUID moteId, boolean narvarande, String deltagare, OffsetDateTime nu) {
        return jdbc.sql("""
                        update sip_mote set region_narvarande = :narvarande, region_deltagare = :deltagare, region_rapporterat = :nu
                         where id = :mote and sip_id = :sip""")
                        .param("narvarande", narvarande)
                        .param("deltagare", deltagare)
                        .param("nu", nu)
                        .param("mote", moteId)
                        .param("sip", sipId)
                        .update()
                == 1;
    }

    void sparaRegionensDel(UUID sipId, String insatser, String av, OffsetDateTime nu) {
        jdbc.sql(
                        "insert into sip_region_del (sip_id, insatser, rapporterad_av, rapporterad) values (:sip, :insatser, :av, :nu)")
                .param("sip", sipId)
                .param("insatser", insatser.strip())
                .param("av", av)
                .param("nu", nu)
                .update();
    }

    Optional<RegionensDel> regionensDel(UUID sipId) {
        return jdbc.sql("""
                        select insatser, rapporterad_av, rapporterad from sip_region_del where sip_id = :sip
                         order by rapporterad desc limit 1""")
                .param("sip", sipId)
                .query((rs, n) -> new RegionensDel(
                        rs.getString("insatser"),
                        rs.getString("rapporterad_av"),
                        rs.getObject("rapporterad", OffsetDateTime.class)))
                .optional();
    }

    void sparaPlan(UUID sipId, NyPlan plan, String av) {
        jdbc.sql("""
                        insert into sip_plan (sip_id, version, kommunens_insatser, regionens_insatser, andras_insatser,
                                              huvudansvar, uppfoljning, upprattad, upprattad_av)
                        values (:sip, (select coalesce(max(version), 0) + 1 from sip_plan where sip_id = :sip),
                                :kommunens, :regionens, :andras, :huvudansvar, :uppfoljning, :upprattad, :av)""")
                .param("sip", sipId)
                .param("kommunens", plan.kommunensInsatser().strip())
                .param("regionens", plan.regionensInsatser().strip())
                .param(
                        "andras",
                        plan.andrasInsatser() == null || plan.andrasInsatser().isBlank()
                                ? null
                                : plan.andrasInsatser().strip())
                .param("huvudansvar", plan.huvudansvar().name())
                .param("uppfoljning", plan.uppfoljning())
                .param("upprattad", plan.upprattad())
                .param("av", av)
                .update();
    }

    List<Plan> planer(UUID sipId) {
        return jdbc.sql("""
                        select version, kommunens_insatser, regionens_insatser, andras_insatser, huvudansvar, uppfoljning,
                               upprattad, upprattad_av
                          from sip_plan where sip_id = :sip order by version""")
                .param("sip", sipId)
                .query((rs, n) -> new Plan(
                        rs.getInt("version"),
                        rs.getString("kommunens_insatser"),
                        rs.getString("regionens_insatser"),
                        rs.getString("andras_insatser"),
                        Huvudman.valueOf(rs.getString("huvudansvar")),
                        datum(rs, "uppfoljning"),
                        datum(rs, "upprattad"),
                        rs.getString("upprattad_av")))
                .list();
    }

    void sparaUppfoljning(UUID sipId, NyUppfoljning uppfoljning, String av) {
        jdbc.sql("""
                        insert into sip_uppfoljning (sip_id, plan_id, genomford, resultat, anteckning, registrerad_av)
                        values (:sip, (select id from sip_plan where sip_id = :sip order by version desc limit 1),
                                :genomford, :resultat, :anteckning, :av)""")
                .param("sip", sipId)
                .param("genomford", uppfoljning.genomford())
                .param("resultat", uppfoljning.resultat().name())
                .param("anteckning", uppfoljning.anteckning().strip())
                .param("av", av)
                .update();
    }

    List<Planuppfoljning> uppfoljningar(UUID sipId) {
        return jdbc.sql("""
                        select p.version, u.genomford, u.resultat, u.anteckning, u.registrerad_av
                          from sip_uppfoljning u join sip_plan p on p.id = u.plan_id
                         where u.sip_id = :sip order by u.genomford, u.skapad""")
                .param("sip", sipId)
                .query((rs, n) -> new Planuppfoljning(
                        rs.getInt("version"),
                        datum(rs, "genomford"),
                        Uppfoljningsresultat.valueOf(rs.getString("resultat")),
                        rs.getString("anteckning"),
                        rs.getString("registrerad_av")))
                .list();
    }

    Sipakt akt(Sip sip) {
        UUID id = sip.id();
        return new Sipakt(
                sip,
                samtycke(id).orElse(null),
                kallelse(id).orElse(null),
                moten(id),
                regionensDel(id).orElse(null),
                planer(id),
                uppfoljningar(id));
    }

    void sparaRegionalInsats(
            UUID personId, String regionEnhet, LocalDate fran, LocalDate till, String kalla, UUID sipId, String av) {
        jdbc.sql("""
                        insert into regional_insats (person_id, region_enhet, fran, till, kalla, sip_id, rapporterad_av)
                        values (:person, :regionEnhet, :fran, :till, :kalla, :sip, :av)""")
                .param("person", personId)
                .param("regionEnhet", regionEnhet.strip())
                .param("fran", fran)
                .param("till", till)
                .param("kalla", kalla)
                .param("sip", sipId)
                .param("av", av)
                .update();
    }

    /**
     * Of the persons, those with insatser from the region on the date, as the region reported them (G11). The persons
     * go as one array parameter: a list of bind parameters stops at 65 535, which a city's R20 denominator passes (the
     * load test's 96 000 persons with a municipal insats made Försenat answer 500).
     */
    Set<UUID> medRegionalaInsatser(Collection<UUID> personer, LocalDate datum) {
        if (personer.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct person_id from regional_insats
                         where person_id = any(:personer) and fran <= :datum and (till is null or till >= :datum)""")
                .param("personer", personer.toArray(UUID[]::new))
                .param("datum", datum)
                .query(UUID.class)
                .list());
    }

    /** Every person with insatser from the region on the date, as the region reported them (G11). */
    Set<UUID> medRegionalaInsatser(LocalDate datum) {
        return Set.copyOf(jdbc.sql("""
                        select distinct person_id from regional_insats where fran <= :datum and (till is null or till >= :datum)""").param("datum", datum).query(UUID.class).list());
    }

    /** Of the persons, those with a SIP whose first plan was drawn up on or before the date and not closed by then. */
    Set<UUID> medSip(Collection<UUID> personer, LocalDate datum) {
        if (personer.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct s.person_id from sip s
                         where s.person_id = any(:personer) and (s.avslutad is null or s.avslutad > :datum)
                           and exists (select 1 from sip_plan p where p.sip_id = s.id and p.upprattad <= :datum)""")
                .param("personer", personer.toArray(UUID[]::new))
                .param("datum", datum)
                .query(UUID.class)
                .list());
    }

    private static final String SELECT = """
            select id, person_id, enhet_kod, arende_id, initiativ, begard, begard_av, region_enhet, region_kontakt, onskan,
                   onskan_datum, steg, avslutad, avslutsorsak
              from sip""";

    private static Sip sip(ResultSet rs, int rowNum) throws SQLException {
        String orsak = rs.getString("avslutsorsak");
        return new Sip(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("enhet_kod"),
                rs.getObject("arende_id", UUID.class),
                Huvudman.valueOf(rs.getString("initiativ")),
                datum(rs, "begard"),
                rs.getString("begard_av"),
                rs.getString("region_enhet"),
                rs.getString("region_kontakt"),
                Onskan.valueOf(rs.getString("onskan")),
                datum(rs, "onskan_datum"),
                Sipsteg.valueOf(rs.getString("steg")),
                datum(rs, "avslutad"),
                orsak == null ? null : Sipavslut.valueOf(orsak));
    }

    private static LocalDate datum(ResultSet rs, String kolumn) throws SQLException {
        return rs.getObject(kolumn, LocalDate.class);
    }

    /** {@link #SELECT} with the rest of the query, its one named parameter bound, read by {@code sip}. */
    private JdbcClient.MappedQuerySpec<Sip> dar(String resten, String namn, Object varde) {
        return jdbc.sql(SELECT + resten).param(namn, varde).query(SipRepository::sip);
    }
}
