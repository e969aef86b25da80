-- The identity key of each model name (ai.frontierwatch.text.ModelKey: its words, then "@" and the snapshot date when
-- it has one, e.g. "4o gpt@0806"), under which a name resolves when its folded key finds nothing, and the version of
-- the rules it was computed under. The service fills both when it writes a name, and at start for every row without
-- them or computed under older rules (so the rows below are filled at the first start after this migration).
ALTER TABLE name_key ADD COLUMN model_key TEXT;
ALTER TABLE name_key ADD COLUMN model_key_rules INTEGER;
-- Lookups are by the words, whatever the date: a dated name also finds the undated model.
CREATE INDEX name_key_model_key_words_idx ON name_key (split_part(model_key, '@', 1)) WHERE model_key IS NOT NULL;
