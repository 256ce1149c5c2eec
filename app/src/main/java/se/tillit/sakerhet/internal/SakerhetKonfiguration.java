package se.tillit.sakerhet.internal;

import static org.springframework.http.HttpStatus.UNAUTHORIZED;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import se.tillit.sakerhet.Roll;

/**
 * Five filter chains, most specific first:
 * <ol>
 * <li>{@code /engine-rest/**}: Camunda's REST API, ADMIN or a service account, HTTP Basic, no session;</li>
 * <li>{@code /actuator/**}: health probes open, everything else ADMIN or a service account, HTTP Basic;</li>
 * <li>{@code /api/**}: our JSON API, anyone with an account, HTTP Basic, no session (units checked per use case);
 * {@code /api/region/**} for the region's service account only, which has nothing else; {@code /api/admin/konton/**}
 * and {@code /api/admin/enheter/**} for ADMIN and the user provisioning's service account, which has nothing else;</li>
 * <li>{@code /camunda/**}: Camunda's webapps, ADMIN only, on the session of our own login page;</li>
 * <li>everything else: our pages, form login for people, CSRF on, a strict Content-Security-Policy.</li>
 * </ol>
 * Paths are matched with path-pattern matchers: plain string matchers did not match the Jersey-served
 * {@code /engine-rest} and {@code /camunda/api} (docs/adr/0003). Browser paths never send a Basic challenge. The two
 * session chains end a session at its next request once its account is deactivated or its roles change
 * ({@link KontotsGiltighet}).
 */
@Configuration
@EnableWebSecurity
class SakerhetKonfiguration {

    static final String LOGIN_PAGE = "/login";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private final AuthenticationManager personInloggning;
    private final AuthenticationManager apiInloggning;
    /** Ends a session whose account was deactivated or had a role taken (not a bean: it is in the two session chains only). */
    private final KontotsGiltighet kontotsGiltighet;

    SakerhetKonfiguration(UserDetailsService anvandare, PasswordEncoder passwordEncoder, Kontoversioner kontoversioner) {
        this.personInloggning = authenticationManager(anvandare, passwordEncoder, true);
        this.apiInloggning = authenticationManager(anvandare, passwordEncoder, false);
        this.kontotsGiltighet = new KontotsGiltighet(kontoversioner, LOGIN_PAGE + "?avslutad");
    }

    @Bean
    static PasswordEncoder passwordEncoder() {
        // {bcrypt} today; the prefix lets a later algorithm take over user by user
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
        return apiChain(http, path("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("ADMIN", "INTEGRATION"))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return apiChain(http, path("/actuator/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/liveness"),
                                path("/actuator/health/readiness")).permitAll()
                        .anyRequest().hasAnyRole("ADMIN", "INTEGRATION"))
                .build();
    }

    /**
     * Our JSON API: people and service accounts with HTTP Basic; the use cases check the unit. The region's service
     * account (REGION) has {@code /api/region/**} and nothing else; no one else has that part.
     */
    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> inteRegionen = AuthorizationManagers.allOf(
                AuthenticatedAuthorizationManager.authenticated(),
                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAnyRole(Roll.REGION.name(),
                        Roll.PROVISIONERING.name())));
        return apiChain(http, path("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/api/region/**")).hasRole(Roll.REGION.name())
                        // accounts and units: ADMIN, and the user provisioning's service account, which has nothing else
                        .requestMatchers(path("/api/admin/konton/**"), path("/api/admin/enheter/**"))
                        .hasAnyRole(Roll.ADMIN.name(), Roll.PROVISIONERING.name())
                        .anyRequest().access(inteRegionen))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/camunda-welcome/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .addFilterBefore(kontotsGiltighet, AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        // the webapps' own API calls get a plain 401, never a Basic challenge (no browser prompt)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(UNAUTHORIZED), path("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                                AnyRequestMatcher.INSTANCE))
                // Camunda's own CsrfPreventionFilter (X-XSRF-TOKEN) guards /camunda/api
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain application(HttpSecurity http) throws Exception {
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?fel");
        // a failed login leaves no session behind and no exception text for the page to show
        failure.setAllowSessionCreation(false);
        return http
                .authenticationManager(personInloggning)
                .addFilterBefore(kontotsGiltighet, AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path(LOGIN_PAGE), path("/css/**"), path("/js/**"), path("/webjars/**"),
                                path("/favicon.ico"), path("/error")).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).failureHandler(failure).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?utloggad")
                        .deleteCookies("TILLIT_SESSION"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    private HttpSecurity apiChain(HttpSecurity http, RequestMatcher paths) throws Exception {
        return http
                .securityMatcher(paths)
                .authenticationManager(apiInloggning)
                .httpBasic(basic -> basic.realmName("Tillit"))
                // stateless: a browser session is not accepted here, so there is no cookie for CSRF to abuse
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable);
    }

    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static AuthenticationManager authenticationManager(UserDetailsService anvandare,
            PasswordEncoder passwordEncoder, boolean baraPersoner) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(anvandare);
        provider.setPasswordEncoder(passwordEncoder);
        if (baraPersoner) {
            provider.setPostAuthenticationChecks(user -> {
                if (user instanceof TillitUserDetails details && details.tjanstekonto()) {
                    throw new DisabledException("Service accounts cannot log in with a browser");
                }
            });
        }
        return new ProviderManager(provider);
    }
}
