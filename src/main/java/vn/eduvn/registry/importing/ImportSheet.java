package vn.eduvn.registry.importing;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.eduvn.platform.text.VietnameseText;

/**
 * The first sheet of an uploaded workbook, read against the headers a template names: headers are found in
 * any order however they are spaced or cased, blank rows are skipped, and every formula or empty required cell
 * becomes a problem of its row and column. Students, staff and classes are all read through here.
 */
public final class ImportSheet {

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private final List<SheetRow> rows;

    private final java.util.Set<String> columns;

    private ImportSheet(List<SheetRow> rows, java.util.Set<String> columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /** Whether the file has this column at all (an absent optional column leaves what the registry holds). */
    public boolean hasColumn(String column) {
        return columns.contains(column);
    }

    public List<SheetRow> rows() {
        return rows;
    }

    /** The sheet's rows, or null when the file itself is unreadable or lacks a required column (then reported). */
    public static ImportSheet read(InputStream file, List<String> required, List<String> optional,
            RowProblems problems) {
        try (Workbook workbook = WorkbookFactory.create(file)) {
            if (workbook.getNumberOfSheets() == 0) {
                problems.add(0, null, "import.error.empty");
                return null;
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null || sheet.getPhysicalNumberOfRows() == 0) {
                problems.add(1, null, "import.error.empty");
                return null;
            }
            List<String> known = new ArrayList<>(required);
            known.addAll(optional);
            Map<String, Integer> columns = columns(header, known);
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    problems.add(header.getRowNum() + 1, column, "import.error.missingColumn", column);
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && !isBlank(row, columns)) {
                    rows.add(SheetRow.of(row, columns, required, problems));
                }
            }
            return new ImportSheet(rows, java.util.Set.copyOf(columns.keySet()));
        }
        catch (EncryptedDocumentException e) {
            problems.add(0, null, "import.error.encrypted");
            return null;
        }
        catch (IOException | RuntimeException e) {
            problems.add(0, null, "import.error.notExcel");
            return null;
        }
    }

    private static Map<String, Integer> columns(Row header, List<String> known) {
        Map<String, String> wanted = new HashMap<>();
        known.forEach(h -> wanted.put(VietnameseText.tidy(h).toLowerCase(), h));
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING) {
                String key = VietnameseText.tidy(cell.getStringCellValue()).toLowerCase();
                if (wanted.containsKey(key)) {
                    columns.putIfAbsent(wanted.get(key), cell.getColumnIndex());
                }
            }
        }
        return columns;
    }

    private static boolean isBlank(Row row, Map<String, Integer> columns) {
        return columns.values().stream().allMatch(index -> isBlank(row.getCell(index)));
    }

    static boolean isBlank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    /** One data row: its number as Excel shows it and its usable cells by column header. */
    public static final class SheetRow {

        private final int number;

        private final Map<String, Cell> cells;

        private SheetRow(int number, Map<String, Cell> cells) {
            this.number = number;
            this.cells = cells;
        }

        static SheetRow of(Row row, Map<String, Integer> columns, List<String> required, RowProblems problems) {
            int number = row.getRowNum() + 1;
            Map<String, Cell> cells = new HashMap<>();
            columns.forEach((column, index) -> {
                Cell cell = row.getCell(index);
                if (cell != null && cell.getCellType() == CellType.FORMULA) {
                    problems.add(number, column, "import.error.formula");
                }
                else if (isBlank(cell)) {
                    if (required.contains(column)) {
                        problems.add(number, column, "import.error.required");
                    }
                }
                else {
                    cells.put(column, cell);
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
            Cell cell = cells.get(column);
            return cell == null ? null : VietnameseText.tidy(raw(cell));
        }

        /** An identifier as typed: text without spaces, a number without decimals (Excel drops leading zeros). */
        public String identifier(String column) {
            Cell cell = cells.get(column);
            return cell == null ? null : raw(cell).replace(" ", "").trim();
        }

        /** A date typed as dd/MM/yyyy (or with dots or dashes), as yyyy-MM-dd, or as an Excel date cell. */
        public LocalDate date(String column, RowProblems problems) {
            Cell cell = cells.get(column);
            if (cell == null) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                if (!DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
                    problems.add(number, column, "import.error.dateFormat", raw(cell));
                    return null;
                }
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String value = raw(cell).trim();
            Matcher dmy = DMY.matcher(value);
            Matcher ymd = YMD.matcher(value);
            try {
                if (dmy.matches()) {
                    return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                            Integer.parseInt(dmy.group(1)));
                }
                if (ymd.matches()) {
                    return LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                            Integer.parseInt(ymd.group(3)));
                }
            }
            catch (DateTimeException e) {
                problems.add(number, column, "import.error.dateImpossible", value);
                return null;
            }
            problems.add(number, column, "import.error.dateFormat", value);
            return null;
        }

        private static String raw(Cell cell) {
            return switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
    }
}
