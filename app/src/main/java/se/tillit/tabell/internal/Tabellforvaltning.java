package se.tillit.tabell.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.tabell.TabellAvvisad;
import se.tillit.tabell.Tabellmotor;
import se.tillit.tabell.Tabellmotor.NyVersion;
import se.tillit.tabell.Tabellversion;

/** The administrator's use cases for decision tables: what is deployed, by whom; deploy a new version (R25). */
@Service
@RequiredArgsConstructor
class Tabellforvaltning {

    private static final Logger log = LoggerFactory.getLogger(Tabellforvaltning.class);
    private static final int LANGSTA_FILNAMN = 255;

    /** A version with what our log knows of it (who, from which file), or only the engine's facts. */
    record Version(
            int version,
            OffsetDateTime driftsatt,
            Tabellversion.Ursprung ursprung,
            String deploymentId,
            String driftsattAv,
            String filnamn,
            String sha256) {}

    /** A decision table with its versions, newest first. */
    @Schema(
            example =
                    "{\"beslutsnyckel\":\"kommuniceringsfrist\",\"namn\":\"Kommuniceringsfrist\",\"versioner\":[{\"version\":2,\"driftsatt\":\"2026-11-03T16:20:00+01:00\",\"ursprung\":\"ADMINISTRATOR\",\"deploymentId\":\"1f2e3d4c-5b6a-4978-8a1b-2c3d4e5f6a7b\",\"driftsattAv\":\"admin2\",\"filnamn\":\"kommuniceringsfrist.dmn\",\"sha256\":\"9b1c4e2f7a3d5c8e0f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a\"},{\"version\":1,\"driftsatt\":\"2026-09-01T06:00:00+02:00\",\"ursprung\":\"VID_START\",\"deploymentId\":\"6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d\",\"driftsattAv\":\"system:start\",\"filnamn\":\"kommuniceringsfrist.dmn\",\"sha256\":\"0d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e\"}]}")
    record Tabell(String beslutsnyckel, String namn, List<Version> versioner) {
        public Version senaste() {
            return versioner.get(0);
        }
    }

    /** What an upload led to: a deployed version, or a change of a legal deadline table waiting for approval. */
    record Uppladdning(NyVersion driftsatt, Tabellandring vantar) {}

    /** The longest reason for a rejection. */
    static final int LANGSTA_SKAL = 1000;

    private final Tabellmotor motor;
    private final DmnKontroll kontroll;
    private final Driftsattningslogg logg;
    private final Andringsregister andringar;
    private final AktuellAnvandare aktuellAnvandare;
    private final Clock klocka;

    List<Tabell> tabeller() {
        kravAdministrator();
        Map<String, Driftsattningslogg.Rad> loggade = logg.alla().stream()
                .collect(Collectors.toMap(Driftsattningslogg.Rad::deploymentId, Function.identity(), (a, b) -> a));
        Map<String, List<Tabellversion>> perNyckel =
                motor.versioner().stream().collect(Collectors.groupingBy(Tabellversion::beslutsnyckel));
        return perNyckel.values().stream()
                .map(versioner -> {
                    List<Tabellversion> nyastForst = versioner.stream()
                            .sorted(Comparator.comparingInt(Tabellversion::version)
                                    .reversed())
                            .toList();
                    return new Tabell(
                            nyastForst.get(0).beslutsnyckel(),
                            nyastForst.get(0).namn(),
                            nyastForst.stream()
                                    .map(v -> version(v, loggade.get(v.deploymentId())))
                                    .toList());
                })
                .sorted(Comparator.comparing(Tabell::beslutsnyckel))
                .toList();
    }

    /**
     * Checks the file; a legal deadline table's becomes a change waiting for a second administrator, any other is
     * deployed as the new version of its table and logged with who did it, in one transaction.
     *
     * @throws TabellAvvisad with every problem found; nothing is deployed, logged or left waiting
     */
    @Transactional
    Uppladdning laddaUpp(String filnamn, byte[] fil) {
        InloggadAnvandare administrator = kravAdministrator();
        String namn = filnamn(filnamn);
        String sha256 = sha256(fil);
        try {
            String nyckel = kontrollerad(fil);
            if (Fristtabeller.arFristtabell(nyckel)) {
                if (andringar.vantarFor(nyckel)) {
                    throw new TabellAvvisad(List.of(se.tillit.tabell.Tabellproblem.av(
                            se.tillit.tabell.Tabellproblem.Typ.ANDRING_VANTAR, nyckel)));
                }
                java.util.UUID id = java.util.UUID.randomUUID();
                andringar.foresla(
                        id, nyckel, namn, sha256, fil, administrator.anvandarnamn(), OffsetDateTime.now(klocka));
                log.info(
                        "Change of legal deadline table {} proposed by {} from file {} (sha256 {}), waits for approval as {}",
                        nyckel,
                        administrator.anvandarnamn(),
                        namn,
                        sha256,
                        id);
                return new Uppladdning(null, andringar.hitta(id).orElseThrow());
            }
            return new Uppladdning(driftsatt(fil, namn, sha256, administrator), null);
        } catch (TabellAvvisad avvisad) {
            log.info(
                    "Decision table upload by {} refused, nothing deployed: file {} (sha256 {}), problems {}",
                    administrator.anvandarnamn(),
                    namn,
                    sha256,
                    avvisad.problem().stream().map(p -> p.typ().name()).toList());
            throw avvisad;
        }
    }

