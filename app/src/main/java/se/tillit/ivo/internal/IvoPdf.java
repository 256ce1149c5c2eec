package se.tillit.ivo.internal;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.tillit.drift.Pdf;

/** The reports as PDF: the page's own Thymeleaf fragments (ivo-rapporter.html) in a print template (ivo-pdf.html). */
@Component
@RequiredArgsConstructor
class IvoPdf {

    private final Pdf pdf;

    byte[] rendera(Map<String, Object> variabler) {
        return pdf.rendera("ivo-pdf", "ivo-pdf.css", variabler);
    }
}
