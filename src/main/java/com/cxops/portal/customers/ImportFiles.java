package com.cxops.portal.customers;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded CSV or XLSX file row by row, streaming (a 100 000-row file never sits in memory as a whole).
 * The file's content decides what it is: a ".xlsx" that is not a workbook, or a ".csv" that is a workbook or not
 * UTF-8 text, is refused with a clear message rather than guessed at.
 */
final class ImportFiles {

    /** A file that cannot be read as an import at all; the message key says why. */
    static final class UnreadableFile extends Exception {
        final String messageKey;

        UnreadableFile(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    /** Receives each row: its number as the person sees it in the file (header = 1) and its cells as text. */
    @FunctionalInterface
    interface RowSink {
        void row(long rowNumber, List<String> cells);
    }

    /**
     * Prefix of a numeric cell Excel could not hold exactly: Excel keeps 15 significant digits, so a 16-digit or
     * longer number typed into a number cell (an id, a phone, an amount) has already lost its last digits in the file.
     * The row is refused with advice instead of importing a changed value.
     */
    static final String INEXACT_NUMBER = "\uE000inexact:";
    private static final BigDecimal EXCEL_EXACT_LIMIT = BigDecimal.TEN.pow(15);
    /** Excel's own precision: a cell shows (and means) its value rounded to 15 significant digits. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private ImportFiles() {
    }

    static void read(Path file, String fileName, RowSink sink) throws UnreadableFile {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (Files.size(file) == 0) {
                throw new UnreadableFile("import.error.empty");
            }
            FileMagic magic = FileMagic.valueOf(file.toFile());
            if (name.endsWith(".xlsx")) {
                if (magic != FileMagic.OOXML) {
                    throw new UnreadableFile("import.error.not-xlsx");
                }
                readXlsx(file, sink);
            } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
                if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
                    throw new UnreadableFile("import.error.not-csv");
                }
                readCsv(file, sink);
            } else {
                throw new UnreadableFile("import.error.file-type");
            }
        } catch (IOException e) {
            throw new UnreadableFile("import.error.unreadable");
        }
    }

    private static void readCsv(Path file, RowSink sink) throws IOException, UnreadableFile {
        // Strict UTF-8: a file in another encoding (or binary) is refused instead of importing mangled names.
        Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            boolean first = true;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    if (first && cells.isEmpty() && value.startsWith("\uFEFF")) {
                        value = value.substring(1); // the byte-order mark some tools (Excel) write
                    }
                    if (value.indexOf('\0') >= 0) {
                        throw new UnreadableFile("import.error.not-csv");
                    }
                    cells.add(value);
                }
                first = false;
                sink.row(record.getRecordNumber(), cells);
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("import.error.not-utf8");
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UnreadableFile("import.error.not-utf8");
            }
            throw new UnreadableFile("import.error.csv-syntax");
        } catch (IllegalStateException e) {
            throw new UnreadableFile("import.error.csv-syntax");
        }
    }

    private static void readXlsx(Path file, RowSink sink) throws UnreadableFile {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("import.error.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new Rows(sink), new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (UnreadableFile e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableFile("import.error.not-xlsx");
        }
    }

    /** Collects a sheet's (possibly sparse) cells into rows. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                sink.row(rowNum + 1L, new ArrayList<>(cells.stream().map(c -> c == null ? "" : c).toList()));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int col = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() <= col) {
                cells.add(null);
            }
            cells.set(col, value);
        }
    }

    /**
     * Numbers as plain digits (no thousands separators or scientific notation: ids and phones stay intact) rounded to
     * Excel's 15 significant digits, and dates as ISO text, whatever the cell's display format. POI hands the cell over
     * as a double; that is exact here because Excel itself stores every number cell as a double.
     */
    private static final class PlainFormatter extends DataFormatter {
        PlainFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toString();
            }
            // From the double's exact binary value to what Excel shows: 0.1+0.2 is 0.3, never 0.30000000000000004.
            BigDecimal exact = new BigDecimal(value);
            if (exact.abs().compareTo(EXCEL_EXACT_LIMIT) >= 0) {
                return INEXACT_NUMBER + BigDecimal.valueOf(value).toPlainString();
            }
            return exact.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
        }
    }
}
