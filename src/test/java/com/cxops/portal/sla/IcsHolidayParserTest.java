package com.cxops.portal.sla;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IcsHolidayParserTest {

    static final String CHINA_2026 = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Test//Holidays//EN\r
            BEGIN:VEVENT\r
            UID:1@test\r
            DTSTART;VALUE=DATE:20260101\r
            DTEND;VALUE=DATE:20260102\r
            SUMMARY:New Year\\, 元旦\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:2@test\r
            DTSTART;VALUE=DATE:20261001\r
            DTEND;VALUE=DATE:20261004\r
            SUMMARY:National Day holi\r
             day\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            DTSTART:20260501T000000Z\r
            SUMMARY:Labour Day\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    @Test
    void all_day_events_become_holidays_with_their_names() throws Exception {
        List<Holiday> holidays = IcsHolidayParser.parse(CHINA_2026);
        assertThat(holidays).extracting(Holiday::getDate).containsExactly(
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"),
                LocalDate.parse("2026-10-03"), LocalDate.parse("2026-05-01"));
        assertThat(holidays.getFirst().getName()).isEqualTo("New Year, 元旦");
        assertThat(holidays.get(1).getName()).as("folded line").isEqualTo("National Day holiday");
    }

    @Test
    void file_that_is_not_a_calendar_is_refused() {
        assertThatThrownBy(() -> IcsHolidayParser.parse("date,name\n2026-01-01,New Year\n"))
                .isInstanceOfSatisfying(IcsHolidayParser.IcsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IcsHolidayParser.ERROR_NOT_ICS));
        assertThatThrownBy(() -> IcsHolidayParser.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nEND:VEVENT\n"))
                .isInstanceOfSatisfying(IcsHolidayParser.IcsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IcsHolidayParser.ERROR_NOT_ICS));
        assertThatThrownBy(() -> IcsHolidayParser.parse(null)).isInstanceOf(IcsHolidayParser.IcsException.class);
    }

    @Test
    void event_with_a_bad_or_missing_date_is_refused() {
        assertThatThrownBy(() -> IcsHolidayParser.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026-13-45\nEND:VEVENT\nEND:VCALENDAR\n"))
                .isInstanceOfSatisfying(IcsHolidayParser.IcsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IcsHolidayParser.ERROR_BAD_EVENT));
        assertThatThrownBy(() -> IcsHolidayParser.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n"))
                .isInstanceOfSatisfying(IcsHolidayParser.IcsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IcsHolidayParser.ERROR_BAD_EVENT));
        assertThatThrownBy(() -> IcsHolidayParser.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nEND:VCALENDAR\n"))
                .isInstanceOf(IcsHolidayParser.IcsException.class);
    }

    @Test
    void calendar_without_events_is_refused() {
        assertThatThrownBy(() -> IcsHolidayParser.parse("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n"))
                .isInstanceOfSatisfying(IcsHolidayParser.IcsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IcsHolidayParser.ERROR_EMPTY));
    }

    @Test
    void event_of_months_is_refused_as_a_mistake() {
        assertThatThrownBy(() -> IcsHolidayParser.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\n"
                + "DTEND;VALUE=DATE:20260601\nEND:VEVENT\nEND:VCALENDAR\n"))
                .isInstanceOfSatisfying(IcsHolidayParser.IcsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IcsHolidayParser.ERROR_TOO_LONG));
    }
}
