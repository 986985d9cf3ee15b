-- A right's use counts against the allowance of the membership level the customer had when it was used (delivered),
-- not the level they have today: the level is kept on the use. Older uses take the customer's current level, the best
-- that is known about them.
ALTER TABLE vip_right_use ADD COLUMN membership_level VARCHAR(16);
UPDATE vip_right_use SET membership_level = (SELECT c.membership_level FROM customer c WHERE c.id = vip_right_use.customer_id);
CREATE INDEX ix_vip_right_use_level ON vip_right_use (customer_id, usage_year, membership_level, delivered);
