package se.tillit.fel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.ModelAndView;

/** Issue 20: Java names user text by key; the page's error rendering and the problem documents resolve it. */
class TexterTest {

    @Test
    void enNyckelBlirSvenskText() {
        assertThat(Texter.text("fel.api.ogiltigtVarde")).isEqualTo("Ogiltigt värde");
        assertThat(Texter.svenska("fel.api.tillatna", "[JA, NEJ]")).isEqualTo("Ogiltigt värde; tillåtna: [JA, NEJ]");
    }

    @Test
    void enTextSomInteArEnNyckelKommerTillbakaSomDenAr() {
        assertThat(Texter.text("Datum saknas")).isEqualTo("Datum saknas");
        assertThat(Texter.text("datum")).isEqualTo("datum");
        assertThat(Texter.text(null)).isNull();
    }

    @Test
    void sidansFelAttributBlirTextInnanSidanVisas() {
        ModelAndView sida = new ModelAndView("sida");
        sida.addObject("fel", Map.of("datum", "fel.api.ogiltigtVarde"));
        sida.addObject("placeringFel", "fel.api.ogiltigtVarde");
        sida.addObject("andraFel", List.of("fel.api.ejJson"));
        sida.addObject("felFor", "4e2a9c71-3b8d-4f05-9e6a-c1d2e3f4a5b6");
        sida.addObject("rubrik", "fel.api.ejJson");

        new Feltexter().postHandle(null, null, null, sida);

        assertThat(sida.getModel()).containsEntry("fel", Map.of("datum", "Ogiltigt värde"))
                .containsEntry("placeringFel", "Ogiltigt värde")
                .containsEntry("andraFel", List.of("Begäran är inte giltig JSON"))
                .containsEntry("felFor", "4e2a9c71-3b8d-4f05-9e6a-c1d2e3f4a5b6")
                .containsEntry("rubrik", "fel.api.ejJson");
    }
}
