package se.tillit.sakerhet.internal;

import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Losenordspolicy;

/** Creates units and accounts; passwords are stored only as hashes. */
@Service
@RequiredArgsConstructor
class Anvandarkonton {

    private static final Pattern ANVANDARNAMN = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,99}$");

    private final AnvandarRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Kontoregister kontoregister;

    /** Creates the account unless one with the same name exists; returns whether it was created. */
    @Transactional
    boolean skapaOmSaknas(NyttKonto konto, String losenord, String skapadAv) {
        if (!ANVANDARNAMN.matcher(konto.anvandarnamn()).matches()) {
            throw new IllegalArgumentException("Användarnamnet får bara innehålla a–z, 0–9, punkt, bindestreck "
                    + "och understreck (2–100 tecken): " + konto.anvandarnamn());
        }
        Losenordspolicy.kontrollera(konto.anvandarnamn(), losenord);
        konto.rollerPerEnhet().keySet().stream()
                .filter(kod -> !repository.enhetFinns(kod))
                .findFirst()
                .ifPresent(kod -> {
                    throw new IllegalArgumentException("Enheten finns inte: " + kod);
                });
        if (repository.finns(konto.anvandarnamn())) {
            return false;
        }
        repository.skapa(konto, passwordEncoder.encode(losenord), skapadAv);
        // the change log starts with the accounts the application made itself (the first administrator, demo users)
        kontoregister.logga(
                skapadAv,
                Kanal.SYSTEM,
                "KONTO_SKAPAT",
                konto.anvandarnamn(),
                null,
                null,
                konto.tjanstekonto() ? "TJANSTEKONTO" : "LOKALT",
                skapadAv);
        konto.rollerPerEnhet()
                .forEach((enhet, roller) -> roller.forEach(roll -> kontoregister.logga(
                        skapadAv, Kanal.SYSTEM, "ROLL_GIVEN", konto.anvandarnamn(), enhet, roll, null, skapadAv)));
        return true;
    }

    /** Lets the account see protected identities in lists (granted by an administrator; the demo's chef.bou). */
    @Transactional
    void tillatSkyddadeUppgifter(String anvandarnamn) {
        repository.tillatSkyddadeUppgifter(anvandarnamn);
    }

    @Transactional
    boolean skapaEnhetOmSaknas(Enhet enhet, String skapadAv) {
        if (repository.enhetFinns(enhet.kod())) {
            return false;
        }
        repository.skapaEnhet(enhet, skapadAv);
        return true;
    }
}
