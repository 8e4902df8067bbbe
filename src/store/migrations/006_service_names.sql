-- Migration 6: the onward services carry their own Finnish, Swedish and English names (issue #15,
-- item 1), like the units (migration 5, part 5). Until now a service had one name, English with
-- the Finnish word in parentheses ("digital nurse (digihoitaja)"), so Finnish output and the
-- client's plan in Swedish showed English.
--
-- The table is rebuilt (SQLite's "other kinds of table schema changes", as migration 3 does) so
-- that the three names are NOT NULL and checked like the units' names; foreign keys are off
-- during a migration and checked before it commits. `name` is kept exactly as it was: it is the
-- name the register first had (`moty plan services --json` still gives it as `name`, so scripts
-- see no change); a service added or renamed since gets its English name there.
--
-- The built-in services get real names in each language. A service a team added before this
-- migration has only the one name the team gave it: that name goes into all three, and the team
-- renames it with `moty plan services add CODE --area A --fi … --sv … --en …` (the same code).

CREATE TABLE services_new (
    code    TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
    name    TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    area    TEXT REFERENCES areas (code),
    name_fi TEXT NOT NULL CHECK (length(trim(name_fi)) BETWEEN 1 AND 100),
    name_sv TEXT NOT NULL CHECK (length(trim(name_sv)) BETWEEN 1 AND 100),
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) BETWEEN 1 AND 100)
) STRICT;

-- The rowid is carried: the catalogue is listed in the order the services were added.
INSERT INTO services_new (rowid, code, name, active, area, name_fi, name_sv, name_en)
    SELECT rowid, code, name, active, area, name, name, name FROM services;

-- Each built-in service with the name it was seeded with (schema.sql), and its three names. Only
-- a service still named so gets them: one the team renamed keeps its own name in all three.
UPDATE services_new SET
    name_fi = n.fi, name_sv = n.sv, name_en = n.en
FROM (
    SELECT column1 AS code, column2 AS seeded, column3 AS fi, column4 AS sv, column5 AS en FROM (
    VALUES
    ('public-health-nurse', 'public health nurse (terveydenhoitaja)',
        'Terveydenhoitaja', 'Hälsovårdare', 'public health nurse'),
    ('digital-nurse', 'digital nurse (digihoitaja)',
        'Digihoitaja', 'Digital sjukskötare', 'digital nurse'),
    ('doctor', 'doctor (lääkäri)',
        'Lääkäri', 'Läkare', 'doctor'),
    ('rehabilitation-counsellor', 'rehabilitation counsellor (kuntoutusohjaaja)',
        'Kuntoutusohjaaja', 'Rehabiliteringshandledare',
        'rehabilitation counsellor'),
    ('laboratory', 'laboratory (labra)',
        'Laboratorio', 'Laboratorium', 'laboratory'),
    ('physiotherapy', 'physiotherapy (fysioterapia)',
        'Fysioterapia', 'Fysioterapi', 'physiotherapy'),
    ('elderly-client-guidance', 'client guidance for older people (asiakasohjaus, ikäihmiset)',
        'Ikäihmisten asiakasohjaus', 'Klienthandledning för äldre',
        'client guidance for older people'),
    ('psychiatric-nurse', 'psychiatric nurse (psykiatrinen sairaanhoitaja)',
        'Psykiatrinen sairaanhoitaja', 'Psykiatrisk sjukskötare',
        'psychiatric nurse'),
    ('health-exercise', 'health-exercise coordinator (terveysliikuntakoordinaattori)',
        'Terveysliikuntakoordinaattori', 'Koordinator för hälsomotion',
        'health-exercise coordinator'),
    ('social-counsellor', 'social counsellor (sosiaaliohjaaja)',
        'Sosiaaliohjaaja', 'Socialhandledare', 'social counsellor'),
    ('typ', 'multi-sector employment service (TYP)',
        'Työllistymistä edistävä monialainen yhteispalvelu (TYP)',
        'Sektorsövergripande samservice som främjar sysselsättning (TYP)',
        'multi-sector employment service (TYP)'),
    ('home-rehabilitation', 'home rehabilitation (kotikuntoutus)',
        'Kotikuntoutus', 'Hemrehabilitering', 'home rehabilitation'),
    ('oral-health', 'oral health (suun terveydenhuolto)',
        'Suun terveydenhuolto', 'Munhälsovård', 'oral health'),
    ('kela', 'Kela: benefit or rehabilitation application, B-statement',
        'Kela: etuus- tai kuntoutushakemus, B-lausunto',
        'FPA: förmåns- eller rehabiliteringsansökan, B-utlåtande',
        'Kela: benefit or rehabilitation application, B-statement'),
    ('employment-services', 'employment services (TE-palvelut)',
        'Työllisyyspalvelut (TE-palvelut)',
        'Sysselsättningstjänster (TE-tjänster)', 'employment services'),
    ('home-care', 'home care (kotihoito)',
        'Kotihoito', 'Hemvård', 'home care'),
    ('social-worker', 'social worker (sosiaalityöntekijä)',
        'Sosiaalityöntekijä', 'Socialarbetare', 'social worker'),
    ('other', 'other (muu)',
        'Muu', 'Annat', 'other'))
) AS n
WHERE services_new.code = n.code AND services_new.name = n.seeded;

DROP TABLE services;
ALTER TABLE services_new RENAME TO services;
