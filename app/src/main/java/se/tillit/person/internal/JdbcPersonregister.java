package se.tillit.person.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.person.Postadress;
import se.tillit.person.Skyddsniva;

@Service
@RequiredArgsConstructor
class JdbcPersonregister implements Personregister {

    private final JdbcClient jdbc;

    @Override
    @Transactional
    public Person registrera(NyPerson ny, String registreradAv) {
        // insert-or-keep in one statement, so two simultaneous registrations of one number make one person
        jdbc.sql("""
                        insert into person (personnummer, fornamn, efternamn, fodelsedatum, kon, samordningsnummer,
                                            skyddsniva, skapad_av)
                        values (:pnr, :fornamn, :efternamn, :fodelsedatum, :kon, :samordningsnummer, :skyddsniva, :av)
                        on conflict (personnummer) do nothing""")
                .param("pnr", ny.personnummer().tolvSiffror())
                .param("fornamn", ny.fornamn().trim())
                .param("efternamn", ny.efternamn().trim())
                .param("fodelsedatum", ny.personnummer().fodelsedatum())
                .param("kon", String.valueOf(ny.personnummer().kon()))
                .param("samordningsnummer", ny.personnummer().arSamordningsnummer())
                .param("skyddsniva", ny.skyddsniva().name())
                .param("av", registreradAv)
                .update();
        return hitta(ny.personnummer()).orElseThrow();
    }

    @Override
    public Optional<Person> hitta(Personnummer personnummer) {
        return jdbc.sql("""
                        select id, personnummer, fornamn, efternamn, fodelsedatum, kon, skyddsniva
                          from person where personnummer = :pnr""")
                .param("pnr", personnummer.tolvSiffror())
                .query(JdbcPersonregister::person)
                .optional();
    }

    @Override
    public Optional<Person> hitta(UUID id) {
        return jdbc.sql("""
                        select id, personnummer, fornamn, efternamn, fodelsedatum, kon, skyddsniva
                          from person where id = :id""").param("id", id).query(JdbcPersonregister::person).optional();
    }

    @Override
    public java.util.Map<UUID, Person> hittaAlla(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc
                .sql("""
                        select id, personnummer, fornamn, efternamn, fodelsedatum, kon, skyddsniva
                          from person where id in (:ids)""")
                // list(), not stream(): a stream holds its connection until closed, and outside a transaction nothing
                // closes it
                .param("ids", java.util.Set.copyOf(ids))
                .query(JdbcPersonregister::person)
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Person::id, person -> person));
    }

    @Override
    public List<Person> iOrdning(UUID efter, int hogst) {
        return jdbc.sql("""
                        select id, personnummer, fornamn, efternamn, fodelsedatum, kon, skyddsniva
                          from person where id > :efter order by id limit :hogst""")
                .param("efter", efter == null ? new UUID(0, 0) : efter)
                .param("hogst", hogst)
                .query(JdbcPersonregister::person)
                .list();
    }

    @Override
    public long antal() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    @Override
    public Optional<Postadress> adress(UUID personId) {
        return jdbc.sql("select co, gatuadress, postnummer, postort from person_adress where person_id = :id")
                .param("id", personId)
                .query((rs, n) -> new Postadress(
                        rs.getString("co"),
                        rs.getString("gatuadress"),
                        rs.getString("postnummer"),
                        rs.getString("postort")))
                .optional();
    }

    @Override
    public List<Person> sokNamn(String namndel, int max) {
        if (namndel == null || namndel.isBlank()) {
            return List.of();
        }
        // position() rather than like: what is typed is never a pattern
        return jdbc.sql("""
                        select id, personnummer, fornamn, efternamn, fodelsedatum, kon, skyddsniva from person
                         where position(lower(:del) in lower(fornamn || ' ' || efternamn)) > 0
                         order by lower(efternamn), lower(fornamn), personnummer limit :max""")
                .param("del", namndel.strip().replaceAll("\\s+", " "))
                .param("max", Math.max(1, max))
                .query(JdbcPersonregister::person)
                .list();
    }

    private static Person person(ResultSet rs, int rowNum) throws SQLException {
        return new Person(
                rs.getObject("id", UUID.class),
                new Personnummer(rs.getString("personnummer")),
                rs.getString("fornamn"),
                rs.getString("efternamn"),
                rs.getDate("fodelsedatum").toLocalDate(),
                rs.getString("kon").charAt(0),
                Skyddsniva.valueOf(rs.getString("skyddsniva")));
    }
}
