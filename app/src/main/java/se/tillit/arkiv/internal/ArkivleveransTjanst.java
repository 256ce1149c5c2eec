package se.tillit.arkiv.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.arkiv.Arkivleverans;
import se.tillit.arkiv.Leveranskvitto;
import se.tillit.person.Person;
import se.tillit.person.Personregister;
import se.tillit.revision.Atkomstlogg;
import se.tillit.sakerhet.AktuellAnvandare;

/**
 * A delivery: the file read, the package written to the outbox, its row in arkivleverans and its row in the access log,
 * in the caller's transaction; a rollback takes the package out of the outbox again (Utkorg). docs/adr/0025.
 */
@Service
@EnableConfigurationProperties(ArkivInstallningar.class)
@RequiredArgsConstructor
class ArkivleveransTjanst implements Arkivleverans {

    private static final Logger log = LoggerFactory.getLogger(ArkivleveransTjanst.class);
    static final int LANGSTA_SKAL = 1000;

    private final Personregister personer;
    private final Aktinsamling aktinsamling;
    private final Paketbyggare paketbyggare;
    private final Utkorg utkorg;
    private final Leveransregister register;
    private final Atkomstlogg atkomstlogg;
    private final AktuellAnvandare aktuellAnvandare;
    private final ArkivInstallningar installningar;
    private final Clock clock;

    @Override
    @Transactional
    public Leveranskvitto leverera(UUID personId, Collection<UUID> arendeIds, String av, String skal) {
        if (av == null || av.isBlank()) {
            throw new IllegalArgumentException("Vem som levererar saknas");
        }
        String orsak = skal == null || skal.isBlank() ? null : skal.strip();
        if (orsak != null && orsak.length() > LANGSTA_SKAL) {
            throw new IllegalArgumentException("Skälet är längre än " + LANGSTA_SKAL + " tecken");
        }
        Person person = personer.hitta(personId)
                .orElseThrow(() -> new IllegalArgumentException("Personen " + personId + " finns inte"));
        Personakt akt = aktinsamling.las(person, arendeIds);

        UUID id = UUID.randomUUID();
        String paketId = "uuid-" + id;
        String filnamn = paketId + ".zip";
        OffsetDateTime nu = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        boolean avPerson = aktuellAnvandare.hamta().isPresent();
        Paketbyggare.Uppdrag uppdrag = new Paketbyggare.Uppdrag(paketId, nu, avsandare(), av.strip(), avPerson);
        Utkorg.Skrivet<Leveranskvitto.Antal> skrivet = utkorg.skriv(filnamn, ut -> paketbyggare.bygg(akt, uppdrag, ut));

        Leveranskvitto kvitto = new Leveranskvitto(
                id,
                person.id(),
                paketId,
                filnamn,
                skrivet.sha256(),
                skrivet.storlek(),
                skrivet.resultat(),
                av.strip(),
                nu,
                orsak);
        register.spara(kvitto, new LinkedHashSet<>(arendeIds));
        String beskrivning = "Arkivleverans " + paketId;
        if (avPerson) {
            atkomstlogg.logga(Atkomstlogg.Handling.EXPORT, null, person.id(), beskrivning);
        } else {
            atkomstlogg.loggaSystem(av.strip(), Atkomstlogg.Handling.EXPORT, null, person.id(), beskrivning);
        }
        log.info(
                "Delivered package {} ({} bytes, {} cases, {} files) to the e-archive's outbox, by {}",
                paketId,
                skrivet.storlek(),
                kvitto.antal().arenden(),
                kvitto.antal().filer(),
                av.strip());
        return kvitto;
    }

    @Override
    public List<Leveranskvitto> leveranser(int max) {
        return register.senaste(max);
    }

    @Override
    public Map<UUID, OffsetDateTime> levereradeArenden(UUID personId) {
        return register.levereradeArenden(personId);
    }

    /** Where the packages are written, for the administrator's page. */
    String utkorg() {
        return utkorg.katalog().toString();
    }

    private MetsXml.Avsandare avsandare() {
        String version = Arkivleverans.class.getPackage().getImplementationVersion();
        return new MetsXml.Avsandare(
                version == null ? "dev" : version,
                installningar.arkivbildare(),
                installningar.arkivbildarensId(),
                installningar.arkivinstitution(),
                installningar.leveransoverenskommelse());
    }
}
