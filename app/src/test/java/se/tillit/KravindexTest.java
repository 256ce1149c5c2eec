package se.tillit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every requirement code the repository cites (R15, C7, T03 …, defined outside it in the domain material) has an entry
 * in {@code docs/krav.md}, with its text and source (issue 20, "docs that cannot drift"). A citation is recognised as
 * the top of docs/krav.md describes it; {@code docs/krav.py} applies the same expressions to write the index, so keep
 * the two in step.
 */
class KravindexTest {

    static final Path INDEX = Path.of("../docs/krav.md");
    static final List<Path> SKANNAS = List.of(
            Path.of("src"),
            Path.of("../processes"),
            Path.of("../decisions"),
            Path.of("../forms"),
            Path.of("../docs"),
            Path.of("../README.md"));
    private static final Set<String> HOPPAS_OVER = Set.of("node_modules", "target");
    private static final Set<String> EJ_SKANNADE = Set.of("krav.md", "krav.py");

    private static final String KOD = "(?:[RTPG]\\d{2}|D\\d{1,2}|C\\d{1,2}|A[1-7]|B[0-6])";
    private static final String FORE = "(?<![\\w\\-%@./#$&{+])(?<!\\w\\()";
    private static final String EFTER = "(?![\\w\\-%/]|[.:]\\d)";
    private static final Pattern INTERVALL = Pattern.compile(
            FORE + "([RTPGDC])(\\d{1,2})\\s?[–-]\\s?\\1(\\d{1,2})" + EFTER, Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PUNKTER = Pattern.compile(
            FORE + "C\\d{1,2} (?:items?|punkt|punkterna) (\\d{1,2}(?:(?:, | and | och |–)\\d{1,2})*)" + EFTER,
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ENSKILD =
            Pattern.compile(FORE + "(" + KOD + ")" + EFTER, Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PAPPER = Pattern.compile("(?<!§)(?<!law-and-peers )(?<!law-and-peers\\.md )\\bA4\\b");
    private static final Pattern POST =
            Pattern.compile("^\\| (" + KOD + ") \\| (.+?) \\| (.+?) \\|$", Pattern.MULTILINE);

    @Test
    void everyCitedRequirementCodeHasAnEntryInTheIndex() throws IOException {
        Map<String, Set<String>> citerade = citeringar();
        Set<String> index = poster().keySet();

        Map<String, Set<String>> saknas = new TreeMap<>(Comparator.comparing(KravindexTest::ordning));
        citerade.forEach((kod, filer) -> {
            if (!index.contains(kod)) {
                saknas.put(kod, filer);
            }
        });
        assertThat(saknas)
                .as(
                        "Requirement codes cited without an entry in %s (code=[files citing it]). Add each with its text and "
                                + "source: run `python3 docs/krav.py` from the repository's root with the domain material beside "
                                + "it (../shared/domain), or write the row by hand; a code the domain material does not define is "
                                + "a typo at the citation, or goes under \"not in the seeds\" with what the citing code means.",
                        INDEX)
                .isEmpty();
        assertThat(citerade)
                .as("the scan found no citations at all: the folders moved?")
                .hasSizeGreaterThan(50);
    }

    @Test
    void everyEntryHasItsTextAndItsSource() throws IOException {
        Map<String, String[]> poster = poster();
        assertThat(poster).isNotEmpty();
        poster.forEach((kod, post) -> {
            assertThat(post[0].strip()).as("text of %s", kod).hasSizeGreaterThan(10);
            assertThat(post[1].strip()).as("source of %s", kod).hasSizeGreaterThan(5);
        });
    }

    /** What counts as a citation (the rule at the top of docs/krav.md), and the look-alikes that do not. */
    @Test
    void aCitationIsToldFromTheTokensThatLookLikeOne() {
        assertThat(citerade("// R15, C7: the clock (T03) [D6] §A2 law-and-peers.md A3; R61. B3"))
                .containsExactlyInAnyOrder("R15", "C7", "T03", "D6", "A2", "A3", "R61", "B3");
        assertThat(citerade("frozen (R24–R29, G06-G08)"))
                .containsExactlyInAnyOrder("R24", "R25", "R26", "R27", "R28", "R29", "G06", "G07", "G08");
        assertThat(citerade("law-and-peers.md C1 items 3 and 12, C4 item 43, C1 items 17–18; C5 punkt 54"))
                .containsExactlyInAnyOrder("C3", "C12", "C43", "C17", "C18", "C54");
        assertThat(
                        citerade(
                                "V45__gallring.sql 2026-Q3 Q1 VT-A1 Rule_P06_2015 19361224-T123 %C3%A4 \"T08:30\" @SUM(A1) "
                                        + "@page { size: A4; } the document alone on A4 (no inline styles) T1 T2 R100 N00945 U28418 #C7C7C7"))
                .isEmpty();
        assertThat(citerade("§A4")).containsExactly("A4");
    }

    static Set<String> citerade(String text) {
        Set<String> koder = new TreeSet<>();
        Matcher intervall = INTERVALL.matcher(text);
        while (intervall.find()) {
            String familj = intervall.group(1);
            IntStream.rangeClosed(Integer.parseInt(intervall.group(2)), Integer.parseInt(intervall.group(3)))
                    .forEach(n -> koder.add(kod(familj, n)));
        }
        text = INTERVALL.matcher(text).replaceAll(" ");
        Matcher punkter = PUNKTER.matcher(text);
        while (punkter.find()) {
            for (String del : punkter.group(1).split(", | and | och ")) {
                String[] granser = del.split("–");
                IntStream.rangeClosed(Integer.parseInt(granser[0]), Integer.parseInt(granser[granser.length - 1]))
                        .forEach(n -> koder.add(kod("C", n)));
            }
        }
        text = PUNKTER.matcher(text).replaceAll(" ");
        text = PAPPER.matcher(text).replaceAll(" ");
        Matcher enskild = ENSKILD.matcher(text);
        while (enskild.find()) {
            koder.add(enskild.group(1));
        }
        return koder;
    }

    private static String kod(String familj, int nummer) {
        return "RTPG".contains(familj) ? String.format("%s%02d", familj, nummer) : familj + nummer;
    }

    private static String ordning(String kod) {
        return "RTPGDCAB".indexOf(kod.charAt(0)) + String.format("%03d", Integer.parseInt(kod.substring(1)));
    }

    /** code → files citing it, over every text file under the scanned folders. */
    static Map<String, Set<String>> citeringar() throws IOException {
        Map<String, Set<String>> citerade = new TreeMap<>();
        for (Path rot : SKANNAS) {
            try (Stream<Path> filer = Files.walk(rot)) {
                for (Path fil : filer.filter(Files::isRegularFile)
                        .filter(KravindexTest::skannas)
                        .toList()) {
                    String text = text(fil);
                    if (text != null) {
                        citerade(text)
                                .forEach(kod -> citerade.computeIfAbsent(kod, k -> new TreeSet<>())
                                        .add(fil.normalize().toString()));
                    }
                }
            }
        }
        return citerade;
    }

    private static boolean skannas(Path fil) {
        for (Path del : fil.normalize()) {
            if (HOPPAS_OVER.contains(del.toString())) {
                return false;
            }
        }
        String namn = fil.getFileName().toString();
        return !(EJ_SKANNADE.contains(namn)
                        && fil.normalize().startsWith(Path.of("../docs").normalize()))
                && !namn.equals("KravindexTest.java")
                && !namn.matches(".*\\.(png|jpe?g|gif|ico|pdf|zip|jar|woff2?|ttf|otf|docx|xlsx|odt|class)$");
    }

    /** The file as UTF-8, or null for a binary file. */
    private static String text(Path fil) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(fil)))
                    .toString();
        } catch (CharacterCodingException binar) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** code → {text, source} from the index's table rows. */
    static Map<String, String[]> poster() throws IOException {
        assertThat(INDEX)
                .as("%s is missing: write it with python3 docs/krav.py", INDEX)
                .exists();
        Map<String, String[]> poster = new TreeMap<>();
        Matcher rad = POST.matcher(Files.readString(INDEX, StandardCharsets.UTF_8));
        while (rad.find()) {
            poster.put(rad.group(1), new String[] {rad.group(2), rad.group(3)});
        }
        return poster;
    }
}
