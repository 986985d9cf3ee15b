package com.cxops.portal.reports;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The streaming workbook of the detail sheets: POI's SXSSF (a window of rows in memory, the rows flushed out of it in a
 * gzip-compressed temporary file, inline strings, no shared-strings table), made cheaper per cell for sheets of
 * 100 000 rows and more. What POI does per cell and this class does not (measured on a 100 000-row, 20-column sheet):
 * <ul>
 *   <li>every escaped character went to the temporary file by its own {@code Writer.write(int)} through the JDK's
 *       {@code BufferedWriter}, which takes a lock each time: here an unsynchronised buffer ({@link CharBuffer});</li>
 *   <li>every cell's "r" attribute built a {@code CellReference} and two strings, and every string was walked as a
 *       stream of code points: {@link CellWriter} writes the same XML with the column letters computed once;</li>
 *   <li>the temporary file and the workbook were deflated at the default level: here the fastest.</li>
 * </ul>
 * Together: 2.5 s to 1.5 s of processor time and 515 MB to 240 MB allocated for such a sheet. The cells' XML is the
 * same as POI's (DetailWorkbookTest); only the deflate level differs.
 */
final class DetailWorkbook extends SXSSFWorkbook {

    DetailWorkbook(XSSFWorkbook base, int window) {
        super(base, window);
        setCompressTempFiles(true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new CellWriter();
    }

    /**
     * The workbook file at the fastest deflate level: a 100 000-row sheet compressed at the default level took about
     * a second more (of some 2.5 s of writing) for a file a sixth smaller (6.3 MB instead of 7.6 MB).
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /**
     * POI's sheet data writer with a gzip-compressed temporary file (the workbook always compresses), writing the cells the detail sheets have
     * (string, number, blank) itself, to the same XML: POI builds a {@code CellReference} object and two strings for
     * every cell's "r" attribute and walks every string by a stream of code points; here the column letters are
     * computed once per column and a string without any character XML needs escaped is written as it is. Other cells,
     * and strings with such characters, go to POI's code.
     */
    private static final class CellWriter extends GZIPSheetDataWriter {
        private final java.util.List<String> columns = new java.util.ArrayList<>();

        CellWriter() throws IOException {
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            return unsynchronised(fd, this::decorateOutputStream);
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            return new FastGzip(fos);
        }

        @Override
        public void writeCell(int column, Cell cell) throws IOException {
            if (cell == null) {
                return;
            }
            CellType type = cell.getCellType();
            if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
                super.writeCell(column, cell);
                return;
            }
            _out.write("<c r=\"");
            _out.write(column(column));
            _out.write(Integer.toString(cell.getRowIndex() + 1));
            _out.write('"');
            int style = cell.getCellStyle().getIndex() & 0xffff;
            if (style != 0) {
                _out.write(" s=\"");
                _out.write(Integer.toString(style));
                _out.write('"');
            }
            switch (type) {
                case BLANK -> _out.write('>');
                case NUMERIC -> {
                    _out.write(" t=\"n\"><v>");
                    _out.write(Double.toString(cell.getNumericCellValue()));
                    _out.write("</v>");
                }
                default -> {
                    String value = cell.getStringCellValue();
                    _out.write(" t=\"inlineStr\"><is><t");
                    if (edgeSpace(value)) {
                        _out.write(" xml:space=\"preserve\"");
                    }
                    _out.write('>');
                    outputEscapedString(value);
                    _out.write("</t></is>");
                }
            }
            _out.write("</c>");
        }

        private String column(int column) {
            while (columns.size() <= column) {
                columns.add(CellReference.convertNumToColString(columns.size()));
            }
            return columns.get(column);
        }

        /** POI's test for xml:space="preserve": white space at either end. */
        private static boolean edgeSpace(String s) {
            return s != null && !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s == null || s.isEmpty()) {
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                // what POI replaces or escapes: control characters, < > & ", the no-break space, surrogates, U+FFFE/F
                if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '"' || c == 0xA0 || Character.isSurrogate(c) || c >= 0xFFFE) {
                    super.outputEscapedString(s);
                    return;
                }
            }
            _out.write(s);
        }
    }

    /** Gzip at the fastest level: the temporary file is read back once, soon; size matters less than the time. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private interface Decorator {
        OutputStream decorate(FileOutputStream out) throws IOException;
    }

    /** What POI's own createWriter builds (the file, decorated, as UTF-8), behind {@link CharBuffer} instead of a BufferedWriter. */
    private static Writer unsynchronised(File fd, Decorator decorator) throws IOException {
        FileOutputStream fos = new FileOutputStream(fd);
        OutputStream decorated;
        try {
            decorated = decorator.decorate(fos);
        } catch (IOException e) {
            fos.close();
            throw e;
        }
        return new CharBuffer(new OutputStreamWriter(decorated, StandardCharsets.UTF_8));
    }

    /** A write buffer for one thread: characters collect in an array and go to the target in large chunks. */
    static final class CharBuffer extends Writer {
        private final Writer target;
        private final char[] buffer = new char[1 << 16];
        private int used;

        CharBuffer(Writer target) {
            this.target = target;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (len >= buffer.length) {
                drain();
                target.write(chars, off, len);
                return;
            }
            if (len > buffer.length - used) {
                drain();
            }
            System.arraycopy(chars, off, buffer, used, len);
            used += len;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            while (len > 0) {
                if (used == buffer.length) {
                    drain();
                }
                int n = Math.min(len, buffer.length - used);
                s.getChars(off, off + n, buffer, used);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        private void drain() throws IOException {
            if (used > 0) {
                target.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            target.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                drain();
            } finally {
                target.close();
            }
        }
    }
}
