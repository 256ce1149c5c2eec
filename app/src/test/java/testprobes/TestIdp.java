package testprobes;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The municipality's identity provider in the tests: NAV's mock-oauth2-server, a real OpenID Connect provider (discovery,
 * authorization code, signed ID tokens, JWKS, user info, end session) in this JVM, started once for the whole run
 * (docs/adr/0018). Its interactive login page asks for a subject and the claims to put in the token, as a test or a
 * browser types them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestIdp {

    public static final String UTGIVARE = "kommun";
    public static final String CLIENT_ID = "tillit";

    private static final MockOAuth2Server SERVER = starta();

    private static MockOAuth2Server starta() {
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        server.start(0);
        return server;
    }

    public static MockOAuth2Server server() {
        return SERVER;
    }

    public static String utgivare() {
        return SERVER.issuerUrl(UTGIVARE).toString();
    }

    @Bean
    DynamicPropertyRegistrar idpEgenskaper() {
        return egenskaper -> egenskaper.add("tillit.inloggning.oidc.issuer-uri", TestIdp::utgivare);
    }
}
