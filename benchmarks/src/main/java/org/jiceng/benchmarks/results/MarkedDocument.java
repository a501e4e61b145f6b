package org.jiceng.benchmarks.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Markdown document with generated sections between marker comments:
 * <pre>{@code
 * <!-- results:NAME begin match="REGEX" peer="METHOD" secondary="METRIC,…" -->
 * (generated: replaced on every render)
 * <!-- results:NAME end -->
 * }</pre>
 * Everything outside the markers, and the markers themselves, is kept byte for byte.
 */
public final class MarkedDocument {

    private static final Pattern BEGIN = Pattern.compile("^\\s*<!-- results:([A-Za-z0-9._-]+) begin(.*)-->\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*<!-- results:([A-Za-z0-9._-]+) end\\s*-->\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z]+)=\"([^\"]*)\"");
    private static final Set<String> KNOWN = Set.of("match", "peer", "secondary");

    private final String name;
    private final List<String> lines;
    private final String newline;
    private final List<Section> sections;

    /** A marked section: its group and the lines of its markers (0-based). */
    private record Section(ResultGroup group, int begin, int end) {
    }

    /**
     * @param name the document's name, for messages (e.g. its path)
     * @param text its content
     * @throws IllegalArgumentException for a marker without its pair, a duplicate or nested section, or
     *     a begin marker without a valid {@code match}, naming the document and the line
     */
    public MarkedDocument(String name, String text) {
        this.name = name;
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
        this.lines = List.of(text.split(Pattern.quote(newline), -1));
        this.sections = parse();
    }

    private List<Section> parse() {
        List<Section> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<ResultGroup> open = Optional.empty();
        int openLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher b = BEGIN.matcher(line);
            Matcher e = END.matcher(line);
            if (b.matches()) {
                if (open.isPresent()) {
                    throw error(i, "section " + b.group(1) + " begins inside section " + open.get().name()
                            + " (line " + (openLine + 1) + "), which has no end marker before it");
                }
                if (!seen.add(b.group(1))) {
                    throw error(i, "section " + b.group(1) + " appears twice");
                }
                open = Optional.of(group(i, b.group(1), b.group(2)));
                openLine = i;
            } else if (e.matches()) {
                if (open.isEmpty() || !open.get().name().equals(e.group(1))) {
                    throw error(i, "end marker of section " + e.group(1) + " without its begin marker"
                            + open.map(g -> " (section " + g.name() + " is open)").orElse(""));
                }
                out.add(new Section(open.get(), openLine, i));
                open = Optional.empty();
            } else if (line.strip().startsWith("<!-- results:")) {
                throw error(i, "unreadable results marker; expected <!-- results:NAME begin match=\"REGEX\""
                        + " peer=\"METHOD\" --> or <!-- results:NAME end -->");
            }
        }
        if (open.isPresent()) {
            throw error(openLine, "section " + open.get().name() + " has no end marker <!-- results:"
                    + open.get().name() + " end -->");
        }
        return out;
    }

    private ResultGroup group(int line, String sectionName, String attributes) {
        Map<String, String> values = new TreeMap<>();
        Matcher a = ATTRIBUTE.matcher(attributes);
        int consumed = 0;
        while (a.find()) {
            if (!attributes.substring(consumed, a.start()).isBlank()) {
                throw error(line, "section " + sectionName + ": cannot read \""
                        + attributes.substring(consumed, a.start()).strip() + "\" in its begin marker");
            }
            if (!KNOWN.contains(a.group(1))) {
                throw error(line, "section " + sectionName + ": unknown attribute " + a.group(1) + " (known: match,"
                        + " peer, secondary)");
            }
            values.put(a.group(1), a.group(2));
            consumed = a.end();
        }
        if (!attributes.substring(consumed).isBlank()) {
            throw error(line, "section " + sectionName + ": cannot read \"" + attributes.substring(consumed).strip()
                    + "\" in its begin marker");
        }
        String match = values.get("match");
        if (match == null || match.isBlank()) {
            throw error(line, "section " + sectionName + " names no benchmarks: add match=\"REGEX\" to its begin"
                    + " marker");
        }
        try {
            List<String> secondary = values.containsKey("secondary")
                    ? java.util.Arrays.stream(values.get("secondary").split(",")).map(String::strip)
                            .filter(x -> !x.isEmpty()).toList()
                    : List.of();
            return new ResultGroup(sectionName, Pattern.compile(match),
                    Optional.ofNullable(values.get("peer")).filter(p -> !p.isBlank()), secondary);
        } catch (PatternSyntaxException ex) {
            throw error(line, "section " + sectionName + ": match=\"" + match + "\" is not a regular expression: "
                    + ex.getDescription());
        }
    }

    private IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException(name + ":" + (line + 1) + ": " + message);
    }

    /** @return the groups of the document's sections, in document order */
    public List<ResultGroup> groups() {
        return sections.stream().map(Section::group).toList();
    }

    /**
     * @param render the new content of a section, or empty to leave the section as it is
     * @return the document with every rendered section's content replaced
     */
    public String render(Function<ResultGroup, Optional<List<String>>> render) {
        List<String> out = new ArrayList<>(lines.size());
        int next = 0;
        for (Section s : sections) {
            Optional<List<String>> content = render.apply(s.group());
            if (content.isEmpty()) {
                continue;
            }
            out.addAll(lines.subList(next, s.begin() + 1));
            out.addAll(content.get());
            next = s.end();
        }
        out.addAll(lines.subList(next, lines.size()));
        return String.join(newline, out);
    }
}
