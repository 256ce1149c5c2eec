package se.tillit.arende.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.tillit.arende.Arendetyp;

/**
 * Which unit handles which case type (table {@code enhet_arendetyp}, V35). A unit with no rows takes every type, so
 * an installation that has not set it up behaves as before; a unit with rows takes those types only.
 */
@Repository
class Handlaggningsansvar {

    private final JdbcClient jdbc;

    Handlaggningsansvar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the unit takes aktualiseringar of the type. */
    boolean tar(String enhet, Arendetyp typ) {
        List<String> typer = jdbc.sql("select arendetyp from enhet_arendetyp where enhet_kod = :enhet")
                .param("enhet", enhet).query(String.class).list();
        return typer.isEmpty() || typer.contains(typ.name());
    }

    /** The units set up to handle the type, by code, sorted. */
    Set<String> enheterFor(Arendetyp typ) {
        return new TreeSet<>(jdbc.sql("select enhet_kod from enhet_arendetyp where arendetyp = :typ")
                .param("typ", typ.name()).query(String.class).list());
    }

    /** Adds the unit's types (idempotent: what is there stays). */
    void lagg(String enhet, Set<Arendetyp> typer, String av) {
        for (Arendetyp typ : typer) {
            jdbc.sql("""
                            insert into enhet_arendetyp (enhet_kod, arendetyp, skapad_av) values (:enhet, :typ, :av)
                            on conflict do nothing""")
                    .param("enhet", enhet).param("typ", typ.name()).param("av", av).update();
        }
    }
}
