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

    record Exempel(
            @jakarta.validation.constraints.NotBlank(message = "{fel.datumSaknas}")
            String datum,

            @jakarta.validation.constraints.Size(max = 100, message = "{validering.hogstTecken}")
            String namn,

            @jakarta.validation.constraints.Size(min = 10, max = 4000, message = "{validering.mellanTecken}")
            String text) {}

    /** Bean validation's {@code message = "{nyckel}"} is read from messages.properties, as Spring Boot configures it. */
    @Test
    void enValideringsnyckelBlirTextMedAnnoteringensGranser() {
        org.springframework.context.support.ResourceBundleMessageSource meddelanden =
                new org.springframework.context.support.ResourceBundleMessageSource();
        meddelanden.setBasename("messages");
        meddelanden.setDefaultEncoding("UTF-8");
        meddelanden.setFallbackToSystemLocale(false);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(Texter.SVENSKA);
        try (jakarta.validation.ValidatorFactory fabrik = jakarta.validation.Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(
                        new org.springframework.boot.validation.MessageInterpolatorFactory(meddelanden).getObject())
                .buildValidatorFactory()) {
            var brott = fabrik.getValidator().validate(new Exempel(" ", "x".repeat(101), "kort"));

            assertThat(brott)
                    .extracting(jakarta.validation.ConstraintViolation::getMessage)
                    .containsExactlyInAnyOrder("Datum saknas", "Högst 100 tecken", "10–4000 tecken");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
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

        assertThat(sida.getModel())
                .containsEntry("fel", Map.of("datum", "Ogiltigt värde"))
                .containsEntry("placeringFel", "Ogiltigt värde")
                .containsEntry("andraFel", List.of("Begäran är inte giltig JSON"))
                .containsEntry("felFor", "4e2a9c71-3b8d-4f05-9e6a-c1d2e3f4a5b6")
                .containsEntry("rubrik", "fel.api.ejJson");
    }
}
