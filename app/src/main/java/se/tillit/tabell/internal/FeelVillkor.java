package se.tillit.tabell.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.tillit.tabell.internal.Vardemangd.Sanningsvarde;
import se.tillit.tabell.internal.Vardemangd.Strangar;

/**
 * The input entries of a decision table (FEEL simple unary tests) as the sets of values they match, for the
 * overlap check. Understood: {@code -} or empty (anything), {@code null}, string literals, numbers,
 * {@code true}/{@code false}, {@code date("yyyy-MM-dd")}, comparisons {@code < <= > >=} with a number or a
 * date, intervals {@code [a..b]}, {@code ]a..b[}, {@code (a..b)} and mixtures with numbers or dates at both
 * ends, comma lists of these, and {@code not(...)} of such a list. Anything else is {@link EjAnalyserbart}:
 * the caller refuses the table rather than guess.
 */
final class FeelVillkor {

    static final class EjAnalyserbart extends Exception {
        EjAnalyserbart(String villkor) {
            super(villkor);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(\"(?:[^\"\\\\]|\\\\.)*\")|(-?\\d+(?:\\.\\d+)?)|(\\.\\.|<=|>=|[<>\\[\\](),])|([A-Za-z_][A-Za-z0-9_]*))");

    private final String text;
    private final List<String> tokens;
    private int position;

    private FeelVillkor(String text, List<String> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static Vardemangd tolka(String villkor) throws EjAnalyserbart {
        String text = villkor == null ? "" : villkor.strip();
        if (text.isEmpty() || text.equals("-")) {
            return Vardemangd.allt();
        }
        FeelVillkor parser = new FeelVillkor(text, tokens(text));
        Vardemangd mangd;
        if (parser.ar("not") && "(".equals(parser.tokenEfter(1))) {
            parser.position += 2;
            mangd = parser.lista().komplement();
            parser.forvanta(")");
        } else {
            mangd = parser.lista();
        }
        if (parser.position != parser.tokens.size()) {
            throw new EjAnalyserbart(text);
        }
        return mangd;
    }

    private Vardemangd lista() throws EjAnalyserbart {
        Vardemangd mangd = test();
        while (ar(",")) {
            position++;
            mangd = mangd.union(test());
        }
        return mangd;
    }

    private Vardemangd test() throws EjAnalyserbart {
        String token = nasta();
        switch (token) {
            case "null":
                return new Vardemangd(
                        true, Strangar.inga(), Set.of(), Intervallmangd.tom(false), Intervallmangd.tom(true));
            case "true":
                return sanningsvarde(Sanningsvarde.SANT);
            case "false":
                return sanningsvarde(Sanningsvarde.FALSKT);
            case "<", "<=", ">", ">=": {
                Grans grans = grans();
                boolean sluten = token.length() == 2;
                return token.startsWith("<")
                        ? grans.mangd(null, false, grans.varde, sluten)
                        : grans.mangd(grans.varde, sluten, null, false);
            }
            case "[", "]", "(": {
                Grans fran = grans();
                forvanta("..");
                Grans till = grans();
                String slut = nasta();
                if (!slut.equals("]") && !slut.equals("[") && !slut.equals(")") || fran.datum != till.datum) {
                    throw new EjAnalyserbart(text);
                }
                return fran.mangd(fran.varde, token.equals("["), till.varde, slut.equals("]"));
            }
            default:
                if (token.startsWith("\"")) {
                    Strangar strang = new Strangar(false, Set.of(strang(token)));
                    return new Vardemangd(false, strang, Set.of(), Intervallmangd.tom(false), Intervallmangd.tom(true));
                }
                position--;
                Grans punkt = grans();
                return punkt.mangd(punkt.varde, true, punkt.varde, true);
        }
    }

    /** A number or a date at the end of a comparison or an interval, or alone. */
    private record Grans(BigDecimal varde, boolean datum) {
        Vardemangd mangd(BigDecimal fran, boolean franSluten, BigDecimal till, boolean tillSluten) {
            Intervallmangd intervall = Intervallmangd.av(datum, fran, franSluten, till, tillSluten);
            return new Vardemangd(
                    false,
                    Strangar.inga(),
                    Set.of(),
                    datum ? Intervallmangd.tom(false) : intervall,
                    datum ? intervall : Intervallmangd.tom(true));
        }
    }

    private Grans grans() throws EjAnalyserbart {
        String token = nasta();
        if (token.equals("date")) {
            forvanta("(");
            String datum = nasta();
            forvanta(")");
            if (!datum.startsWith("\"")) {
                throw new EjAnalyserbart(text);
            }
            try {
                return new Grans(
                        BigDecimal.valueOf(LocalDate.parse(strang(datum)).toEpochDay()), true);
            } catch (DateTimeException e) {
                throw new EjAnalyserbart(text);
            }
        }
        if (!Character.isDigit(token.charAt(token.length() - 1))) {
            throw new EjAnalyserbart(text);
        }
        return new Grans(new BigDecimal(token), false);
    }

    private static Vardemangd sanningsvarde(Sanningsvarde varde) {
        return new Vardemangd(
                false, Strangar.inga(), EnumSet.of(varde), Intervallmangd.tom(false), Intervallmangd.tom(true));
    }

    private static String strang(String literal) {
        return literal.substring(1, literal.length() - 1).replaceAll("\\\\(.)", "$1");
    }

    private boolean ar(String token) {
        return position < tokens.size() && tokens.get(position).equals(token);
    }

    private String tokenEfter(int steg) {
        return position + steg < tokens.size() ? tokens.get(position + steg) : null;
    }

    private String nasta() throws EjAnalyserbart {
        if (position >= tokens.size()) {
            throw new EjAnalyserbart(text);
        }
        return tokens.get(position++);
    }

    private void forvanta(String token) throws EjAnalyserbart {
        if (!token.equals(nasta())) {
            throw new EjAnalyserbart(text);
        }
    }

    private static List<String> tokens(String text) throws EjAnalyserbart {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int slut = 0;
        while (slut < text.length()) {
            if (!matcher.find(slut) || matcher.start() != slut) {
                throw new EjAnalyserbart(text);
            }
            tokens.add(matcher.group().strip());
            slut = matcher.end();
            if (text.substring(slut).isBlank()) {
                break;
            }
        }
        return tokens;
    }
}
