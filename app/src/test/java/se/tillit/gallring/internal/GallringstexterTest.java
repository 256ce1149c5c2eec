package se.tillit.gallring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tillit.gallring.Aktbedomning;
import se.tillit.gallring.Gallringsslag;

/**
 * The gallring pages name every kind of record, every run status and every file outcome through the message files; and
 * every outcome of the destruction and every reason a file or a case was kept or failed (docs/adr/0024), or a case of
 * the research sample not delivered to the e-archive. The kinds of row
 * destroyed are checked by GallringensForstoringTest against what a destruction reports.
 */
class GallringstexterTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyKindStatusAndOutcomeHasAText(String fil) throws IOException {
        Properties texter = new Properties();
        try (var in = new InputStreamReader(
                Files.newInputStream(Path.of("src/main/resources", fil)), StandardCharsets.UTF_8)) {
            texter.load(in);
        }
        for (Gallringsslag slag : Gallringsslag.values()) {
            assertThat(texter).containsKey("gallring.slag." + slag.name());
        }
        for (Korning.Status status : Korning.Status.values()) {
            assertThat(texter).containsKey("gallring.status." + status.name());
        }
        for (Aktbedomning.Utfall utfall : java.util.List.of(
                Aktbedomning.Utfall.GALLRAS, Aktbedomning.Utfall.DELVIS, Aktbedomning.Utfall.BEVARAS)) {
            assertThat(texter).containsKey("gallring.utfall." + utfall.name());
        }
        for (Forstoring.Utfall utfall : Forstoring.Utfall.values()) {
            assertThat(texter).containsKey("gallring.forstoring.utfall." + utfall.name());
        }
        for (String orsak : java.util.List.of(
                Forstoring.Arendet.I_BRUK,
                Forstoring.Arendet.GALLRINGSSTOPP,
                Forstoring.Arendet.INTE_LANGRE_FORFALLET,
                Forstoring.Arendet.FINNS_INTE,
                Forstoring.ARENDEN_KVAR,
                Forstoring.LEX_SARAH,
                Forstoring.SIP,
                Forstoring.OVANTAT_FEL,
                se.tillit.gallring.Gallringshinder.PROCESS_PAGAR,
                Forstoring.ARKIV_UTKORG,
                Forstoring.ARKIVLEVERANS)) {
            assertThat(texter).containsKey("gallring.forstoring.orsak." + orsak);
        }
        // why a case kept for the research sample was not delivered to the e-archive (docs/adr/0025)
        for (String orsak : java.util.List.of(
                Forstoring.Arkivarende.REDAN_LEVERERAD,
                Forstoring.Arkivarende.INTE_LANGRE_FORSKNING,
                Forstoring.Arendet.GALLRINGSSTOPP,
                Forstoring.Arendet.I_BRUK,
                Forstoring.Arendet.FINNS_INTE)) {
            assertThat(texter).containsKey("gallring.arkiv.orsak." + orsak);
        }
        assertThat(texter).containsKey("gallring.arkiv.skal");
    }
}
