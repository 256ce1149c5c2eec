package se.tillit.arkiv.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import se.tillit.arende.Aktualisering;
import se.tillit.arende.Arende;
import se.tillit.arkiv.Processhistorik;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Beslutsakt;
import se.tillit.beslut.Beslutsbrev;
import se.tillit.beslut.Overklagandeakt;
import se.tillit.journal.Journalanteckning;
import se.tillit.journal.Journalbilaga;
import se.tillit.person.Person;
import se.tillit.verkstallighet.Verkstallighetsstatus;

/**
 * The package's own XML, in the namespace {@value #NS} and valid against {@code schemas/tillit-arkivpaket-1.xsd}: the
 * description of the file (metadata/descriptive), and per case the case, its decisions, its journal and its history
 * (representations/rep1/data/&lt;case number&gt;/). Codes are kept with their Swedish names ({@code <x kod="LSS">LSS</x>});
 * a file named here is named by its path from the document's own folder.
 */
@Component
@RequiredArgsConstructor
class AktXml {

    static final String NS = "urn:tillit:arkivpaket:1";
    static final String SCHEMA = "tillit-arkivpaket-1.xsd";

    private final Benamningar namn;

    /**
     * The description of the file (metadata/descriptive/personakt.xml): who it is about, who created it, its cases.
     *
     * @param mappar each case's folder from the package's root
     */
    byte[] personakt(
            Personakt akt, String paketId, OffsetDateTime skapad, String arkivbildare, Map<UUID, String> mappar) {
        Xml xml = dokument("personakt", "../../schemas/");
        Element rot = xml.rot();
        xml.attr(rot, "paketId", paketId).attr(rot, "skapad", skapad);
        xml.el(rot, "arkivbildare", arkivbildare);
        person(xml, rot, akt.person());
        Element arenden = xml.el(rot, "arenden");
        for (Personakt.Arendeakt a : akt.arenden()) {
            Element arende = xml.el(arenden, "arende");
            xml.attr(arende, "id", a.arende().id())
                    .attr(arende, "arendenummer", a.arende().arendenummer())
                    .attr(arende, "mapp", mappar.get(a.arende().id()));
            arendefakta(xml, arende, a);
            xml.el(arende, "antalBeslut", a.beslut().size());
            xml.el(arende, "antalBeslutsbrev", a.brev().size());
            xml.el(arende, "antalAnteckningar", a.journal().size());
        }
        return xml.bytes();
    }

    /** The case and its aktualiseringar (arende.xml). */
    byte[] arende(Personakt.Arendeakt a) {
        Xml xml = dokument("arende", "../../../../schemas/");
        Element rot = xml.rot();
        xml.attr(rot, "id", a.arende().id())
                .attr(rot, "arendenummer", a.arende().arendenummer())
                .attr(rot, "personId", a.arende().personId());
        arendefakta(xml, rot, a);
        Element aktualiseringar = xml.el(rot, "aktualiseringar");
        for (Aktualisering akt : a.aktualiseringar()) {
            Element e = xml.el(aktualiseringar, "aktualisering");
            xml.attr(e, "id", akt.id());
            kod(xml, e, "typ", "aktualiseringstyp", akt.typ());
            xml.el(e, "inkom", akt.inkom());
            xml.el(e, "orsakskod", akt.orsakskod());
            kod(xml, e, "utfall", "utfall", akt.utfall());
            xml.el(e, "utfallRegistrerat", akt.utfallRegistrerat());
            xml.el(e, "utfallRegistreratAv", akt.utfallAv());
            xml.el(e, "tidigareArende", akt.tidigareArendeId());
        }
        return xml.bytes();
    }

