package se.tillit.arende.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.tillit.arende.Arendetyp;
import se.tillit.sakerhet.EnhetensArendetyper;

/**
 * Which unit handles which case type (table {@code enhet_arendetyp}, V35). A unit with no rows takes every type, so
 * an installation that has not set it up behaves as before; a unit with rows takes those types only. The unit
 * administration (module sakerhet) reads and sets it through {@link EnhetensArendetyper}.
 */
@Repository
@RequiredArgsConstructor
class Handlaggningsansvar implements EnhetensArendetyper {

    private final JdbcClient jdbc;

    /** Whether the unit takes aktualiseringar of the type. */
    boolean tar(String enhet, Arendetyp typ) {
        List<String> typer = jdbc.sql("select arendetyp from enhet_arendetyp where enhet_kod = :enhet")
                .param("enhet", enhet)
                .query(String.class)
                .list();
        return typer.isEmpty() || typer.contains(typ.name());
    }

    /** The units set up to handle the type, by code, sorted. */
    Set<String> enheterFor(Arendetyp typ) {
        return new TreeSet<>(jdbc.sql("select enhet_kod from enhet_arendetyp where arendetyp = :typ")
                .param("typ", typ.name())
                .query(String.class)
                .list());
    }

    /** Adds the unit's types (idempotent: what is there stays). */
    void lagg(String enhet, Set<Arendetyp> typer, String av) {
        for (Arendetyp typ : typer) {
            jdbc.sql("""
                            insert into enhet_arendetyp (enhet_kod, arendetyp, skapad_av) values (:enhet, :typ, :av)
                            on conflict do nothing""")
                    .param("enhet", enhet)
                    .param("typ", typ.name())
                    .param("av", av)
                    .update();
        }
    }

    @Override
    public List<String> alla() {
        return Arrays.stream(Arendetyp.values()).map(Arendetyp::name).toList();
    }

    /** In the enum's order; a code no case type has (set by SQL) comes last, shown rather than hidden. */
    @Override
    public List<String> enhetens(String enhetKod) {
        List<String> ordning = alla();
        return jdbc
                .sql("select arendetyp from enhet_arendetyp where enhet_kod = :enhet order by arendetyp")
                .param("enhet", enhetKod)
                .query(String.class)
                .list()
                .stream()
                .sorted(Comparator.comparingInt(kod -> ordning.contains(kod) ? ordning.indexOf(kod) : ordning.size()))
                .toList();
    }

    /** @throws IllegalArgumentException for a code that is no case type (the caller checks against {@link #alla()}) */
    @Override
    public void ersatt(String enhetKod, Set<String> typer, String av) {
        Set<Arendetyp> nya = typer.stream()
                .map(Arendetyp::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Arendetyp.class)));
        List<String> behalls = nya.stream().map(Arendetyp::name).toList();
        if (behalls.isEmpty()) {
            jdbc.sql("delete from enhet_arendetyp where enhet_kod = :enhet")
                    .param("enhet", enhetKod)
                    .update();
        } else {
            jdbc.sql("delete from enhet_arendetyp where enhet_kod = :enhet and arendetyp not in (:typer)")
                    .param("enhet", enhetKod)
                    .param("typer", behalls)
                    .update();
        }
        lagg(enhetKod, nya, av);
    }
}
