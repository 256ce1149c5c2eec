package se.tillit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The judges of {@link PdfA} are not lenient: a plain PDF with Helvetica, as Tillit wrote its letters before PDF/A
 * (docs/adr/0025), fails both, each for what it lacks.
 */
class PdfATest {

    @Test
    void aPlainPdfWithAStandardFontIsNotPdfA() throws IOException {
        byte[] vanlig = vanligPdf();

        assertThat(PdfA.deklarationsbrister(vanlig))
                .anySatisfy(b -> assertThat(b).contains("ingen XMP-metadata"));
        assertThat(PdfA.veraPdfBrister(vanlig))
                .isNotEmpty()
                .anySatisfy(b -> assertThat(b).startsWith("6.2.11.4.1")); // ISO 19005-2 6.2.11.4.1: fonts embedded
    }

    private static byte[] vanligPdf() throws IOException {
        try (PDDocument dokument = new PDDocument();
                ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            PDPage sida = new PDPage();
            dokument.addPage(sida);
            try (PDPageContentStream innehall = new PDPageContentStream(dokument, sida)) {
                innehall.beginText();
                innehall.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                innehall.newLineAtOffset(72, 720);
                innehall.showText("Beslut");
                innehall.endText();
            }
            dokument.save(ut);
            return ut.toByteArray();
        }
    }
}
