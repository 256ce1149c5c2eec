package se.tillit;

/** The demo accounts of the demo profile, as the README lists them. */
public final class DemoKonton {

    public static final String LOSENORD = "tillit-demo-2026";
    public static final String HANDLAGGARE = "handlaggare.bou";
    public static final String CHEF = "chef.bou";
    public static final String REVISOR = "revisor";
    public static final String UTFORARE = "utforare";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";
    public static final String REGION = "region";
    public static final String LEXSARAH_ANSVARIG = "lexsarah";
    public static final String MONITORING = "monitorering";
    public static final String PROVISIONERING = "provisionering";
    /** Service accounts: HTTP Basic on the API chains; every other account is a person's (issue 16). */
    public static final java.util.Set<String> TJANSTEKONTON =
            java.util.Set.of(INTEGRATION, REGION, MONITORING, PROVISIONERING);

    private DemoKonton() {}
}
