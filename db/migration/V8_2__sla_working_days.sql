-- Extra working days of business calendars: a date with its own working slots, whatever its weekday (Chinese make-up
-- working days, 调休上班, e.g. the Saturday after the Spring Festival week worked as a normal day). One row per slot.
CREATE TABLE sla_working_day (
    calendar_id BIGINT       NOT NULL,
    work_date   DATE         NOT NULL,
    start_time  TIME         NOT NULL,
    end_time    TIME         NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT fk_sla_working_day FOREIGN KEY (calendar_id) REFERENCES sla_calendar (id)
);
CREATE INDEX ix_sla_working_day ON sla_working_day (calendar_id, work_date);

-- The default business calendar ships the public holidays and make-up working days of the People's Republic of China
-- for 2025 and 2026, as the State Council's General Office published them (国务院办公厅关于2025年部分节假日安排的通知,
-- 国办发明电〔2024〕12号, 12 November 2024; 国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025; see
-- docs/sla.md). Dates the calendar has already keep what an administrator stored. Make-up days work the calendar's
-- weekday hours, 09:00-18:00.
INSERT INTO sla_holiday (calendar_id, holiday_date, name)
    SELECT c.id, d.day_date, d.day_name FROM sla_calendar c,
        (SELECT DATE '2025-01-01' AS day_date, '元旦 New Year''s Day' AS day_name
        UNION ALL SELECT DATE '2025-01-28', '春节 Spring Festival'
        UNION ALL SELECT DATE '2025-01-29', '春节 Spring Festival'
        UNION ALL SELECT DATE '2025-01-30', '春节 Spring Festival'
        UNION ALL SELECT DATE '2025-01-31', '春节 Spring Festival'
        UNION ALL SELECT DATE '2025-02-01', '春节 Spring Festival'
        UNION ALL SELECT DATE '2025-02-02', '春节 Spring Festival'
        UNION ALL SELECT DATE '2025-02-03', '春节 Spring Festival'
        UNION ALL SELECT DATE '2025-02-04', '春节 Spring Festival'
        UNION ALL SELECT DATE '2025-04-04', '清明节 Qingming Festival'
        UNION ALL SELECT DATE '2025-04-05', '清明节 Qingming Festival'
        UNION ALL SELECT DATE '2025-04-06', '清明节 Qingming Festival'
        UNION ALL SELECT DATE '2025-05-01', '劳动节 Labour Day'
        UNION ALL SELECT DATE '2025-05-02', '劳动节 Labour Day'
        UNION ALL SELECT DATE '2025-05-03', '劳动节 Labour Day'
        UNION ALL SELECT DATE '2025-05-04', '劳动节 Labour Day'
        UNION ALL SELECT DATE '2025-05-05', '劳动节 Labour Day'
        UNION ALL SELECT DATE '2025-05-31', '端午节 Dragon Boat Festival'
        UNION ALL SELECT DATE '2025-06-01', '端午节 Dragon Boat Festival'
        UNION ALL SELECT DATE '2025-06-02', '端午节 Dragon Boat Festival'
        UNION ALL SELECT DATE '2025-10-01', '国庆节、中秋节 National Day and Mid-Autumn Festival'
        UNION ALL SELECT DATE '2025-10-02', '国庆节、中秋节 National Day and Mid-Autumn Festival'
        UNION ALL SELECT DATE '2025-10-03', '国庆节、中秋节 National Day and Mid-Autumn Festival'
        UNION ALL SELECT DATE '2025-10-04', '国庆节、中秋节 National Day and Mid-Autumn Festival'
        UNION ALL SELECT DATE '2025-10-05', '国庆节、中秋节 National Day and Mid-Autumn Festival'
        UNION ALL SELECT DATE '2025-10-06', '国庆节、中秋节 National Day and Mid-Autumn Festival'
        UNION ALL SELECT DATE '2025-10-07', '国庆节、中秋节 National Day and Mid-Autumn Festival'
        UNION ALL SELECT DATE '2025-10-08', '国庆节、中秋节 National Day and Mid-Autumn Festival'
        UNION ALL SELECT DATE '2026-01-01', '元旦 New Year''s Day'
        UNION ALL SELECT DATE '2026-01-02', '元旦 New Year''s Day'
        UNION ALL SELECT DATE '2026-01-03', '元旦 New Year''s Day'
        UNION ALL SELECT DATE '2026-02-15', '春节 Spring Festival'
        UNION ALL SELECT DATE '2026-02-16', '春节 Spring Festival'
        UNION ALL SELECT DATE '2026-02-17', '春节 Spring Festival'
        UNION ALL SELECT DATE '2026-02-18', '春节 Spring Festival'
        UNION ALL SELECT DATE '2026-02-19', '春节 Spring Festival'
        UNION ALL SELECT DATE '2026-02-20', '春节 Spring Festival'
        UNION ALL SELECT DATE '2026-02-21', '春节 Spring Festival'
        UNION ALL SELECT DATE '2026-02-22', '春节 Spring Festival'
        UNION ALL SELECT DATE '2026-02-23', '春节 Spring Festival'
        UNION ALL SELECT DATE '2026-04-04', '清明节 Qingming Festival'
        UNION ALL SELECT DATE '2026-04-05', '清明节 Qingming Festival'
        UNION ALL SELECT DATE '2026-04-06', '清明节 Qingming Festival'
        UNION ALL SELECT DATE '2026-05-01', '劳动节 Labour Day'
        UNION ALL SELECT DATE '2026-05-02', '劳动节 Labour Day'
        UNION ALL SELECT DATE '2026-05-03', '劳动节 Labour Day'
        UNION ALL SELECT DATE '2026-05-04', '劳动节 Labour Day'
        UNION ALL SELECT DATE '2026-05-05', '劳动节 Labour Day'
        UNION ALL SELECT DATE '2026-06-19', '端午节 Dragon Boat Festival'
        UNION ALL SELECT DATE '2026-06-20', '端午节 Dragon Boat Festival'
        UNION ALL SELECT DATE '2026-06-21', '端午节 Dragon Boat Festival'
        UNION ALL SELECT DATE '2026-09-25', '中秋节 Mid-Autumn Festival'
        UNION ALL SELECT DATE '2026-09-26', '中秋节 Mid-Autumn Festival'
        UNION ALL SELECT DATE '2026-09-27', '中秋节 Mid-Autumn Festival'
        UNION ALL SELECT DATE '2026-10-01', '国庆节 National Day'
        UNION ALL SELECT DATE '2026-10-02', '国庆节 National Day'
        UNION ALL SELECT DATE '2026-10-03', '国庆节 National Day'
        UNION ALL SELECT DATE '2026-10-04', '国庆节 National Day'
        UNION ALL SELECT DATE '2026-10-05', '国庆节 National Day'
        UNION ALL SELECT DATE '2026-10-06', '国庆节 National Day'
        UNION ALL SELECT DATE '2026-10-07', '国庆节 National Day') d
    WHERE c.name = 'Business hours' AND c.twenty_four_seven = FALSE
      AND NOT EXISTS (SELECT 1 FROM sla_holiday h WHERE h.calendar_id = c.id AND h.holiday_date = d.day_date);

