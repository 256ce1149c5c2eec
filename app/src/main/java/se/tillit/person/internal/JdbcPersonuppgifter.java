package se.tillit.person.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.person.AndradAvAnnan;
import se.tillit.person.PersonensEnheter;
import se.tillit.person.Personregister;
import se.tillit.person.Personuppgifter;
import se.tillit.person.Postadress;
import se.tillit.person.Skyddsniva;
import se.tillit.person.SkyddsnivaAndrad;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The person's address and protection, changed under a lock on the person's row: a double click or two people at
 * once are put in order, and the second finds the change already made (nothing written) or made otherwise by the
 * first (nothing written, {@link AndradAvAnnan}).
 */
@Service
@RequiredArgsConstructor
class JdbcPersonuppgifter implements Personuppgifter {

    /** A reason may have line breaks; other control and format characters are refused. */
    private static final Pattern OSYNLIGA_I_SKAL = Pattern.compile("[\\p{C}&&[^\\n\\r\\t]]");

    static final int MAX_SKAL = 1000;

    private final JdbcClient jdbc;
    private final Personregister personer;
    private final PersonensEnheter personensEnheter;
    private final AktuellAnvandare aktuellAnvandare;
    private final Atkomstlogg atkomstlogg;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    public Behorighet behorighet(UUID personId) {
        Optional<InloggadAnvandare> inloggad = aktuellAnvandare.hamta();
        Optional<Skyddsniva> niva = personer.hitta(personId).map(p -> p.skyddsniva());
        if (inloggad.isEmpty() || niva.isEmpty()) {
            return new Behorighet(false, false, false, false);
        }
        InloggadAnvandare anvandare = inloggad.get();
        Set<String> enheter = personensEnheter.enheter(personId);
        boolean lasa = enheter.stream().anyMatch(aktuellAnvandare::kanLasaEnhet);
        boolean seSkyddade = anvandare.farSeSkyddadeUppgifter();
        return new Behorighet(
                lasa,
                lasa
                        && harRoll(anvandare, enheter, Roll.HANDLAGGARE)
                        && (!niva.get().arSkyddad() || seSkyddade),
                lasa && harRoll(anvandare, enheter, Roll.HANDLAGGARE, Roll.CHEF),
                seSkyddade);
    }

    @Override
    @Transactional
    public Utfall andraAdress(UUID personId, Adressforslag forslag) {
        InloggadAnvandare anvandare = krav(personId, Roll.HANDLAGGARE);
        Skyddsniva niva = lasPerson(personId);
        if (niva.arSkyddad() && !anvandare.farSeSkyddadeUppgifter()) {
            throw new AccessDeniedException("person.fel.enSkyddadPersonsAdressAndrasBaraAv");
        }
        Postadress ny = Postadress.tolka(forslag.co(), forslag.gatuadress(), forslag.postnummer(), forslag.postort());
        Optional<Postadress> nu = personer.adress(personId);
        if (nu.isPresent() && nu.get().equals(ny)) {
            return Utfall.REDAN_SPARAD;
        }
        List<Adressandring> historik = adresshistorik(personId);
        if (forslag.version() != null && forslag.version() != historik.size()) {
            if (forslag.version() >= 0 && forslag.version() < historik.size()) {
                Adressandring senaste = historik.get(historik.size() - 1);
                throw new AndradAvAnnan(senaste.andradAv(), senaste.tidpunkt());
            }
            throw new Valideringsfel("version", "person.fel.version");
        }
        OffsetDateTime nar = OffsetDateTime.now(clock);
        jdbc.sql("""
                        insert into person_adress (person_id, co, gatuadress, postnummer, postort, andrad, andrad_av)
                        values (:person, :co, :gata, :nummer, :ort, :nar, :av)
                        on conflict (person_id) do update set co = excluded.co, gatuadress = excluded.gatuadress,
                            postnummer = excluded.postnummer, postort = excluded.postort, andrad = excluded.andrad,
                            andrad_av = excluded.andrad_av""")
                .param("person", personId)
                .param("co", ny.co())
                .param("gata", ny.gatuadress())
                .param("nummer", ny.postnummer())
                .param("ort", ny.postort())
                .param("nar", nar)
                .param("av", anvandare.anvandarnamn())
                .update();
        historikrad(personId, nar, anvandare.anvandarnamn(), nu.orElse(null), ny);
        atkomstlogg.logga(Atkomstlogg.Handling.SKRIV, null, personId, "Personens postadress ändrad");
        return Utfall.SPARAD;
    }

