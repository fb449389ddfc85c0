package vn.eduvn.platform.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import vn.eduvn.platform.text.VietnameseText;

/**
 * The first sheet of an uploaded workbook, read against the headers a template names: headers are found in
 * any order however they are spaced or cased, blank rows are skipped, and every formula or empty required cell
 * becomes a problem of its row and column. Students, staff and classes are all read through here.
 *
 * <p>An .xlsx is streamed (SAX over the sheet's XML, as POI's event model does), so a 100,000-row workbook is
 * read without building POI's object model of it; anything else (.xls, an encrypted file, a file that is not a
 * workbook) goes through POI's {@link WorkbookFactory}, which tells them apart.
 */
public final class ImportSheet {

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private final List<SheetRow> rows;

    private final Set<String> columns;

    private ImportSheet(List<SheetRow> rows, Set<String> columns) {
        this.rows = rows;
        this.columns = columns;
    }

    public List<SheetRow> rows() {
        return rows;
    }

    /** Whether the file has this column at all (an absent optional column leaves what the registry holds). */
    public boolean hasColumn(String column) {
        return columns.contains(column);
    }

    /** The sheet's rows, or null when the file itself is unreadable or lacks a required column (then reported). */
    public static ImportSheet read(
            InputStream file, List<String> required, List<String> optional, RowProblems problems) {
        TreeMap<Integer, Map<Integer, Value>> sheet;
        try {
            InputStream in = FileMagic.prepareToCheckMagic(file);
            sheet = FileMagic.valueOf(in) == FileMagic.OOXML ? stream(in) : model(in);
        } catch (EncryptedDocumentException e) {
            problems.add(0, null, "import.error.encrypted");
            return null;
        } catch (Exception e) {
            problems.add(0, null, "import.error.notExcel");
            return null;
        }
        if (sheet == null || sheet.isEmpty()) {
            problems.add(sheet == null ? 0 : 1, null, "import.error.empty");
            return null;
        }
        int headerRow = sheet.firstKey();
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        Map<String, Integer> columns = columns(sheet.get(headerRow), known);
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(headerRow, column, "import.error.missingColumn", column);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        List<SheetRow> rows = new ArrayList<>();
        for (var row : sheet.tailMap(headerRow, false).entrySet()) {
            if (!isBlank(row.getValue(), columns)) {
                rows.add(SheetRow.of(row.getKey(), row.getValue(), columns, required, problems));
            }
        }
        return new ImportSheet(rows, Set.copyOf(columns.keySet()));
    }

    /** A cell's content as the import needs it: text, a number (perhaps a date), a truth value, or a formula. */
    record Value(Kind kind, String text, double number, boolean dateFormatted) {

        enum Kind {
            TEXT,
            NUMBER,
            BOOLEAN,
            FORMULA
        }

        boolean isBlank() {
            return kind == Kind.TEXT && text.isBlank();
        }

        String raw() {
            return switch (kind) {
                case TEXT, FORMULA -> text;
                case NUMBER -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
                case BOOLEAN -> text;
            };
        }
    }

