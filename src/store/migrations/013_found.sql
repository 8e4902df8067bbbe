-- Migration 13 (issue #17): the cases in the order `find` shows them (open cases first, then the
-- newest first), with their client. A common name fragment finds tens of thousands of clients in
-- a large register; `find` then walks this index until its page is full instead of sorting
-- every case found (store/cases.rs). Only an index is added: a register at version 12 takes
-- version 13 without the copy kept before a migration that changes its rows (store::migrate).
-- On a server nothing changes (store/pg/013_found.sql): it finds names through pg_trgm.
CREATE INDEX IF NOT EXISTS cases_found ON cases ((phase = 'closed'), opened_on DESC, year DESC, seq DESC,
    client_id);
