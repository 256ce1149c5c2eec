package se.tillit.arkiv.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * The METS documents of a package, by E-ARK CSIP 2.1.0 and SIP 2.1.0, which together are the Swedish FGS Paketstruktur
 * 2.0 (Riksarkivet, 2023): the package's METS.xml at the root (CSIP1–CSIP119, SIP1–SIP31) and the representation's
 * METS.xml in {@code representations/rep1}. Every file has its MIME type, size, creation time and SHA-256; a PDF also
 * what it declares itself to be (sip:FILEFORMATNAME and sip:FILEFORMATVERSION, SIP32–SIP33: "PDF/A" "2u", or "PDF"
 * "1.7" for a letter written before Tillit wrote PDF/A). docs/adr/0025.
 */
@Component
class MetsXml {

    static final String METS = "http://www.loc.gov/METS/";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
    static final String SIP = "https://DILCIS.eu/XML/METS/SIPExtensionMETS";
    /** SIP2: the profile of E-ARK SIP 2.1.0. */
    static final String PROFIL = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml";
    /** CSIP2: the content is XML records, PDF letters and attached documents of any kind. */
    static final String INNEHALLSKATEGORI = "Mixed";
    /** CSIP4–CSIP5: no E-ARK content information type fits yet (CITS ERMS is not implemented, docs/adr/0025). */
    static final String INNEHALLSTYP = "Tillit arkivpaket 1";

    static final String PROGRAM = "Tillit";
    private static final String SCHEMAPLATSER = String.join(
            " ",
            METS,
            "http://www.loc.gov/standards/mets/mets.xsd",
            XLINK,
            "http://www.loc.gov/standards/mets/xlink.xsd",
            CSIP,
            "https://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd",
            SIP,
            "https://earksip.dilcis.eu/schema/DILCISExtensionSIPMETS.xsd");

    /** Who the package is from and where it goes, for the package's header. */
    record Avsandare(
            String programversion,
            String arkivbildare,
            String arkivbildarensId,
            String arkivinstitution,
            String leveransoverenskommelse) {}

    /**
     * The representation's METS: its data files, each with its path from the representation's folder.
     *
     * @param mapp the representation's folder from the package's root ({@code representations/rep1})
     */
    byte[] representation(String repId, String mapp, List<Paketfil> data, OffsetDateTime skapad, Avsandare avsandare) {
        Xml xml = rot(repId);
        Element mets = xml.rot();
        huvud(xml, mets, skapad, avsandare, false);
        Element fileSec = xml.el(mets, "fileSec");
        xml.attr(fileSec, "ID", id());
        Element grupp = filgrupp(xml, fileSec, "Data");
        for (Paketfil fil : data) {
            fil(xml, grupp, fil, fil.sokvagI(mapp));
        }
        Element rot = struktur(xml, mets, repId);
        Element dataDiv = div(xml, rot, "Data");
        xml.attr(xml.el(dataDiv, "fptr"), "FILEID", grupp.getAttribute("ID"));
        return xml.bytes();
    }

