-- Migration 5, part 5: service areas (seed 004). Every source unit, requested unit and onward
-- service belongs to one of the sote-centre's three service areas or to an outside actor; the
-- area is a field of the catalogue, not a naming convention. Units become a catalogue: the free
-- texts recorded before (referrals, triage, Yhteistyö-tiimi requests) are kept as written and
-- mapped to a unit in `unit_names` where the migration can tell, and by a coordinator later.

CREATE TABLE areas (
    code     TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'
                 AND length(code) <= 40),
    kind     TEXT NOT NULL CHECK (kind IN ('sote', 'outside')),
    position INTEGER NOT NULL UNIQUE,
    name_fi  TEXT NOT NULL CHECK (length(trim(name_fi)) BETWEEN 1 AND 100),
    name_sv  TEXT NOT NULL CHECK (length(trim(name_sv)) BETWEEN 1 AND 100),
    name_en  TEXT NOT NULL CHECK (length(trim(name_en)) BETWEEN 1 AND 100)
) STRICT;

INSERT INTO areas (code, kind, position, name_fi, name_sv, name_en) VALUES
    ('family-social', 'sote', 1, 'Perhe- ja sosiaalipalvelut', 'Familje- och socialtjänster',
        'Family and social services'),
    ('health-medical', 'sote', 2, 'Terveys- ja sairaanhoitopalvelut',
        'Hälso- och sjukvårdstjänster', 'Health and medical care'),
    ('older-people', 'sote', 3, 'Ikäihmisten palvelut', 'Tjänster för äldre',
        'Services for older people'),
    ('kela', 'outside', 4, 'Kela', 'FPA', 'Kela'),
    ('employment', 'outside', 5, 'Työllisyyspalvelut', 'Sysselsättningstjänster',
        'Employment services'),
    ('education', 'outside', 6, 'Sivistystoimi ja oppilaitokset', 'Bildningsväsendet och läroanstalter',
        'Education'),
    ('rescue', 'outside', 7, 'Pelastustoimi', 'Räddningsväsendet', 'Rescue services'),
    ('ngo', 'outside', 8, 'Järjestöt', 'Organisationer', 'NGOs'),
    ('other', 'outside', 9, 'Muu toimija', 'Annan aktör', 'Other actor');

-- The onward services' areas. A service the team added before this has none until a coordinator
-- gives it one (`moty doctor` lists it).
ALTER TABLE services ADD COLUMN area TEXT REFERENCES areas (code);

UPDATE services SET area = CASE code
    WHEN 'public-health-nurse' THEN 'health-medical'
    WHEN 'digital-nurse' THEN 'health-medical'
    WHEN 'doctor' THEN 'health-medical'
    WHEN 'rehabilitation-counsellor' THEN 'health-medical'
    WHEN 'laboratory' THEN 'health-medical'
    WHEN 'physiotherapy' THEN 'health-medical'
    WHEN 'elderly-client-guidance' THEN 'older-people'
    WHEN 'psychiatric-nurse' THEN 'health-medical'
    WHEN 'health-exercise' THEN 'health-medical'
    WHEN 'social-counsellor' THEN 'family-social'
    WHEN 'typ' THEN 'employment'
    WHEN 'home-rehabilitation' THEN 'older-people'
    WHEN 'oral-health' THEN 'health-medical'
    WHEN 'kela' THEN 'kela'
    WHEN 'employment-services' THEN 'employment'
    WHEN 'home-care' THEN 'older-people'
    WHEN 'social-worker' THEN 'family-social'
    WHEN 'other' THEN 'other'
    END;

