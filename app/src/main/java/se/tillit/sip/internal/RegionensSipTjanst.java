package se.tillit.sip.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Texter;
import se.tillit.fel.Valideringsfel;
import se.tillit.fel.Valideringsfel.Faltfel;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;
import se.tillit.sip.Huvudman;
import se.tillit.sip.Onskan;
import se.tillit.sip.Sip;
import se.tillit.sip.Sipakt;
import se.tillit.sip.Sipsteg;

/**
 * The region's side, for its service account (Roll.REGION) only. The region may act on a SIP it asked for, or one it
 * was called to (a kallelse is recorded), and only while the person's consent stands: before a consent, and from the
 * moment it is withdrawn, nothing about the SIP is shared (403); a SIP it neither asked for nor was called to does not
 * exist to it (404). Its answers never tell whether a person is known to the social services.
 */
@Service
@RequiredArgsConstructor
class RegionensSipTjanst {

    static final String UTAN_SAMTYCKE = "sip.fel.personensSamtyckeTillSipEnSaknasEller";

    private final SipRepository repository;
    private final SipTjanst sipar;
    private final Personregister personer;
    private final AktuellAnvandare aktuellAnvandare;
    private final Clock clock;

    /** The region asks the unit for a SIP (the region's initiative); the person is asked by the handläggare. */
    @Transactional
    public Sip begar(RegionensBegaran begaran) {
        InloggadAnvandare region = kravRegion();
        List<Faltfel> fel = new ArrayList<>();
        Personnummer personnummer = SipTjanst.personnummer(begaran.personnummer(), fel);
        if (begaran.regionalaInsatserFran() != null
                && begaran.regionalaInsatserFran().isAfter(LocalDate.now(clock))) {
            fel.add(new Faltfel("regionalaInsatserFran", "fel.datumetKanInteLiggaIFramtiden"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        sipar.kravMyndighet(begaran.enhet());
        Person person =
                sipar.personOchRegistrera(personnummer, begaran.fornamn(), begaran.efternamn(), region.anvandarnamn());
        Sip sip = sipar.skapa(
                person,
                begaran.enhet(),
                Huvudman.REGION,
                begaran.regionEnhet(),
                begaran.regionKontakt(),
                Onskan.EJ_TILLFRAGAD,
                null,
                region.anvandarnamn());
        if (begaran.regionalaInsatserFran() != null) {
            repository.sparaRegionalInsats(
                    person.id(),
                    begaran.regionEnhet(),
                    begaran.regionalaInsatserFran(),
                    null,
                    "REGIONEN",
                    sip.id(),
                    region.anvandarnamn());
        }
        return sip;
    }

    /** The SIP as the region may see it: only with a standing consent. The caller logs the read. */
    public Sipakt las(UUID sipId) {
        kravRegion();
        return medSamtycke(synlig(repository.hitta(sipId), sipId));
    }

    /** The person's SIPs the region may see now (asked for or called to, consent standing). */
    public List<Sipakt> sok(String personnummer) {
        kravRegion();
        List<Faltfel> fel = new ArrayList<>();
        Personnummer nummer = SipTjanst.personnummer(personnummer, fel);
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        return personer.hitta(nummer)
                .map(person -> repository.forPerson(person.id()).stream()
                        .filter(this::regionenArMed)
                        .map(repository::akt)
                        .filter(Sipakt::delasMedRegionen)
                        .toList())
                .orElse(List.of());
    }

    /** What the region does, reported while the plan is drawn up (from the consent until the plan is set). */
    @Transactional
    public void plandel(UUID sipId, RegionensPlandel plandel) {
        InloggadAnvandare region = kravRegion();
        Sipakt akt = medSamtycke(synlig(repository.hittaForUppdatering(sipId), sipId));
        if (!List.of(Sipsteg.KALLELSE, Sipsteg.MOTE, Sipsteg.PLAN)
                .contains(akt.sip().steg())) {
            throw new Valideringsfel("insatser", "sip.fel.planenUpprattasInteJustNuRegionensDel");
        }
        repository.sparaRegionensDel(sipId, plandel.insatser(), region.anvandarnamn(), OffsetDateTime.now(clock));
    }

    @Transactional
    public void narvaro(UUID sipId, UUID moteId, RegionensNarvaro narvaro) {
        kravRegion();
        medSamtycke(synlig(repository.hittaForUppdatering(sipId), sipId));
        String deltagare = narvaro.deltagare() == null || narvaro.deltagare().isBlank()
                ? null
                : narvaro.deltagare().strip();
        if (!repository.sparaRegionensNarvaro(
                sipId, moteId, narvaro.narvarande(), deltagare, OffsetDateTime.now(clock))) {
            throw new HittadesInte(Texter.text("sip.fel.motetFinnsInte", moteId));
        }
    }

    /** The person told the region: the consent is withdrawn from now, and the SIP ends. */
    @Transactional
    public void aterkalla(UUID sipId, Aterkallelse aterkallelse) {
        InloggadAnvandare region = kravRegion();
        Sipakt akt = medSamtycke(synlig(repository.hittaForUppdatering(sipId), sipId));
        sipar.aterkalla(akt.sip(), aterkallelse, region.anvandarnamn());
    }

    /** G11: the region reports a person's insatser from it; the KPI R20 counts them and nothing else. */
    @Transactional
    public void rapporteraInsatser(RegionalaInsatser insatser) {
        InloggadAnvandare region = kravRegion();
        List<Faltfel> fel = new ArrayList<>();
        Personnummer personnummer = SipTjanst.personnummer(insatser.personnummer(), fel);
        if (insatser.fran().isAfter(LocalDate.now(clock))) {
            fel.add(new Faltfel("fran", "fel.datumetKanInteLiggaIFramtiden"));
        }
        if (insatser.till() != null && insatser.till().isBefore(insatser.fran())) {
            fel.add(new Faltfel("till", "sip.fel.tillDatumKanInteVaraForeFran"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        Person person = sipar.personOchRegistrera(
                personnummer, insatser.fornamn(), insatser.efternamn(), region.anvandarnamn());
        repository.sparaRegionalInsats(
                person.id(),
                insatser.regionEnhet(),
                insatser.fran(),
                insatser.till(),
                "REGIONEN",
                null,
                region.anvandarnamn());
    }

    /** The region asked for it, or a kallelse has gone out to it. */
    private boolean regionenArMed(Sip sip) {
        return sip.initiativ() == Huvudman.REGION
                || repository.kallelse(sip.id()).isPresent();
    }

    private Sip synlig(java.util.Optional<Sip> sip, UUID sipId) {
        return sip.filter(this::regionenArMed)
                .orElseThrow(() -> new HittadesInte(Texter.text("sip.fel.sipEnFinnsInte", sipId)));
    }

    private Sipakt medSamtycke(Sip sip) {
        Sipakt akt = repository.akt(sip);
        if (!akt.delasMedRegionen()) {
            throw new AccessDeniedException(UTAN_SAMTYCKE);
        }
        return akt;
    }

    private InloggadAnvandare kravRegion() {
        return aktuellAnvandare
                .hamta()
                .filter(anvandare -> anvandare.harRoll(Roll.REGION))
                .orElseThrow(() -> new AccessDeniedException("sip.fel.endastRegionensTjanstekonto"));
    }
}