    /** Rows by their number as Excel shows it, cells by column index; only cells with something in them. */
    private static TreeMap<Integer, Map<Integer, Value>> stream(InputStream in) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return null;
            }
            try (InputStream sheetXml = sheets.next()) {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                SAXParser parser = factory.newSAXParser();
                SheetHandler handler = new SheetHandler(strings, styles);
                parser.parse(sheetXml, handler);
                return handler.rows;
            }
        }
    }

    /** The same through POI's object model, for .xls and for telling encrypted files from broken ones. */
    private static TreeMap<Integer, Map<Integer, Value>> model(InputStream in) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                return null;
            }
            Sheet sheet = workbook.getSheetAt(0);
            TreeMap<Integer, Map<Integer, Value>> rows = new TreeMap<>();
            for (Row row : sheet) {
                Map<Integer, Value> cells = new HashMap<>();
                for (Cell cell : row) {
                    Value value = switch (cell.getCellType()) {
                        case FORMULA -> new Value(Value.Kind.FORMULA, cell.getCellFormula(), 0, false);
                        case STRING -> new Value(Value.Kind.TEXT, cell.getStringCellValue(), 0, false);
                        case NUMERIC ->
                            new Value(
                                    Value.Kind.NUMBER,
                                    null,
                                    cell.getNumericCellValue(),
                                    DateUtil.isCellDateFormatted(cell));
                        case BOOLEAN ->
                            new Value(Value.Kind.BOOLEAN, String.valueOf(cell.getBooleanCellValue()), 0, false);
                        default -> null;
                    };
                    if (value != null && !value.isBlank()) {
                        cells.put(cell.getColumnIndex(), value);
                    }
                }
                if (!cells.isEmpty()) {
                    rows.put(row.getRowNum() + 1, cells);
                }
            }
            return rows;
        }
    }

    /** SAX over one sheet's XML: rows, cells and their values, typed by the cell's type and style. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;

        private final StylesTable styles;

        final TreeMap<Integer, Map<Integer, Value>> rows = new TreeMap<>();

        private Map<Integer, Value> cells;

        private int rowNumber;

        private int column;

        private String type;

        private String style;

        private boolean formula;

        private final StringBuilder text = new StringBuilder();

        private boolean collecting;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new HashMap<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : columnOf(ref);
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> collecting = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> {
                    Value value = value();
                    if (value != null && !value.isBlank()) {
                        cells.put(column, value);
                    }
                }
                case "row" -> {
                    if (!cells.isEmpty()) {
                        rows.put(rowNumber, cells);
                    }
                }
                default -> {}
            }
        }

        private Value value() {
            String content = text.toString();
            if (formula) {
                return new Value(Value.Kind.FORMULA, content, 0, false);
            }
            if (type == null || "n".equals(type)) {
                if (content.isEmpty()) {
                    return null;
                }
                double number = Double.parseDouble(content);
                boolean date = false;
                if (style != null) {
                    XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                    date = cellStyle != null
                            && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
                }
                return new Value(Value.Kind.NUMBER, null, number, date);
            }
            return switch (type) {
                case "s" ->
                    new Value(
                            Value.Kind.TEXT,
                            strings.getItemAt(Integer.parseInt(content.trim())).getString(),
                            0,
                            false);
                case "inlineStr", "str" -> new Value(Value.Kind.TEXT, content, 0, false);
                case "b" -> new Value(Value.Kind.BOOLEAN, "1".equals(content) ? "true" : "false", 0, false);
                default -> new Value(Value.Kind.TEXT, content, 0, false);
            };
        }

        private static int columnOf(String ref) {
            int index = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return index - 1;
        }
    }

    private static Map<String, Integer> columns(Map<Integer, Value> header, List<String> known) {
        Map<String, String> wanted = new HashMap<>();
        known.forEach(h -> wanted.put(VietnameseText.tidy(h).toLowerCase(), h));
        Map<String, Integer> columns = new LinkedHashMap<>();
        new TreeMap<>(header).forEach((index, value) -> {
            if (value.kind() == Value.Kind.TEXT) {
                String key = VietnameseText.tidy(value.text()).toLowerCase();
                if (wanted.containsKey(key)) {
                    columns.putIfAbsent(wanted.get(key), index);
                }
            }
        });
        return columns;
    }

    private static boolean isBlank(Map<Integer, Value> row, Map<String, Integer> columns) {
        return columns.values().stream().noneMatch(row::containsKey);
    }

    /** One data row: its number as Excel shows it and its usable cells by column header. */
    public static final class SheetRow {

        private final int number;

        private final Map<String, Value> cells;

        private SheetRow(int number, Map<String, Value> cells) {
            this.number = number;
            this.cells = cells;
        }

        static SheetRow of(
                int number,
                Map<Integer, Value> row,
                Map<String, Integer> columns,
                List<String> required,
                RowProblems problems) {
            Map<String, Value> cells = new HashMap<>();
            columns.forEach((column, index) -> {
                Value value = row.get(index);
                if (value != null && value.kind() == Value.Kind.FORMULA) {
                    problems.add(number, column, "import.error.formula");
                } else if (value == null) {
                    if (required.contains(column)) {
                        problems.add(number, column, "import.error.required");
                    }
                } else {
                    cells.put(column, value);
                }
            });
            return new SheetRow(number, cells);
        }

        public int number() {
            return number;
        }

        public boolean has(String column) {
            return cells.containsKey(column);
        }

        /** The cell's text with spaces tidied, or null when the cell is empty. */
        public String text(String column) {
            Value value = cells.get(column);
            return value == null ? null : VietnameseText.tidy(value.raw());
        }

        /** An identifier as typed: text without spaces, a number without decimals (Excel drops leading zeros). */
        public String identifier(String column) {
            Value value = cells.get(column);
            return value == null ? null : value.raw().replace(" ", "").trim();
        }

        /** A date typed as dd/MM/yyyy (or with dots or dashes), as yyyy-MM-dd, or as an Excel date cell. */
        public LocalDate date(String column, RowProblems problems) {
            Value value = cells.get(column);
            if (value == null) {
                return null;
            }
            if (value.kind() == Value.Kind.NUMBER) {
                if (!DateUtil.isValidExcelDate(value.number())) {
                    problems.add(number, column, "import.error.dateFormat", value.raw());
                    return null;
                }
                return DateUtil.getLocalDateTime(value.number()).toLocalDate();
            }
            String text = value.raw().trim();
            Matcher dmy = DMY.matcher(text);
            Matcher ymd = YMD.matcher(text);
            try {
                if (dmy.matches()) {
                    return LocalDate.of(
                            Integer.parseInt(dmy.group(3)),
                            Integer.parseInt(dmy.group(2)),
                            Integer.parseInt(dmy.group(1)));
                }
                if (ymd.matches()) {
                    return LocalDate.of(
                            Integer.parseInt(ymd.group(1)),
                            Integer.parseInt(ymd.group(2)),
                            Integer.parseInt(ymd.group(3)));
                }
            } catch (DateTimeException e) {
                problems.add(number, column, "import.error.dateImpossible", text);
                return null;
            }
            problems.add(number, column, "import.error.dateFormat", text);
            return null;
        }
    }
}
