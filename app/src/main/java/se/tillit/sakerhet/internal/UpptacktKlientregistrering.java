package se.tillit.sakerhet.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The municipality's identity provider as Spring Security's one client registration ({@value #ID}), read from the
 * provider's discovery document at the first login through it, and kept once read. Not at start: the application
 * (and its local login) starts while the provider is away, and a login tried then is refused with a message
 * (docs/adr/0018).
 */
@RequiredArgsConstructor
class UpptacktKlientregistrering implements ClientRegistrationRepository {

    static final String ID = "kommun";

    private final InloggningInstallningar.Oidc installningar;
    private volatile ClientRegistration registrering;

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration kand = registrering;
        if (kand == null) {
            synchronized (this) {
                if (registrering == null) {
                    registrering = ClientRegistrations.fromIssuerLocation(installningar.issuerUri())
                            .registrationId(ID)
                            .clientId(installningar.clientId())
                            .clientSecret(installningar.clientSecret())
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .scope(installningar.scopes())
                            .userNameAttributeName("sub")
                            .build();
                }
                kand = registrering;
            }
        }
        return kand;
    }
}