    /**
     * The package's METS.
     *
     * @param beskrivning metadata/descriptive/personakt.xml
     * @param bevarande metadata/preservation/premis.xml
     * @param representationensMets representations/&lt;repId&gt;/METS.xml
     */
    byte[] paket(
            String paketId,
            OffsetDateTime skapad,
            Avsandare avsandare,
            Paketfil beskrivning,
            Paketfil bevarande,
            List<Paketfil> dokumentation,
            List<Paketfil> scheman,
            String repId,
            Paketfil representationensMets) {
        Xml xml = rot(paketId);
        Element mets = xml.rot();
        huvud(xml, mets, skapad, avsandare, true);

        Element dmdSec = xml.el(mets, "dmdSec");
        String dmdId = id();
        xml.attr(dmdSec, "ID", dmdId)
                .attr(dmdSec, "CREATED", beskrivning.skapad())
                .attr(dmdSec, "STATUS", "CURRENT");
        mdRef(
                xml,
                xml.el(dmdSec, "mdRef"),
                beskrivning,
                Map.of("MDTYPE", "OTHER", "OTHERMDTYPE", "Tillit personakt", "MDTYPEVERSION", "1"));

        Element amdSec = xml.el(mets, "amdSec");
        xml.attr(amdSec, "ID", id());
        Element digiprov = xml.el(amdSec, "digiprovMD");
        String digiprovId = id();
        xml.attr(digiprov, "ID", digiprovId).attr(digiprov, "STATUS", "CURRENT");
        mdRef(xml, xml.el(digiprov, "mdRef"), bevarande, Map.of("MDTYPE", "PREMIS", "MDTYPEVERSION", "3.0"));

        Element fileSec = xml.el(mets, "fileSec");
        xml.attr(fileSec, "ID", id());
        Element dok = filgrupp(xml, fileSec, "Documentation");
        dokumentation.forEach(f -> fil(xml, dok, f, f.sokvag()));
        Element sch = filgrupp(xml, fileSec, "Schemas");
        scheman.forEach(f -> fil(xml, sch, f, f.sokvag()));
        Element rep = filgrupp(xml, fileSec, "Representations/" + repId);
        xml.attr(rep, CSIP, "csip:CONTENTINFORMATIONTYPE", "OTHER")
                .attr(rep, CSIP, "csip:OTHERCONTENTINFORMATIONTYPE", INNEHALLSTYP);
        fil(xml, rep, representationensMets, representationensMets.sokvag());

        Element rot = struktur(xml, mets, paketId);
        Element metadata = div(xml, rot, "Metadata");
        xml.attr(metadata, "DMDID", dmdId).attr(metadata, "ADMID", digiprovId);
        xml.attr(xml.el(div(xml, rot, "Documentation"), "fptr"), "FILEID", dok.getAttribute("ID"));
        xml.attr(xml.el(div(xml, rot, "Schemas"), "fptr"), "FILEID", sch.getAttribute("ID"));
        Element repDiv = div(xml, rot, "Representations/" + repId);
        Element mptr = xml.el(repDiv, "mptr");
        xml.attr(mptr, "LOCTYPE", "URL")
                .attr(mptr, XLINK, "xlink:type", "simple")
                .attr(mptr, XLINK, "xlink:href", representationensMets.sokvag())
                .attr(mptr, XLINK, "xlink:title", rep.getAttribute("ID"));
        xml.attr(xml.el(repDiv, "fptr"), "FILEID", rep.getAttribute("ID"));
        return xml.bytes();
    }

    private Xml rot(String objId) {
        Xml xml = new Xml(METS, null, "mets", Map.of("xlink", XLINK, "xsi", Xml.XSI, "csip", CSIP, "sip", SIP));
        Element mets = xml.rot();
        xml.attr(mets, Xml.XSI, "xsi:schemaLocation", SCHEMAPLATSER)
                .attr(mets, "OBJID", objId)
                .attr(mets, "TYPE", INNEHALLSKATEGORI)
                .attr(mets, CSIP, "csip:CONTENTINFORMATIONTYPE", "OTHER")
                .attr(mets, CSIP, "csip:OTHERCONTENTINFORMATIONTYPE", INNEHALLSTYP)
                .attr(mets, "PROFILE", PROFIL);
        return xml;
    }

    /**
     * CSIP7–CSIP16 and SIP3–SIP31: created, a new SIP, by the software Tillit; in the package's header also the archival
     * creator, the submitter (the same committee), the archive and the submission agreement where they are configured.
     */
    private void huvud(Xml xml, Element mets, OffsetDateTime skapad, Avsandare avsandare, boolean paket) {
        Element huvud = xml.el(mets, "metsHdr");
        xml.attr(huvud, "CREATEDATE", skapad)
                .attr(huvud, "LASTMODDATE", skapad)
                .attr(huvud, "RECORDSTATUS", "NEW")
                .attr(huvud, CSIP, "csip:OAISPACKAGETYPE", "SIP");
        Element program = agent(xml, huvud, "CREATOR", "OTHER", PROGRAM);
        xml.attr(program, "OTHERTYPE", "SOFTWARE");
        xml.attr(xml.el(program, "note", avsandare.programversion()), CSIP, "csip:NOTETYPE", "SOFTWARE VERSION");
        if (!paket) {
            return;
        }
        organisation(xml, huvud, "ARCHIVIST", avsandare.arkivbildare(), avsandare.arkivbildarensId());
        organisation(xml, huvud, "CREATOR", avsandare.arkivbildare(), avsandare.arkivbildarensId());
        if (avsandare.arkivinstitution() != null) {
            organisation(xml, huvud, "PRESERVATION", avsandare.arkivinstitution(), null);
        }
        if (avsandare.leveransoverenskommelse() != null) {
            xml.attr(xml.el(huvud, "altRecordID", avsandare.leveransoverenskommelse()), "TYPE", "SUBMISSIONAGREEMENT");
        }
    }

