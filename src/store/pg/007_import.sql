-- Migration 7 on PostgreSQL, part 2: what `moty admin import-sqlite` needs (issue #16, item 8).
-- The twin of src/store/migrations/007/2_import.sql.

SET LOCAL search_path = moty, pg_catalog;
