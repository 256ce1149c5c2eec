package se.tillit.drift.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The OpenAPI document of {@code /api} (served at {@code /dokumentation/openapi}, committed as
 * {@code docs/api/openapi.json}; docs/adr/0028): its info and version, the two ways to authenticate, one tag per module,
 * and what every operation shares: the error answers as problem documents, the security, the version header. What
 * each operation does is said on the operation ({@code @Operation} on the controllers). The texts are Swedish: they are
 * documentation for the municipality's integrators, not text of the user interface.
 */
@Configuration
class ApiDokumentation {

    /**
     * The API's version (semver): the major part changes only with a change that breaks a client, which the
     * compatibility promise of ADR 28 rules out within a major version. Sent on every {@code /api} answer as
     * {@link #VERSIONSHUVUD}.
     */
    static final String VERSION = "1.0.0";

    static final String VERSIONSHUVUD = "Tillit-Api-Version";

    static final String BASIC = "tjanstekonto";
    static final String SESSION = "session";
    static final String CSRF = "csrf";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /**
     * One tag per module, named as the module's package, and {@code region}: the region's service account's part of
     * the API (it may call nothing else), which spans the modules sip and utskrivning. A generated client names its
     * classes after these.
     */
    static final Map<String, String> TAGGAR = taggar();

    private static Map<String, String> taggar() {
        Map<String, String> taggar = new LinkedHashMap<>();
        taggar.put(
                "arende",
                "Aktualiseringar och ärenden: registrera en ansökan, anmälan eller aktualisering på annat sätt, "
                        + "förläng förhandsbedömningen, läs och avsluta ett ärende.");
        taggar.put("utredning", "Utredningen: förlängning av utredningstiden (11 kap. 2 § SoL).");
        taggar.put("beslut", "Beslut: fatta beslut om insatser, delgivning, överklagande och domslut.");
        taggar.put(
                "verkstallighet",
                "Verkställighet av beslut: bokad plats, närvaro, verkställt, avbrott, utförarens "
                        + "acceptans och hinder, samt ej verkställda beslut och deras erbjudanden.");
        taggar.put("uppfoljning", "Uppföljning av ett verkställt beslut.");
        taggar.put(
                "sip",
                "Samordnad individuell plan (SIP) med regionen, från kommunens sida: samtycke först, kallelse, "
                        + "möten, plan och uppföljning.");
        taggar.put(
                "region",
                "Regionens del av API:t, för regionens tjänstekonto (rollen REGION) och ingen annan: "
                        + "utskrivningsmeddelanden från slutenvården, regionens del av SIP och regionens insatser.");
        taggar.put(
                "utskrivning",
                "Utskrivning från slutenvården: vistelser, månadens betalningsansvar, överenskommelser "
                        + "och dygnsbelopp.");
        taggar.put(
                "lexsarah",
                "Lex Sarah: rapporter om missförhållanden, utredning, bedömning, åtgärder, anmälan till IVO "
                        + "och avslut.");
        taggar.put("ivo", "Kvartalsrapporter till IVO om ej verkställda beslut.");
        taggar.put(
                "kostnad",
                "Månadens kostnader för verkställda insatser, stängning av en månad och import av utförd tid.");
        taggar.put("nyckeltal", "Nämndens nyckeltal per period och frysning vid periodens slut.");
        taggar.put(
                "tabell", "Beslutstabeller (DMN): driftsättning av en ny version, godkänd av en andra administratör.");
        taggar.put("sakerhet", "Konton, roller och enheter: administratörens och användarprovisioneringens del.");
        return Map.copyOf(taggar);
    }

