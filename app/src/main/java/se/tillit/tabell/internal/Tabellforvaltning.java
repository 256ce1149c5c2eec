package se.tillit.tabell.internal;

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
class Tabellforvaltning {

    private static final Logger log = LoggerFactory.getLogger(Tabellforvaltning.class);
    private static final int LANGSTA_FILNAMN = 255;

    /** A version with what our log knows of it (who, from which file), or only the engine's facts. */
    record Version(int version, OffsetDateTime driftsatt, Tabellversion.Ursprung ursprung, String deploymentId,
            String driftsattAv, String filnamn, String sha256) {
    }

    /** A decision table with its versions, newest first. */
    record Tabell(String beslutsnyckel, String namn, List<Version> versioner) {
        public Version senaste() {
            return versioner.get(0);
        }
    }

    private final Tabellmotor motor;
    private final Driftsattningslogg logg;
    private final AktuellAnvandare aktuellAnvandare;
    private final Clock klocka;

    Tabellforvaltning(Tabellmotor motor, Driftsattningslogg logg, AktuellAnvandare aktuellAnvandare, Clock klocka) {
        this.motor = motor;
        this.logg = logg;
        this.aktuellAnvandare = aktuellAnvandare;
        this.klocka = klocka;
    }

    List<Tabell> tabeller() {
        kravAdministrator();
        Map<String, Driftsattningslogg.Rad> loggade = logg.alla().stream()
                .collect(Collectors.toMap(Driftsattningslogg.Rad::deploymentId, Function.identity(), (a, b) -> a));
        Map<String, List<Tabellversion>> perNyckel = motor.versioner().stream()
                .collect(Collectors.groupingBy(Tabellversion::beslutsnyckel));
        return perNyckel.values().stream()
                .map(versioner -> {
                    List<Tabellversion> nyastForst = versioner.stream()
                            .sorted(Comparator.comparingInt(Tabellversion::version).reversed()).toList();
                    return new Tabell(nyastForst.get(0).beslutsnyckel(), nyastForst.get(0).namn(), nyastForst.stream()
                            .map(v -> version(v, loggade.get(v.deploymentId()))).toList());
                })
                .sorted(Comparator.comparing(Tabell::beslutsnyckel))
                .toList();
    }

    /**
     * Checks the file and deploys it as the new version of its table, and logs who did it, in one transaction.
     *
     * @throws TabellAvvisad with every problem found; nothing is deployed or logged
     */
    @Transactional
    NyVersion driftsatt(String filnamn, byte[] fil) {
        InloggadAnvandare administrator = kravAdministrator();
        String namn = filnamn(filnamn);
        String sha256 = sha256(fil);
        try {
            NyVersion ny = motor.driftsatt(fil);
            logg.spara(new Driftsattningslogg.Rad(ny.beslutsnyckel(), ny.version(), ny.deploymentId(), namn, sha256,
                    OffsetDateTime.now(klocka), administrator.anvandarnamn()));
            log.info("Decision table {} version {} deployed by {} from file {} (sha256 {}), deployment {}",
                    ny.beslutsnyckel(), ny.version(), administrator.anvandarnamn(), namn, sha256, ny.deploymentId());
            return ny;
        } catch (TabellAvvisad avvisad) {
            log.info("Decision table upload by {} refused, nothing deployed: file {} (sha256 {}), problems {}",
                    administrator.anvandarnamn(), namn, sha256,
                    avvisad.problem().stream().map(p -> p.typ().name()).toList());
            throw avvisad;
        }
    }

    private InloggadAnvandare kravAdministrator() {
        return aktuellAnvandare.hamta().filter(anvandare -> anvandare.harRoll(Roll.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("Beslutstabeller förvaltas av administratörer"));
    }

    private static Version version(Tabellversion v, Driftsattningslogg.Rad loggad) {
        return new Version(v.version(), v.driftsatt(), v.ursprung(), v.deploymentId(),
                loggad == null ? null : loggad.driftsattAv(), loggad == null ? null : loggad.filnamn(),
                loggad == null ? null : loggad.sha256());
    }

    /** The name as uploaded, without a client's folder path or control characters, at most 255 characters. */
    static String filnamn(String uppladdat) {
        String namn = uppladdat == null ? "" : uppladdat.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (namn.isEmpty()) {
            return "-";
        }
        return namn.length() > LANGSTA_FILNAMN ? namn.substring(0, LANGSTA_FILNAMN) : namn;
    }

    static String sha256(byte[] fil) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fil == null ? new byte[0] : fil));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