-- The units (seed 004's picture of the sote-centre, plus the outside actors), editable by the team.
CREATE TABLE units (
    code    TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'
                AND length(code) <= 40),
    area    TEXT NOT NULL REFERENCES areas (code),
    name_fi TEXT NOT NULL CHECK (length(trim(name_fi)) BETWEEN 1 AND 200),
    name_sv TEXT NOT NULL CHECK (length(trim(name_sv)) BETWEEN 1 AND 200),
    name_en TEXT NOT NULL CHECK (length(trim(name_en)) BETWEEN 1 AND 200),
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

INSERT INTO units (code, area, name_fi, name_sv, name_en) VALUES
    ('family-centre', 'family-social', 'Perhekeskus', 'Familjecenter', 'family centre'),
    ('child-youth-early-support', 'family-social', 'Lasten ja nuorten varhainen tuki',
        'Tidigt stöd för barn och unga', 'child and youth early support'),
    ('family-social-work', 'family-social', 'Perhesosiaalityö', 'Familjesocialarbete',
        'family social work'),
    ('adult-social-work', 'family-social', 'Aikuissosiaalityö ja sosiaaliohjaus',
        'Socialt arbete och handledning för vuxna', 'adult social work'),
    ('living-at-home-support', 'family-social', 'Asumisen tuki', 'Stöd för boende',
        'support for living at home'),
    ('employment-inclusion', 'family-social', 'Työllisyyttä ja osallisuutta tukevat palvelut',
        'Tjänster som stöder sysselsättning och delaktighet', 'employment and inclusion services'),
    ('disability-services', 'family-social', 'Vammaispalvelut', 'Handikappservice',
        'disability services'),
    ('reception-services', 'health-medical', 'Vastaanottopalvelut', 'Mottagningstjänster',
        'reception services'),
    ('urgent-reception', 'health-medical', 'Kiireellinen vastaanotto', 'Brådskande mottagning',
        'urgent reception'),
    ('emergency-department', 'health-medical', 'Päivystys', 'Jouren', 'emergency department'),
    ('adult-clinic', 'health-medical', 'Aikuisneuvola', 'Vuxenrådgivning', 'adult clinic'),
    ('care-need-assessment', 'health-medical', 'Asiakasohjaus ja hoidon tarpeen arviointi',
        'Klienthandledning och bedömning av vårdbehov', 'client guidance and care-need assessment'),
    ('home-hospital', 'health-medical', 'Kotisairaala', 'Hemsjukhus', 'home hospital'),
    ('ward', 'health-medical', 'Vuodeosasto', 'Vårdavdelning', 'ward'),
    ('oral-health', 'health-medical', 'Suun terveydenhuolto', 'Munhälsovård', 'oral health'),
    ('rehabilitation', 'health-medical', 'Perustason kuntoutuspalvelut',
        'Rehabiliteringstjänster på basnivå', 'basic-level rehabilitation'),
    ('mental-health-substance', 'health-medical',
        'Mielenterveys-, päihde- ja riippuvuuspalvelut perustasolla',
        'Mentalvårds-, missbruks- och beroendetjänster på basnivå',
        'basic-level mental-health, substance and addiction services'),
    ('older-client-guidance', 'older-people', 'Ikäihmisten asiakasohjaus',
        'Klienthandledning för äldre', 'client guidance for older people'),
    ('home-care', 'older-people', 'Kotihoito', 'Hemvård', 'home care'),
    ('functional-capacity', 'older-people', 'Ikäihmisten toimintakyvyn tuen palvelut',
        'Tjänster som stöder äldres funktionsförmåga', 'functional-capacity support'),
    ('service-housing', 'older-people', 'Ympärivuorokautinen palveluasuminen',
        'Serviceboende dygnet runt', 'round-the-clock service housing'),
    ('kela', 'kela', 'Kela', 'FPA', 'Kela'),
    ('employment-services', 'employment', 'Työllisyyspalvelut (TE-palvelut)',
        'Sysselsättningstjänster (TE-tjänster)', 'employment services'),
    ('education', 'education', 'Oppilaitos', 'Läroanstalt', 'education'),
    ('rescue-services', 'rescue', 'Pelastustoimi', 'Räddningsväsendet', 'rescue services'),
    ('ngo', 'ngo', 'Järjestö', 'Organisation', 'NGO');

-- A unit as people wrote it (the text folded: trimmed, lower case) and the catalogue unit it
-- means; `unit` NULL: not mapped yet. Every text written before this migration is here.
CREATE TABLE unit_names (
    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 200),
    unit TEXT REFERENCES units (code)
) STRICT;

INSERT OR IGNORE INTO unit_names (name)
    SELECT lower(trim(referrer_unit)) FROM referrals
        WHERE referrer_unit IS NOT NULL AND trim(referrer_unit) <> ''
    UNION SELECT lower(trim(unit)) FROM team_request_units
    UNION SELECT lower(trim(j.value)) FROM triage_decisions t, json_each(t.units) j;

UPDATE unit_names SET unit = (
    SELECT u.code FROM units u
    WHERE unit_names.name IN (u.code, lower(u.name_en), lower(u.name_fi), lower(u.name_sv))
    LIMIT 1);
