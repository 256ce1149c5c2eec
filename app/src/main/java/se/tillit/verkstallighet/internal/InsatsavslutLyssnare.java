package se.tillit.verkstallighet.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.tillit.beslut.InsatsAvslutad;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.verkstallighet.Stangningsorsak;

/**
 * The insats ended (issue 17): the provider's order ends on the day with the reason, which the provider sees on its
 * order's page, and an open ej-verkställt record closes with the matching reason (IVO: "avslutat av annan anledning"),
 * in the transaction that recorded the avslut.
 */
@Component
@RequiredArgsConstructor
class InsatsavslutLyssnare {

    private final JdbcClient jdbc;
    private final AktuellAnvandare aktuellAnvandare;
    private final Bestallningstillstand tillstand;

    @EventListener
    void insatsAvslutad(InsatsAvslutad avslutad) {
        jdbc.sql("""
                        update bestallning set avslutad = least(coalesce(avslutad, :datum), :datum), avslutsorsak = :orsak
                         where beslut_id = :beslut""")
                .param("datum", avslutad.datum())
                .param("orsak", avslutad.orsak().name())
                .param("beslut", avslutad.beslutId())
                .update();
        tillstand.skriv(avslutad.beslutId());
        Stangningsorsak orsak = switch (avslutad.orsak()) {
            case AVLIDEN -> Stangningsorsak.AVLIDEN;
            case FLYTTAT -> Stangningsorsak.FLYTTAT;
            case AVBOJT -> Stangningsorsak.ATERKALLAT;
            default -> Stangningsorsak.BESLUTET_UPPHORT;
        };
        String av =
                aktuellAnvandare.hamta().map(InloggadAnvandare::anvandarnamn).orElse("system");
        jdbc.sql("""
                        update ej_verkstallt set stangd = :datum, stangd_orsak = :orsak, stangd_av = :av, stangd_registrerad = now()
                         where stangd is null and beslut_id = :beslut""")
                .param("datum", avslutad.datum())
                .param("orsak", orsak.name())
                .param("av", av)
                .param("beslut", avslutad.beslutId())
                .update();
    }
}
