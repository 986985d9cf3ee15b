package com.cxops.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The built-in texts and checks of date, date-time and number fields in the user's language. Vaadin's defaults are
 * English, and the browser-side checks (a date typed wrong, a number out of its min/max) turn a field red with no
 * words unless they are given a message: a Chinese screen showed "January", "Today" and "Cancel", and an allowance of
 * 100 000 a red field saying nothing. Month and weekday names come from the JDK's locale data, the rest from the
 * bundles; the week starts where the locale says (Monday in China). Call it after setting a number field's min/max.
 */
public final class FieldTexts {

    private FieldTexts() {
    }

    public static DatePicker apply(DatePicker picker) {
        picker.setI18n(datePicker(picker));
        return picker;
    }

    public static DateTimePicker apply(DateTimePicker picker) {
        picker.setDatePickerI18n(datePicker(picker));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(picker.getTranslation("picker.date"))
                .setTimeLabel(picker.getTranslation("picker.time"))
                .setBadInputErrorMessage(picker.getTranslation("picker.bad-date-time"))
                .setIncompleteInputErrorMessage(picker.getTranslation("picker.incomplete-date-time"))
                .setRequiredErrorMessage(picker.getTranslation("form.required")));
        return picker;
    }

    /** The field's own range and bad-input checks say the range: "Enter a whole number from 1 to 8,760." */
    public static IntegerField apply(IntegerField field) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale());
        boolean hasMin = field.getMin() != Integer.MIN_VALUE;
        boolean hasMax = field.getMax() != Integer.MAX_VALUE;
        String message = hasMin && hasMax
                ? field.getTranslation("number.range", numbers.format(field.getMin()), numbers.format(field.getMax()))
                : hasMin ? field.getTranslation("number.at-least", numbers.format(field.getMin()))
                : field.getTranslation("number.whole");
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(message).setMinErrorMessage(message)
                .setMaxErrorMessage(message).setStepErrorMessage(message)
                .setRequiredErrorMessage(field.getTranslation("form.required")));
        return field;
    }

    public static BigDecimalField apply(BigDecimalField field) {
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage(field.getTranslation("number.decimal"))
                .setRequiredErrorMessage(field.getTranslation("form.required")));
        return field;
    }

    /** The locale the fields' translations use: the UI's (fields are built inside a request, before they attach). */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static DatePicker.DatePickerI18n datePicker(Component field) {
        Locale locale = locale();
        // Vaadin lists weekdays from Sunday, and firstDayOfWeek counts from there (0 = Sunday)
        List<DayOfWeek> fromSunday = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Stream.of(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY)).toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(field.getTranslation("picker.today"))
                .setCancel(field.getTranslation("action.cancel"))
                .setBadInputErrorMessage(field.getTranslation("picker.bad-date"))
                .setRequiredErrorMessage(field.getTranslation("form.required"));
    }
}