    private static Element agent(Xml xml, Element huvud, String roll, String typ, String namn) {
        Element agent = xml.el(huvud, "agent");
        xml.attr(agent, "ROLE", roll).attr(agent, "TYPE", typ);
        xml.el(agent, "name", namn);
        return agent;
    }

    private static void organisation(Xml xml, Element huvud, String roll, String namn, String identifikation) {
        Element agent = agent(xml, huvud, roll, "ORGANIZATION", namn);
        if (identifikation != null) {
            xml.attr(xml.el(agent, "note", identifikation), CSIP, "csip:NOTETYPE", "IDENTIFICATIONCODE");
        }
    }

    /** CSIP22–CSIP30 and CSIP36–CSIP44: a metadata file referred to, with everything the manifest checks. */
    private static void mdRef(Xml xml, Element mdRef, Paketfil fil, Map<String, String> typ) {
        xml.attr(mdRef, "ID", id())
                .attr(mdRef, "LOCTYPE", "URL")
                .attr(mdRef, XLINK, "xlink:type", "simple")
                .attr(mdRef, XLINK, "xlink:href", fil.sokvag());
        typ.forEach((namn, varde) -> xml.attr(mdRef, namn, varde));
        xml.attr(mdRef, "MIMETYPE", fil.mimetyp())
                .attr(mdRef, "SIZE", fil.storlek())
                .attr(mdRef, "CREATED", fil.skapad())
                .attr(mdRef, "CHECKSUM", fil.sha256())
                .attr(mdRef, "CHECKSUMTYPE", "SHA-256");
    }

    private static Element filgrupp(Xml xml, Element fileSec, String anvandning) {
        Element grupp = xml.el(fileSec, "fileGrp");
        xml.attr(grupp, "ID", id()).attr(grupp, "USE", anvandning);
        return grupp;
    }

    /** CSIP66–CSIP79, SIP32–SIP33. */
    private static void fil(Xml xml, Element grupp, Paketfil fil, String href) {
        Element file = xml.el(grupp, "file");
        xml.attr(file, "ID", id())
                .attr(file, "MIMETYPE", fil.mimetyp())
                .attr(file, "SIZE", fil.storlek())
                .attr(file, "CREATED", fil.skapad())
                .attr(file, "CHECKSUM", fil.sha256())
                .attr(file, "CHECKSUMTYPE", "SHA-256")
                .attr(file, "OWNERID", fil.agarId());
        if (fil.format() != null) {
            xml.attr(file, SIP, "sip:FILEFORMATNAME", fil.format().namn())
                    .attr(file, SIP, "sip:FILEFORMATVERSION", fil.format().version());
        }
        Element plats = xml.el(file, "FLocat");
        xml.attr(plats, "LOCTYPE", "URL")
                .attr(plats, XLINK, "xlink:type", "simple")
                .attr(plats, XLINK, "xlink:href", href);
    }

    /** CSIP80–CSIP85: the one structural map, PHYSICAL, labelled CSIP, with one root division. */
    private static Element struktur(Xml xml, Element mets, String etikett) {
        Element karta = xml.el(mets, "structMap");
        xml.attr(karta, "ID", id()).attr(karta, "TYPE", "PHYSICAL").attr(karta, "LABEL", "CSIP");
        Element rot = xml.el(karta, "div");
        xml.attr(rot, "ID", id()).attr(rot, "LABEL", etikett);
        return rot;
    }

    private static Element div(Xml xml, Element foralder, String etikett) {
        Element div = xml.el(foralder, "div");
        xml.attr(div, "ID", id()).attr(div, "LABEL", etikett);
        return div;
    }

    /** An xml:id (NCName) unique in the document and beyond. */
    private static String id() {
        return "uuid-" + UUID.randomUUID();
    }
}
