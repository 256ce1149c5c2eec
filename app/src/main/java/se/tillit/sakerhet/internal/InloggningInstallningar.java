package se.tillit.sakerhet.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people and service accounts log in (issue 16, docs/security.md "Login"): lockout and throttling of the local
 * passwords, the session's absolute lifetime, and the login through the municipality's identity provider.
 *
 * @param sessionMaxtid a session ends this long after its login, however active (the idle timeout is
 *        server.servlet.session.timeout)
 * @param basicLoggintervall a service account's successful HTTP Basic login is logged once per account and source
 *        address in this interval (every API call is a Basic login; failures are always logged)
 */
@ConfigurationProperties("tillit.inloggning")
record InloggningInstallningar(
        @DefaultValue Sparr sparr,
        @DefaultValue("10h") Duration sessionMaxtid,
        @DefaultValue("15m") Duration basicLoggintervall,
        @DefaultValue Oidc oidc) {

    /**
     * @param maxForsok failed logins of one user name (as typed, whether the account exists or not) within
     *        {@code fonster} that lock it for {@code sparrtid}
     * @param maxForsokPerAdress failed logins from one source address within {@code fonster} that throttle every login
     *        from it for {@code sparrtid}
     */
    record Sparr(
            @DefaultValue("5") int maxForsok,
            @DefaultValue("30") int maxForsokPerAdress,
            @DefaultValue("15m") Duration fonster,
            @DefaultValue("15m") Duration sparrtid) {}

    /**
     * @param enabled off by default: the demo and small municipalities keep local accounts only
     * @param issuerUri the provider's issuer; its metadata is read from {@code /.well-known/openid-configuration} at the
     *        first login through it, not at start, so the local login works while the provider is away
     * @param anvandarClaim the claim of the ID token (or the user info) that names the Tillit account
     * @param matchning whether the claim's value is the account's user name or its {@code externt_id}
     * @param lokalaLosenord whether people may also log in with a local password (service accounts always use theirs)
     */
    record Oidc(
            @DefaultValue("false") boolean enabled,
            String issuerUri,
            String clientId,
            String clientSecret,
            @DefaultValue({"openid", "profile"}) List<String> scopes,
            @DefaultValue("preferred_username") String anvandarClaim,
            @DefaultValue("ANVANDARNAMN") Matchning matchning,
            @DefaultValue("true") boolean lokalaLosenord) {}

    enum Matchning {
        ANVANDARNAMN,
        EXTERNT_ID
    }
}
