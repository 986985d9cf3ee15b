package com.cxops.portal.customers;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerImportTest extends SpringTestBase {

    @Autowired CustomerImport importer;
    @Autowired CustomerRepository customers;
    @Autowired OrderRepository orders;

    @TempDir Path dir;

    static final CustomerImport.Progress NONE = (phase, done, total) -> { };

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    CustomerImport.ImportResult run(ImportKind kind, Path file) {
        return importer.importFile(kind, file, file.getFileName().toString(), NONE);
    }

    @Test
    void a_valid_customers_file_with_bom_and_quotes_is_imported_and_a_second_import_changes_nothing() throws IOException {
        actAsNew(Role.MANAGER);
        String a = unique("C");
        String b = unique("C");
        Path f = file("customers.csv", "\uFEFFexternal_id,name,email,phone,registered_at,birthday,membership,survey_opt_out\n"
                + a + ",王芳,wang@example.com,+86 138 0013 8000,2025-03-01 09:30,1990-05-20,金卡,否\n"
                + b + ",\"Smith, Anna \"\"Annie\"\"\",,,2025-11-15T08:00:00Z,,GOLD,true\n");

        CustomerImport.ImportResult first = run(ImportKind.CUSTOMERS, f);

        assertThat(first.written()).isTrue();
        assertThat(first.inserted()).isEqualTo(2);
        Customer wang = customers.findByExternalId(a).orElseThrow();
        assertThat(wang.getName()).isEqualTo("王芳");
        assertThat(wang.getMembershipLevel()).isEqualTo(MembershipLevel.GOLD);
        assertThat(wang.getBirthday()).isEqualTo(LocalDate.of(1990, 5, 20));
        assertThat(wang.getRegisteredAt()).isEqualTo(Instant.parse("2025-03-01T01:30:00Z")); // Asia/Shanghai
        assertThat(customers.findByExternalId(b).orElseThrow().getName()).isEqualTo("Smith, Anna \"Annie\"");
        assertThat(customers.findByExternalId(b).orElseThrow().isSurveyOptOut()).isTrue();
        long version = wang.getVersion();

        CustomerImport.ImportResult second = run(ImportKind.CUSTOMERS, f);

        assertThat(second.written()).isTrue();
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(customers.findByExternalId(a).orElseThrow().getVersion()).isEqualTo(version);
    }

    @Test
    void a_file_over_the_size_setting_is_refused_before_it_is_parsed() throws IOException {
        actAsNew(Role.MANAGER);
        Path big = dir.resolve("huge.csv");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(201L * 1024 * 1024); // sparse: no disk used, but over the default of 200 MB
        }
        CustomerImport.ImportResult result = run(ImportKind.CUSTOMERS, big);
        assertThat(result.written()).isFalse();
        assertThat(result.errors()).extracting(CustomerImport.ImportError::messageKey).containsExactly("import.error.too-large");
    }

    @Test
    void chinese_headers_are_understood() throws IOException {
        actAsNew(Role.ADMIN);
        String id = unique("C");
        CustomerImport.ImportResult r = run(ImportKind.CUSTOMERS, file("c.csv", "客户编号,姓名,手机,会员等级\n" + id + ",张敏,13700137000,钻石\n"));
        assertThat(r.written()).isTrue();
        assertThat(customers.findByExternalId(id).orElseThrow().getMembershipLevel()).isEqualTo(MembershipLevel.DIAMOND);
    }

    @Test
    void formula_text_in_a_name_is_stored_as_text() throws IOException {
        actAsNew(Role.MANAGER);
        String id = unique("C");
        run(ImportKind.CUSTOMERS, file("c.csv", "external_id,name\n" + id + ",\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\n"));
        assertThat(customers.findByExternalId(id).orElseThrow().getName()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
    }

    @Test
    void one_bad_row_writes_nothing_and_reports_row_column_value_and_message() throws IOException {
        actAsNew(Role.MANAGER);
        String good = unique("C");
        CustomerImport.ImportResult r = run(ImportKind.CUSTOMERS, file("c.csv",
                "external_id,name,email,birthday\n" + good + ",Good,good@example.com,1990-01-01\n"
                        + unique("C") + ",Bad,not-an-email,31/02/1990\n"));
        assertThat(r.written()).isFalse();
        assertThat(r.errors()).containsExactlyInAnyOrder(
                new CustomerImport.ImportError(3, "email", "not-an-email", "customer.error.email"),
                new CustomerImport.ImportError(3, "birthday", "31/02/1990", "import.error.date"));
        assertThat(customers.findByExternalId(good)).isEmpty();
    }

    @Test
    void a_name_or_category_over_its_limit_names_row_column_and_limit_and_writes_nothing() throws IOException {
        actAsNew(Role.MANAGER);
        String good = unique("C");
        String longName = "n".repeat(CustomerRules.NAME_MAX + 1);
        CustomerImport.ImportResult r = run(ImportKind.CUSTOMERS, file("c.csv",
                "external_id,name\n" + good + ",Good\n" + unique("C") + "," + longName + "\n" + unique("C") + ",\n"));
        assertThat(r.written()).isFalse();
        assertThat(r.errors()).containsExactlyInAnyOrder(
                new CustomerImport.ImportError(3, "name", longName, "form.too-long", List.of(CustomerRules.NAME_MAX)),
                new CustomerImport.ImportError(4, "name", "", "customer.error.name"));
        assertThat(customers.findByExternalId(good)).isEmpty();

        run(ImportKind.CUSTOMERS, file("c2.csv", "external_id,name\n" + good + ",Good\n"));
        String order = unique("O");
        String longCategory = "c".repeat(CustomerRules.CATEGORY_MAX + 1);
        CustomerImport.ImportResult o = run(ImportKind.ORDERS, file("o.csv", "external_id,customer_external_id,placed_at,amount,currency,status,category\n"
                + order + "," + good + ",2026-05-01 10:00,10.00,CNY,PAID," + longCategory + "\n"));
        assertThat(o.written()).isFalse();
        assertThat(o.errors()).containsExactly(
                new CustomerImport.ImportError(2, "category", longCategory, "form.too-long", List.of(CustomerRules.CATEGORY_MAX)));
        assertThat(orders.findByExternalId(order)).isEmpty();
    }

    @Test
    void missing_required_columns_are_reported() throws IOException {
        actAsNew(Role.MANAGER);
        CustomerImport.ImportResult r = run(ImportKind.ORDERS, file("o.csv", "external_id,amount\nO1,10\n"));
        assertThat(r.written()).isFalse();
        assertThat(r.errors()).extracting(CustomerImport.ImportError::messageKey).containsOnly("import.error.missing-column");
        assertThat(r.errors()).hasSize(4); // customer, placed_at, currency, status
    }

    @Test
    void an_empty_file_and_a_header_only_file_are_refused() throws IOException {
        actAsNew(Role.MANAGER);
        assertThat(run(ImportKind.CUSTOMERS, file("e.csv", "")).errors())
                .extracting(CustomerImport.ImportError::messageKey).containsExactly("import.error.empty");
        assertThat(run(ImportKind.CUSTOMERS, file("h.csv", "external_id,name\n")).errors())
                .extracting(CustomerImport.ImportError::messageKey).containsExactly("import.error.no-rows");
    }

    @Test
    void a_text_file_renamed_to_xlsx_and_other_file_types_are_refused() throws IOException {
        actAsNew(Role.MANAGER);
        assertThat(run(ImportKind.CUSTOMERS, file("renamed.xlsx", "external_id,name\nC1,A\n")).errors())
                .extracting(CustomerImport.ImportError::messageKey).containsExactly("import.error.not-xlsx");
        assertThat(run(ImportKind.CUSTOMERS, file("photo.png", "x")).errors())
                .extracting(CustomerImport.ImportError::messageKey).containsExactly("import.error.file-type");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "external_id,name\nC1,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run(ImportKind.CUSTOMERS, latin1).errors())
                .extracting(CustomerImport.ImportError::messageKey).containsExactly("import.error.not-utf8");
    }

    @Test
    void a_workbook_renamed_to_csv_is_refused() throws IOException {
        actAsNew(Role.MANAGER);
        Path xlsx = workbook("book.xlsx", unique("C"));
        Path renamed = Files.move(xlsx, dir.resolve("book.csv"));
        assertThat(run(ImportKind.CUSTOMERS, renamed).errors())
                .extracting(CustomerImport.ImportError::messageKey).containsExactly("import.error.not-csv");
    }

    @Test
    void an_xlsx_workbook_with_numeric_ids_and_date_cells_is_imported() throws IOException {
        actAsNew(Role.MANAGER);
        String id = "9" + System.nanoTime() % 1_000_000_000L;
        Path xlsx = workbook("book.xlsx", id);
        CustomerImport.ImportResult r = run(ImportKind.CUSTOMERS, xlsx);
        assertThat(r.errors()).isEmpty();
        Customer c = customers.findByExternalId(id).orElseThrow();
        assertThat(c.getName()).isEqualTo("林小红");
        assertThat(c.getPhone()).isEqualTo("13800138000");
        assertThat(c.getBirthday()).isEqualTo(LocalDate.of(1992, 7, 8));
    }

    @Test
    void an_xlsx_number_of_more_than_15_digits_is_refused_with_advice_and_writes_nothing() throws IOException {
        actAsNew(Role.MANAGER);
        // Excel keeps 15 significant digits: this 18-digit id is already 123456789012345680 inside the file
        CustomerImport.ImportResult r = run(ImportKind.CUSTOMERS, workbook("long.xlsx", "123456789012345678"));
        assertThat(r.written()).isFalse();
        assertThat(r.errors()).extracting(e -> e.column() + ":" + e.messageKey() + ":" + e.value())
                .containsExactly("客户编号:import.error.inexact-number:123456789012345680");
        assertThat(customers.findByExternalId("123456789012345680")).isEmpty();
    }

    @Test
    void an_xlsx_amount_is_read_as_excel_shows_it_not_as_the_binary_double() throws IOException {
        actAsNew(Role.MANAGER);
        String customer = unique("C");
        run(ImportKind.CUSTOMERS, file("c.csv", "external_id,name\n" + customer + ",Known\n"));
        String order = unique("O");
        Path path = dir.resolve("orders.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            XSSFSheet sheet = wb.createSheet("orders");
            String[] headers = {"external_id", "customer_external_id", "placed_at", "amount", "currency", "status"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(order);
            r.createCell(1).setCellValue(customer);
            r.createCell(2).setCellValue("2026-05-01 10:00");
            r.createCell(3).setCellValue(0.1 + 0.2 + 399); // a formula's result: 399.30000000000001 as a double
            r.createCell(4).setCellValue("CNY");
            r.createCell(5).setCellValue("PAID");
            wb.write(out);
        }
        CustomerImport.ImportResult r = run(ImportKind.ORDERS, path);
        assertThat(r.errors()).isEmpty();
        assertThat(orders.findByExternalId(order).orElseThrow().getAmount()).isEqualByComparingTo(new BigDecimal("399.30"));
    }

    /** A workbook with one customer: numeric id and phone cells, a real date cell. */
    Path workbook(String name, String id) throws IOException {
        Path path = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            XSSFSheet sheet = wb.createSheet("customers");
            Row h = sheet.createRow(0);
            String[] headers = {"客户编号", "姓名", "手机", "生日"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            Row r = sheet.createRow(1);
            if (id.chars().allMatch(Character::isDigit)) {
                r.createCell(0).setCellValue(Double.parseDouble(id));
            } else {
                r.createCell(0).setCellValue(id);
            }
            r.createCell(1).setCellValue("林小红");
            r.createCell(2).setCellValue(13800138000d);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var cell = r.createCell(3);
            cell.setCellValue(LocalDateTime.of(1992, 7, 8, 0, 0));
            cell.setCellStyle(dateStyle);
            wb.write(out);
        }
        return path;
    }

    @Test
    void orders_with_bad_dates_amounts_negative_amounts_unknown_customers_and_duplicate_ids_write_nothing() throws IOException {
        actAsNew(Role.MANAGER);
        String customer = unique("C");
        run(ImportKind.CUSTOMERS, file("c.csv", "external_id,name\n" + customer + ",Known\n"));
        String o1 = unique("O");
        CustomerImport.ImportResult r = run(ImportKind.ORDERS, file("o.csv",
                "external_id,customer_external_id,placed_at,amount,currency,status\n"
                        + o1 + "," + customer + ",2026-05-01 10:00,10.00,CNY,PAID\n"
                        + unique("O") + "," + customer + ",yesterday,10.00,CNY,PAID\n"
                        + unique("O") + "," + customer + ",2026-05-01,ten,CNY,PAID\n"
                        + unique("O") + "," + customer + ",2026-05-01,-5.00,CNY,PAID\n"
                        + unique("O") + "," + unique("nobody") + ",2026-05-01,5.00,CNY,PAID\n"
                        + o1 + "," + customer + ",2026-05-01,5.00,CNY,PAID\n"
                        + unique("O") + "," + customer + ",2026-05-01,5.00,EURO,SHIPPED\n"));
        assertThat(r.written()).isFalse();
        assertThat(r.errors()).extracting(e -> e.row() + ":" + e.column() + ":" + e.messageKey()).containsExactlyInAnyOrder(
                "3:placed_at:import.error.date-time",
                "4:amount:import.error.amount",
                "5:amount:import.error.amount-negative",
                "6:customer_external_id:import.error.unknown-customer",
                "7:external_id:import.error.duplicate-id",
                "8:currency:import.error.currency",
                "8:status:import.error.status");
        assertThat(orders.findByExternalId(o1)).isEmpty();
    }

    @Test
    void a_valid_orders_file_upserts_by_external_id() throws IOException {
        actAsNew(Role.MANAGER);
        String customer = unique("C");
        run(ImportKind.CUSTOMERS, file("c.csv", "external_id,name\n" + customer + ",Known\n"));
        String o1 = unique("O");
        String header = "订单编号,客户编号,下单时间,金额,币种,状态,品类\n";
        assertThat(run(ImportKind.ORDERS, file("o.csv", header + o1 + "," + customer + ",2026-05-01T10:00:00Z,10.5,cny,已支付,shoes\n")).inserted()).isEqualTo(1);
        CustomerImport.ImportResult again = run(ImportKind.ORDERS, file("o2.csv", header + o1 + "," + customer + ",2026-05-01T10:00:00Z,10.50,CNY,已退款,shoes\n"));
        assertThat(again.updated()).isEqualTo(1);
        CustomerOrder o = orders.findByExternalId(o1).orElseThrow();
        assertThat(o.getStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(o.getAmount()).isEqualByComparingTo(new BigDecimal("10.50"));
    }

    @Test
    void a_100_000_row_file_is_checked_in_bounded_memory_and_one_bad_last_row_writes_nothing() throws IOException {
        actAsNew(Role.MANAGER);
        String customer = unique("C");
        run(ImportKind.CUSTOMERS, file("c.csv", "external_id,name\n" + customer + ",Big buyer\n"));
        Path big = dir.resolve("big.csv");
        String prefix = unique("B");
        try (var w = Files.newBufferedWriter(big)) {
            w.write("external_id,customer_external_id,placed_at,amount,currency,status\n");
            for (int i = 0; i < 100_000; i++) {
                w.write(prefix + i + "," + customer + ",2026-05-01 10:00," + (i % 500) + ".00,CNY,PAID\n");
            }
            w.write(prefix + "last," + customer + ",2026-05-01 10:00,-1,CNY,PAID\n");
        }
        long[] progressCalls = {0};
        CustomerImport.ImportResult r = importer.importFile(ImportKind.ORDERS, big, "big.csv", (phase, done, total) -> progressCalls[0]++);
        assertThat(r.written()).isFalse();
        assertThat(r.rows()).isEqualTo(100_001);
        assertThat(r.errors()).extracting(CustomerImport.ImportError::row).containsExactly(100_002L);
        assertThat(progressCalls[0]).isGreaterThan(100);
        assertThat(orders.findByExternalId(prefix + "0")).isEmpty();
    }

    @Test
    void the_documented_sample_files_import_cleanly_and_twice_without_change() {
        actAsNew(Role.MANAGER);
        Path samples = Path.of("docs", "samples");
        for (int pass = 0; pass < 2; pass++) {
            for (String name : new String[]{"customers.csv", "customers_zh.csv", "customers.xlsx"}) {
                CustomerImport.ImportResult r = importer.importFile(ImportKind.CUSTOMERS, samples.resolve(name), name, NONE);
                assertThat(r.errors()).as(name).isEmpty();
                assertThat(r.written()).as(name).isTrue();
                if (pass == 1) {
                    assertThat(r.inserted() + r.updated()).as(name).isZero();
                }
            }
            CustomerImport.ImportResult orderResult = importer.importFile(ImportKind.ORDERS, samples.resolve("orders.csv"), "orders.csv", NONE);
            assertThat(orderResult.errors()).isEmpty();
        }
        assertThat(customers.findByExternalId("C30001").orElseThrow().getName()).isEqualTo("周婷");
        assertThat(customers.findByExternalId("C10002").orElseThrow().getName()).isEqualTo("Smith, Anna");
        assertThat(orders.findByExternalId("O500004").orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void agents_cannot_import() throws IOException {
        actAsNew(Role.AGENT);
        Path f = file("c.csv", "external_id,name\nC1,A\n");
        assertThatThrownBy(() -> run(ImportKind.CUSTOMERS, f)).isInstanceOf(AccessDeniedException.class);
    }
}
