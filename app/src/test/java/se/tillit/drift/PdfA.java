package se.tillit.drift;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Whether a PDF of Tillit is PDF/A-2u (docs/adr/0025), by two judges: veraPDF, the PDF Association's validator, against
 * every rule of ISO 19005-2 level U; and, read with PDFBox, what the archive will look at first (the XMP's pdfaid part
 * and conformance, the title, every font embedded, the sRGB output intent), so that a failure names its cause plainly.
 */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {}

    /** veraPDF's failed rules for PDF/A-2u, as "clause-test: message"; empty when the file conforms. */
    public static List<String> veraPdfBrister(byte[] pdf) {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_U);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
            ValidationResult resultat = validator.validate(parser);
            List<String> brister = new ArrayList<>();
            for (TestAssertion test : resultat.getTestAssertions()) {
                if (test.getStatus() == TestAssertion.Status.FAILED) {
                    brister.add(test.getRuleId().getClause() + "-"
                            + test.getRuleId().getTestNumber() + ": " + test.getMessage());
                }
            }
            if (!resultat.isCompliant() && brister.isEmpty()) {
                brister.add("veraPDF: inte PDF/A-2u (" + resultat.getJobEndStatus() + ")");
            }
            return brister.stream().distinct().toList();
        } catch (Exception e) {
            return List.of("veraPDF kunde inte läsa filen: " + e);
        }
    }

    /** What PDFBox sees of the file's PDF/A declaration; empty when all is there. */
    public static List<String> deklarationsbrister(byte[] pdf) {
        List<String> brister = new ArrayList<>();
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            PDMetadata metadata = dokument.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return List.of("ingen XMP-metadata");
            }
            XMPMetadata xmp = new DomXmpParser().parse(metadata.exportXMPMetadata());
            PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
            if (id == null || !Integer.valueOf(2).equals(id.getPart()) || !"U".equals(id.getConformance())) {
                brister.add("pdfaid är inte del 2, nivå U: "
                        + (id == null ? "saknas" : id.getPart() + id.getConformance()));
            }
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            if (dc == null || dc.getTitle() == null || dc.getTitle().isBlank()) {
                brister.add("ingen titel (dc:title)");
            }
            List<PDOutputIntent> avsikter = dokument.getDocumentCatalog().getOutputIntents();
            if (avsikter.isEmpty() || avsikter.get(0).getDestOutputIntent() == null) {
                brister.add("ingen output intent med ICC-profil");
            }
            for (PDPage sida : dokument.getPages()) {
                PDResources resurser = sida.getResources();
                for (COSName namn : resurser.getFontNames()) {
                    PDFont typsnitt = resurser.getFont(namn);
                    if (!typsnitt.isEmbedded()) {
                        brister.add("typsnittet " + typsnitt.getName() + " är inte inbäddat");
                    }
                }
            }
        } catch (IOException
                | org.apache.xmpbox.xml.XmpParsingException
                | org.apache.xmpbox.type.BadFieldValueException e) {
            brister.add("PDFBox kunde inte läsa filen: " + e);
        }
        return brister.stream().distinct().toList();
    }

    /** Both judges' findings together: empty when the file is PDF/A-2u. */
    public static List<String> brister(byte[] pdf) {
        List<String> alla = new ArrayList<>(deklarationsbrister(pdf));
        alla.addAll(veraPdfBrister(pdf));
        return alla;
    }
}
