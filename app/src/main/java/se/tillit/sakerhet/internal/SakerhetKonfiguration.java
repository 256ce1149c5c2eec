package se.tillit.sakerhet.internal;

import static org.springframework.http.HttpStatus.UNAUTHORIZED;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import se.tillit.sakerhet.Inloggningslogg.Metod;
import se.tillit.sakerhet.Inloggningslogg.Orsak;
import se.tillit.sakerhet.Roll;

/**
 * Six filter chains, most specific first:
 * <ol>
 * <li>{@code /engine-rest/**}: Camunda's REST API, a service account with HTTP Basic, no session;</li>
 * <li>{@code /actuator/**}: health probes open; {@code /actuator/prometheus} for the monitoring account; the rest
 * ADMIN (browser session) or the integration account;</li>
 * <li>{@code /api/**}: our JSON API, a person's browser session (CSRF token on writes) or a service account's HTTP
 * Basic, no session created (units checked per use case); {@code /api/region/**} for the region's service account
 * only, which has nothing else; {@code /api/admin/konton/**} and {@code /api/admin/enheter/**} for ADMIN and the
 * user provisioning's service account, which has nothing else;</li>
 * <li>{@code /dokumentation/openapi} (and its {@code .yaml} and {@code /swagger-config}): the OpenAPI document of
 * {@code /api}, for every logged-in person and every service account (HTTP Basic); anonymous, a browser is sent to the
 * login page and any other client gets 401 (docs/adr/0028);</li>
 * <li>{@code /camunda/**}: Camunda's webapps, ADMIN only, on the session of our own login page;</li>
 * <li>everything else: our pages, the login form and (when configured) the login through the municipality's identity
 * provider for people, CSRF on, a strict Content-Security-Policy.</li>
 * </ol>
 * People never use HTTP Basic: a person's account that presents it gets 401 with a message (issue 16, ADR 18). Every
 * login, logout, failure and lockout is logged ({@link JdbcInloggningslogg}); repeated failures lock the name and
 * throttle the address ({@link Inloggningssparr}); a session ends at its absolute lifetime ({@link SessionMaxtid}).
 * Paths are matched with path-pattern matchers: plain string matchers did not match the Jersey-served
 * {@code /engine-rest} and {@code /camunda/api} (docs/adr/0003). Browser paths never send a Basic challenge. The two
 * session chains end a session at its next request once its account is deactivated or its roles change
 * ({@link KontotsGiltighet}).
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(InloggningInstallningar.class)
class SakerhetKonfiguration {

    static final String LOGIN_PAGE = "/login";
    /** springdoc.api-docs.path in application.yaml */
    static final String API_DOKUMENT = "/dokumentation/openapi";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private final AuthenticationManager personInloggning;
    private final AuthenticationManager apiInloggning;
    private final InloggningInstallningar installningar;
    private final JdbcInloggningslogg logg;
    private final Clock clock;
    private final ApiInloggningssvar apiSvar;
    /** Ends a session whose account was deactivated or had a role taken: the pages' chains send it to the login page. */
    private final KontotsGiltighet kontotsGiltighet;
    /** The same for a person's session on {@code /api} and {@code /actuator}: a 401, no redirect. */
    private final KontotsGiltighet kontotsGiltighetForApi;

    SakerhetKonfiguration(
            UserDetailsService anvandare,
            PasswordEncoder passwordEncoder,
            InloggningInstallningar installningar,
            Inloggningssparr sparr,
            JdbcInloggningslogg logg,
            Clock clock,
            MessageSource meddelanden,
            AnvandarRepository konton,
            Kontoversioner kontoversioner) {
        this.kontotsGiltighet = new KontotsGiltighet(kontoversioner, LOGIN_PAGE + "?avslutad");
        this.kontotsGiltighetForApi = new KontotsGiltighet(kontoversioner, null);
        this.installningar = installningar;
        this.logg = logg;
        this.clock = clock;
        this.apiSvar = new ApiInloggningssvar(meddelanden, installningar.sparr().sparrtid());
        boolean lokalaLosenord =
                !installningar.oidc().enabled() || installningar.oidc().lokalaLosenord();
        AuthenticationProvider personensLosenord = new LoggadLosenordsinloggning(
                losenord(anvandare, passwordEncoder, user -> {
                    if (user instanceof TillitUserDetails details && details.tjanstekonto()) {
                        throw new InloggningNekad(Orsak.TJANSTEKONTO_I_WEBBLASARE);
                    }
                    if (!lokalaLosenord) {
                        throw new InloggningNekad(Orsak.LOKALT_LOSENORD_AVSTANGT);
                    }
                }),
                Metod.LOSENORD,
                sparr,
                logg,
                installningar.basicLoggintervall());
        // our own manager, without Spring's global one as a parent: a provider's refusal (a lockout) is final; with the
        // identity provider on, its code exchange and ID token check beside the password
        this.personInloggning = installningar.oidc().enabled()
                ? new ProviderManager(
                        personensLosenord,
                        new OidcAuthorizationCodeAuthenticationProvider(
                                new RestClientAuthorizationCodeTokenResponseClient(),
                                new OidcInloggning(konton, installningar.oidc())))
                : new ProviderManager(personensLosenord);
        this.apiInloggning = new ProviderManager(new LoggadLosenordsinloggning(
                losenord(anvandare, passwordEncoder, user -> {
                    if (!(user instanceof TillitUserDetails details) || !details.tjanstekonto()) {
                        throw new InloggningNekad(Orsak.PERSON_MED_BASIC);
                    }
                }),
                Metod.BASIC,
                sparr,
                logg,
                installningar.basicLoggintervall()));
    }

    @Bean
    static PasswordEncoder passwordEncoder() {
        // {bcrypt} today; the prefix lets a later algorithm take over user by user
        DelegatingPasswordEncoder encoder =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        // an account without a local password (its login is the municipality's identity provider only) has no hash:
        // no password matches it, where Spring's default would answer 500 (no encoder for the id null)
        encoder.setDefaultPasswordEncoderForMatches(new PasswordEncoder() {
            @Override
            public String encode(CharSequence losenord) {
                throw new UnsupportedOperationException("Only for matching");
            }

            @Override
            public boolean matches(CharSequence losenord, String hash) {
                return false;
            }
        });
        return encoder;
    }

    /**
     * Spring Security's firewall as it is, and besides: a parameter value (query string or form) with a NUL or another
     * control character (tab and line breaks aside) is refused with 400 before any code reads it. PostgreSQL cannot
     * store a NUL and a PDF cannot hold one, so such a value otherwise ended as a 500; no form has a use for them.
     */
    @Bean
    static StrictHttpFirewall brandvagg() {
        StrictHttpFirewall brandvagg = new StrictHttpFirewall();
        brandvagg.setAllowedParameterValues(SakerhetKonfiguration::utanStyrtecken);
        brandvagg.setAllowedParameterNames(SakerhetKonfiguration::utanStyrtecken);
        return brandvagg;
    }

    static boolean utanStyrtecken(String text) {
        return text.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return apiChain(http, path("/engine-rest/**"), false)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("ADMIN", "INTEGRATION"))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return apiChain(http, path("/actuator/**"), true)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                path("/actuator/health"),
                                path("/actuator/health/liveness"),
                                path("/actuator/health/readiness"))
                        .permitAll()
                        .requestMatchers(path("/actuator/prometheus"))
                        .hasAnyRole(Roll.MONITORING.name(), Roll.ADMIN.name(), Roll.INTEGRATION.name())
                        .anyRequest()
                        .hasAnyRole(Roll.ADMIN.name(), Roll.INTEGRATION.name()))
                .build();
    }

    /**
     * Our JSON API: people with their browser session, service accounts with HTTP Basic; the use cases check the unit.
     * The region's service account (REGION) has {@code /api/region/**} and nothing else; no one else has that part. The
     * monitoring account has no part of it.
     */
    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> intePaRegionenOvervakningenEllerProvisioneringen =
                AuthorizationManagers.allOf(
                        AuthenticatedAuthorizationManager.authenticated(),
                        AuthorizationManagers.not(AuthorityAuthorizationManager.hasAnyRole(
                                Roll.REGION.name(), Roll.MONITORING.name(), Roll.PROVISIONERING.name())));
        return apiChain(http, path("/api/**"), true)
                .authorizeHttpRequests(requests -> requests.requestMatchers(path("/api/region/**"))
                        .hasRole(Roll.REGION.name())
                        // accounts and units: ADMIN, and the user provisioning's service account, which has nothing
                        // else
                        .requestMatchers(path("/api/admin/konton/**"), path("/api/admin/enheter/**"))
                        .hasAnyRole(Roll.ADMIN.name(), Roll.PROVISIONERING.name())
                        .anyRequest()
                        .access(intePaRegionenOvervakningenEllerProvisioneringen))
                .build();
    }

    /**
     * The OpenAPI document of {@code /api}: integrators fetch it with their service account's HTTP Basic, people read it
     * with their session (Swagger UI under {@code /dokumentation/api} is a page and asks for it with the session). An
     * anonymous request is answered as the API answers one, 401 with a problem document, unless it is a browser asking
     * for a page, which goes to the login page (no Basic challenge in a browser's face).
     */
    @Bean
    @Order(4)
    SecurityFilterChain apiDokumentet(HttpSecurity http) throws Exception {
        MediaTypeRequestMatcher webblasare = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        webblasare.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> inloggning = new LinkedHashMap<>();
        inloggning.put(webblasare, new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE));
        DelegatingAuthenticationEntryPoint svar = new DelegatingAuthenticationEntryPoint(inloggning);
        svar.setDefaultEntryPoint(apiSvar);
        return apiChain(
                        http,
                        new OrRequestMatcher(
                                path(API_DOKUMENT), path(API_DOKUMENT + ".yaml"), path(API_DOKUMENT + "/**")),
                        true)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(svar))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/camunda-welcome/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .addFilterBefore(kontotsGiltighet, AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        // the webapps' own API calls get a plain 401, never a Basic challenge (no browser prompt)
                        .defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(UNAUTHORIZED), path("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), AnyRequestMatcher.INSTANCE))
                .addFilterAfter(
                        new SessionMaxtid(installningar.sessionMaxtid(), clock, logg, false),
                        SecurityContextHolderFilter.class)
                // Camunda's own CsrfPreventionFilter (X-XSRF-TOKEN) guards /camunda/api
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(6)
    SecurityFilterChain application(HttpSecurity http) throws Exception {
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?fel");
        // a failed login leaves no session behind and no exception text for the page to show
        failure.setAllowSessionCreation(false);
        http.authenticationManager(personInloggning)
                .addFilterBefore(kontotsGiltighet, AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                path(LOGIN_PAGE),
                                path("/css/**"),
                                path("/js/**"),
                                path("/webjars/**"),
                                path("/favicon.ico"),
                                path("/error"))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .failureHandler((request, response, fel) -> {
                            if (fel instanceof InloggningNekad nekad && nekad.sparr()) {
                                response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?sparrad");
                            } else if (fel instanceof InloggningNekad nekad
                                    && nekad.orsak() == Orsak.LOKALT_LOSENORD_AVSTANGT) {
                                response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?nekad="
                                        + nekad.orsak().name());
                            } else {
                                failure.onAuthenticationFailure(request, response, fel);
                            }
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(new UtloggningLogg(logg))
                        .logoutSuccessUrl(LOGIN_PAGE + "?utloggad")
                        .deleteCookies("TILLIT_SESSION"))
                .addFilterAfter(
                        new SessionMaxtid(installningar.sessionMaxtid(), clock, logg, false),
                        SecurityContextHolderFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy()))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (installningar.oidc().enabled()) {
            UpptacktKlientregistrering registrering = new UpptacktKlientregistrering(installningar.oidc());
            OidcUtfall utfall = new OidcUtfall(logg);
            OidcClientInitiatedLogoutSuccessHandler utloggning =
                    new OidcClientInitiatedLogoutSuccessHandler(registrering);
            utloggning.setPostLogoutRedirectUri("{baseUrl}" + LOGIN_PAGE + "?utloggad");
            utloggning.setDefaultTargetUrl(LOGIN_PAGE + "?utloggad");
            http.oauth2Login(oidc -> oidc.loginPage(LOGIN_PAGE)
                            .clientRegistrationRepository(registrering)
                            .successHandler(utfall)
                            .failureHandler(utfall)
                            .withObjectPostProcessor(
                                    new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                                        @Override
                                        public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(
                                                O filter) {
                                            // the provider unreachable (its discovery document) is a message, not a 500
                                            filter.setAuthenticationFailureHandler(utfall);
                                            return filter;
                                        }
                                    }))
                    .logout(logout -> logout.logoutSuccessHandler(utloggning));
        }
        return http.build();
    }

    /**
     * Ours, and with the login through the identity provider its origin may receive a form's redirect: the logout
     * (a form post) ends at the provider's end-session endpoint.
     */
    private String contentSecurityPolicy() {
        if (!installningar.oidc().enabled()
                || !StringUtils.hasText(installningar.oidc().issuerUri())) {
            return CONTENT_SECURITY_POLICY;
        }
        URI utgivare = URI.create(installningar.oidc().issuerUri());
        String ursprung = utgivare.getScheme() + "://" + utgivare.getAuthority();
        return CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + ursprung);
    }

    private HttpSecurity apiChain(HttpSecurity http, RequestMatcher paths, boolean personensSession) throws Exception {
        http.securityMatcher(paths)
                .authenticationManager(apiInloggning)
                .httpBasic(basic -> basic.realmName("Tillit").authenticationEntryPoint(apiSvar))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(apiSvar))
                // no session is created here: a service account's login lives for its request
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable);
        if (personensSession) {
            // a person's browser session is read (never written); its writes need the session's CSRF token, as a
            // page's form does; a request with Authorization (a service account's Basic) has no cookie to abuse
            http.securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                            new RequestAttributeSecurityContextRepository(), new LasbarSession())))
                    .csrf(csrf -> csrf.requireCsrfProtectionMatcher(
                            request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                                    && request.getHeader("Authorization") == null
                                    && request.getSession(false) != null))
                    .addFilterAfter(
                            new SessionMaxtid(installningar.sessionMaxtid(), clock, logg, true),
                            SecurityContextHolderFilter.class)
                    .addFilterBefore(kontotsGiltighetForApi, AuthorizationFilter.class);
        } else {
            http.securityContext(context ->
                            context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                    .csrf(AbstractHttpConfigurer::disable);
        }
        return http;
    }

    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static DaoAuthenticationProvider losenord(
            UserDetailsService anvandare,
            PasswordEncoder passwordEncoder,
            org.springframework.security.core.userdetails.UserDetailsChecker efterLosenordet) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(anvandare);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPostAuthenticationChecks(efterLosenordet);
        return provider;
    }
}
