-- Deadlines linked to the notice (letter) that set them, so a response to that notice closes exactly its
-- deadlines. Until now the link was only the free-text "set by" ("Notice #12 of 2025-08-07" when recorded
-- on the case screen, "letter:<template>" when exported), which cannot tell two letters of one template
-- apart and breaks when the text is edited. Portable between H2 2.x and PostgreSQL.

ALTER TABLE deadline ADD COLUMN notice_id BIGINT REFERENCES notice (id) ON DELETE SET NULL;
CREATE INDEX deadline_notice_idx ON deadline (notice_id);

-- Back-fill: link an existing deadline only where its "set by" text names exactly one notice of its case.
-- Ambiguous rows (two letters of one template) stay unlinked; the application falls back to the text for them.
UPDATE deadline SET notice_id = (
        SELECT MIN(n.id) FROM notice n
        WHERE n.case_id = deadline.case_id
          AND (deadline.set_by LIKE ('Notice #' || CAST(n.id AS VARCHAR(20)) || ' %')
               OR deadline.set_by = ('letter:' || n.template)))
    WHERE set_by IS NOT NULL
      AND (SELECT COUNT(*) FROM notice n
           WHERE n.case_id = deadline.case_id
             AND (deadline.set_by LIKE ('Notice #' || CAST(n.id AS VARCHAR(20)) || ' %')
                  OR deadline.set_by = ('letter:' || n.template))) = 1;