    @Bean
    OpenAPI tillitOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Tillit API")
                        .version(VERSION)
                        .description("""
                                Tillits JSON-API för integrationer: samma användningsfall som sidorna, för \
                                verksamhetssystem, regionens system och kommunens egna tjänster.

                                **Inloggning.** Ett tjänstekonto använder HTTP Basic (`tjanstekonto`); en person \
                                använder sin inloggade webbläsarsession (`session`) och skickar sessionens CSRF-token \
                                i huvudet `X-CSRF-TOKEN` på varje skrivning (`csrf`). En person loggar aldrig in med \
                                HTTP Basic. Regionens tjänstekonto når bara `/api/region/**`.

                                **Version.** Dokumentets `info.version` följer semantisk versionering och skickas \
                                som huvudet `Tillit-Api-Version` i varje svar. Inom en huvudversion tas ingen \
                                sökväg, inget fält och inget värde bort och inget nytt obligatoriskt fält läggs \
                                till i en begäran; nya valfria fält, nya sökvägar och nya svarsfält kan komma, så \
                                en klient ska tåla okända fält (docs/adr/0028).

                                **Fel.** Varje fel besvaras med ett problemdokument (RFC 9457, \
                                `application/problem+json`) med `title` och `detail` på svenska; ogiltiga uppgifter \
                                (400) räknar upp varje fält i `fel`, och inget har sparats.
                                """)
                        .contact(new Contact().name("Tillits systemförvaltning").email("tillit@kommun.invalid"))
                        .license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
                .servers(List.of(
                        new Server().url("/").description("Den Tillit-installation som dokumentet hämtades från")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description(
                                                "Ett tjänstekontos användarnamn och lösenord (HTTP Basic, bara över "
                                                        + "HTTPS). En persons konto nekas med 401."))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("TILLIT_SESSION")
                                        .description("En persons session från inloggningen i webbläsaren (kommunens "
                                                + "identitetsleverantör eller lokalt lösenord). API:t läser sessionen men skapar "
                                                + "ingen."))
                        .addSecuritySchemes(
                                CSRF,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-CSRF-TOKEN")
                                        .description(
                                                "Sessionens CSRF-token, krävs på skrivningar (POST, PUT) med en persons "
                                                        + "session; en sida bär den i sina formulär."))
                        .addSchemas(
                                "Faltfel",
                                new ObjectSchema()
                                        .description("Ett fält som inte kunde tas emot, och varför.")
                                        .addProperty(
                                                "falt",
                                                new StringSchema()
                                                        .description(
                                                                "Fältets namn, med punkt och index "
                                                                        + "för nästlade fält (tom för en begäran som inte är giltig JSON).")
                                                        .example("insatser[0].omfattning"))
                                        .addProperty(
                                                "orsak",
                                                new StringSchema()
                                                        .description("Vad som är fel, på svenska.")
                                                        .example("Omfattning saknas")))
                        .addSchemas(
                                PROBLEM,
                                new ObjectSchema()
                                        .description("Ett problemdokument (RFC 9457). Fler fält kan förekomma.")
                                        .addProperty("type", new StringSchema().example("about:blank"))
                                        .addProperty(
                                                "title",
                                                new StringSchema()
                                                        .description("Felets slag, på svenska.")
                                                        .example("Ogiltiga uppgifter"))
                                        .addProperty(
                                                "status",
                                                new IntegerSchema()
                                                        .format("int32")
                                                        .example(400))
                                        .addProperty(
                                                "detail",
                                                new StringSchema()
                                                        .description(
                                                                "Vad som hände och vad som " + "gäller, på svenska.")
                                                        .example("Uppgifterna kunde inte tas emot. Inget har "
                                                                + "sparats."))
                                        .addProperty("instance", new StringSchema().example("/api/aktualiseringar"))
                                        .addProperty(
                                                "fel",
                                                new ArraySchema()
                                                        .items(new Schema<>().$ref("#/components/schemas/Faltfel"))
                                                        .description("Vid 400: varje fält som inte kunde tas emot.")))
                        .addHeaders(
                                VERSIONSHUVUD,
                                new Header()
                                        .description("API:ts version (semver), densamma som dokumentets info.version.")
                                        .schema(new StringSchema().example(VERSION)))
                        .addResponses(
                                "Ogiltig",
                                problem(
                                        "Uppgifterna kunde inte tas emot: varje fält som är fel "
                                                + "räknas upp i `fel`. Inget har sparats.",
                                        400,
                                        "Ogiltiga uppgifter",
                                        "Uppgifterna kunde inte tas emot. Inget har sparats."))
                        .addResponses(
                                "EjInloggad",
                                problem(
                                        "Ingen eller ogiltig inloggning, eller en persons konto " + "med HTTP Basic.",
                                        401,
                                        "Inloggning krävs",
                                        "Logga in med tjänstekontots " + "användarnamn och lösenord (HTTP Basic)."))
                        .addResponses(
                                "EjBehorig",
                                problem(
                                        "Kontot har inte rätt att göra detta (roll, enhet eller " + "delegation).",
                                        403,
                                        "Ej behörig",
                                        "Access Denied"))
                        .addResponses(
                                "HittadesInte",
                                problem(
                                        "Det som adressen pekar på finns inte, eller ligger i en "
                                                + "enhet som kontot inte når (samma svar, så att inget avslöjas).",
                                        404,
                                        "Hittades inte",
                                        "Ärendet finns inte: 0b6f8a52-7d1c-4f3e-9a51-2f1c0e7d9b10"))
                        .addResponses(
                                "Konflikt",
                                problem(
                                        "Begäran motsäger det som redan är registrerat (till "
                                                + "exempel ett meddelande-id som används igen med annat innehåll, eller ett steg som "
                                                + "någon annan hann göra först). Inget har sparats.",
                                        409,
                                        "Motsäger det som redan är registrerat",
                                        "Meddelandet finns redan med annat innehåll")));
    }

    /** The module of each operation's controller, from its package, as the operation's one tag. */
    @Bean
    OperationCustomizer taggPerModul() {
        return (operation, handler) -> {
            String paket = handler.getBeanType().getPackageName();
            String modul = paket.replaceFirst("^se\\.tillit\\.", "").replaceFirst("\\..*$", "");
            operation.setTags(List.of(modul));
            return operation;
        };
    }

    /** What every operation shares: the region's tag, security, error answers, the version header. */
    @Bean
    GlobalOpenApiCustomizer gemensamt() {
        return openApi -> {
            TreeSet<String> anvanda = new TreeSet<>();
            openApi.getPaths()
                    .forEach((sokvag, vag) -> vag.readOperationsMap().forEach((metod, operation) -> {
                        if (sokvag.startsWith("/api/region/")) {
                            operation.setTags(List.of("region"));
                        }
                        anvanda.addAll(operation.getTags());
                        boolean skrivning = metod != PathItem.HttpMethod.GET;
                        operation.setSecurity(
                                sokvag.startsWith("/api/region/")
                                        ? List.of(new SecurityRequirement().addList(BASIC))
                                        : List.of(
                                                new SecurityRequirement().addList(BASIC),
                                                skrivning
                                                        ? new SecurityRequirement()
                                                                .addList(SESSION)
                                                                .addList(CSRF)
                                                        : new SecurityRequirement().addList(SESSION)));
                        ApiResponses svar = operation.getResponses();
                        svar.forEach((kod, ettSvar) -> {
                            if ("OK".equals(ettSvar.getDescription())) {
                                ettSvar.setDescription("Lyckat svar.");
                            }
                            if (kod.startsWith("2") && ettSvar.get$ref() == null) {
                                ettSvar.addHeaderObject(
                                        VERSIONSHUVUD, new Header().$ref("#/components/headers/" + VERSIONSHUVUD));
                            }
                        });
                        boolean harIndata = operation.getRequestBody() != null
                                || (operation.getParameters() != null
                                        && !operation.getParameters().isEmpty());
                        if (harIndata) {
                            svar.putIfAbsent("400", referens("Ogiltig"));
                        }
                        svar.putIfAbsent("401", referens("EjInloggad"));
                        svar.putIfAbsent("403", referens("EjBehorig"));
                        if (sokvag.contains("{")) {
                            svar.putIfAbsent("404", referens("HittadesInte"));
                        }
                        if (skrivning) {
                            svar.putIfAbsent("409", referens("Konflikt"));
                        }
                    }));
            openApi.setTags(anvanda.stream()
                    .map(namn -> new Tag().name(namn).description(TAGGAR.get(namn)))
                    .toList());
        };
    }

    private static ApiResponse referens(String namn) {
        return new ApiResponse().$ref("#/components/responses/" + namn);
    }

    private static ApiResponse problem(String beskrivning, int status, String titel, String detalj) {
        Map<String, Object> exempel = new LinkedHashMap<>();
        exempel.put("type", "about:blank");
        exempel.put("title", titel);
        exempel.put("status", status);
        exempel.put("detail", detalj);
        if (status == 400) {
            exempel.put("fel", List.of(Map.of("falt", "personnummer", "orsak", "Ogiltigt personnummer")));
        }
        ApiResponse svar = new ApiResponse().description(beskrivning);
        if (status == 401) {
            svar.addHeaderObject(
                    HttpHeaders.WWW_AUTHENTICATE,
                    new Header()
                            .description("Basic realm=\"Tillit\": tjänstekontot loggar in med HTTP Basic.")
                            .schema(new StringSchema()));
        }
        return svar.content(new Content()
                .addMediaType(
                        PROBLEM_JSON,
                        new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                                .example(exempel)));
    }
}
