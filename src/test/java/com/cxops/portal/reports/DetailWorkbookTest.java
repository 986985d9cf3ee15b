package com.cxops.portal.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detail sheets' workbook writes cells itself for speed: its sheet XML must be POI's, character for character,
 * for every kind of text a customer or an agent can type (escapes, control characters, surrogate pairs, edge spaces,
 * text that looks like a formula), numbers and blanks; and its moments must read as ISO_LOCAL_DATE_TIME writes them.
 */
class DetailWorkbookTest {

    static final List<String> TEXTS = List.of("plain", "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@a", "a < b & c > d",
            "quote \" here", " leading", "trailing ", "\ttab", "line\nbreak\r", "no\u00a0break", "bell\u0007", "王芳的投诉",
            "emoji \uD83D\uDE00 pair", "lone \uD800 surrogate", "end \uFFFE\uFFFF", "", "x".repeat(5_000));

    /** The worksheet XML of the first streamed sheet, written by POI's SXSSFWorkbook or by DetailWorkbook. */
    static String sheetXml(boolean ours) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook wb = ours ? new DetailWorkbook(base, 2) : new SXSSFWorkbook(base, 2);
        if (!ours) {
            wb.setCompressTempFiles(true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SXSSFSheet sheet = wb.createSheet("Detail");
            CellStyle plain = wb.getCellStyleAt(0);
            CellStyle bold = WorkbookCells.boldStyle(wb);
            int r = 0;
            for (String text : TEXTS) {
                Row row = sheet.createRow(r++);
                Cell a = row.createCell(0);
                a.setCellStyle(plain);
                a.setCellValue(text);
                row.createCell(2).setCellValue(r * 1.25 - 7);
                row.createCell(3);   // blank
                Cell d = row.createCell(27);
                d.setCellStyle(bold);
                d.setCellValue(text.isEmpty() ? "AB" : text.substring(0, 1));
                row.createCell(30).setCellValue(r % 2 == 0);   // not a detail sheet's type: POI's own code
            }
            sheet.createRow(r).createCell(1).setCellValue(Double.MAX_VALUE);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
        Path file = Files.createTempFile("detail-workbook", ".xlsx");
        try {
            Files.write(file, out.toByteArray());
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void the_streamed_sheet_is_the_xml_poi_writes_for_every_kind_of_text_number_and_blank() throws Exception {
        String ours = sheetXml(true);
        assertThat(ours).contains("<c r=\"AB1\"").contains("t=\"inlineStr\"").contains("xml:space=\"preserve\"");
        assertThat(ours).isEqualTo(sheetXml(false));
    }

    @Test
    void text_that_looks_like_a_formula_reads_back_as_text() throws Exception {
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook wb = new DetailWorkbook(base, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SXSSFSheet sheet = wb.createSheet("Detail");
            for (int i = 0; i < TEXTS.size(); i++) {
                sheet.createRow(i).createCell(0).setCellValue(TEXTS.get(i));
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Cell formulaLike = read.getSheet("Detail").getRow(1).getCell(0);
            assertThat(formulaLike.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(read.getSheet("Detail").getRow(13).getCell(0).getStringCellValue()).isEqualTo("王芳的投诉");
            assertThat(read.getSheet("Detail").getRow(14).getCell(0).getStringCellValue()).isEqualTo("emoji \uD83D\uDE00 pair");
        }
    }

    @Test
    void moments_read_as_iso_local_date_time_in_the_shop_zone() {
        for (String zone : List.of("Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC")) {
            DetailSheets sheets = new DetailSheets(k -> k, ZoneId.of(zone), 10);
            for (Instant at : List.of(Instant.parse("2043-01-02T03:04:05Z"), Instant.parse("2043-03-26T01:30:00Z"),
                    Instant.parse("2043-11-05T06:30:00.5Z"), Instant.parse("2043-06-30T15:59:59.999999Z"),
                    Instant.parse("2044-02-29T00:00:00.000001Z"), Instant.parse("2043-12-31T23:59:59.120Z"),
                    Instant.parse("0999-12-31T23:00:00Z"), Instant.parse("+12000-01-01T00:00:00Z"))) {
                assertThat(sheets.moment(at)).as("%s in %s", at, zone)
                        .isEqualTo(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.atZone(ZoneId.of(zone)).toLocalDateTime()));
            }
        }
        assertThat(new DetailSheets(k -> k, ZoneId.of("UTC"), 10).moment(null)).isNull();
    }
}
