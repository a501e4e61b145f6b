package org.jiceng.io.xlsx.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a workbook holds and where: the workbook part found through the package relationships, its sheets
 * in tab order (name, part, visibility), the shared-strings and styles parts, and the date system
 * (1900 or 1904). Relationship types are matched by their last path segment, so transitional and strict
 * OOXML both work.
 *
 * @param sheets the worksheets in tab order (chart sheets and dialog sheets are not listed)
 * @param sharedStrings the shared-strings part, if any
 * @param styles the styles part, if any
 * @param date1904 whether serial numbers count days from 1904-01-01
 */
public record WorkbookIndex(List<Sheet> sheets, Optional<String> sharedStrings, Optional<String> styles,
        boolean date1904) {

    /**
     * One worksheet.
     *
     * @param name the tab name
     * @param part its part name
     * @param hidden whether the sheet is hidden
     */
    public record Sheet(String name, String part, boolean hidden) {
    }

    /**
     * @param zip the package
     * @return its index
     * @throws IOException when a part cannot be read or a required part is missing
     * @throws SAXException when a part's XML is broken
     */
    public static WorkbookIndex read(ZipParts zip) throws IOException, SAXException {
        Map<String, Relationship> root = relationships(zip, "", "_rels/.rels");
        String workbook = root.values().stream().filter(r -> r.type().endsWith("/officeDocument")).map(
                Relationship::target).findFirst().orElseThrow(() -> new FileNotFoundException(
                        "the package has no office document relationship (_rels/.rels)"));
        String dir = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        String relsName = dir + "_rels/" + workbook.substring(dir.length()) + ".rels";
        Map<String, Relationship> rels = zip.has(relsName) ? relationships(zip, dir, relsName) : Map.of();
        WorkbookPart part = new WorkbookPart();
        try (InputStream in = zip.open(workbook)) {
            SafeXml.parse(in, part);
        }
        List<Sheet> sheets = new ArrayList<>();
        for (String[] s : part.sheets) {
            Relationship r = rels.get(s[1]);
            if (r != null && r.type().endsWith("/worksheet")) {
                sheets.add(new Sheet(s[0], r.target(), "hidden".equals(s[2]) || "veryHidden".equals(s[2])));
            }
        }
        Optional<String> strings = rels.values().stream().filter(r -> r.type().endsWith("/sharedStrings"))
                .map(Relationship::target).filter(zip::has).findFirst();
        Optional<String> styles = rels.values().stream().filter(r -> r.type().endsWith("/styles"))
                .map(Relationship::target).filter(zip::has).findFirst();
        return new WorkbookIndex(List.copyOf(sheets), strings, styles, part.date1904);
    }

    private record Relationship(String type, String target) {
    }

    /** Far more sheets or relationships than any workbook has: a part beyond it is hostile. */
    static final int MAX_ENTRIES = 1 << 16;

    private static Map<String, Relationship> relationships(ZipParts zip, String baseDir, String name)
            throws IOException, SAXException {
        Map<String, Relationship> out = new HashMap<>();
        try (InputStream in = zip.open(name)) {
            SafeXml.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
                    if (out.size() >= MAX_ENTRIES) {
                        throw tooMany(name);
                    }
                    if (localName.equals("Relationship") && a.getValue("Id") != null && a.getValue("Target") != null
                            && !"External".equals(a.getValue("TargetMode"))) {
                        out.put(a.getValue("Id"), new Relationship(String.valueOf(a.getValue("Type")),
                                resolve(baseDir, a.getValue("Target"))));
                    }
                }
            });
        }
        return out;
    }

    private static SAXException tooMany(String part) {
        return new SAXException(new LimitExceeded(part, part + " lists more than " + MAX_ENTRIES
                + " sheets or relationships", part + " 列出的工作表或关系超过 " + MAX_ENTRIES + " 个"));
    }

    /** Resolves a relationship target against the directory of its source part. */
    static String resolve(String baseDir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : baseDir + target;
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /** Reads the sheet list and the date system from the workbook part. */
    private static final class WorkbookPart extends DefaultHandler {
        final List<String[]> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
            if (sheets.size() >= MAX_ENTRIES) {
                throw tooMany("the workbook part");
            }
            if (localName.equals("sheet")) {
                String id = null;
                for (int i = 0; i < a.getLength(); i++) {
                    if (a.getLocalName(i).equals("id") && !a.getURI(i).isEmpty()) {
                        id = a.getValue(i);
                    }
                }
                sheets.add(new String[] {String.valueOf(a.getValue("name")), String.valueOf(id),
                        String.valueOf(a.getValue("state"))});
            } else if (localName.equals("workbookPr")) {
                String v = a.getValue("date1904");
                date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
            }
        }
    }
}
