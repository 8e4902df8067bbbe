-- Migration 5, part 2: the client's feedback on a held meeting (seed 003, "Asiakasnäkökulma
-- vastaanotosta"): usefulness 1–10 and the client-experience statements on a five-point scale.

-- The statements are a catalogue the team edits by making a new version: a version, once made, is
-- never changed, so an old answer keeps the wording it was given to, and only answers to the same
-- version are pooled.
CREATE TABLE statement_versions (
    version INTEGER PRIMARY KEY CHECK (version >= 1),
    -- NULL for the version moty ships with
    made_at TEXT CHECK (made_at IS NULL OR strftime('%Y-%m-%dT%H:%M:%SZ', made_at) IS made_at),
    made_by TEXT NOT NULL CHECK (length(made_by) BETWEEN 1 AND 100)
) STRICT;

CREATE TABLE statements (
    version  INTEGER NOT NULL REFERENCES statement_versions (version),
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 50),
    code     TEXT NOT NULL CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'
                 AND length(code) <= 40),
    -- read aloud to the client, in the client's language
    text_fi  TEXT NOT NULL CHECK (length(trim(text_fi)) BETWEEN 1 AND 300),
    text_sv  TEXT NOT NULL CHECK (length(trim(text_sv)) BETWEEN 1 AND 300),
    text_en  TEXT NOT NULL CHECK (length(trim(text_en)) BETWEEN 1 AND 300),
    PRIMARY KEY (version, code),
    UNIQUE (version, position)
) STRICT;

CREATE TRIGGER statements_no_update BEFORE UPDATE ON statements
BEGIN SELECT RAISE(ABORT, 'a statement version is never changed; make a new version'); END;
CREATE TRIGGER statements_no_delete BEFORE DELETE ON statements
BEGIN SELECT RAISE(ABORT, 'a statement version is never changed; make a new version'); END;

INSERT INTO statement_versions (version, made_at, made_by) VALUES (1, NULL, 'moty');
INSERT INTO statements (version, position, code, text_fi, text_sv, text_en) VALUES
    (1, 1, 'mattered-to-me',
        'Keskityimme vastaanotolla minulle tärkeisiin asioihin.',
        'Vi fokuserade under besöket på det som var viktigt för mig.',
        'We focused on what mattered to me.'),
    (1, 2, 'heard-and-respected',
        'Tulin kuulluksi, ymmärretyksi ja kunnioitetuksi.',
        'Jag blev hörd, förstådd och respekterad.',
        'I was heard, understood and respected.'),
    (1, 3, 'informed-on-services',
        'Sain tietoa tarvitsemistani palveluista.',
        'Jag fick information om de tjänster jag behöver.',
        'I got information on the services I need.'),
    (1, 4, 'know-what-next',
        'Tiedän, mitä seuraavaksi tapahtuu.',
        'Jag vet vad som händer härnäst.',
        'I know what happens next.');

-- One client's feedback on one held meeting. Every answer is optional: an absent answer is NULL
-- (or no row in feedback_answers), never zero.
CREATE TABLE feedback (
    id                INTEGER PRIMARY KEY,
    case_id           TEXT NOT NULL REFERENCES cases (id),
    booking_id        INTEGER NOT NULL REFERENCES bookings (id),
    given_on          TEXT NOT NULL CHECK (date(given_on) IS given_on),
    usefulness        INTEGER CHECK (usefulness IS NULL OR usefulness BETWEEN 1 AND 10),
    statement_version INTEGER REFERENCES statement_versions (version),
    text              TEXT CHECK (text IS NULL OR length(text) BETWEEN 1 AND 2000),
    recorded_by       TEXT NOT NULL CHECK (length(recorded_by) BETWEEN 1 AND 100),
    recorded_at       TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', recorded_at) IS recorded_at)
) STRICT;

CREATE INDEX feedback_case ON feedback (case_id);
CREATE INDEX feedback_booking ON feedback (booking_id);

CREATE TABLE feedback_answers (
    feedback_id INTEGER NOT NULL REFERENCES feedback (id),
    version     INTEGER NOT NULL,
    code        TEXT NOT NULL,
    answer      TEXT NOT NULL CHECK (answer IN ('fully-agree', 'partly-agree', 'cant-say',
                    'partly-disagree', 'fully-disagree')),
    PRIMARY KEY (feedback_id, code),
    FOREIGN KEY (version, code) REFERENCES statements (version, code)
) STRICT;
