-- Default media rule: "headlines" in the media sense is said as "made/hit the headlines" ("The headline on your product
-- page" is not the press); press-on nails are not the press; an Instagram (or other) story is the customer's own post,
-- not a journalist's "story about". Written as REPLACE / CONCAT so that a rule an administrator has reworded keeps
-- the wording (a phrase no longer there is not replaced).
UPDATE tiering_rule
SET phrases_en = REPLACE(phrases_en, ', headlines,',
        ', made the headlines, make the headlines, hit the headlines, in the headlines, headline news,'),
    exclusions = CONCAT(COALESCE(exclusions, ''),
        ', press-on nails, press on nails, press-on nail, press-on lashes, instagram story, instagram stories, ig story, facebook story, wechat story, whatsapp story, snapchat story, tiktok story')
WHERE name = 'media (text)' AND family = 'MEDIA';

-- Refund rule: "got my refund" as context cancelled "I haven't got my refund"; only a refund said to be received cancels.
UPDATE tiering_rule
SET context_exclusions = REPLACE(context_exclusions, ', got my refund,',
        ', i got my refund, i''ve got my refund, have got my refund, has got my refund, finally got my refund, already got my refund, just got my refund,')
WHERE name = 'refund missing (keywords)' AND family = 'REFUND';