    private NyVersion driftsatt(byte[] fil, String namn, String sha256, InloggadAnvandare administrator) {
        NyVersion ny = motor.driftsatt(kontrollerad(fil), fil);
        logg.spara(new Driftsattningslogg.Rad(
                ny.beslutsnyckel(),
                ny.version(),
                ny.deploymentId(),
                namn,
                sha256,
                OffsetDateTime.now(klocka),
                administrator.anvandarnamn()));
        log.info(
                "Decision table {} version {} deployed by {} from file {} (sha256 {}), deployment {}",
                ny.beslutsnyckel(),
                ny.version(),
                administrator.anvandarnamn(),
                namn,
                sha256,
                ny.deploymentId());
        return ny;
    }

    /**
     * The key of the file's one decision, when the check finds nothing wrong with it.
     *
     * @throws TabellAvvisad with every problem found
     */
    private String kontrollerad(byte[] fil) {
        DmnKontroll.Kontroll resultat = kontroll.kontrollera(fil, motor.beslutsnycklar());
        if (!resultat.godkand()) {
            throw new TabellAvvisad(resultat.problem());
        }
        return resultat.beslutsnyckel();
    }

    /** The changes of legal deadline tables that wait for approval, oldest first. */
    List<Tabellandring> vantande() {
        kravAdministrator();
        return andringar.vantande();
    }

    /** The latest decided changes, newest first. */
    List<Tabellandring> avgjorda() {
        kravAdministrator();
        return andringar.senastAvgjorda(20);
    }

    /** A change's file as it was uploaded, for the second administrator to read before deciding. */
    Tabellandring andring(java.util.UUID id) {
        kravAdministrator();
        return andringar.hitta(id).orElseThrow(() -> new se.tillit.fel.HittadesInte("tabell.fel.andringenFinnsInte"));
    }

    byte[] fil(java.util.UUID id) {
        kravAdministrator();
        return andringar.fil(id).orElseThrow(() -> new se.tillit.fel.HittadesInte("tabell.fel.andringenFinnsInte"));
    }

    /**
     * A second administrator approves a waiting change: the file is checked again and deployed, logged in
     * {@code tabellversion}, and the change marked approved, in one transaction.
     *
     * @throws AndringVagrad for one's own change (403) or one already decided (409)
     * @throws TabellAvvisad if the file no longer passes the check; the change still waits
     */
    @Transactional
    NyVersion godkann(java.util.UUID id) {
        InloggadAnvandare administrator = kravAdministrator();
        Tabellandring andring = vantandeForBeslut(id);
        if (andring.foreslagenAv().equals(administrator.anvandarnamn())) {
            throw new AndringVagrad("tabell.andring.egen", org.springframework.http.HttpStatus.FORBIDDEN);
        }
        NyVersion ny = driftsatt(andringar.filForBeslut(id), andring.filnamn(), andring.sha256(), administrator);
        andringar.godkand(
                id, administrator.anvandarnamn(), OffsetDateTime.now(klocka), ny.deploymentId(), ny.version());
        log.info(
                "Change {} of legal deadline table {} (proposed by {}) approved by {}: version {}",
                id,
                andring.beslutsnyckel(),
                andring.foreslagenAv(),
                administrator.anvandarnamn(),
                ny.version());
        return ny;
    }

    /**
     * An administrator rejects a waiting change with a reason; nothing is deployed. The one who proposed it may
     * withdraw it this way too.
     */
    @Transactional
    Tabellandring avvisa(java.util.UUID id, String skal) {
        InloggadAnvandare administrator = kravAdministrator();
        String orsak = skal == null ? "" : skal.strip();
        if (orsak.isEmpty()
                || orsak.length() > LANGSTA_SKAL
                || orsak.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r')) {
            throw new AndringVagrad("tabell.andring.skalSaknas", org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        Tabellandring andring = vantandeForBeslut(id);
        andringar.avvisad(id, administrator.anvandarnamn(), OffsetDateTime.now(klocka), orsak);
        log.info(
                "Change {} of legal deadline table {} (proposed by {}) rejected by {}",
                id,
                andring.beslutsnyckel(),
                andring.foreslagenAv(),
                administrator.anvandarnamn());
        return andringar.hitta(id).orElseThrow();
    }

    private Tabellandring vantandeForBeslut(java.util.UUID id) {
        Tabellandring andring = andringar
                .lasForBeslut(id)
                .orElseThrow(() -> new se.tillit.fel.HittadesInte("tabell.fel.andringenFinnsInte"));
        if (andring.status() != Tabellandring.Status.VANTAR) {
            throw new AndringVagrad("tabell.andring.redanAvgjord", org.springframework.http.HttpStatus.CONFLICT);
        }
        return andring;
    }

    private InloggadAnvandare kravAdministrator() {
        return aktuellAnvandare
                .hamta()
                .filter(anvandare -> anvandare.harRoll(Roll.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("tabell.fel.beslutstabellerForvaltasAvAdministratorer"));
    }

    private static Version version(Tabellversion v, Driftsattningslogg.Rad loggad) {
        return new Version(
                v.version(),
                v.driftsatt(),
                v.ursprung(),
                v.deploymentId(),
                loggad == null ? null : loggad.driftsattAv(),
                loggad == null ? null : loggad.filnamn(),
                loggad == null ? null : loggad.sha256());
    }

    /** The name as uploaded, without a client's folder path or control characters, at most 255 characters. */
    static String filnamn(String uppladdat) {
        String namn = uppladdat == null
                ? ""
                : uppladdat
                        .replaceAll("^.*[/\\\\]", "")
                        .replaceAll("\\p{Cntrl}", "")
                        .strip();
        if (namn.isEmpty()) {
            return "-";
        }
        return namn.length() > LANGSTA_FILNAMN ? namn.substring(0, LANGSTA_FILNAMN) : namn;
    }

    static String sha256(byte[] fil) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(fil == null ? new byte[0] : fil));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
