package se.tillit.arkiv.internal;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/**
 * A PDF's format as the file declares it: PDF/A when its XMP metadata carries a PDF/A identification (pdfaid part and
 * conformance), else plain PDF of its header's version. A declaration, not a validation: the package says so (PREMIS
 * formatNote), and the archive identifies and validates on ingest. Tillit's own PDFs are validated as PDF/A-2u by its
 * tests (veraPDF); letters written before that are plain PDF and delivered as they were sent.
 *
 * @param namn "PDF/A" or "PDF"
 * @param version for PDF/A its part and level ("2u"), for PDF the header's version ("1.7")
 */
record Filformat(String namn, String version, boolean pdfA, String pdfVersion) {

    static final String PDF = "application/pdf";

    /** The format of a PDF's bytes; null for anything that does not start as a PDF. */
    static Filformat avPdf(byte[] innehall) {
        String huvud = new String(innehall, 0, Math.min(innehall.length, 8), StandardCharsets.ISO_8859_1);
        if (!huvud.startsWith("%PDF-") || huvud.length() < 8) {
            return null;
        }
        String version = huvud.substring(5, 8);
        try (PDDocument dokument = Loader.loadPDF(innehall)) {
            PDMetadata metadata = dokument.getDocumentCatalog().getMetadata();
            if (metadata != null) {
                DomXmpParser tolk = new DomXmpParser();
                tolk.setStrictParsing(false);
                XMPMetadata xmp = tolk.parse(metadata.exportXMPMetadata());
                PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
                if (id != null && id.getPart() != null && id.getConformance() != null) {
                    return new Filformat(
                            "PDF/A",
                            id.getPart() + id.getConformance().toLowerCase(java.util.Locale.ROOT),
                            true,
                            version);
                }
            }
        } catch (Exception e) {
            // unreadable past its header (damaged, encrypted): a PDF by its header, no PDF/A claimed
        }
        return new Filformat("PDF", version, false, version);
    }

    /** "PDF/A-2u" or "PDF 1.7", as people name it. */
    String benamning() {
        return pdfA ? namn + "-" + version : namn + " " + version;
    }
}
