package com.cxops.portal.base.ui;

import com.cxops.portal.KaribuTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.concierge.ui.AbsencesView;
import com.cxops.portal.concierge.ui.VipRightsAdminView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class FieldTextsTest extends KaribuTestBase {

    @Test
    void a_chinese_date_picker_speaks_chinese_and_starts_the_week_on_monday() {
        loginNew(Role.VIP_MANAGER);
        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(AbsencesView.class);
        DatePicker.DatePickerI18n i18n = _get(DatePicker.class, s -> s.withId("absence-from")).getI18n();
        assertThat(i18n.getMonthNames()).startsWith("一月", "二月");
        assertThat(i18n.getWeekdaysShort()).first().asString().contains("日");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("今天");
        assertThat(i18n.getCancel()).isEqualTo("取消");
        assertThat(i18n.getBadInputErrorMessage()).isEqualTo("请输入有效的日期，或从日历中选择。");
    }

    @Test
    void a_number_outside_its_range_says_the_range_instead_of_a_red_field_with_no_words() {
        loginNew(Role.ADMIN);
        UI.getCurrent().navigate(VipRightsAdminView.class);
        IntegerField allowance = _get(IntegerField.class, s -> s.withId("vip-right-allowance"));
        assertThat(allowance.getI18n().getMaxErrorMessage()).isEqualTo("Enter a whole number from 0 to 1,000.");
        assertThat(allowance.getI18n().getMinErrorMessage()).isEqualTo(allowance.getI18n().getMaxErrorMessage());
        assertThat(allowance.getI18n().getBadInputErrorMessage()).isEqualTo(allowance.getI18n().getMaxErrorMessage());
    }

    /** Every date, date-time and number field in the views is given its texts, or sets its own (the intake's count). */
    @Test
    void every_date_and_number_field_gets_its_texts() throws IOException {
        Pattern field = Pattern.compile("new (DatePicker|DateTimePicker|IntegerField|BigDecimalField)\\(");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = field.matcher(source);
                int fields = 0;
                while (m.find()) {
                    fields++;
                }
                if (fields == 0 || f.endsWith("FieldTexts.java")) {
                    continue;
                }
                int given = source.split("FieldTexts\\.apply\\(", -1).length - 1
                        + source.split("\\.setI18n\\(new (IntegerField|DatePicker|DateTimePicker|BigDecimalField)\\.", -1).length - 1;
                assertThat(given).as("%s builds %d date/number fields; each needs FieldTexts.apply", f, fields)
                        .isGreaterThanOrEqualTo(fields);
            }
        }
    }
}
