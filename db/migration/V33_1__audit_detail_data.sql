-- The details of an audit entry as a message key and arguments (JSON), so the trail reads in the viewer's language.
-- Rows written before keep only their English text in details, which stays the text exports and older readers show.
ALTER TABLE audit_entry ADD COLUMN detail_data VARCHAR(4000);
