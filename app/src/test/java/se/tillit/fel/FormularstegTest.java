package se.tillit.fel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * A page form's answer: done, refused, already done, and a race lost, each as the page sees it (the view or redirect,
 * the status, the flashed message key, the errors the form is shown again with).
 */
class FormularstegTest {

    private static final String SIDAN = "/bestallningar/1";

    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    private final AtomicInteger korningar = new AtomicInteger();

    /** The engine's own type is not on this module's path; the check goes by its name, as the type's does. */
    static class OptimisticLockingException extends RuntimeException {}

    @Test
    void doneGoesToThePageOfWhatWasChangedWithItsMessage() {
        String svar = Formularsteg.kor(() -> "anna")
                .klart(redirect, "konto.skapat", namn -> "/admin/konton/" + namn)
                .nekat(response, fel -> "formularet");
        assertThat(svar).isEqualTo("redirect:/admin/konton/anna");
        assertThat(redirect.getFlashAttributes().get("meddelande")).isEqualTo("konto.skapat");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void refusedShowsTheFormAgainWithTheFirstReasonPerFieldAnd400() {
        String svar = Formularsteg.kor(() -> {
                    throw new Valideringsfel(java.util.List.of(
                            new Valideringsfel.Faltfel("datum", "Saknas"),
                            new Valideringsfel.Faltfel("datum", "Fel form")));
                })
                .klart(redirect, "klart", SIDAN)
                .nekat(response, fel -> "formularet " + fel);
        assertThat(svar).isEqualTo("formularet {datum=Saknas}");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aStepAlreadyDoneSaysSoAndDoesNotRunAgain() {
        String svar = Formularsteg.kor(this::kor)
                .klart(redirect, "klart", SIDAN)
                .redanGjort(() -> true, "redan")
                .nekat(response, fel -> "formularet");
        assertThat(svar).isEqualTo("redirect:" + SIDAN);
        assertThat(redirect.getFlashAttributes().get("meddelande")).isEqualTo("redan");
        assertThat(korningar).hasValue(0);
    }

    @Test
    void aRefusalOfAStepThatAnotherRequestDidMeanwhileSaysItIsDone() {
        boolean[] gjort = {false};
        String svar = Formularsteg.kor(() -> {
                    gjort[0] = true; // another request got there first
                    throw new Valideringsfel("datum", "Redan registrerat");
                })
                .klart(redirect, "klart", SIDAN)
                .redanGjort(() -> gjort[0], "redan")
                .nekat(response, fel -> "formularet");
        assertThat(svar).isEqualTo("redirect:" + SIDAN);
        assertThat(redirect.getFlashAttributes().get("meddelande")).isEqualTo("redan");
    }

    @Test
    void aLostRaceAnsweredOnThePageGoesThereWithItsMessage() {
        String svar = Formularsteg.kor(() -> {
                    throw new Konflikt("Processen ändrades samtidigt");
                })
                .klart(redirect, "klart", SIDAN)
                .samtidigt("samtidigt")
                .nekat(response, fel -> "formularet");
        assertThat(svar).isEqualTo("redirect:" + SIDAN);
        assertThat(redirect.getFlashAttributes().get("meddelande")).isEqualTo("samtidigt");
    }

    @Test
    void aLostRaceAnsweredInTheFormShowsItAgainWithTheReasonAnd400() {
        String svar = Formularsteg.kor(() -> {
                    throw new IllegalStateException("motorn", new OptimisticLockingException());
                })
                .klart(redirect, "klart", SIDAN)
                .redanGjort(() -> false, "redan")
                .samtidigtFel("formular", "Ändrat samtidigt")
                .nekat(response, fel -> "formularet " + fel);
        assertThat(svar).isEqualTo("formularet {formular=Ändrat samtidigt}");
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void aLostRaceIsNotTheFormsToAnswerUnlessItSaysSoAndOtherErrorsGoOnAsThrown() {
        assertThatThrownBy(() -> Formularsteg.kor(() -> {
                            throw new Konflikt("Meddelande-id återanvänt");
                        })
                        .klart(redirect, "klart", SIDAN)
                        .nekat(response, fel -> "formularet"))
                .isInstanceOf(Konflikt.class);
        assertThatThrownBy(() -> Formularsteg.kor(() -> {
                            throw new IllegalArgumentException("fel");
                        })
                        .klart(redirect, "klart", SIDAN)
                        .samtidigt("samtidigt")
                        .nekat(response, fel -> "formularet"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStepRecordedOnceNeedsItsOwnPage() {
        assertThatThrownBy(() -> Formularsteg.kor(this::kor)
                        .klart(redirect, "klart", namn -> "/x/" + namn)
                        .redanGjort(() -> false, "redan")
                        .nekat(response, fel -> "formularet"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(korningar).hasValue(0);
        assertThat(Formularsteg.kor(this::kor)
                        .klart(redirect, "klart", SIDAN)
                        .nekat(response, fel -> Map.of().toString()))
                .isEqualTo("redirect:" + SIDAN);
    }

    private String kor() {
        korningar.incrementAndGet();
        return "klart";
    }
}
