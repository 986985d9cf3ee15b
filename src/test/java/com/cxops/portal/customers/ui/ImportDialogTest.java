package com.cxops.portal.customers.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportDialogTest {

    @Test
    void values_that_spreadsheets_would_run_as_formulas_are_exported_as_text() {
        assertThat(ImportDialog.safe("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(ImportDialog.safe("+1")).isEqualTo("'+1");
        assertThat(ImportDialog.safe("-5.00")).isEqualTo("'-5.00");
        assertThat(ImportDialog.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void ordinary_values_are_exported_unchanged() {
        assertThat(ImportDialog.safe("王芳")).isEqualTo("王芳");
        assertThat(ImportDialog.safe("")).isEmpty();
        assertThat(ImportDialog.safe(null)).isNull();
    }
}
