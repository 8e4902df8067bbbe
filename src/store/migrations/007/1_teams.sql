-- Migration 7, part 1: the team a case and a client belong to (issue #16, item 7). On a
-- PostgreSQL server the team is the one of the login that opened the case (moty.members, kept by
-- the owner with `moty admin user add --team`) and decides who sees the case; a file is one
-- team's register and leaves it NULL, until `moty admin import-sqlite FILE --team T` brings the
-- file to a server and the team is set there.

ALTER TABLE cases ADD COLUMN team TEXT CHECK (team IS NULL OR length(team) BETWEEN 1 AND 80);
ALTER TABLE clients ADD COLUMN team TEXT CHECK (team IS NULL OR length(team) BETWEEN 1 AND 80);
