package se.tillit.sakerhet.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether an account is still what a session logged in as: active, with the same version of its roles. Asked on every
 * request of a logged-in person, so the answer is kept a short while ({@code tillit.sakerhet.kontokontroll}, 1 s by
 * default): at most one primary-key query per user and interval. A change made on this node forgets its account's
 * answer when it commits, so here it takes effect at the next request; another node sees it within the interval.
 */
@Component
class Kontoversioner {

    private record Post(long version, boolean aktiv, long hamtad) {}

    private final JdbcClient jdbc;
    private final long giltighetNanos;
    private final Map<String, Post> poster = new ConcurrentHashMap<>();

    Kontoversioner(JdbcClient jdbc, @Value("${tillit.sakerhet.kontokontroll:1s}") Duration giltighet) {
        this.jdbc = jdbc;
        this.giltighetNanos = giltighet.toNanos();
    }

    /** Whether the account is active and still at the version the session was given at login. */
    boolean giltig(String anvandarnamn, long version) {
        long nu = System.nanoTime();
        Post post = poster.get(anvandarnamn);
        if (post == null || nu - post.hamtad() > giltighetNanos) {
            post = jdbc.sql("select behorighetsversion, aktiv from anvandare where anvandarnamn = :a")
                    .param("a", anvandarnamn)
                    .query((rs, n) -> new Post(rs.getLong("behorighetsversion"), rs.getBoolean("aktiv"), nu))
                    .optional()
                    .orElse(new Post(-1, false, nu));
            poster.put(anvandarnamn, post);
        }
        return post.aktiv() && post.version() == version;
    }

    /** The account was changed: its next request reads it again (once the change is committed). */
    void glom(String anvandarnamn) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    poster.remove(anvandarnamn);
                }
            });
        } else {
            poster.remove(anvandarnamn);
        }
    }
}