    /**
     * The decisions of the case with their delgivning, appeals and the order's state, and the letters that told of them
     * (beslut.xml).
     *
     * @param brevfiler each letter's file, by the letter's id, its path from the case's folder
     */
    byte[] beslut(Personakt.Arendeakt a, Map<UUID, Paketfil> brevfiler, String arendemapp) {
        Xml xml = dokument("beslutslista", "../../../../schemas/");
        Element rot = xml.rot();
        xml.attr(rot, "arendenummer", a.arende().arendenummer());
        for (Personakt.Beslutsdel del : a.beslut()) {
            Beslutsakt akt = del.akt();
            Beslut b = akt.beslut();
            Element e = xml.el(rot, "beslut");
            xml.attr(e, "id", b.id());
            kod(xml, e, "insatstyp", "insats", b.insatstyp());
            kod(xml, e, "utfall", "beslutsutfall", b.utfall());
            Element lagrum = xml.el(e, "lagrum");
            xml.attr(lagrum, "lag", b.lagrum().lag())
                    .attr(lagrum, "lagversion", b.lagrum().lagversion())
                    .attr(lagrum, "kapitel", b.lagrum().kapitel())
                    .attr(lagrum, "paragraf", b.lagrum().paragraf());
            xml.el(e, "omfattning", b.omfattning());
            xml.el(e, "niva", b.niva());
            xml.el(e, "giltigFrom", b.giltigFrom());
            xml.el(e, "giltigTom", b.giltigTom());
            xml.el(e, "beslutsdatum", b.beslutsdatum());
            xml.el(e, "beslutsfattare", b.beslutsfattare());
            xml.el(e, "delegationspunkt", b.delegationspunkt());
            xml.el(e, "motivering", akt.motivering());
            xml.el(e, "overklagandehanvisning", akt.overklagandehanvisning());
            kod(xml, e, "individuellPlanInformation", "individuellPlanInformation", akt.individuellPlanInformation());
            if (b.delgivningsdatum() != null) {
                Element delgivning = xml.el(e, "delgivning");
                xml.el(delgivning, "datum", b.delgivningsdatum());
                kod(xml, delgivning, "satt", "delgivningssatt", akt.delgivningssatt());
                xml.el(delgivning, "registreradAv", akt.delgivningRegistreradAv());
            }
            xml.el(e, "overklagandefrist", b.overklagandefrist());
            xml.el(e, "lagaKraft", b.lagaKraft());
            for (Overklagandeakt o : akt.overklaganden()) {
                overklagande(xml, e, o);
            }
            verkstallighet(xml, e, del.verkstallighet());
            if (del.brevId() != null) {
                xml.attr(xml.el(e, "beslutsbrev"), "ref", del.brevId());
            }
        }
        for (Beslutsbrev brev : a.brev()) {
            Paketfil fil = brevfiler.get(brev.id());
            Element e = xml.el(rot, "brev");
            xml.attr(e, "id", brev.id())
                    .attr(e, "fil", fil.sokvagI(arendemapp))
                    .attr(e, "format", fil.format().benamning())
                    .attr(e, "pdfA", fil.format().pdfA());
            xml.el(e, "skapad", brev.skapad());
            xml.el(e, "skapadAv", brev.skapadAv());
            xml.el(e, "sha256", brev.sha256());
        }
        return xml.bytes();
    }

    /** Every signed note, oldest first, with the notes it corrects and is corrected by, and its attachments (journal.xml). */
    byte[] journal(Personakt.Arendeakt a, Map<UUID, Paketfil> bilagefiler, String arendemapp) {
        Xml xml = dokument("journal", "../../../../schemas/");
        Element rot = xml.rot();
        xml.attr(rot, "arendenummer", a.arende().arendenummer());
        for (Journalanteckning anteckning : a.journal()) {
            Element e = xml.el(rot, "anteckning");
            xml.attr(e, "id", anteckning.id());
            xml.el(e, "handelsedatum", anteckning.handelsedatum());
            kod(xml, e, "slag", "anteckningsslag", anteckning.slag());
            xml.el(e, "text", anteckning.text());
            Element forfattare = xml.el(e, "forfattare", anteckning.forfattarnamn());
            xml.attr(forfattare, "anvandarnamn", anteckning.forfattare());
            xml.el(e, "signerad", anteckning.signerad());
            if (anteckning.rattar() != null) {
                xml.attr(xml.el(e, "rattar"), "ref", anteckning.rattar());
            }
            for (UUID rattelse : anteckning.rattadAv()) {
                xml.attr(xml.el(e, "rattadAv"), "ref", rattelse);
            }
            for (Journalbilaga bilaga : anteckning.bilagor()) {
                Paketfil fil = bilagefiler.get(bilaga.id());
                Element b = xml.el(e, "bilaga");
                xml.attr(b, "id", bilaga.id())
                        .attr(b, "filnamn", bilaga.filnamn())
                        .attr(b, "innehallstyp", bilaga.innehallstyp())
                        .attr(b, "storlek", bilaga.storlek())
                        .attr(b, "fil", fil.sokvagI(arendemapp))
                        .attr(b, "sha256", fil.sha256());
            }
        }
        return xml.bytes();
    }