    @Override
    @Transactional
    public Utfall andraSkydd(UUID personId, Skyddsforslag forslag) {
        InloggadAnvandare anvandare = krav(personId, Roll.HANDLAGGARE, Roll.CHEF);
        Skyddsniva fran = lasPerson(personId);
        List<Valideringsfel.Faltfel> fel = new ArrayList<>();
        Skyddsniva till = Arrays.stream(Skyddsniva.values())
                .filter(n -> n.name().equals(forslag.skyddsniva()))
                .findFirst()
                .orElse(null);
        if (till == null) {
            fel.add(new Valideringsfel.Faltfel("skyddsniva", "person.skydd.fel.niva"));
        }
        String skal = forslag.skal() == null ? "" : forslag.skal().strip();
        if (skal.isEmpty()
                || skal.length() > MAX_SKAL
                || OSYNLIGA_I_SKAL.matcher(skal).find()) {
            fel.add(new Valideringsfel.Faltfel("skal", "person.skydd.fel.skal"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        if (till == fran) {
            return Utfall.REDAN_SPARAD;
        }
        List<Skyddsandring> historik = skyddshistorik(personId);
        if (forslag.version() != null && forslag.version() != historik.size()) {
            if (forslag.version() >= 0 && forslag.version() < historik.size()) {
                Skyddsandring senaste = historik.get(historik.size() - 1);
                throw new AndradAvAnnan(senaste.andradAv(), senaste.tidpunkt());
            }
            throw new Valideringsfel("version", "person.fel.version");
        }
        OffsetDateTime nar = OffsetDateTime.now(clock);
        jdbc.sql("update person set skyddsniva = :till, andrad = :nar, andrad_av = :av where id = :person")
                .param("till", till.name())
                .param("nar", nar)
                .param("av", anvandare.anvandarnamn())
                .param("person", personId)
                .update();
        jdbc.sql("""
                        insert into person_skyddsandring (person_id, tidpunkt, andrad_av, fran, till, skal)
                        values (:person, :nar, :av, :fran, :till, :skal)""")
                .param("person", personId)
                .param("nar", nar)
                .param("av", anvandare.anvandarnamn())
                .param("fran", fran.name())
                .param("till", till.name())
                .param("skal", skal)
                .update();
        events.publishEvent(new SkyddsnivaAndrad(personId, fran, till));
        atkomstlogg.logga(Atkomstlogg.Handling.SKRIV, null, personId, "Personens skydd ändrat");
        return Utfall.SPARAD;
    }

    @Override
    public List<Adressandring> adresshistorik(UUID personId) {
        return jdbc.sql("""
                        select tidpunkt, andrad_av, fran_co, fran_gatuadress, fran_postnummer, fran_postort,
                               till_co, till_gatuadress, till_postnummer, till_postort
                          from person_adressandring where person_id = :person order by id""")
                .param("person", personId)
                .query((rs, n) -> new Adressandring(
                        rs.getObject("tidpunkt", OffsetDateTime.class),
                        rs.getString("andrad_av"),
                        rs.getString("fran_gatuadress") == null ? null : adress(rs, "fran_"),
                        adress(rs, "till_")))
                .list();
    }

    @Override
    public List<Skyddsandring> skyddshistorik(UUID personId) {
        return jdbc.sql("""
                        select tidpunkt, andrad_av, fran, till, skal from person_skyddsandring
                         where person_id = :person order by id""")
                .param("person", personId)
                .query((rs, n) -> new Skyddsandring(
                        rs.getObject("tidpunkt", OffsetDateTime.class),
                        rs.getString("andrad_av"),
                        Skyddsniva.valueOf(rs.getString("fran")),
                        Skyddsniva.valueOf(rs.getString("till")),
                        rs.getString("skal")))
                .list();
    }

    /** The demo's synthetic address, once: a person that has one keeps it. */
    @Transactional
    void demoadress(UUID personId, Postadress adress, String av) {
        OffsetDateTime nar = OffsetDateTime.now(clock);
        int ny = jdbc.sql("""
                        insert into person_adress (person_id, co, gatuadress, postnummer, postort, andrad, andrad_av)
                        values (:person, :co, :gata, :nummer, :ort, :nar, :av) on conflict (person_id) do nothing""")
                .param("person", personId)
                .param("co", adress.co())
                .param("gata", adress.gatuadress())
                .param("nummer", adress.postnummer())
                .param("ort", adress.postort())
                .param("nar", nar)
                .param("av", av)
                .update();
        if (ny == 1) {
            historikrad(personId, nar, av, null, adress);
        }
    }

    private void historikrad(UUID personId, OffsetDateTime nar, String av, Postadress fran, Postadress till) {
        jdbc.sql("""
                        insert into person_adressandring (person_id, tidpunkt, andrad_av, fran_co, fran_gatuadress,
                                                          fran_postnummer, fran_postort, till_co, till_gatuadress,
                                                          till_postnummer, till_postort)
                        values (:person, :nar, :av, :franCo, :franGata, :franNummer, :franOrt, :tillCo, :tillGata,
                                :tillNummer, :tillOrt)""")
                .param("person", personId)
                .param("nar", nar)
                .param("av", av)
                .param("franCo", fran == null ? null : fran.co())
                .param("franGata", fran == null ? null : fran.gatuadress())
                .param("franNummer", fran == null ? null : fran.postnummer())
                .param("franOrt", fran == null ? null : fran.postort())
                .param("tillCo", till.co())
                .param("tillGata", till.gatuadress())
                .param("tillNummer", till.postnummer())
                .param("tillOrt", till.postort())
                .update();
    }

    /** The person must be in a unit the user may read (else: does not exist), and the user hold one of the roles there. */
    private InloggadAnvandare krav(UUID personId, Roll... roller) {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("fel.inteInloggad"));
        Set<String> enheter = personensEnheter.enheter(personId);
        if (enheter.stream().noneMatch(aktuellAnvandare::kanLasaEnhet)) {
            throw new HittadesInte("fel.personenFinnsInte");
        }
        if (!harRoll(anvandare, enheter, roller)) {
            throw new AccessDeniedException(
                    Texter.text("person.fel.kraverRollenIEnEnhetDarPersonen", Arrays.toString(roller)));
        }
        return anvandare;
    }

    private static boolean harRoll(InloggadAnvandare anvandare, Set<String> enheter, Roll... roller) {
        return enheter.stream()
                .anyMatch(enhet -> Arrays.stream(roller).anyMatch(roll -> anvandare.harRollIEnhet(enhet, roll)));
    }

    /** The person's protection level, with the person's row locked until the transaction ends. */
    private Skyddsniva lasPerson(UUID personId) {
        return jdbc.sql("select skyddsniva from person where id = :person for update")
                .param("person", personId)
                .query(String.class)
                .optional()
                .map(Skyddsniva::valueOf)
                .orElseThrow(() -> new HittadesInte("fel.personenFinnsInte"));
    }

    private static Postadress adress(ResultSet rs, String prefix) throws SQLException {
        return new Postadress(
                rs.getString(prefix + "co"),
                rs.getString(prefix + "gatuadress"),
                rs.getString(prefix + "postnummer"),
                rs.getString(prefix + "postort"));
    }
}