INSERT INTO sla_working_day (calendar_id, work_date, start_time, end_time, name)
    SELECT c.id, d.day_date, '09:00:00', '18:00:00', d.day_name FROM sla_calendar c,
        (SELECT DATE '2025-01-26' AS day_date, '春节调休上班 Spring Festival make-up working day' AS day_name
        UNION ALL SELECT DATE '2025-02-08', '春节调休上班 Spring Festival make-up working day'
        UNION ALL SELECT DATE '2025-04-27', '劳动节调休上班 Labour Day make-up working day'
        UNION ALL SELECT DATE '2025-09-28', '国庆节、中秋节调休上班 National Day and Mid-Autumn Festival make-up working day'
        UNION ALL SELECT DATE '2025-10-11', '国庆节、中秋节调休上班 National Day and Mid-Autumn Festival make-up working day'
        UNION ALL SELECT DATE '2026-01-04', '元旦调休上班 New Year''s Day make-up working day'
        UNION ALL SELECT DATE '2026-02-14', '春节调休上班 Spring Festival make-up working day'
        UNION ALL SELECT DATE '2026-02-28', '春节调休上班 Spring Festival make-up working day'
        UNION ALL SELECT DATE '2026-05-09', '劳动节调休上班 Labour Day make-up working day'
        UNION ALL SELECT DATE '2026-09-20', '国庆节调休上班 National Day make-up working day'
        UNION ALL SELECT DATE '2026-10-10', '国庆节调休上班 National Day make-up working day') d
    WHERE c.name = 'Business hours' AND c.twenty_four_seven = FALSE
      AND NOT EXISTS (SELECT 1 FROM sla_holiday h WHERE h.calendar_id = c.id AND h.holiday_date = d.day_date);
