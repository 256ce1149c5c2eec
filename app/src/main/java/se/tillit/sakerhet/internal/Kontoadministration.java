package se.tillit.sakerhet.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.EnhetensArendetyper;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Losenordspolicy;
import se.tillit.sakerhet.OppnaArendenIEnhet;
import se.tillit.sakerhet.Roll;
import se.tillit.sakerhet.internal.Kontoregister.Enhetsrad;
import se.tillit.sakerhet.internal.Kontoregister.Konto;
import se.tillit.sakerhet.internal.Kontoregister.Rolltilldelning;

/**
 * Account and unit administration, for ADMIN on the pages and the API, and for the user provisioning's service account
 * (PROVISIONERING) on the API: create an account, give and take a role in a unit, deactivate and reactivate (never
 * delete); create a unit, rename it, set its case types, deactivate it when it has no open case. Every change needs a
 * reason and is a row of the append-only change log with who, when, what and why. A change of what an account may do raises its version,
 * which ends its live sessions at their next request ({@link KontotsGiltighet}).
 *
 * <p>The errors are message keys (messages*.properties): the pages show them beside their fields, the API in Swedish.
 */
@Service
@RequiredArgsConstructor
class Kontoadministration {

    private static final Pattern ANVANDARNAMN = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,99}$");
    private static final Pattern ENHETSKOD = Pattern.compile("^[A-Z0-9_-]{2,32}$");
    private static final Pattern EPOST = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_NAMN = 200;
    private static final int MAX_EPOST = 254;
    private static final int MAX_ORSAK = 1000;
    /** What the column {@code anvandare.externt_id} holds (V38). */
    private static final int MAX_EXTERNT_ID = 200;
    /** In the change log, a unit without case types: it takes every type (no case type has this code). */
    private static final String ALLA_ARENDETYPER = "ALLA";

    /**
     * A new account: roles may be given at once, each logged with the account's reason. {@code externtId}: the
     * identity provider's id of the person, optional.
     */
    record NyttKonto(
            String anvandarnamn,
            String namn,
            String epost,
            String losenord,
            boolean tjanstekonto,
            String externtId,
            List<Rolltilldelning> roller,
            String orsak) {}

    private final Kontoregister register;
    private final AktuellAnvandare aktuellAnvandare;
    private final PasswordEncoder passwordEncoder;
    private final Kontoversioner kontoversioner;
    private final JdbcEnhetsregister enhetsregister;
    private final List<OppnaArendenIEnhet> oppnaArenden;
    private final Inloggningssparr sparr;
    private final EnhetensArendetyper arendetyper;

    // --- reading

    @Transactional(readOnly = true)
    List<Konto> konton(Kontoregister.Urval urval, Kanal kanal) {
        administrator(kanal);
        return register.konton(urval);
    }

    @Transactional(readOnly = true)
    Konto konto(String anvandarnamn, Kanal kanal) {
        administrator(kanal);
        return register.konto(anvandarnamn).orElseThrow(() -> new HittadesInte("konto.fel.kontoFinnsInte"));
    }

    /** When the account's lockout after repeated failed logins ends, if it is locked now. */
    @Transactional(readOnly = true)
    java.util.Optional<java.time.Instant> sparratTill(String anvandarnamn, Kanal kanal) {
        administrator(kanal);
        return sparr.sparratTill(anvandarnamn);
    }

    @Transactional(readOnly = true)
    List<Kontoregister.Handelse> historik(String anvandarnamn, Kanal kanal) {
        administrator(kanal);
        return register.historikForKonto(anvandarnamn);
    }

    @Transactional(readOnly = true)
    List<Enhetsrad> enheter(Kanal kanal) {
        administrator(kanal);
        return register.enheter();
    }

    @Transactional(readOnly = true)
    Enhetsrad enhet(String kod, Kanal kanal) {
        administrator(kanal);
        return register.enhet(kod).orElseThrow(() -> new HittadesInte("konto.fel.enhetFinnsInte"));
    }

    @Transactional(readOnly = true)
    List<Kontoregister.Handelse> enhetshistorik(String kod, Kanal kanal) {
        administrator(kanal);
        return register.historikForEnhet(kod);
    }

    /** The unit's case types by code, in the case types' order; empty: the unit takes every type. */
    @Transactional(readOnly = true)
    List<String> arendetyper(String kod, Kanal kanal) {
        administrator(kanal);
        return arendetyper.enhetens(kod);
    }

    /** Every case type's code, for the unit page's choice. */
    List<String> allaArendetyper() {
        return arendetyper.alla();
    }

    // --- accounts

    @Transactional
    Konto skapa(NyttKonto nytt, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        String anvandarnamn =
                nytt.anvandarnamn() == null ? "" : nytt.anvandarnamn().strip().toLowerCase(Locale.ROOT);
        String namn = text(nytt.namn());
        String epost = text(nytt.epost());
        String losenord = nytt.losenord() == null || nytt.losenord().isEmpty() ? null : nytt.losenord();
        String orsak = text(nytt.orsak());
        String externtId = text(nytt.externtId());
        List<Rolltilldelning> roller = nytt.roller() == null ? List.of() : nytt.roller();
        if (nytt.tjanstekonto() && provisionering(av)) {
            throw new AccessDeniedException("konto.fel.provisioneringFarInte");
        }
        register.lasAdministration();
        List<Faltfel> fel = new ArrayList<>();
        if (!ANVANDARNAMN.matcher(anvandarnamn).matches()) {
            fel.add(new Faltfel("anvandarnamn", "konto.fel.anvandarnamn"));
        } else if (register.finns(anvandarnamn)) {
            fel.add(new Faltfel("anvandarnamn", "konto.fel.anvandarnamnFinns"));
        }
        if (namn == null || namn.length() > MAX_NAMN) {
            fel.add(new Faltfel("namn", "konto.fel.namn"));
        }
        if (epost != null
                && (epost.length() > MAX_EPOST || !EPOST.matcher(epost).matches())) {
            fel.add(new Faltfel("epost", "konto.fel.epost"));
        }
        if (losenord == null && nytt.tjanstekonto()) {
            fel.add(new Faltfel("losenord", "konto.fel.tjanstekontoLosenord"));
        } else if (losenord != null) {
            Losenordspolicy.brister(anvandarnamn, losenord).stream()
                    .findFirst()
                    .ifPresent(brist -> fel.add(new Faltfel("losenord", brist)));
        }
        if (externtId != null) {
            externtIdetsFel(externtId, nytt.tjanstekonto(), anvandarnamn).ifPresent(fel::add);
        }
        for (Rolltilldelning roll : roller) {
            rollensFel(roll.enhet(), roll.roll(), nytt.tjanstekonto(), av).ifPresent(fel::add);
        }
        orsakensFel(orsak).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        register.skapa(
                anvandarnamn,
                namn,
                epost,
                losenord == null ? null : passwordEncoder.encode(losenord),
                nytt.tjanstekonto(),
                av.anvandarnamn());
        register.logga(
                av.anvandarnamn(),
                kanal,
                "KONTO_SKAPAT",
                anvandarnamn,
                null,
                null,
                losenord == null ? "IDP" : nytt.tjanstekonto() ? "TJANSTEKONTO" : "LOKALT",
                orsak);
        if (externtId != null) {
            register.sattExterntId(anvandarnamn, externtId);
            register.logga(
                    av.anvandarnamn(),
                    kanal,
                    "KONTO_EXTERNT_ID",
                    anvandarnamn,
                    null,
                    null,
                    kortad("– → " + externtId),
                    orsak);
        }
        for (Rolltilldelning roll : roller.stream().distinct().toList()) {
            register.geRoll(anvandarnamn, roll.enhet(), roll.roll(), av.anvandarnamn());
            register.logga(
                    av.anvandarnamn(), kanal, "ROLL_GIVEN", anvandarnamn, roll.enhet(), roll.roll(), null, orsak);
        }
        return register.konto(anvandarnamn).orElseThrow();
    }

    @Transactional
    Konto geRoll(String anvandarnamn, String enhet, Roll roll, String orsak, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        register.lasAdministration();
        Konto konto = andringsbart(anvandarnamn, av);
        List<Faltfel> fel = new ArrayList<>();
        rollensFel(enhet, roll, konto.tjanstekonto(), av).ifPresent(fel::add);
        if (fel.isEmpty() && konto.harRollIEnhet(enhet, roll)) {
            fel.add(new Faltfel("roll", "konto.fel.harRollen"));
        }
        orsakensFel(text(orsak)).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        register.geRoll(konto.anvandarnamn(), enhet, roll, av.anvandarnamn());
        register.logga(av.anvandarnamn(), kanal, "ROLL_GIVEN", konto.anvandarnamn(), enhet, roll, null, text(orsak));
        kontoversioner.glom(konto.anvandarnamn());
        return register.konto(konto.anvandarnamn()).orElseThrow();
    }

    @Transactional
    Konto taRoll(String anvandarnamn, String enhet, Roll roll, String orsak, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        register.lasAdministration();
        Konto konto = andringsbart(anvandarnamn, av);
        List<Faltfel> fel = new ArrayList<>();
        if (roll == null || enhet == null || !konto.harRollIEnhet(enhet, roll)) {
            fel.add(new Faltfel("roll", "konto.fel.harInteRollen"));
        } else if (roll == Roll.ADMIN
                && konto.roller().stream().filter(r -> r.roll() == Roll.ADMIN).count() == 1) {
            if (konto.anvandarnamn().equals(av.anvandarnamn())) {
                fel.add(new Faltfel("roll", "konto.fel.egenSistaAdmin"));
            } else if (konto.aktiv() && register.aktivaAdministratorer() <= 1) {
                fel.add(new Faltfel("roll", "konto.fel.sistaAdmin"));
            }
        }
        orsakensFel(text(orsak)).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        register.taRoll(konto.anvandarnamn(), enhet, roll, av.anvandarnamn());
        register.logga(av.anvandarnamn(), kanal, "ROLL_TAGEN", konto.anvandarnamn(), enhet, roll, null, text(orsak));
        kontoversioner.glom(konto.anvandarnamn());
        return register.konto(konto.anvandarnamn()).orElseThrow();
    }

    @Transactional
    Konto inaktivera(String anvandarnamn, String orsak, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        register.lasAdministration();
        Konto konto = andringsbart(anvandarnamn, av);
        List<Faltfel> fel = new ArrayList<>();
        if (!konto.aktiv()) {
            fel.add(new Faltfel("aktiv", "konto.fel.redanInaktivt"));
        } else if (konto.anvandarnamn().equals(av.anvandarnamn())) {
            fel.add(new Faltfel("aktiv", "konto.fel.egetKonto"));
        } else if (konto.harRoll(Roll.ADMIN) && register.aktivaAdministratorer() <= 1) {
            fel.add(new Faltfel("aktiv", "konto.fel.sistaAdmin"));
        }
        orsakensFel(text(orsak)).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        register.sattAktiv(konto.anvandarnamn(), false, av.anvandarnamn());
        register.logga(
                av.anvandarnamn(), kanal, "KONTO_INAKTIVERAT", konto.anvandarnamn(), null, null, null, text(orsak));
        kontoversioner.glom(konto.anvandarnamn());
        return register.konto(konto.anvandarnamn()).orElseThrow();
    }

    /**
     * Lifts a lockout after repeated failed logins before its time, when the person has called and been recognised
     * (issue 16). The login log gets an {@code UPPLAST} row, the change log the reason.
     */
    @Transactional
    Konto lasUpp(String anvandarnamn, String orsak, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        register.lasAdministration();
        Konto konto = andringsbart(anvandarnamn, av);
        List<Faltfel> fel = new ArrayList<>();
        if (sparr.sparratTill(konto.anvandarnamn()).isEmpty()) {
            fel.add(new Faltfel("sparr", "konto.fel.inteSparrat"));
        }
        orsakensFel(text(orsak)).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        sparr.lasUpp(konto.anvandarnamn());
        register.logga(av.anvandarnamn(), kanal, "KONTO_UPPLAST", konto.anvandarnamn(), null, null, null, text(orsak));
        return konto;
    }

    /**
     * Sets, changes or removes (empty) the identity provider's id of a person's account, which the login through the
     * provider matches when the installation says {@code matchning: EXTERNT_ID} (docs/security.md). Unique, case
     * ignored; never on a service account, which does not log in through the provider.
     */
    @Transactional
    Konto sattExterntId(String anvandarnamn, String externtId, String orsak, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        register.lasAdministration();
        Konto konto = andringsbart(anvandarnamn, av);
        String nytt = text(externtId);
        List<Faltfel> fel = new ArrayList<>();
        if (java.util.Objects.equals(nytt, konto.externtId())) {
            fel.add(new Faltfel("externtId", "konto.fel.externtIdOforandrat"));
        } else if (nytt != null || konto.tjanstekonto()) {
            externtIdetsFel(nytt, konto.tjanstekonto(), konto.anvandarnamn()).ifPresent(fel::add);
        }
        orsakensFel(text(orsak)).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        register.sattExterntId(konto.anvandarnamn(), nytt);
        register.logga(
                av.anvandarnamn(),
                kanal,
                "KONTO_EXTERNT_ID",
                konto.anvandarnamn(),
                null,
                null,
                kortad((konto.externtId() == null ? "–" : konto.externtId()) + " → " + (nytt == null ? "–" : nytt)),
                text(orsak));
        return register.konto(konto.anvandarnamn()).orElseThrow();
    }

    @Transactional
    Konto aktivera(String anvandarnamn, String orsak, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        register.lasAdministration();
        Konto konto = andringsbart(anvandarnamn, av);
        List<Faltfel> fel = new ArrayList<>();
        if (konto.aktiv()) {
            fel.add(new Faltfel("aktiv", "konto.fel.redanAktivt"));
        }
        orsakensFel(text(orsak)).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        register.sattAktiv(konto.anvandarnamn(), true, av.anvandarnamn());
        register.logga(
                av.anvandarnamn(), kanal, "KONTO_AKTIVERAT", konto.anvandarnamn(), null, null, null, text(orsak));
        kontoversioner.glom(konto.anvandarnamn());
        return register.konto(konto.anvandarnamn()).orElseThrow();
    }

    // --- units

    @Transactional
    Enhetsrad skapaEnhet(String kod, String namn, String typ, String orsak, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        register.lasAdministration();
        String normeradKod = kod == null ? "" : kod.strip().toUpperCase(Locale.ROOT);
        List<Faltfel> fel = new ArrayList<>();
        if (!ENHETSKOD.matcher(normeradKod).matches()) {
            fel.add(new Faltfel("kod", "konto.fel.enhetskod"));
        } else if (register.enhet(normeradKod).isPresent()) {
            fel.add(new Faltfel("kod", "konto.fel.enhetskodFinns"));
        }
        namnetsFel(text(namn)).ifPresent(fel::add);
        Enhetstyp enhetstyp = enhetstyp(typ);
        if (enhetstyp == null) {
            fel.add(new Faltfel("typ", "konto.fel.enhetstyp"));
        }
        orsakensFel(text(orsak)).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        register.skapaEnhet(normeradKod, text(namn), enhetstyp, av.anvandarnamn());
        register.logga(av.anvandarnamn(), kanal, "ENHET_SKAPAD", null, normeradKod, null, text(namn), text(orsak));
        enhetsregister.glomNamnen();
        return register.enhet(normeradKod).orElseThrow();
    }

    @Transactional
    Enhetsrad bytNamn(String kod, String namn, String orsak, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        register.lasAdministration();
        Enhetsrad enhet = register.enhet(kod).orElseThrow(() -> new HittadesInte("konto.fel.enhetFinnsInte"));
        List<Faltfel> fel = new ArrayList<>();
        namnetsFel(text(namn)).ifPresent(fel::add);
        orsakensFel(text(orsak)).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        register.bytNamn(enhet.kod(), text(namn), av.anvandarnamn());
        register.logga(
                av.anvandarnamn(),
                kanal,
                "ENHET_NYTT_NAMN",
                null,
                enhet.kod(),
                null,
                enhet.namn() + " → " + text(namn),
                text(orsak));
        enhetsregister.glomNamnen();
        return register.enhet(enhet.kod()).orElseThrow();
    }

    /**
     * The unit's case types become {@code typer} (codes; empty: the unit takes every type; null, a JSON body without
     * the field, is refused rather than read as every type). Open cases stay in the unit whatever is changed; only new
     * aktualiseringar are checked against the types. The log's {@code uppgift} is the old and the new codes,
     * "LSS, SOL_FUNKTIONSNEDSATTNING → LSS", the empty set written {@value #ALLA_ARENDETYPER}.
     */
    @Transactional
    Enhetsrad sattArendetyper(String kod, Set<String> typer, String orsak, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        register.lasAdministration();
        Enhetsrad enhet = register.enhet(kod).orElseThrow(() -> new HittadesInte("konto.fel.enhetFinnsInte"));
        Set<String> nya = typer == null ? Set.of() : new HashSet<>(typer);
        List<String> alla = arendetyper.alla();
        List<String> gamla = arendetyper.enhetens(enhet.kod());
        List<Faltfel> fel = new ArrayList<>();
        if (typer == null) {
            fel.add(new Faltfel("arendetyper", "konto.fel.arendetyperSaknas"));
        } else if (nya.stream().anyMatch(typ -> typ == null || !alla.contains(typ))) {
            fel.add(new Faltfel("arendetyper", "konto.fel.arendetypOkand"));
        } else if (nya.equals(new HashSet<>(gamla))) {
            fel.add(new Faltfel("arendetyper", "konto.fel.arendetyperOforandrade"));
        }
        orsakensFel(text(orsak)).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        arendetyper.ersatt(enhet.kod(), nya, av.anvandarnamn());
        List<String> iOrdning = alla.stream().filter(nya::contains).toList();
        register.logga(
                av.anvandarnamn(),
                kanal,
                "ENHET_ARENDETYPER",
                null,
                enhet.kod(),
                null,
                koder(gamla) + " → " + koder(iOrdning),
                text(orsak));
        return register.enhet(enhet.kod()).orElseThrow();
    }

    @Transactional
    Enhetsrad inaktiveraEnhet(String kod, String orsak, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        register.lasAdministration();
        Enhetsrad enhet = register.enhet(kod).orElseThrow(() -> new HittadesInte("konto.fel.enhetFinnsInte"));
        List<Faltfel> fel = new ArrayList<>();
        if (!enhet.aktiv()) {
            fel.add(new Faltfel("aktiv", "konto.fel.enhetRedanInaktiv"));
        } else if (oppnaArenden.stream().mapToLong(o -> o.antal(enhet.kod())).sum() > 0) {
            fel.add(new Faltfel("aktiv", "konto.fel.enhetHarOppnaArenden"));
        }
        orsakensFel(text(orsak)).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        register.sattEnhetAktiv(enhet.kod(), false, av.anvandarnamn());
        register.logga(av.anvandarnamn(), kanal, "ENHET_INAKTIVERAD", null, enhet.kod(), null, null, text(orsak));
        return register.enhet(enhet.kod()).orElseThrow();
    }

    @Transactional
    Enhetsrad aktiveraEnhet(String kod, String orsak, Kanal kanal) {
        InloggadAnvandare av = administrator(kanal);
        register.lasAdministration();
        Enhetsrad enhet = register.enhet(kod).orElseThrow(() -> new HittadesInte("konto.fel.enhetFinnsInte"));
        List<Faltfel> fel = new ArrayList<>();
        if (enhet.aktiv()) {
            fel.add(new Faltfel("aktiv", "konto.fel.enhetRedanAktiv"));
        }
        orsakensFel(text(orsak)).ifPresent(fel::add);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        register.sattEnhetAktiv(enhet.kod(), true, av.anvandarnamn());
        register.logga(av.anvandarnamn(), kanal, "ENHET_AKTIVERAD", null, enhet.kod(), null, null, text(orsak));
        return register.enhet(enhet.kod()).orElseThrow();
    }

    // --- rules

    /** ADMIN, or on the API the user provisioning's service account. */
    private InloggadAnvandare administrator(Kanal kanal) {
        InloggadAnvandare anvandare =
                aktuellAnvandare.hamta().orElseThrow(() -> new AccessDeniedException("konto.fel.ejBehorig"));
        if (anvandare.harRoll(Roll.ADMIN) || (kanal == Kanal.API && anvandare.harRoll(Roll.PROVISIONERING))) {
            return anvandare;
        }
        throw new AccessDeniedException("konto.fel.ejBehorig");
    }

    /** The user provisioning without ADMIN: person accounts without ADMIN only, and no ADMIN or service role. */
    private static boolean provisionering(InloggadAnvandare anvandare) {
        return !anvandare.harRoll(Roll.ADMIN) && anvandare.harRoll(Roll.PROVISIONERING);
    }

    private Konto andringsbart(String anvandarnamn, InloggadAnvandare av) {
        Konto konto = register.konto(anvandarnamn).orElseThrow(() -> new HittadesInte("konto.fel.kontoFinnsInte"));
        if (provisionering(av) && (konto.tjanstekonto() || konto.harRoll(Roll.ADMIN))) {
            throw new AccessDeniedException("konto.fel.provisioneringFarInte");
        }
        return konto;
    }

    private java.util.Optional<Faltfel> rollensFel(
            String enhet, Roll roll, boolean tjanstekonto, InloggadAnvandare av) {
        if (roll == null) {
            return java.util.Optional.of(new Faltfel("roll", "konto.fel.roll"));
        }
        if (provisionering(av) && (roll == Roll.ADMIN || roll.tjanstekontoroll())) {
            throw new AccessDeniedException("konto.fel.provisioneringFarInte");
        }
        java.util.Optional<Enhetsrad> rad = enhet == null ? java.util.Optional.empty() : register.enhet(enhet);
        if (rad.isEmpty()) {
            return java.util.Optional.of(new Faltfel("enhet", "konto.fel.enhetFinnsInte"));
        }
        if (!rad.get().aktiv()) {
            return java.util.Optional.of(new Faltfel("enhet", "konto.fel.enhetInaktiv"));
        }
        if (roll.tjanstekontoroll() != tjanstekonto) {
            return java.util.Optional.of(
                    new Faltfel("roll", tjanstekonto ? "konto.fel.personroll" : "konto.fel.tjanstekontoroll"));
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Faltfel> orsakensFel(String orsak) {
        if (orsak == null) {
            return java.util.Optional.of(new Faltfel("orsak", "konto.fel.orsakSaknas"));
        }
        return orsak.length() > MAX_ORSAK
                ? java.util.Optional.of(new Faltfel("orsak", "konto.fel.orsakForLang"))
                : java.util.Optional.empty();
    }

    private java.util.Optional<Faltfel> externtIdetsFel(String externtId, boolean tjanstekonto, String anvandarnamn) {
        if (tjanstekonto) {
            return java.util.Optional.of(new Faltfel("externtId", "konto.fel.externtIdTjanstekonto"));
        }
        if (externtId.length() > MAX_EXTERNT_ID || externtId.chars().anyMatch(Character::isISOControl)) {
            return java.util.Optional.of(new Faltfel("externtId", "konto.fel.externtIdForm"));
        }
        return register.externtIdAnvands(externtId, anvandarnamn)
                ? java.util.Optional.of(new Faltfel("externtId", "konto.fel.externtIdUpptaget"))
                : java.util.Optional.empty();
    }

    private static java.util.Optional<Faltfel> namnetsFel(String namn) {
        return namn == null || namn.length() > MAX_NAMN
                ? java.util.Optional.of(new Faltfel("namn", "konto.fel.namn"))
                : java.util.Optional.empty();
    }

    private static Enhetstyp enhetstyp(String typ) {
        try {
            return typ == null ? null : Enhetstyp.valueOf(typ.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What the change log's {@code uppgift} holds (400 characters). */
    private static String kortad(String uppgift) {
        return uppgift.length() <= 400 ? uppgift : uppgift.substring(0, 399) + "…";
    }

    /** A unit's case types in the change log: their codes, or {@value #ALLA_ARENDETYPER} for none (every type). */
    private static String koder(List<String> typer) {
        return typer.isEmpty() ? ALLA_ARENDETYPER : String.join(", ", typer);
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
