package se.tillit.drift;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDF files for tests. */
public final class Testpdf {

    private Testpdf() {}

    /** A plain PDF, not PDF/A: one page with the text in a standard font that is not embedded, and no XMP metadata. */
    public static byte[] vanlig(String text) throws IOException {
        try (PDDocument dokument = new PDDocument();
                ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            PDPage sida = new PDPage();
            dokument.addPage(sida);
            try (PDPageContentStream innehall = new PDPageContentStream(dokument, sida)) {
                innehall.beginText();
                innehall.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                innehall.newLineAtOffset(72, 720);
                innehall.showText(text);
                innehall.endText();
            }
            dokument.save(ut);
            return ut.toByteArray();
        }
    }
}
