-- Migration 8: indexed look-ups (issue #17, item 1). `moty find` reads a text as a case id, an
-- identity code or a birth date by their keys, and as name and phone fragments through a trigram
-- index: any three characters in a row of the folded name (lower case, diacritics removed, as
-- `name_folded` already holds) or of the phone's digits find their clients without reading every
-- client. The index holds no text of its own (`content='clients'`): the triggers keep it in step
-- with the clients table, and erasing a client (`moty purge`) merges the index so no trace of the
-- old name is left in it. Its twin on PostgreSQL is store/pg/008_search.sql (pg_trgm).

CREATE VIRTUAL TABLE client_search USING fts5 (
    name_folded, phone_digits,
    content = 'clients', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO client_search (client_search) VALUES ('rebuild');

CREATE TRIGGER client_search_insert AFTER INSERT ON clients BEGIN
    INSERT INTO client_search (rowid, name_folded, phone_digits)
    VALUES (new.id, new.name_folded, new.phone_digits);
END;
CREATE TRIGGER client_search_delete AFTER DELETE ON clients BEGIN
    INSERT INTO client_search (client_search, rowid, name_folded, phone_digits)
    VALUES ('delete', old.id, old.name_folded, old.phone_digits);
END;
CREATE TRIGGER client_search_update AFTER UPDATE OF name_folded, phone_digits ON clients BEGIN
    INSERT INTO client_search (client_search, rowid, name_folded, phone_digits)
    VALUES ('delete', old.id, old.name_folded, old.phone_digits);
    INSERT INTO client_search (rowid, name_folded, phone_digits)
    VALUES (new.id, new.name_folded, new.phone_digits);
END;

-- The birth-date part of the identity code ("131052" of 131052-308T): `moty find 131052`.
CREATE INDEX clients_born ON clients (substr(hetu, 1, 6));
