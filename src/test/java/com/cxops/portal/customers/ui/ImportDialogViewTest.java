package com.cxops.portal.customers.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.customers.CustomerImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ImportDialogViewTest extends KaribuTestBase {

    @Autowired CustomerImport importer;

    @Test
    void a_refused_file_offers_a_report_with_row_column_value_and_translated_message() {
        loginNew(Role.MANAGER);
        ImportDialog dialog = new ImportDialog(importer, () -> { });
        List<CustomerImport.ImportError> errors = List.of(
                new CustomerImport.ImportError(3, "email", "not-an-email", "customer.error.email"),
                new CustomerImport.ImportError(4, "name", "=HYPERLINK(\"x\")", "customer.error.name"));
        dialog.finish(new CustomerImport.ImportResult(false, 3, 0, 0, errors, 2), "customers.csv");
        assertThat(dialog.status.getText()).isEqualTo("Nothing was saved: 2 problems found. Download the report, fix the file and import it again.");
        assertThat(dialog.report.isVisible()).isTrue();
        String csv = new String(dialog.reportCsv(errors), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFRow,Column,Value,Message");
        assertThat(csv).contains("3,email,not-an-email,\"Enter a valid e-mail address, or leave it empty.\"");
        assertThat(csv).contains("'=HYPERLINK");
    }

    @Test
    void the_report_speaks_chinese_to_a_chinese_user() {
        loginNew(Role.ADMIN);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        ImportDialog dialog = new ImportDialog(importer, () -> { });
        String csv = new String(dialog.reportCsv(List.of(new CustomerImport.ImportError(2, "金额", "-1", "import.error.amount-negative"))),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("行,列,值,说明").contains("金额不能为负数");
        // the upload's own button and messages too, not Vaadin's English defaults
        assertThat(dialog.upload.getI18n().getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(dialog.upload.getI18n().getError().getFileIsTooBig()).isEqualTo("文件过大。");
    }

    @Test
    void the_report_names_the_limit_of_a_value_too_long() {
        loginNew(Role.ADMIN);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        ImportDialog dialog = new ImportDialog(importer, () -> { });
        String csv = new String(dialog.reportCsv(List.of(new CustomerImport.ImportError(7, "品类", "c".repeat(101), "form.too-long",
                List.of(com.cxops.portal.customers.CustomerRules.CATEGORY_MAX)))), StandardCharsets.UTF_8);
        assertThat(csv).contains("7,品类,").contains("过长：最多 100 个字符。");
    }

    @Test
    void a_file_that_cannot_be_read_says_why_without_a_report() {
        loginNew(Role.MANAGER);
        ImportDialog dialog = new ImportDialog(importer, () -> { });
        dialog.finish(new CustomerImport.ImportResult(false, 0, 0, 0,
                List.of(new CustomerImport.ImportError(0, "", "x.xlsx", "import.error.not-xlsx")), 1), "x.xlsx");
        assertThat(dialog.status.getText()).startsWith("The file is named .xlsx but is not an Excel workbook");
        assertThat(dialog.report.isVisible()).isFalse();
    }

    @Test
    void a_written_file_says_how_many_rows_were_new_and_updated() {
        loginNew(Role.MANAGER);
        boolean[] refreshed = {false};
        ImportDialog dialog = new ImportDialog(importer, () -> refreshed[0] = true);
        dialog.finish(new CustomerImport.ImportResult(true, 5, 3, 2, List.of(), 0), "c.csv");
        assertThat(dialog.status.getText()).isEqualTo("Imported 5 rows: 3 new, 2 updated.");
        assertThat(refreshed[0]).isTrue();
    }
}
