-- Default tiering rules from DOMAIN.md "Complaints and their tiers"; administrators edit them in admin/tiering-rules.
INSERT INTO tiering_rule (position, name, enabled, tier, spread_risks) VALUES (10, 'public post', TRUE, 'URGENT', 'PUBLIC_POST');
INSERT INTO tiering_rule (position, name, enabled, tier, vip_only) VALUES (20, 'VIP customer', TRUE, 'URGENT', TRUE);
INSERT INTO tiering_rule (position, name, enabled, tier, categories) VALUES (30, 'money not refunded', TRUE, 'URGENT', 'REFUND_NOT_RECEIVED');
INSERT INTO tiering_rule (position, name, enabled, tier, keywords) VALUES (40, 'refund missing (keywords)', TRUE, 'URGENT', 'not refunded, refund not received, still no refund, 未退款, 退款没到, 退款未到账, 没收到退款');
INSERT INTO tiering_rule (position, name, enabled, tier, repeat_within_days) VALUES (50, 'repeat complaint', TRUE, 'URGENT', 7);
INSERT INTO tiering_rule (position, name, enabled, tier, spread_risks) VALUES (60, 'media or viral exposure', TRUE, 'MAJOR', 'MEDIA_VIRAL');
INSERT INTO tiering_rule (position, name, enabled, tier, min_affected) VALUES (70, 'many customers affected', TRUE, 'MAJOR', 20);
INSERT INTO tiering_rule (position, name, enabled, tier, categories) VALUES (80, 'safety', TRUE, 'MAJOR', 'PRODUCT_SAFETY');
INSERT INTO tiering_rule (position, name, enabled, tier, keywords) VALUES (90, 'safety (keywords)', TRUE, 'MAJOR', 'fire, burn, injury, injured, explode, exploded, smoke, poisoning, 起火, 着火, 烧伤, 受伤, 爆炸, 冒烟, 中毒');
INSERT INTO tiering_rule (position, name, enabled, tier, categories) VALUES (100, 'legal or regulator risk', TRUE, 'MAJOR', 'LEGAL_REGULATORY');
INSERT INTO tiering_rule (position, name, enabled, tier, keywords) VALUES (110, 'legal or regulator (keywords)', TRUE, 'MAJOR', 'lawyer, lawsuit, sue, court, regulator, consumer association, journalist, 律师, 起诉, 法院, 消协, 12315, 市场监管, 记者, 媒体');