    /** The engine's history of the case's processes, oldest first (historik.xml); the access log is not in it. */
    byte[] historik(Personakt.Arendeakt a) {
        Xml xml = dokument("historik", "../../../../schemas/");
        Element rot = xml.rot();
        xml.attr(rot, "arendenummer", a.arende().arendenummer());
        for (Processhistorik.Handelse h : a.historik()) {
            Element e = xml.el(rot, "handelse");
            xml.attr(e, "slag", h.slag());
            xml.el(e, "tid", h.tid());
            xml.el(e, "klar", h.klar());
            xml.el(e, "process", h.process());
            xml.el(e, "namn", h.namn());
            xml.el(e, "vem", h.vem());
            xml.el(e, "egenskap", h.egenskap());
            xml.el(e, "fran", h.fran());
            xml.el(e, "till", h.till());
        }
        return xml.bytes();
    }

    private Xml dokument(String rot, String schemamapp) {
        Xml xml = new Xml(NS, null, rot, Map.of("xsi", Xml.XSI));
        xml.attr(xml.rot(), Xml.XSI, "xsi:schemaLocation", NS + " " + schemamapp + SCHEMA);
        return xml;
    }

    private void person(Xml xml, Element foralder, Person p) {
        Element person = xml.el(foralder, "person");
        xml.attr(person, "id", p.id());
        xml.el(person, "personnummer", p.personnummer().formaterat());
        xml.el(person, "samordningsnummer", p.personnummer().arSamordningsnummer());
        xml.el(person, "fornamn", p.fornamn());
        xml.el(person, "efternamn", p.efternamn());
        xml.el(person, "fodelsedatum", p.fodelsedatum());
        xml.el(person, "kon", String.valueOf(p.kon()));
        kod(xml, person, "skyddsniva", "skyddsniva", p.skyddsniva());
    }

    private void arendefakta(Xml xml, Element e, Personakt.Arendeakt a) {
        Arende arende = a.arende();
        kod(xml, e, "arendetyp", "arendetyp", arende.arendetyp());
        Element enhet = xml.el(e, "enhet", a.enhetsnamn());
        xml.attr(enhet, "kod", arende.enhet());
        xml.el(e, "oppnat", arende.oppnat());
        xml.el(e, "avslutat", arende.avslutat());
        kod(xml, e, "avslutsorsak", "avslutsorsak", arende.avslutsorsak());
    }

    private void overklagande(Xml xml, Element beslut, Overklagandeakt o) {
        Element e = xml.el(beslut, "overklagande");
        xml.attr(e, "id", o.id());
        xml.el(e, "inkom", o.inkom());
        xml.el(e, "iRattTid", o.iRattTid());
        xml.el(e, "registreradAv", o.registreradAv());
        xml.el(e, "avvisat", o.avvisat());
        xml.el(e, "avvisatAv", o.avvisatAv());
        kod(xml, e, "omprovning", "omprovningsutfall", o.omprovning());
        xml.el(e, "omprovad", o.omprovad());
        xml.el(e, "omprovningMotivering", o.omprovningMotivering());
        xml.el(e, "omprovadAv", o.omprovadAv());
        xml.el(e, "overlamnat", o.overlamnat());
        xml.el(e, "overlamnatAv", o.overlamnatAv());
        xml.el(e, "malnummer", o.malnummer());
        kod(xml, e, "domstolensUtfall", "domstolsutfall", o.domstolensUtfall());
        xml.el(e, "domDatum", o.domDatum());
        xml.el(e, "domRegistreradAv", o.domRegistreradAv());
        if (o.nyttBeslutId() != null) {
            xml.attr(xml.el(e, "nyttBeslut"), "ref", o.nyttBeslutId());
        }
    }

    private void verkstallighet(Xml xml, Element beslut, Verkstallighetsstatus v) {
        if (v == null) {
            return;
        }
        Element e = xml.el(beslut, "verkstallighet");
        xml.el(e, "utforare", v.utforare());
        kod(xml, e, "utforartyp", "utforartyp", v.utforartyp());
        xml.el(e, "onskadStart", v.onskadStart());
        xml.el(e, "accepterad", v.accepterad());
        xml.el(e, "platsBokad", v.platsBokad());
        xml.el(e, "verkstalld", v.verkstalld());
        xml.el(e, "avbrutenSedan", v.avbrutenSedan());
        xml.el(e, "ejVerkstalltSedan", v.ejVerkstalltSedan());
        kod(xml, e, "hinder", "evb.orsak", v.hinder());
        xml.el(e, "hinderText", v.hinderText());
    }

    /** {@code <namn kod="KOD">Swedish name</namn>}, the code again where there is no name; nothing for null. */
    private void kod(Xml xml, Element foralder, String element, String prefix, Object kod) {
        if (kod == null) {
            return;
        }
        String kodtext = kod instanceof Enum<?> e ? e.name() : kod.toString();
        String benamning = namn.namn(prefix, kod);
        xml.attr(xml.el(foralder, element, benamning == null ? kodtext : benamning), "kod", kodtext);
    }
}
