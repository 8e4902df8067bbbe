# moty suomeksi: jokainen viesti, jonka moty tulostaa, tunnisteittain. Tunnisteet ja muuttujat
# ovat samat kuin i18n/en/moty.ftl:ssä (tests/cli/catalogues.rs tarkistaa). Säännöt:
# src/text/i18n.rs. Sanasto: koordinaattorien omat sanat (heräte, yhteydenotto,
# yhteisvastaanotto, HOPA, jatkopolku, omatyöntekijä, suostumus, yhteydenottopyyntö …).
# Muuttujaa ei taivuteta: kirjoita lause niin, että muuttuja on perusmuodossa ("alue { $region }").

## Päivämäärät ja luvut (src/text/format.rs), myös asiakkaan asiakirjoissa

date-weekday-short = { $day ->
        [1] ma
        [2] ti
        [3] ke
        [4] to
        [5] pe
        [6] la
       *[7] su
    }
date-weekday = { $day ->
        [1] maanantai
        [2] tiistai
        [3] keskiviikko
        [4] torstai
        [5] perjantai
        [6] lauantai
       *[7] sunnuntai
    }
date-month = { $month ->
        [1] tammikuu
        [2] helmikuu
        [3] maaliskuu
        [4] huhtikuu
        [5] toukokuu
        [6] kesäkuu
        [7] heinäkuu
        [8] elokuu
        [9] syyskuu
        [10] lokakuu
        [11] marraskuu
       *[12] joulukuu
    }
date-time = { $date } klo { $time }
date-time-weekday = { $weekday } { $date } klo { $time }

## Koordinaattorien yhteystietokortti (src/text/contact.rs)

contact-hours-shape = "{ $value }" ei ole aukioloaika: anna PÄIVÄT ALKU-LOPPU, esim. "ma-pe 9.00-10.00" tai "mon-fri 09:00-10:00" (päivät ma … su, väli ma-pe tai luettelo ma,ke; useampi jakso puolipisteellä ";" erotettuna)
contact-teams-shape = "{ $value }" ei ole Teams-osoite: anna osoite, jolla sinut löytää Teamsista (nimi@esimerkki.fi), tai https-linkki
contact-book-shape = "{ $value }" ei ole koontikirjan tunnus: kirjaimia, numeroita ja yhdysmerkkejä, esim. yht405
contact-no-card = alueella "{ $region }" ei ole yhteystietokorttia (kortti on alueilla: { $known }); moty settings contact --region { $region } --phone … tekee sellaisen
contact-no-card-anywhere = alueella "{ $region }" ei ole yhteystietokorttia (millään alueella ei ole vielä korttia); moty settings contact --region { $region } --phone … tekee sellaisen
contact-set-and-unset = samaa kenttää ei voi samassa komennossa sekä antaa että poistaa
contact-hours-span = { $days } klo { $from }–{ $to }
contact-card-title = Näin tavoitat Moty-koordinaattorit
contact-card-title-region = Näin tavoitat Moty-koordinaattorit — alue { $region }
contact-card-refer = Asiakkaan ohjaaminen meille (ilman lähetettä)
contact-card-consent-first = Pyydä asiakkaalta ensin kirjallinen suostumus ja yhteydenottopyyntö.
contact-card-consult = Voit konsultoida
contact-card-other-times = Muina aikoina vastaamme mahdollisuuksien mukaan.
contact-card-regions = Alueiden työparit
contact-card-empty = Yhteystietoja ei ole vielä asetettu: moty settings contact --phone … --email … asettaa ne.
contact-card-book = Perusterveydenhuollosta: laita asiakas terveys-LC:n koontikirjalle { $code }
contact-card-email = Päivystyksestä ja sosiaalipalveluista: suojattu sähköposti { $address }
contact-card-teams = Teams: { $address } (kun vihreänä)
contact-card-phone = Puhelin: { $number }, { $hours }
contact-card-phone-hour = Puhelinaika: { $hours }
contact-card-office-hours = Tavoitettavissa: { $hours }
contact-card-coordinators = Koordinaattorit: { $who }
contact-settings-team = Tiimin yhteystietokortti (moty contact tulostaa sen)
contact-settings-region = Alueen { $region } yhteystietokortti; tyhjä kenttä on tiimin (moty contact --region { $region } tulostaa sen)
contact-settings-region-new = Alueella { $region } ei ole vielä omaa yhteystietokorttia; anna jokin kenttä, niin kortti tehdään
contact-field-coordinators = Koordinaattorit
contact-field-phone = Puhelin
contact-field-phone-hours = Puhelinaika
contact-field-office-hours = Tavoitettavissa
contact-field-teams = Teams
contact-field-email = Suojattu sähköposti
contact-field-book = Koontikirja
contact-default-hours = { $hours } (oletus)

## Kielen valinta (src/text/language.rs)

lang-unknown = "{ $value }" ei ole kieli, jota moty puhuu; anna jokin näistä: { $allowed } (fi suomeksi, en in English)
lang-swedish-documents = moty itse puhuu suomea (fi) tai englantia (en); ruotsi (sv) on asiakkaalle annettavia asiakirjoja varten: moty plan show ASIA --format md --language sv, tai kirjaa asiakkaan kieli: moty client ASIA --language sv

## Kirjoitetut päivämäärät ja ajat (src/domain/when.rs; src/text/mod.rs, src/text/schedule.rs)

input-not-a-date = '{ $value }' ei ole oikea päivämäärä; kirjoita P.K.VVVV (esim. 15.3.2026) tai VVVV-KK-PP (esim. 2026-03-15)
input-not-a-time = '{ $value }' ei ole ajankohta; kirjoita "P.K.VVVV klo H.MM" tai "VVVV-KK-PP HH:MM" Suomen aikaa, esim. "2.12.2026 klo 12.30" tai "2026-12-02 12:30"
input-not-a-clock-time = '{ $value }' ei ole kellonaika; kirjoita H.MM tai HH:MM, esim. 12.30 tai 12:30

## Lukumäärät: monikot (src/text/labels.rs, next.rs, dpo.rs, plan.rs, areas.rs, outcomes.rs,
## kela.rs). Suomen CLDR-luokat: one (1) ja other (0, 2, …). Lukusanan jälkeen partitiivi
## ("3 päivää"), mutta esim. "3 päivän päästä" on genetiivi: kirjoita koko lause.

case-heading = Asia { $case } — { $phase } { $since } alkaen ({ $days ->
        [one] { $days } päivä
       *[other] { $days } päivää
    })
days-waiting = { $days ->
        [one] { $days } päivä
       *[other] { $days } päivää
    } ({ $since } alkaen)
follow-up-due-today = erääntyy tänään ({ $due })
follow-up-due-tomorrow = erääntyy { $due }, huomenna
follow-up-due-in = erääntyy { $due }, { $left } päivän päästä
follow-up-overdue = { $late ->
        [one] { $late } päivä
       *[other] { $late } päivää
    } myöhässä (eräpäivä { $due })
follow-up-due-agreed = { $when }, kuten viime puhelussa sovittiin
log-exported = { $rows ->
        [one] { $rows } rivi
       *[other] { $rows } riviä
    } kirjoitettiin tiedostoon { $path }; luovutus on kirjattu luovutuslokiin.
chain-line = { $log }: { $rows ->
        [one] { $rows } rivi
       *[other] { $rows } riviä
    }, ehjä
chain-broken = kirjausketju on rikki { $logs } lokissa; katso yllä nimetyt rivit ja palauta varmuuskopio
broken-keys = { $count ->
        [one] { $count } rivi viittaa
       *[other] { $count } riviä viittaa
    } puuttuviin riveihin
clock-notes = { $log }: { $overridden ->
        [one] { $overridden } rivi on
       *[other] { $overridden } riviä on
    } kirjattu ohitetulla kellolla (MOTY_NOW); { $earlier ->
        [one] { $earlier } rivillä
       *[other] { $earlier } rivillä
    } on aiempi kirjausaika kuin sitä edeltävällä rivillä
doctor-failed = { $count ->
        [one] { $count } tarkistus epäonnistui
       *[other] { $count } tarkistusta epäonnistui
    }; katso yllä
municipality-clients = '{ $name }' ({ $clients ->
        [one] { $clients } asiakas
       *[other] { $clients } asiakasta
    })
unknown-municipalities = { $count ->
        [one] { $count } kunta puuttuu
       *[other] { $count } kuntaa puuttuu
    } Tilastokeskuksen vuoden 2026 kuntaluettelosta: { $list } (säilytetty kirjoitetussa muodossa; seuraava heräte, jossa on --municipality, korjaa asiakkaan kunnan)
cases-in-several-groups = { $count ->
        [one] { $count } asia kuuluu
       *[other] { $count } asiaa kuuluu
    } useampaan kuin yhteen ryhmään: ryhmien summa on suurempi kuin kokonaismäärä.
kela-concluded =
    Kirjattiin { $count ->
        [one] { $count } johtopäätös
       *[other] { $count } johtopäätöstä
    } Kelan etäkonsultaatiosta { $starts }, asia { $case }.
    Ne tarjotaan sovituiksi toimenpiteiksi, kun suunnitelmaa seuraavan kerran muokataan (moty plan { $case } --from-kela ottaa ne kaikki).

## Asiakkaalle annettava suunnitelma (src/text/protection.rs, copy_*): asiakirja asiakkaalle,
## siksi myös ruotsiksi. Markdown: **lihavoitu** on nimi tai palvelu.

doc-plan-title = Hoito- ja palvelusuunnitelmasi, { $name }
doc-plan-intro = Tämä suunnitelma sovittiin kanssasi { $date }. Säilytä se: siinä kerrotaan, keneen voit ottaa yhteyttä ja miten asiasi etenevät. (Asia { $case }.)
doc-plan-heading-contact = Keneen otat yhteyttä
doc-plan-heading-goals = Tavoitteesi
doc-plan-heading-pathways = Mihin asiasi etenevät
doc-plan-heading-actions = Mitä sovimme
doc-plan-contact-unnamed = Yhteyshenkilösi nimetään pian; siihen asti soita koordinaattoreille.
doc-plan-contact = Yhteyshenkilösi on **{ $name }**.
doc-plan-contact-unit = Yhteyshenkilösi on **{ $name }**, { $unit }.
doc-plan-contact-reach = Yhteyshenkilösi on **{ $name }**. Tavoitat hänet: { $contact }.
doc-plan-contact-unit-reach = Yhteyshenkilösi on **{ $name }**, { $unit }. Tavoitat hänet: { $contact }.
doc-plan-pathway-booked-on = { $what }: aikasi on varattu { $date }
doc-plan-pathway-on = { $what }: { $date }
doc-plan-pathway-booked = { $what }: aika on varattu puolestasi
doc-plan-pathway-book-yourself = { $what }: varaa aika itse
doc-plan-action-by = { $what } — { $who }, { $date } mennessä
doc-plan-action = { $what } — { $who }


## ==== t1: src/text/mod.rs, register.rs, actor.rs, platform.rs, files.rs, dpo.rs, regions.rs, overview.rs ====
## (messages of these files go below this line, in this section only)

# --- src/text/mod.rs: virheelliset syötteet ------------------------------------------------

gen-empty = ei saa olla tyhjä
gen-card-item = { $heading }: { $value }
gen-disk-full = rekisterin levy on täynnä; tästä komennosta ei tallentunut mitään, ja aiemmat tiedot ovat tallessa. Vapauta tilaa ja yritä uudelleen
gen-read-only = rekisteriin ei voi kirjoittaa (tiedosto, kansio tai levy on vain luettavissa); mitään ei tallennettu. Myös hakujen on kirjoitettava käyttölokiin
gen-no-login = käyttöjärjestelmä ei kerro, kuka motya käyttää; jokaiseen kirjaukseen tallentuu sen tekijä, joten moty ei toimi ilman käyttäjätunnusta
gen-text-edited = sen teksti ei vastaa ketjuun tallennettua sitoumusta (tekstiä on muutettu)
gen-text-removed = sen teksti puuttuu, eikä mikään hävitys (purge) ole poistanut sitä
gen-purge-open-case = asia { $case } on avoinna; vain suljettu asia voidaan hävittää (sulje se ensin: moty close)
gen-already-purged = asia { $case } on jo hävitetty
gen-purged = Asia { $case } hävitettiin: { $texts ->
        [one] { $texts } teksti poistettiin
       *[other] { $texts } tekstiä poistettiin
    }; { $client ->
        [yes] asiakkaan nimi, henkilötunnus ja puhelinnumero poistettiin
       *[no] asiakkaalla on muita asioita, joten hänen henkilötietonsa säilyvät
    }.
gen-purged-none = Yhtään suljettua asiaa ei ollut hävitettävänä.
gen-witness-broken = lokia { $log } on kirjoitettu uudelleen sen jälkeen, kun viimeksi näit sen: rivillä { $rows } ei ole enää näkemääsi tiivistettä { $head } (ilmoita tästä tietosuojavastaavalle; moty audit verify näyttää sen)
gen-witness-not-remembered = muutos on kirjattu, mutta näkemääsi lokien tilaa ei voitu tallentaa tilakansioosi, joten niiden uudelleenkirjoitus ennen seuraavaa komentoasi jäisi huomaamatta: { $reason }
gen-key-shape = avain on tässä { $digits } heksadesimaalimerkkiä
gen-file-exists = { $path } on jo olemassa; moty ei koskaan korvaa sitä (valitse toinen nimi)
gen-checkpoint-forged = tarkistuspisteen allekirjoitus ei täsmää tähän julkiseen avaimeen: sitä on muutettu, tai se on allekirjoitettu toisella avaimella
gen-other-register = tarkistuspiste on toisen rekisterin (tunniste { $id })
gen-checkpoint-not-held = ei sisällä ketjun päätä, joka allekirjoitettiin tarkistuspisteessä { $at }
gen-keygen-done =
    Uusi allekirjoitusavain kirjoitettiin tiedostoon { $path } (säilytä se erillään rekisteristä, esim. tietosuojavastaavalla). Sen julkinen avain, jolla tarkistuspisteet tarkistetaan:
    { $public }
gen-checkpoint-written = Allekirjoitettu tarkistuspiste kirjoitettiin tiedostoon { $path }.
gen-unreadable = rekisteriä ei voi lukea: { $error }; palauta se varmuuskopiosta (moty restore VARMUUSKOPIO --force)
gen-triggers-intact = lokit, aikajana ja suunnitelman versiot estävät muutokset
gen-triggers-missing = nämä suojaukset on poistettu, joten rivejä voi muuttaa tai poistaa SQLiten huomaamatta: { $missing }; tiivisteketjut näyttävät silti jokaisen muutoksen (moty audit verify)
gen-record-differs = { $record ->
        [case] asian { $id } tieto ({ $what })
        [plan] asian { $id } suunnitelman versio { $what }
        [consent] suostumuksen { $id } tieto ({ $what })
        [client] asiakkaan { $id } tieto ({ $what })
        [consultation] konsultaation { $id } tieto ({ $what })
       *[other] tietueen { $record } { $id } tieto ({ $what })
    } poikkeaa siitä, mitä aikajanalle kirjattiin: sitä on muokattu motyn ulkopuolella
gen-link-to = linkki asiaan { $case }
gen-head-shape = '{ $value }' ei ole ketjun pää; kirjoita LOKI:RIVIT:TIIVISTE, esim. events:120:<64 heksadesimaalimerkkiä>, jossa LOKI on events, access_log, disclosure_log tai anchors
gen-no-key-for-new = tämä moty salaa rekisterin, eikä avainta annettu: se ei luo salaamatonta rekisteriä. Aseta MOTY_DB_KEY tai anna --key-file TIEDOSTO
gen-key-file-open = muut voivat lukea avaintiedoston (oikeudet { $mode }); tee siitä yksityinen: chmod 600 TIEDOSTO
gen-restore-diverged = rekisterin lokit eivät jatka varmuuskopion lokeja (varmuuskopio ei ole tämän rekisterin aiempi tila, tai lokia on kirjoitettu uudelleen); mitään ei palautettu. Jos palautat silti, anna --accept-loss PERUSTE: peruste ja se, mitä menetetään, kirjataan
gen-restore-would-lose = rekisterissä on { $timeline ->
        [one] { $timeline } aikajanan merkintä
       *[other] { $timeline } aikajanan merkintää
    } varmuuskopion ajankohdan jälkeen, eikä palautus voi siirtää niitä (niiden tekemää ei ole varmuuskopiossa); mitään ei palautettu. Jos palautat silti, anna --accept-loss PERUSTE: peruste ja se, mitä menetetään, kirjataan
gen-forced-restore = palautettu valitsimella --force
gen-restore-counts = Siirrettiin { $carried ->
        [one] { $carried } varmuuskopion jälkeen kirjoitettu rivi
       *[other] { $carried } varmuuskopion jälkeen kirjoitettua riviä
    } (lokirivit ja konsultaatiot); menetettiin { $lost }; uudelleen tehdyt hävitykset: { $purges }.
gen-restored-over-unreadable = Varmuuskopio { $backup } palautettiin rekisterin päälle, jota ei voitu lukea; lukukelvoton tiedosto säilytetään nimellä { $aside } (anna se selvittäjälle; poista se, kun selvitys on valmis). Kaikki varmuuskopion jälkeen kirjoitettu menetetään, ja palautus kirjaa sen.
gen-processing-stopped = asiakas perui monialaisen suostumuksen { $on }, mikä lopettaa asian { $case } kaiken käsittelyn: vain haut, uuden suostumuksen kirjaaminen (moty consent give) ja asian sulkeminen (moty close) ovat sallittuja
gen-interrupted = keskeytetty; mitään muuta ei kirjattu
gen-phone-shape = puhelinnumerossa on 5–15 numeroa, alussa voi olla +, ja välissä voi olla välilyöntejä tai yhdysmerkkejä
gen-other-sign-pairing = --other-sign kuvaa merkkiä "other": anna sekä --sign other että --other-sign TEKSTI
gen-busy = rekisteri on varattu: toinen moty on pitänyt sitä käytössä yli 15 sekuntia; yritä hetken päästä uudelleen
gen-busy-at-once = rekisteri on varattu: toinen moty käytti sitä samalla hetkellä tavalla, jota tämä komento ei voinut jäädä odottamaan; yritä hetken päästä uudelleen
gen-no-home = kotikansiota ei löydy oletusrekisteriä varten; anna --db POLKU tai aseta MOTY_DB
gen-missing-flags = { $count ->
        [one] pakollinen arvo puuttuu
       *[other] pakollisia arvoja puuttuu
    }: anna { $flags }
gen-one-of = '{ $value }' ei ole sallittu; käytä jotakin näistä: { $allowed }
gen-control-character = sisältää ohjausmerkin U+{ $code }; poista se
gen-bidi-character = sisältää kirjoitussuunnan ohjausmerkin U+{ $code }, joka muuttaa tekstin näkyvää järjestystä; poista se
gen-too-long = enintään { $max } merkkiä on sallittu, tässä on { $length }
gen-name-character = '{ $char }' ei voi olla nimessä; nimessä voi olla kirjaimia, välilyöntejä, yhdysmerkkejä, heittomerkkejä ja pisteitä
gen-place-character = '{ $char }' ei ole tässä sallittu; käytä kirjaimia, numeroita, välilyöntejä ja yhdysmerkkejä
gen-in-future = { $date } on tulevaisuudessa (tänään on { $today }); rekisteriin kirjataan se, mitä on tapahtunut
gen-birth-year-range = syntymävuosi väliltä { $from }–{ $to }
gen-case-id-shape = '{ $value }' ei ole asian tunnus; asian tunnus on muotoa 2026-0007 (vuosi, yhdysmerkki, numero)
gen-list-place-shape = '{ $value }' ei ole kohta listassa; anna --after-arvo, johon edellinen sivu päättyi: päivämäärä ja asian tunnus (2026-03-04,2026-0042)
gen-queue-place-shape = '{ $value }' ei ole kohta jonossa; anna --after-arvo, johon edellinen sivu päättyi: urgent tai normal, päivämäärä ja asian tunnus (normal,2026-03-04,2026-0042)
gen-agenda-place-shape = '{ $value }' ei ole kohta kalenterissa; anna --after-arvo, johon edellinen sivu päättyi: tapaamisajan alku ja laji (2026-11-25T12:30,joint-assessment)
gen-more-rows = … ja { $more } lisää. Seuraava sivu: sama komento ja --after { $after }
gen-work-place-shape = '{ $value }' ei ole kohta tässä työlistan osassa; anna --after-arvo, johon osan edellinen sivu päättyi (esimerkiksi { $example })
gen-more-in-section = … ja { $more } lisää. Seuraava sivu: sama komento ja --section { $section } --after { $after }
gen-only-with-queue = sivuttaa vain jonon (--list), ei yksittäisen asian päätöstä
gen-allowed-now = aseta MOTY_NOW RFC 3339 -muotoiseen aikaan (2026-11-23T09:00:00+02:00), Suomen aikaan (2026-11-23 09:00) tai päivämäärään
gen-now-years = '{ $value }' ei ole vuosien 1900–2199 välillä; { gen-allowed-now }
gen-date-years = '{ $value }' ei ole vuosien 1900–2199 välillä; rekisteriin kirjataan päivämääriä vuodesta 1900 alkaen
gen-before-birth = { $date } on ennen asiakkaan syntymää ({ $birth }, henkilötunnuksen mukaan); tarkista päivämäärä
gen-nonexistent-local-time = tätä kellonaikaa ei ole Suomen ajassa (kellot siirtyvät kesäaikaan sen yli)
gen-not-utf8 = ei ole kelvollista UTF-8-tekstiä; tarkista päätteen tai skriptin merkistökoodaus
gen-argument = argumentti "{ $value }"
gen-read-stdin-failed = { $field } -: vakiosyötettä ei voitu lukea UTF-8-tekstinä

# --- src/text/mod.rs: henkilötunnukset -----------------------------------------------------

gen-hetu-form = henkilötunnus on PPKKVV, välimerkki, kolme numeroa ja tarkistusmerkki (esim. 131052-308T)
gen-hetu-length = siinä on { $length } merkkiä, ei 11; { gen-hetu-form }
gen-hetu-digits = syntymäajan ja yksilönumeron on oltava numeroita; { gen-hetu-form }
gen-hetu-century = '{ $sign }' ei ole välimerkki; käytä merkkiä + (1800-luku), - Y X W V U (1900-luku) tai A B C D E F (2000-luku)
gen-hetu-date = syntymäaikaa { $part } (PPKKVV) ei ole olemassa
gen-hetu-individual = yksilönumero { $number } ei ole käytössä; numerot ovat 002–899 (900–999 ovat tilapäisiä)
gen-hetu-temporary = yksilönumero { $number } on tilapäisen henkilötunnuksen; hyväksy se lisäämällä --temporary-hetu
gen-hetu-check = tarkistusmerkki ei vastaa numeroita; jokin merkeistä on kirjoitettu väärin
gen-hetu-future = tämän henkilötunnuksen syntymäaika on tulevaisuudessa

# --- src/text/register.rs: rekisteritiedosto ---------------------------------------------

gen-cannot-create = ei voi luoda: { $path }
gen-cannot-open = rekisteriä { $path } ei voi avata
gen-no-register = polussa { $path } ei ole rekisteriä; `moty refer` luo sen, tai anna --db POLKU / aseta MOTY_DB
gen-not-a-register = { $path } ei ole moty-rekisteri; siihen ei koskettu. Tarkista --db tai MOTY_DB
gen-newer-register = { $path } on kirjoitettu uudemmalla motylla (skeema { $version }; tämä moty tuntee skeemat versioon { $latest } asti); siihen ei koskettu. Päivitä moty
gen-migration-broke-reference = rekisterin skeeman päivitys jättäisi taulun { $table } rivin { $rowid } viittaamaan puuttuvaan riviin taulussa { $parent }, joten mitään ei muutettu; rekisteri on korjattava, ennen kuin tämä moty voi käyttää sitä (sen kirjoittanut moty voi yhä käyttää). Säilytä tiedosto ja ilmoita tästä
gen-no-wal = rekisteriä ei voitu vaihtaa WAL-kirjaustilaan (se jäi tilaan { $mode }); onko se verkkolevyllä?
gen-migrating = päivitetään rekisterin skeema versiosta { $from } versioon { $to }: suurella rekisterillä tämä vie hetken, anna sen valmistua

# --- src/text/mod.rs: epäämiset ja haut ----------------------------------------------------

gen-no-case = asiaa { $case } ei ole; `moty find` hakee asioita nimellä, henkilötunnuksella tai puhelinnumerolla
gen-case-closed = asia { $case } on suljettu; avaa se ensin uudelleen
gen-name-differs-code = henkilötunnus kuuluu rekisterissä olevalle asiakkaalle, jonka nimi on muu kuin "{ $given }"; tarkista henkilötunnus, tai lisää --rename, niin asiakkaan nimeksi kirjataan "{ $given }"
gen-name-differs-case = valitsimelle --client-of annettu asia kuuluu rekisterissä olevalle asiakkaalle, jonka nimi on muu kuin "{ $given }"; tarkista asian tunnus, tai lisää --rename, niin asiakkaan nimeksi kirjataan "{ $given }"
gen-kela-screen-said-no = asian { $case } yhteisvastaanoton toinen Kela-seula oli kielteinen; varaa Kelan etäkonsultaatio vain valitsimella --override-screen PERUSTE
gen-no-screen-to-override = yhteisvastaanoton Kela-seula ei ollut kielteinen; ohitettavaa ei ole
gen-override-screen-kela-only = --override-screen kuuluu Kelan etäkonsultaation varaamiseen (--kind kela)
gen-minor-refused = asiakas on alle 18-vuotias { $on }, ja kohderyhmä on aikuiset; ohjaa hänet lasten ja nuorten palveluihin, tai anna --minor PERUSTE, jos hänet kirjataan silti
gen-minor-but-adult = asiakas on herätteen päivänä täyttänyt 18 vuotta; --minor on vain alle 18-vuotiaalle asiakkaalle
gen-open-case-exists = asiakkaalla on jo avoin asia { $case }; lisää tiedot siihen, tai anna --another-case, jos avaat toisen asian
gen-year-full = vuoden { $year } kaikki 9 999 999 asianumeroa on käytetty
gen-method-not-for = suostumus --kind { $kind } annetaan { $how ->
        [oral] suullisesti
        [written] kirjallisesti
       *[either] kirjallisesti tai suullisesti
    }; sallitut: { $allowed }
gen-consent-in-force = { $on } annettu suostumus --kind { $kind } --method { $method } on jo voimassa (suostumus { $id })
gen-no-consent-id = asialla { $case } ei ole voimassa suostumusta { $id }
gen-no-consent-kind = asialla { $case } ei ole voimassa suostumusta --kind { $kind }
gen-no-consent = asialla { $case } ei ole voimassa olevaa suostumusta
gen-several-in-force = voimassa on useita suostumuksia: { $list }; valitse yksi valitsimella --id
gen-withdrawn-before-given = suostumusta ei voi perua ennen kuin se on annettu ({ $given })
gen-sent-before-given = lomaketta ei ole voitu lähettää ennen kuin suostumus annettiin ({ $given })
gen-kela-consent-needed = asialla { $case } ei ole voimassa Kelan tietojenvaihtosuostumusta; kirjaa se ensin: moty consent give { $case } --kind kela-exchange --method written

# --- src/text/mod.rs: asian polku ----------------------------------------------------------

# Ensimmäinen infinitiivi "ei voi" -sanojen jälkeen (kieltolauseessa objekti partitiivissa).
gen-step-triage = tehdä ensiarviota ratkaisulla { $decision }
gen-step-advance = siirtää asiaa vaiheeseen { $phase }
gen-step-close = sulkea asiaa
gen-step-reopen = avata asiaa uudelleen
gen-step-refused = ei voi { $step }: asia on vaiheessa { $from }; seuraavaksi sallitut: { $allowed }
gen-consent-gate = ei voi { $step }: se edellyttää { $needs ->
        [written] kirjallista monialaista suostumusta (ja yhteydenottopyyntöä)
       *[any] monialaista suostumusta (kirjallista tai kirjattua suullista)
    }, ja { $why ->
        [withdrawn] asiakas on perunut suostumuksensa
        [none] voimassa ei ole yhtään
       *[partial] voimassa on vain { $in_force ->
            [oral] suullinen
           *[written] kirjallinen
        } suostumus
    }; kirjaa se: moty consent give { $case } --kind multi-professional --method { $method }
gen-before-phase = asia on ollut nykyisessä vaiheessaan { $since } alkaen; sitä aiempi päivämäärä ei ole mahdollinen
gen-before-closed = asia suljettiin { $closed }; sitä ei voi avata uudelleen ennen sitä päivää
gen-flag-not-for = tämä kuuluu ratkaisuun --decision { $belongs }, ei ratkaisuun { $decision }

# --- src/text/register.rs: salaus --------------------------------------------------------

gen-not-encrypted-build = tämä moty on käännetty ilman tallennetun tiedon salausta; käännä se valitsimella --features encrypted, tai poista avain
gen-rekey-needs-key = rekey vaihtaa salatun rekisterin avaimen: anna nykyinen avain (MOTY_DB_KEY tai --key-file) ja uusi avain muuttujassa MOTY_DB_NEW_KEY
gen-wrong-key = { $path }: väärä avain, tai tiedosto ei ole moty-rekisteri; siihen ei koskettu
gen-rekeyed = Rekisterin avain vaihdettiin. Säilytä uusi avain siellä, missä vanhakin säilytettiin.
gen-encrypted-yes = rekisteri on salattu (SQLCipher)
gen-encrypted-no-key = tämä versio salaa, mutta rekisterillä ei ole avainta: aseta MOTY_DB_KEY, niin uudet rekisterit salataan
gen-encryption-not-built = tässä versiossa ei ole tallennetun tiedon salausta (käännä valitsimella --features encrypted)
gen-prompt-key = Rekisterin avain

# --- src/text/actor.rs ---------------------------------------------------------------------

actor-none = käyttöjärjestelmä ei anna sinulle käyttäjätunnusta, joten moty ei tiedä, kuka toimii; kerro nimesi valitsimella --as NIMI tai muuttujalla MOTY_USER (tai kerralla pysyvästi: moty config set as NIMI)

# --- src/text/platform.rs ------------------------------------------------------------------

platform-network-share-refused = { $path } on verkkolevyllä ({ $kind }); SQLiten WAL-loki edellyttää, että rekisterin kaikki käyttäjät ovat samalla tietokoneella, joten kaksi samaan aikaan kirjoittavaa voisi rikkoa sen. Pidä rekisteri paikallisella levyllä, tai käytä jaettua palvelinrekisteriä (PostgreSQL) — katso motyn käsikirjasta (docs/) luku "The register file". --allow-network-share avaa sen silti (vaarallista)
platform-cloud-synced-warning = varoitus: { $path } on pilveen synkronoidussa kansiossa (OneDrive); synkronointi voi lähettää rekisterin puoliksi kirjoitettuna ja levittää sen tämän tietokoneen ulkopuolelle. Pidä rekisteri motyn oletuskansiossa paikallisella levyllä
platform-network-share-allowed = { $kind } on verkkotiedostojärjestelmä, avattu valitsimella --allow-network-share: SQLiten lukitus ei ole sillä turvallinen; pidä rekisteri paikallisella levyllä
platform-cloud-synced-folder = { $path } on pilveen synkronoidussa kansiossa (OneDrive); pidä rekisteri paikallisella levyllä
platform-unc-kind = verkkojako { $share }
platform-remote-drive-kind = verkkoasema { $letter }:
platform-local-drive-kind = paikallinen asema { $letter }:
platform-cannot-make-private = kohdetta { $path } ei voi tehdä vain sinun käytettäväksesi (sen käyttöoikeusluettelo)

# --- src/text/files.rs ---------------------------------------------------------------------

files-out-is-register = { $path } on rekisteri (tai sen -wal/-shm-tiedosto); moty ei koskaan kirjoita vientiä tai kopiota sen päälle, ei edes valitsimella --force — nimeä toinen tiedosto
files-out-is-symlink = { $path } on symbolinen linkki; moty ei kirjoita linkkien kautta — nimeä itse tiedosto
files-out-is-folder = { $path } on kansio; nimeä tiedosto
files-out-exists = { $path } on jo olemassa; anna --force, niin se korvataan, tai nimeä uusi tiedosto
files-recorded-not-placed = luovutusloki kirjaa nyt viennin tiedostoon { $path }, mutta tiedostoa ei voitu siirtää paikalleen, ja se poistettiin; rivi kirjaa vientiyrityksen. Yritä uudelleen
files-leftovers = keskeytyneestä viennistä tai varmuuskopioinnista { $count ->
        [one] jäi väliaikainen tiedosto
       *[other] jäi väliaikaisia tiedostoja
    }: { $names }; mikään ei viittaa niihin — poista ne
files-no-leftovers = ei yhtään

# --- src/text/dpo.rs -----------------------------------------------------------------------

dpo-no-retention = suljettujen asioiden säilytysaikaa ei ole asetettu; aseta se komennolla `moty settings retention --closed-cases-years N`, tai anna päivämäärä valitsimella --closed-before
dpo-case-or-by = anna joko asia (ASIA) tai käyttäjä (--by KÄYTTÄJÄ), ei molempia
dpo-h-os-user = Käyttäjätunnus
dpo-h-day = Päivä
dpo-h-client = Asiakkaan tunniste
dpo-h-count = Määrä
dpo-anomaly-many = Päivässä katsottuja eri asiakkaita enemmän kuin raja-arvo ({ $threshold })
dpo-anomaly-outside = Asiakkaiden katselut käyttäjän omien asioiden ulkopuolelta
dpo-anomaly-colleagues = Sellaisten työtovereiden katselut, jotka ovat myös asiakkaita
dpo-anomaly-none = Ei yhtään.
dpo-from-after-until = ei saa olla myöhempi kuin --until
dpo-threshold-range = on oltava kokonaisluku väliltä 1–100000
dpo-retention-years-range = on oltava kokonainen määrä vuosia väliltä 0 (ei asetettu) – 100
dpo-log-export-what = { $log ->
        [access] käyttölokin vienti
       *[disclosure] luovutuslokin vienti
    } ({ $format })
dpo-retention-is = suljetut asiat säilytetään { $years ->
        [one] { $years } vuoden
       *[other] { $years } vuotta
    } sulkemisen jälkeen; `moty purge --due --reason retention` hävittää niitä vanhemmat.
dpo-retention-none = suljettujen asioiden säilytysaikaa ei ole asetettu.

# --- src/text/regions.rs -------------------------------------------------------------------

regions-every-region = kaikki alueet
regions-move-closed-case = asia { $case } on suljettu; avaa se uudelleen ennen kuin siirrät sen toiselle alueelle
regions-already-in = asia { $case } on jo alueella { $region }
regions-case-moved-from = Asia { $case } siirrettiin alueelta { $from } alueelle { $to }; sen varatut tapaamiset siirtyivät mukana.
regions-case-moved = Asia { $case } siirrettiin alueelle { $to }; sen varatut tapaamiset siirtyivät mukana.
regions-my-region = Käyttäjän { $user } oletusalue: { $region } (ensiarviojono, kalenteri, erääntyvät jälkiseurannat, työlista ja viikkovienti näyttävät sen; --all-regions näyttää kaikki alueet).
regions-no-region = Käyttäjällä { $user } ei ole oletusaluetta: luettelot näyttävät kaikki alueet (moty settings my-region ALUE asettaa sen).
regions-changed-to = { $label }: alueelle { $to }
regions-changed-from-to = { $label }: alueelta { $from } alueelle { $to }
regions-changed-note = { $line } — { $note }

# --- src/text/overview.rs: mitä pelkkä `moty` tulostaa -------------------------------------

overview =
    moty — Moty-koordinaattorien asiarekisteri

    Asian polku ja komennot, jotka vievät sitä eteenpäin (ASIA on asian tunnus, esim.
    2026-0007, TAPAAMINEN tapaamisen numero komennon `moty schedule list` luettelosta):

    1. Heräte: ammattilaisen huoli avaa asian
         moty refer --name NIMI --group RYHMÄ --source LÄHDE --channel KANAVA --reason TEKSTI
    2. Suostumus: asiakkaan kirjallinen suostumus ja yhteydenottopyyntö
         moty consent give ASIA --kind multi-professional --method written
         moty consent give ASIA --kind contact-request --method written
    3. Ensiarvio: päätä jatkopolku (jono päätteellä, tai yksi asia valitsimilla)
         moty triage
         moty triage ASIA --decision joint-assessment --kela-screen yes
    4. Yhteisvastaanotto ja tarvittaessa Kelan etäkonsultaatio
         moty schedule ASIA --kind joint-assessment
         moty schedule held TAPAAMINEN --segment ASIAKKUUS --omaolo yes --kela-screen yes
         moty consent give ASIA --kind kela-exchange --method written
         moty consent send-kela ASIA
         moty schedule ASIA --kind kela
         moty kela-outcome ASIA --benefit TEKSTI --responsible KUKA --due PÄIVÄ
    5. Suunnitelma (HOPA): omatyöntekijä, jatkopolut ja asiakkaan vahvistus
         moty plan ASIA --key-worker NIMI --pathway "service=KOODI" --client-confirmed --complete
    6. Jälkiseuranta: soitto jatkopolun jälkeen
         moty follow-up due
         moty follow-up ASIA --reached yes --status on-path --knows-contact yes --next close
    7. Sulkeminen: yhdessä jälkiseurannassa (yllä) tai muusta syystä
         moty close ASIA --reason SYY

    Missä vaiheessa tahansa: moty find TEKSTI, moty show ASIA (missä asia on ja mitä seuraavaksi),
    moty list, moty report queue (työlista). Kokeile kaikkea kuvitteellisilla asiakkailla: moty demo

    `moty --help` luettelee kaikki komennot; `moty help KOMENTO` selittää yhden esimerkein.




## ==== t2: src/text/labels.rs, timeline.rs, next.rs ====
## (messages of these files go below this line, in this section only)

## Arvojen nimet (src/text/labels/values.rs): value-KOODI, yksi jokaista suljetun sanaston koodia
## kohti; usean sanaston yhteisellä koodilla on yksi nimi.

# Client groups
value-working-age = työikäinen asiakas
value-older-pmt = PMT-oireinen ikäihminen (päihde- tai mielenterveysoireita)
value-family = perheasiakas (perhekeskusverkosto)
# Referral sources
value-employment-services = työllisyyspalvelut (TE)
value-primary-care = perusterveydenhuolto
value-social-services = sosiaalipalvelut
value-elderly-services = ikäihmisten palvelut
value-family-centre = perhekeskus
value-emergency = päivystys
value-mental-health-substance = mielenterveys- ja päihdepalvelut
value-kela = Kela
value-self = asiakas itse
value-other = muu
# Channels (referral and consultation; seed 000, seed 004)
value-yht405 = terveys-LC:n koontikirja yht405
value-secure-email = suojattu sähköposti
value-phone = puhelin
value-teams = Teams
value-self-booking = ajanvaraus (asiakas itse)
value-chat = chat
value-e-service = OmaEP – sähköinen asiointi ja ajanvaraus
value-on-site = asiointi paikan päällä
value-e-mail = sähköposti
# Signs (seed 000, Tunnista; seed 004, herätteet paljon palveluita tarvitsevan asiakkaan tunnistamiseksi)
value-missed-appointments = toistuvat peruuttamattomat ajat
value-frequent-contacts = runsaat yhteydenotot tai kontaktit ilman selkeää syytä
value-cannot-seek-help = kykenemättömyys avun hakemiseen tai sen tarpeen näkemiseen
value-coping-at-home = huoli kotona pärjäämisestä
value-everyday-management = huoli arjen hallinnasta
value-finances = huoli taloudellisesta tilanteesta
value-family-situation = huoli perheen tilanteesta
value-health-problems = terveydelliset ongelmat (sosiaalihuollossa)
value-daily-life = arjessa selviytymisen haasteet
value-worry = asiakkaan tilanteesta herää huoli tai riittämättömyyden tunne
value-unclear-problem = asiakkaan ongelma ei ole yksiselitteinen tai asian ytimeen ei pääse käsiksi
value-repeated-unplanned-visits = epämääräisten syiden vuoksi toistuvia ja/tai suunnittelemattomia käyntejä ja yhteydenottoja
value-substance-use = epäily riippuvuuskäyttäytymisestä
# Consents, representatives, legal bases
value-multi-professional = monialainen työskentely
value-meeting = asiakkaan asioiden käsittely tapaamisessa
value-kela-exchange = tietojenvaihto Kelan kanssa
value-contact-request = asiakkaan yhteydenottopyyntö
value-written = kirjallinen
value-oral = suullinen
value-guardianship = edunvalvoja
value-custodian = lapsen huoltaja
value-power-of-attorney = edunvalvontavaltuutettu
value-consent = asiakkaan suostumus
value-social-welfare-act-41 = sosiaalihuoltolaki 41 §
value-health-care-act-32 = terveydenhuoltolaki 32 §
# Phases
value-referred = heräte, odottaa ensiarviota
value-joint-assessment = yhteisvastaanotto
value-kela-consultation = Kelan etäkonsultaatio
value-network-meeting = verkostopalaveri
value-collaboration-team = Yhteistyö-tiimi
value-onward-pathways = jatkopolut
value-follow-up = jälkiseuranta
value-closed = päättynyt
# Timeline entries
value-case-opened = heräte kirjattu, asia avattu
value-client-updated = asiakkaan tiedot päivitetty
value-consent-given = suostumus annettu
value-consent-withdrawn = suostumus peruttu
value-kela-form-sent = Kelan suostumuslomake lähetetty
value-triaged = ensiarvio tehty
value-case-closed = asia päätetty
value-case-reopened = asia avattu uudelleen
value-meeting-booked = tapaaminen varattu
value-meeting-held = tapaaminen pidetty
value-meeting-no-show = asiakas ei saapunut
value-meeting-cancelled = tapaaminen peruttu
value-meeting-moved = tapaaminen siirretty
value-team-requested = Yhteistyö-tiimin pyynnön hyväksyi
value-team-unit-answered = yksikkö vastasi
value-team-description-sent = anonyymi asiakaskuvaus lähetetty
value-team-unit-acknowledged = yksikkö kuittasi kuvauksen saaduksi
value-plan-changed = hoito- ja palvelusuunnitelma (HOPA) muutettu
value-pathways-completed = jatkopolut sovittu, jälkiseuranta edessä
value-follow-up-recorded = jälkiseuranta kirjattu
value-estimate-recorded = työparin arvio kirjattu
value-survey-recorded = ammattilaisen kyselyvastaus kirjattu
value-description-saved = anonyymi asiakaskuvaus tallennettu
value-case-purged = asian tunnistettavat tiedot poistettu
value-feedback-recorded = asiakkaan palaute kirjattu
value-kela-concluded = Kelan etäkonsultaation johtopäätökset kirjattu
value-fact-corrected = tieto korjattu
value-region-changed = siirretty toiselle alueelle
value-consultation-linked = konsultaatio liitetty
value-meeting-link-set = videolinkki annettu
value-follow-up-interval-set = jälkiseurannan väli
value-non-disclosure-changed = turvakielto
# Client feedback (seed 003's five-point scale) and languages
value-fully-agree = täysin samaa mieltä
value-partly-agree = osittain samaa mieltä
value-cant-say = en osaa sanoa
value-partly-disagree = osittain eri mieltä
value-fully-disagree = täysin eri mieltä
value-fi = suomi
value-sv = ruotsi
value-en = englanti
# Answers
value-yes = kyllä
value-no = ei
value-maybe = ehkä
# Follow-up (jälkiseuranta) and what follows it
value-on-path = pysynyt palvelupolulla
value-on-the-way = on matkalla
value-dropped-off = jättänyt palvelupolun kesken
value-again = uusi jälkiseuranta
value-close = päätetään yhdessä asiakkaan kanssa
value-reconvene-network = uusi verkostopalaveri
value-reconvene-team = Yhteistyö-tiimi kootaan uudelleen
# Time saved (the pair's estimate)
value-2-4-weeks = 2–4 viikkoa
value-1-2-months = 1–2 kuukautta
value-2-3-months = 2–3 kuukautta
value-3-months-plus = 3 kuukautta tai enemmän
value-none = ei lainkaan, tai ei osaa sanoa
# The plan's actions and pathways
value-planned = suunniteltu
value-attended = käyty
value-open = avoin
value-done = tehty
value-dropped = luovuttu
# Areas of need
value-health = terveys
value-social = sosiaalinen tilanne
value-housing = asuminen
value-work-study = työ ja opiskelu
value-functional-capacity = toimintakyky
# Meetings (the kind as a value; meeting_label words a meeting)
value-network = verkostopalaveri
value-team = Yhteistyöaika (Yhteistyö-tiimi)
value-booked = varattu
value-held = pidetty
value-no-show = asiakas ei saapunut
value-cancelled = peruttu
# Suuntima-asiakkuus (seed 002)
value-omatoimi = omatoimiasiakkuus
value-yhteiso = yhteisöasiakkuus
value-verkosto = verkostoasiakkuus
value-yhteistyo = yhteistyöasiakkuus
# Who attended; professional roles
value-client = asiakas
value-referring-worker = lähettävä työntekijä
value-kela-contact = Kelan yhteyshenkilö
value-key-worker = omatyöntekijä
value-unit-worker = pyydetyn yksikön työntekijä
value-nurse = sairaanhoitaja
value-social-counsellor = sosiaaliohjaaja
value-care-counsellor = hoitohoivan asiakasohjaaja
value-family-centre-worker = perhekeskusverkoston työntekijä
value-doctor = lääkäri
# Triage decisions, urgency
value-single-issue = yksittäinen asia, ratkaistaan neuvonnalla
value-redirect = ohjataan muualle
value-decline = ei oteta asiakkaaksi
value-normal = tavallinen
value-urgent = kiireellinen
# Why a case closed; why it was purged
value-completed = päätetty yhdessä asiakkaan kanssa
value-resolved-single-issue = ratkaistu yksittäisenä asiana
value-redirected = ohjattu muualle
value-declined = ei otettu asiakkaaksi
value-pathway-declined = asiakas kieltäytyi
value-unreachable = asiakasta ei tavoitettu
value-moved-away = muuttanut pois
value-deceased = kuollut
value-retention = säilytysaika on päättynyt
value-wrong-person = kirjattu väärästä henkilöstä
value-client-request = asiakas pyysi tietojensa poistamista
# The access log
value-view = katsottu
value-change = muutettu
value-search = haettu
value-withheld = jätetty pois
# Kela's conclusions and statements (seed 003)
value-benefit = haettava etuus
value-rehabilitation = haettava kuntoutus
value-statement = Kelan tarvitsema lausunto
value-recommendation = suositus
value-b-statement = B-lausunto (lääkärinlausunto Kelalle)
value-care-plan = hoitosuunnitelma
value-cost-estimate = kustannusarvio
# What report outcomes --by breaks down by
value-area = palvelualue
value-group = asiakasryhmä
value-age-band = ikäryhmä
value-municipality = kunta
value-region = alue
value-source = lähettävä taho

# Tapaamisen laji sanoin (meeting_label).
label-meeting-joint-assessment = yhteisvastaanotto
label-meeting-kela = Kelan etäkonsultaatio
label-meeting-network = verkostopalaveri
label-meeting-team = Yhteistyöaika

# Asiakkaan tietojen kentät, kun muuttunut kenttä nimetään.
label-field-name = nimi
label-field-phone = puhelin
label-field-municipality = kunta
label-field-region = alue
label-field-non-disclosure = turvakielto
label-field-language = kieli
label-field-interpreter = tulkki

## Kysymykset, otsikot ja kuittaukset (src/text/labels.rs)

label-prompt-name = Asiakkaan koko nimi
label-prompt-group = Asiakasryhmä
label-prompt-source = Mistä heräte tuli
label-prompt-channel = Mitä kautta se tuli
label-prompt-signs = Huolen herättäneet merkit (välilyönti valitsee, Enter hyväksyy)
label-prompt-other-sign = Mikä on muu merkki
label-prompt-reason = Herätteen syy
label-prompt-consent-kind = Mikä suostumus
label-prompt-consent-method = Miten annettu

label-h-case = Asia
label-h-name = Nimi
label-h-hetu = Henkilötunnus
label-h-born = Syntynyt
label-h-phone = Puhelin
label-h-region = Alue
label-h-group = Ryhmä
label-h-phase = Vaihe
label-h-days = Päiviä vaiheessa
label-h-opened = Avattu
label-h-id = Nro
label-h-kind = Suostumus
label-h-method = Tapa
label-h-given = Annettu
label-h-status = Tila
label-h-scope = Laajuus
label-h-by = Kirjaaja
label-h-date = Päivä
label-h-entered = Kirjattu
label-h-what = Mitä

label-l-client = Asiakas
label-l-municipality = Kunta
label-l-referral = Heräte
label-l-source = Lähettävä taho
label-l-channel = Kanava
label-l-referrer = Lähettäjä
label-l-signs = Herätteet
label-l-reason = Syy
label-l-consents = Suostumukset
label-l-timeline = Aikajana
label-l-temporary = väliaikainen
label-no-consents = Suostumuksia ei ole kirjattu.
label-other-sign = muu: { $other }

label-registered-new = Kirjattiin asia { $case }: { $name } (uusi asiakas).
label-registered-known = Kirjattiin asia { $case }: { $name } (aiempi asiakas).
label-registered-updated = Päivitettiin: { $fields }.
label-registered-next = Seuraavaksi: kirjaa asiakkaan suostumus, esim. moty consent give { $case } --kind multi-professional --method written, ja Moty-polulla hänen yhteydenottopyyntönsä (--kind contact-request)
label-consent-given = Kirjattiin asian { $case } suostumus { $id }: { $kind ->
        [multi-professional] monialainen työskentely
        [meeting] asiakkaan asioiden käsittely tapaamisessa
        [kela-exchange] tietojenvaihto Kelan kanssa
        [contact-request] yhteydenottopyyntö
       *[other] { $kind }
    }, { $method ->
        [written] kirjallinen
        [oral] suullinen
       *[other] { $method }
    }, annettu { $on }.
label-consent-withdrawn = Kirjattiin asian { $case } suostumuksen { $id } ({ $kind ->
        [multi-professional] monialainen työskentely
        [meeting] asiakkaan asioiden käsittely tapaamisessa
        [kela-exchange] tietojenvaihto Kelan kanssa
        [contact-request] yhteydenottopyyntö
       *[other] { $kind }
    }) peruminen { $on }. Sen historia säilyy.
label-kela-sent = Kirjattiin asian { $case } Kelan tietojenvaihtolomake lähetetyksi { $on }.
label-consent-withdrawn-on = peruttu { $on }
label-consent-sent-to-kela = voimassa, lähetetty Kelaan { $on }
label-consent-in-force = voimassa
label-found-nothing = Mitään ei löytynyt. Kokeile osaa nimestä, henkilötunnusta, asian tunnusta tai puhelinnumeroa.
label-truncated = Näytetään { $limit } ensimmäistä osumaa; tarkenna hakua nähdäksesi loput.
label-listed-nothing = Yksikään asia ei vastaa hakua.
label-backdated = { $what } (takautuva kirjaus)

label-demo-not-demo = { $path } on olemassa eikä ole esittelyrekisteri; esittely ei koskaan korvaa oikeaa rekisteriä. Anna toinen tiedostonimi
label-demo-built = Tehtiin esittelyrekisteri, jossa on { $clients ->
        [one] { $clients } kuviteltu asiakas
       *[other] { $clients } kuviteltua asiakasta
    }: { $path }.
label-demo-try = Kokeile:
label-demo-open-cases = Avoimet asiat, pisimpään odottaneet ensin:
label-demo-one-case = Yksi asia kokonaan:
label-demo-outcomes = Mitä yhteistyöllä saatiin aikaan (moty report outcomes):

label-h-urgency = Kiireellisyys
label-h-waiting = Odottanut
label-h-consent = Suostumus
label-queue-empty = Ensiarviojono on tyhjä.
label-prompt-action = Tämä asia
label-action-decide = päätä
label-action-skip = ohita toistaiseksi
label-action-back = takaisin edelliseen asiaan
label-action-quit = lopeta
label-prompt-decision = Päätös
label-prompt-kela-screen = Kelan 1. seula: tarvitaanko tilanteessa Kelaa?
label-prompt-team = Tiimi (välilyönti muuttaa, Enter hyväksyy)
label-prompt-urgency = Kiireellisyys
label-prompt-note = Huomio tiimille (Enter, jos ei ole)
label-prompt-advice = Mitä neuvottiin
label-prompt-to = Mihin ohjattiin
label-prompt-decline = Miksi asiakkaaksi ei oteta
label-prompt-units = Yksiköt, joista työntekijää pyydetään (tunnukset tai nimet luettelosta moty settings units, pilkuin erotettuina)
label-prompt-record = Kirjataanko tämä päätös?
label-prompt-consent-now = Mitä nyt
label-consent-action-record = kirjaa suostumus nyt
label-consent-action-skip = ohita tämä asia
label-prompt-consent-date = Suostumus annettu (P.K.VVVV tai VVVV-KK-PP)
label-offer-slot = Varataanko seuraava vapaa yhteisvastaanotto, { $at }?
label-not-recorded = Ei kirjattu; asia on ennallaan.
label-triaged = Asian { $case } ensiarvio: { $decision }. Asia on nyt vaiheessa: { $phase }.
label-closed = Asia { $case } päätettiin: { $reason }.
label-reopened = Asia { $case } avattiin uudelleen vaiheeseen: { $phase }.
label-queue-done = Ensiarvio päättyi: { $decided } päätetty, { $left } jäi jonoon.
label-offer-close = Asiakas perui suostumuksensa monialaiseen työskentelyyn. Päätetäänkö asia { $case } syyllä consent-withdrawn (suostumus peruttu)?
label-still-open = Asia { $case } jää avoimeksi; päätä se komennolla: moty close { $case } --reason consent-withdrawn
label-l-closed = Päätetty
label-l-team = Tiimi
label-l-kela-screen = Kelan 1. seula
label-l-units = Pyydetyt yksiköt

label-h-kind-meeting = Tapaaminen
label-h-when = Milloin
label-h-minutes = Minuuttia
label-h-capacity = Paikkoja
label-h-free = Vapaana
label-h-notes = Osallistujat ja huomiot
label-h-unit = Yksikkö
label-h-answered = Vastattu
label-h-worker = Työntekijä
label-h-schedule = Aikataulu
label-booked = Varattiin tapaaminen { $id }: { $kind }, asia { $case }, { $at } (Suomen aikaa).
label-meeting-now = Tapaaminen { $id } { $at }: { $status }.
label-candidates-heading = Seuraavat vapaat ajat, { $kind }, asia { $case }:
label-kela-settings = Kelan lomake on toimitettava { $lead ->
        [one] { $lead } arkipäivä
       *[other] { $lead } arkipäivää
    } ennen Kelan etäkonsultaatiota; Kelan yhteyshenkilö: { $contact }
label-kela-settings-no-contact = Kelan lomake on toimitettava { $lead ->
        [one] { $lead } arkipäivä
       *[other] { $lead } arkipäivää
    } ennen Kelan etäkonsultaatiota; Kelan yhteyshenkilöä ei ole asetettu
label-closed-day = Suljettu { $day }: { $reason }
label-request-heading = Yhteistyö-tiimin pyyntö, asia { $case }, hyväksyjä { $by } { $on }:
label-agenda-heading = Tapaamiset { $from } – { $to } (Suomen aikaa)
label-chair = puheenjohtaja: { $name }
label-kela-contact = Kelan yhteyshenkilö: { $name }
label-waiting-units = Asia { $case } odottaa, että yksiköt nimeävät työntekijän: { $units }
label-ics-summary = { $kind } — asia { $case }
label-ics-description = motyn tapaaminen { $id }

## Asian aikajana (src/text/timeline.rs). $label: kirjauksen laji sanoin (value-…); ihmisen
## kirjoittama vapaa teksti tulee rivin perään " — " -merkin jälkeen.

timeline-labelled = { $label }: { $value }
timeline-case-opened = { $label }: lähettävä taho { $source }, kanava { $channel }
timeline-case-opened-minor = { $label }: lähettävä taho { $source }, kanava { $channel }; alle 18-vuotias, kirjattu, koska: { $reason }
timeline-consent-given = { $label }: { $kind } ({ $method })
timeline-consent-given-by = { $label }: { $kind } ({ $method }), antaja { $by }
timeline-meeting = { $label }: { $kind } { $at }
timeline-override-screen = Kelan 2. seula sanoi ei; varattu, koska: { $reason }
timeline-plan-changed = { $label }: versio { $version }
timeline-pathways-completed = { $label }; omatyöntekijä { $worker }
timeline-follow-up-recorded = { $label }: { $status }, seuraavaksi: { $next }
timeline-case-reopened = { $label }, vaiheeseen { $phase }: { $note }

## Mitä seuraavaksi, jälkiseurannan väli, videolinkit (src/text/next.rs)

next-video-link-shape = "{ $value }" ei ole videolinkki: anna tapaamisen koko https-osoite, esim. https://teams.microsoft.com/l/meetup-join/…, ilman välilyöntejä
next-weeks-range = jälkiseurannan väli on kokonainen määrä viikkoja 1–104; "{ $value }" ei ole
next-link-identifies-client = linkki nimeää asiakkaan (nimen, henkilötunnuksen, syntymäajan tai puhelinnumeron); kalenteritiedosto ei koskaan tunnista asiakasta: anna tapaamisen oma linkki
next-move-needs-something = anna uusi aika (--at), tapaamisen videolinkki (--video-link) tai molemmat
next-no-video-for-dry-run = kokeiluajo ei varaa mitään; anna videolinkki, kun varaat
next-l-follow-up-interval = Jälkiseurannan väli
next-interval-case = { $weeks ->
        [one] { $weeks } viikko
       *[other] { $weeks } viikkoa
    } (sovittu tälle asialle)
next-interval-team = { $weeks ->
        [one] { $weeks } viikko
       *[other] { $weeks } viikkoa
    } (tiimin oletus)
next-interval-set-case = Asian { $case } jälkiseuranta on { $weeks } viikon kuluttua jatkopolkujen sopimisesta (asian oma väli).
next-interval-set-team = Asian { $case } jälkiseuranta on taas tiimin välein: { $weeks } viikon kuluttua jatkopolkujen sopimisesta.
next-team-interval-set = Jälkiseurantapuhelut erääntyvät { $weeks } viikon kuluttua siitä, kun asian jatkopolut on sovittu (tiimin asetus). Asia, jolla on oma väli (moty plan ASIA --follow-up-weeks N), pitää sen.
next-team-interval-default = Jälkiseurantapuhelut erääntyvät { $weeks } viikon kuluttua siitä, kun asian jatkopolut on sovittu (oletus; moty settings follow-up-weeks N asettaa tiimin välin). Asia, jolla on oma väli (moty plan ASIA --follow-up-weeks N), pitää sen.
next-interval-summary-case = { $label }: { $weeks ->
        [one] { $weeks } viikko
       *[other] { $weeks } viikkoa
    } tälle asialle
next-interval-summary-team = { $label }: taas tiimin väli ({ $weeks ->
        [one] { $weeks } viikko
       *[other] { $weeks } viikkoa
    })
next-interval-summary-team-unknown = { $label }: taas tiimin väli
next-video-note = video: { $link }
next-with-video-link = videolinkin kanssa
next-link-set = Tapaamisella { $id } on videolinkki; tapaamislista ja kalenteritiedosto kertovat sen.
next-l-next = Seuraavaksi
next-nothing = Seuraavaksi: ei varauksia, erääntyviä eikä puuttuvia.
next-n-stopped = Pysäytetty
next-n-meeting = Tapaaminen
next-n-video = Video
next-n-not-held = Merkitsemättä
next-n-follow-up = Jälkiseuranta
next-n-missing = Puuttuu
next-n-key-worker = Omatyöntekijä
next-stopped = suostumus monialaiseen työskentelyyn peruttu { $on }: vain haut, uusi suostumus ja asian päättäminen
next-meeting = { $when } { $kind } ({ $minutes } min, nro { $id })
next-not-marked-held = { $when } { $kind } (nro { $id })
next-missing-multi = suostumus monialaiseen työskentelyyn
next-missing-written = kirjallinen suostumus monialaiseen työskentelyyn (yhteisvastaanotto edellyttää kirjallista)
next-missing-kela-after-screen = Kelan suostumuslomake (Kelan 2. seula sanoi kyllä)
next-missing-kela-consent = Kelan suostumuslomake, Kelassa viimeistään { $due } (Kelan etäkonsultaatio, nro { $meeting })
next-missing-kela-form = Kelan lomake lähetettynä, Kelassa viimeistään { $due } (Kelan etäkonsultaatio, nro { $meeting })
next-missing-meeting-consent = suostumus tapaamiseen peruttu: nro { $meeting } on poistettu tapaamislistalta




## ==== t3: src/text/plan.rs, protection.rs ====
## (messages of these files go below this line, in this section only)

# --- hoito- ja palvelusuunnitelma (HOPA) ja sen muokkaus (src/text/plan.rs) ---
plan-fields-shape = '{ $part }' ei ole muotoa avain=arvo tunnetulla avaimella; avaimet ovat: { $keys } (erota parit puolipisteellä ;)
plan-field-twice = { $key } on annettu kahdesti
plan-numbered-shape = '{ $value }' ei ole muotoa NUMERO=ARVO, esim. 2=booked
plan-not-started = suunnitelma aloitetaan yhteisvastaanotolla tai Yhteistyö-tiimissä; tämän asian vaihe on { $phase }
plan-unknown-service = '{ $code }' ei ole palveluluettelossa; käytä jotakin näistä: { $known } (moty plan services add lisää palvelun)
plan-no-entry = hakemistossa ei ole merkintää { $id }; moty directory list näyttää merkinnät
plan-no-item = { $what ->
        [action] toimenpidettä
       *[pathway] jatkopolkua
    } { $n } ei ole; suunnitelmassa on niitä { $count }
plan-no-plan = asialla { $case } ei ole vielä suunnitelmaa; moty plan { $case } --key-worker NIMI … aloittaa sen
plan-no-version = asian { $case } suunnitelmalla ei ole versiota { $version }
plan-pathway-phase-open = jatkopolkuvaihetta ei voi vielä päättää; puuttuu: { $missing }
plan-missing-key-worker = omatyöntekijä (--key-worker NIMI)
plan-missing-pathway = vähintään yksi jatkopolku (--pathway service=…)
plan-missing-confirmation = asiakkaan vahvistus, että hän tietää, miten jatkopolku etenee ja kehen olla yhteydessä (--client-confirmed)
plan-missing-follow-up = jälkiseuranta asiakkaan kanssa (moty follow-up ASIA …)
plan-closing-open = asia päätetään toteutuneena vasta, kun työ on tehty; puuttuu: { $missing }
plan-nothing-changed = Ei muutettavaa; suunnitelma pysyy ennallaan.
plan-saved = Asian { $case } suunnitelmasta tallennettiin versio { $version }.
plan-pathways-completed = Asian { $case } jatkopolut on sovittu; jälkiseuranta erääntyy { $due }.
plan-heading = HOPA { $case }, versio { $version } ({ $at }, { $actor })
plan-l-plan = HOPA
plan-l-contact = Yhteyshenkilö (omatyöntekijä)
plan-l-follow-ups = Jälkiseurannat
plan-l-resources = Omat voimavarat
plan-l-goals = Tavoitteet
plan-l-confirmed = Asiakas tietää jatkopolun ja yhteyshenkilön
plan-h-key-worker = Omatyöntekijä
plan-h-action = Sovittu toimenpide
plan-h-who = Kuka
plan-h-by-date = Mennessä
plan-h-service = Palvelu
plan-h-professional = Ammattilainen
plan-h-appointment = Aika
plan-h-purpose = Tarkoitus
plan-h-code = Tunnus
plan-booked-for-client = varattu asiakkaalle
plan-need-health = terveys
plan-need-social = sosiaalinen tilanne
plan-need-finances = talous
plan-need-housing = asuminen
plan-need-work-study = työ ja opiskelu
plan-need-functional-capacity = toimintakyky
plan-need-other = muut tarpeet
plan-need-shape = kohdasta '{ $value }' puuttuu =TEKSTI; kirjoita ALUE=TEKSTI (housing=tarvitsee oman asunnon), tai ALUE= poistaaksesi tarpeen
plan-service-code-shape = '{ $code }' ei ole palvelun tunnus; käytä pieniä kirjaimia, numeroita ja yhdysmerkkejä, esim. memory-clinic
plan-pro-not-a-number = pro= ottaa hakemiston merkinnän numeron (moty directory find näyttää ne)
plan-assessment-first = jatkopolkuvaihe alkaa, kun yhteisvastaanotto on pidetty; merkitse se ensin pidetyksi (moty schedule held TAPAAMINEN)
plan-changed-field = { $label }: { $value }
plan-removed-field = { $label }: poistettu
plan-added-action = lisättiin toimenpide { $n }: { $what }
plan-added-pathway = lisättiin jatkopolku { $n }: { $service }
plan-status-changed = { $what ->
        [action] toimenpiteen
       *[pathway] jatkopolun
    } { $n } tila on nyt { $status }
plan-version-heading = Versio { $version }, { $at }, { $actor }
plan-version-heading-note = Versio { $version }, { $at }, { $actor }: { $note }

# --- anonyymi asiakaskuvaus (seed 002:n pohja) ---
plan-description-leaks = kuvauksen on oltava anonyymi, mutta siinä on { $what }; poista se ja tallenna uudelleen
plan-client-changed-during-check = asiakkaan tiedot muuttuivat kuvausta tarkistettaessa; mitään ei tallennettu, aja komento uudelleen
plan-leak-name = asiakkaan nimi ("{ $word }"; jos se on tässä tavallinen sana, lisää --accept-word { $word })
plan-leak-identity-code = asiakkaan henkilötunnus
plan-leak-birth-date = asiakkaan syntymäaika
plan-leak-phone = asiakkaan puhelinnumero
plan-leak-email = sähköpostiosoite
plan-leak-address = katuosoite
plan-leak-municipality = turvakieltoisen asiakkaan kotikunta
plan-description-saved = Anonyymi asiakaskuvaus tallennettiin.
plan-template-date = Päivämäärä: { $date }
plan-template-unit = Lähettävä yksikkö: { $unit }
plan-template-worker = Lähettävä työntekijä ja hänen yhteystietonsa: { $worker } { $contact }
plan-template-units = Yhteistyöyksiköt: { $units }
plan-template-wanted = Mihin asioihin halutaan mistäkin yksiköstä palveluita tai tukea:
plan-template-received = Mitä palveluita asiakas on jo saanut:
plan-template-worked = Mikä on toiminut ja mikä ei:
plan-template-assessment = Tärkeimmät nostot palveluntarpeen arvioinnista:
plan-template-anonymous = (Ei asiakkaan nimeä, henkilötunnusta, osoitetta eikä puhelinnumeroa.)

# --- jälkiseuranta ---
plan-not-in-follow-up = jälkiseuranta tehdään, kun jatkopolut on sovittu (moty plan ASIA --complete); tämän asian vaihe on { $phase }
plan-unreached-status = asiakas, jota ei tavoitettu, on 'unreachable'; jätä --status pois tai käytä arvoa unreachable
plan-reached-status = tavoitetun asiakkaan tila on on-path, on-the-way tai dropped-off
plan-next-on-needed = --next again tarvitsee päivämäärän --next-on PVM, tämän päivän jälkeen
plan-next-on-only-again = --next-on kuuluu yhteen valinnan --next again kanssa
plan-unreached-answers = asiakasta ei tavoitettu (--reached no), joten vastauksia ei ole kirjattavana; jätä pois --usefulness, --knows-contact, --time-saved ja --appointments-saved
plan-unreached-close = asiakkuus päätetään yhdessä asiakkaan kanssa vasta, kun hänet on tavoitettu; tee uusi jälkiseuranta (--next again) tai päätä asiakkuus: moty close --reason unreachable
plan-follow-up-recorded = Asian { $case } jälkiseuranta kirjattiin; seuraavaksi: { $next }.
plan-nothing-due = Ei erääntyneitä jälkiseurantoja.
plan-h-due = Eräpäivä
plan-h-overdue = Myöhässä (pv)
plan-prompt-reached = Tavoitettiinko asiakas?
plan-prompt-follow-status = Onko asiakas päässyt suositeltuihin palveluihin
plan-prompt-knows = Tietääkö asiakas, miten jatkopolku etenee ja kehen olla yhteydessä?
plan-prompt-usefulness = Asiakkaan arvio hyödyllisyydestä (1–10)
plan-prompt-next = Mitä seuraavaksi
plan-prompt-next-on = Seuraava jälkiseuranta (P.K.VVVV)
plan-usefulness-range = arvio 1–10
plan-closed-jointly = päätetty yhdessä asiakkaan kanssa, päätti { $by }
plan-follow-up-line = Jälkiseuranta { $on }: { $status }, seuraavaksi: { $next }
plan-follow-up-line-score = Jälkiseuranta { $on }: { $status }, hyödyllisyys { $score }/10, seuraavaksi: { $next }

# --- hakemisto ja luetut tiedostot ---
plan-directory-saved = Hakemiston merkintä { $id } tallennettiin.
plan-imported = Tuotiin { $count ->
        [one] { $count } hakemiston merkintä
       *[other] { $count } hakemiston merkintää
    }.
plan-nothing-in-directory = Hakemistosta ei löytynyt mitään.
plan-h-role = Ammatti
plan-h-team = Tiimi
plan-h-when-to-refer = Milloin ohjata
plan-lead = vetäjä
plan-csv-line = rivi { $line }: { $message }
plan-csv-header = ensimmäisellä rivillä on oltava sarakkeiden nimet: { $expected }
plan-csv-not-utf8 = { $column }: tekstiä ei voi lukea UTF-8:na; tallenna tiedosto UTF-8-muodossa
plan-email-shape = sähköpostiosoitteessa on yksi @, sitä ennen nimi ja sen jälkeen verkkotunnus, jossa on piste (aino@kotka.fi), eikä välilyöntejä
plan-cannot-read-field = kenttää { $field } ei voi lukea
plan-cannot-read = tiedostoa { $path } ei voi lukea
plan-over-limit = on suurempi kuin raja { $limit }; rajan yli ei luettu mitään. Tarkista, että tiedosto on oikea
plan-size-mib = { $size } MiB
plan-size-kib = { $size } KiB
plan-size-bytes = { $size ->
        [one] { $size } tavu
       *[other] { $size } tavua
    }

# --- raportit (src/text/plan/reports.rs) ---
plan-report-team-agenda = Yhteistyöajan asialista
plan-report-units-waiting = Pyydetyt yksiköt, jotka eivät ole vastanneet
plan-report-meetings = Yhteisvastaanotot ja Kelan etäkonsultaatio
plan-report-missing = Puuttuvat suostumukset ja lähettämättömät Kelan lomakkeet varatuille tapaamisille
plan-report-referrals = Uudet heräteet viime viikolla, lähteen ja kanavan mukaan
plan-report-follow-ups = Erääntyvät ja myöhässä olevat jälkiseurannat
plan-report-untriaged = Käsittelemättömät heräteet, pisimpään odottaneet ensin
plan-report-collect = Kerättävät suostumukset
plan-report-forms = Kelan lomakkeet, jotka lähetetään ennen seuraavaa etäkonsultaatiota
plan-report-to-mark = Pidetyiksi merkittävät tapaamiset
plan-report-no-key-worker = Suunnitelmat ilman omatyöntekijää
plan-report-missing-multi = suostumus monialaiseen yhteistyöhön
plan-report-missing-kela-consent = Kelan tietojenvaihtosuostumus
plan-report-missing-contact-request = asiakkaan yhteydenottopyyntö
plan-report-missing-form-late = Kelan lomake lähetetty myöhässä
plan-report-missing-form-not-sent = Kelan lomaketta ei lähetetty
plan-report-none = Ei yhtään.
plan-report-excel-is-csv = --excel kuuluu yhteen valinnan --format csv kanssa
plan-report-unit-named = { $unit }: { $worker } nimetty { $on }
plan-report-unit-not-answered = { $unit }: ei vastausta
plan-report-weekly-title = Yhteistyö-tiimin viikkoraportti { $week } ({ $monday } – { $sunday })
plan-report-queue-title = Työlista { $today }
plan-report-h-figure = Luku
plan-report-h-key = Avain
plan-report-h-value = Arvo
plan-report-chart-funnel = Asiat vaiheittain
plan-report-chart-segments = Suuntima-asiakkuudet
plan-report-chart-services = Jatkopolkujen palvelut
plan-report-chart-time-saved = Säästetty aika
plan-report-chart-usefulness = Hyödyllisyys asiakkaalle, 1–10 (N = { $n })
plan-report-mean = keskiarvo
plan-report-all-figures = Kaikki luvut
plan-report-outcomes-title = Tulokset: asiat, joista heräte tuli { $from } – { $to }
plan-report-outcomes-title-region = Tulokset: asiat, joista heräte tuli { $from } – { $to }, alue { $region }
plan-report-h-command = Komento
plan-report-h-why = Miksi
plan-report-h-recipient = Kenelle
plan-report-h-cases = Asiat

# --- rekisterin tarkistukset: audit, varmuuskopio, palautus, doctor ---
plan-audit-chain-edited = riviä on muutettu kirjoittamisen jälkeen (sen tiiviste ei täsmää)
plan-audit-chain-gap = rivejä puuttuu tai ne ovat väärässä järjestyksessä: odotettiin riviä { $expected }, löytyi rivi { $found }
plan-audit-chain-rewritten = luettelotiedostoon kirjatut rivit on kirjoitettu uudelleen (ketjun pää on eri)
plan-audit-chain-truncated = rivejä on poistettu lopusta: luettelotiedostoon on kirjattu { $recorded }, lokissa on { $now }
plan-audit-row-problem = rivi { $row }: { $problem }
plan-audit-chain-ok = ehjä
plan-audit-chain-footer = Rekisterin aikajana tätä tehtäessä: { $rows ->
        [one] { $rows } merkintä
       *[other] { $rows } merkintää
    }, tiivisteketjun pää { $head } (moty audit verify tulostaa saman).
plan-audit-withheld = Jätetty pois (kentät, joista asiakkaan voisi tunnistaa; korjaa ne rekisterissä)
plan-audit-register = Rekisteri (aikajanan tiivisteketju viennin hetkellä)
plan-audit-h-log = Loki
plan-audit-h-rows = Rivit
plan-audit-h-head = Pää
plan-audit-h-check = Tarkistus
plan-audit-h-detail = Tiedot
plan-manifest-log = nimeää lokin, jota moty ei pidä: { $problem }
plan-manifest-count = lokille { $log } on kirjattu { $rows ->
        [one] { $rows } rivi
       *[other] { $rows } riviä
    }; määrä ei ole koskaan negatiivinen. Luettelotiedosto ei ole motyn kirjoittama tai sitä on muokattu
plan-manifest-head = lokin { $log } merkintä ei ole 64-merkkinen tiiviste tai se on annettu kahdesti; luettelotiedosto ei ole motyn kirjoittama tai sitä on muokattu
plan-audit-backup-check-failed = kopio ei läpäissyt tarkistusta ({ $result }); sitä ei viety loppuun
plan-audit-backup-done = Rekisteri varmuuskopioitiin tiedostoon { $path } ({ $events ->
        [one] { $events } aikajanan merkintä
       *[other] { $events } aikajanan merkintää
    }); luettelotiedosto on sen vieressä.
plan-audit-restore-newer = rekisterissä on varmuuskopiota uudempia muutoksia (viimeisin muutos { $current }, varmuuskopion { $backup }); anna --force, jos haluat korvata ne
plan-audit-restored = { $backup } palautettiin rekisteriksi { $register }.
plan-audit-schema-version = versio { $version } (tämä moty kirjoittaa version { $latest })
plan-audit-clock-overridden = kello ohitettu
plan-audit-file-private = { $mode }, vain omistajan luettavissa
plan-audit-file-open = { $mode }: muut voivat lukea rekisterin; anna chmod 600
plan-audit-folder-mode = { $dir }: oikeudet { $mode }
plan-audit-network-fs = { $kind } on verkkolevyn tiedostojärjestelmä: SQLiten lukitus ei ole sillä turvallinen, eikä moty kirjoita sinne; pidä rekisteri paikallisella levyllä tai käytä yhteistä palvelinrekisteriä (PostgreSQL) — katso "The register file" motyn käsikirjasta (docs/)
plan-audit-unknown-fs = tiedostojärjestelmää ei voitu selvittää

# --- suojaus ja edustajat (src/text/protection.rs) ---
protect-non-disclosure-warning = ⚠ TURVAKIELTO: älä koskaan luovuta tämän asiakkaan osoitetta, puhelinnumeroa tai kotikuntaa, äläkä vahvista kenellekään, missä hän asuu tai saa hoitoa.
protect-non-disclosure-case = ⚠ { $case }: TURVAKIELTO — älä koskaan luovuta tämän asiakkaan osoitetta, puhelinnumeroa tai kotikuntaa.
protect-l-non-disclosure = Turvakielto
protect-l-language = Kieli
protect-l-interpreter = Tulkki
protect-h-given-by = Antaja
protect-the-client = asiakas itse
protect-no-interpreter = ei tarvita
protect-interpreter-needed = tarvitaan: { $language }
protect-non-disclosure-yes = kyllä — osoite- ja yhteystiedot eivät koskaan lähde rekisteristä
protect-non-disclosure-no = ei
protect-reason-needed = kerro, miksi turvakielto merkitään tai poistetaan (esim. Digi- ja väestötietoviraston päätös), enintään 400 merkkiä
protect-reason-only-with-order = --reason kertoo, miksi turvakielto merkitään tai poistetaan; anna se yhdessä valinnan --non-disclosure kanssa
protect-client-nothing-to-change = ei muutettavaa: anna --non-disclosure yes|no ja --reason, --language, --interpreter tai --no-interpreter
protect-interpreter-shape = nimeä kieli, jota tulkki tulkkaa (esim. arabia, suomalainen viittomakieli), enintään 60 merkkiä
protect-non-disclosure-already = asian { $case } asiakkaalle on jo merkitty turvakielto
protect-non-disclosure-none = asian { $case } asiakkaalle ei ole merkitty turvakieltoa, jota poistaa
protect-client-unchanged = Asian { $case } asiakkaan tiedot ovat kirjatut; mitään ei muutettu.
protect-client-changed = Kirjattiin asian { $case } asiakkaalle: { $facts }.
protect-fact-non-disclosure-marked = Turvakielto: merkitty
protect-fact-non-disclosure-cleared = Turvakielto: poistettu
protect-fact-language = Kieli: { $language }
protect-fact-interpreter = Tulkki: { $interpreter }
protect-non-disclosure-summary = { $label }: { $what ->
        [marked] merkitty
       *[cleared] poistettu
    }
protect-non-disclosure-summary-reason = { $label }: { $what ->
        [marked] merkitty
       *[cleared] poistettu
    } — { $reason }
protect-custodian-for-adult = huoltaja antaa suostumuksen alle 18-vuotiaan lapsen puolesta, ja tämä asiakas oli sinä päivänä täysi-ikäinen; täysi-ikäisen edustaja on edunvalvoja (guardianship) tai edunvalvontavaltuutettu (power-of-attorney)
protect-representative-needs-authority = kerro, millä perusteella edustaja antaa suostumuksen: guardianship (edunvalvoja), custodian (huoltaja), power-of-attorney (edunvalvontavaltuutettu) tai other
protect-authority-needs-representative = nimeä suostumuksen antanut edustaja valinnalla --by-representative NIMI
protect-given-by = { $name } ({ $authority })
protect-consent-given-by = Suostumuksen antoi asiakkaan puolesta { $name } ({ $authority }).
protect-contact-request-missing = ei voi tehdä vaihetta ({ $step }): Moty-työskentely alkaa asiakkaan kirjallisesta suostumuksesta ja yhteydenottopyynnöstä, eikä sitä ole kirjattu; kirjaa se: moty consent give { $case } --kind contact-request --method written
protect-contact-request-withdrawn = ei voi tehdä vaihetta ({ $step }): Moty-työskentely alkaa asiakkaan kirjallisesta suostumuksesta ja yhteydenottopyynnöstä, ja asiakas on perunut sen; kirjaa se: moty consent give { $case } --kind contact-request --method written
protect-legal-basis-shape = '{ $value }' ei ole tietojen luovutuksen peruste; käytä arvoa consent, social-welfare-act-41, health-care-act-32 tai other:TEKSTI, joka nimeää muun perusteen
protect-legal-basis-name-it = nimeä muu luovutuksen peruste kaksoispisteen jälkeen, esim. other:Laki potilaan asemasta ja oikeuksista 13 §
protect-basis-other = muu: { $named }
protect-what-description = anonyymi asiakaskuvaus Yhteistyö-tiimille
protect-what-calendar = kalenteri (iCalendar)
protect-what-backup = rekisterin varmuuskopio
protect-basis-not-recorded = ei kirjattu (ajalta ennen kuin perusteita kirjattiin)
protect-h-legal-basis = Luovutuksen peruste
protect-basis-clients-own-plan = asiakkaan oma suunnitelma, annettu asiakkaalle (asiakastietolaki 703/2023)
protect-basis-anonymous-figures = anonyymit koostetut luvut, ei henkilötietoja
protect-basis-supervision = lokitiedot valvontaa varten (asiakastietolaki 703/2023, tietosuojalaki 1050/2018)
protect-basis-own-backup = rekisterinpitäjän oma varmuuskopio rekisteristä
protect-basis-carried-unrecorded = ei kirjattu siinä rekisterissä, josta rivi siirrettiin
protect-basis-missing = luovutukselle ei ole kirjattu perustetta
protect-basis-edited = luovutuksen perustetta on muutettu, tai se kuuluu toiselle riville
protect-basis-problem = luovutus { $id }: { $problem }
protect-client-copy-only = tämä kuuluu asiakkaalle annettavaan suunnitelmaan (--format md)

# --- asiakkaalle annettava suunnitelma (asiakirja: myös ruotsiksi) ---
doc-plan-pathway-purpose = { $line } ({ $purpose })





## ==== t4: src/text/schedule.rs, consult.rs, feedback.rs, correct.rs ====
## (messages of these files go below this line, in this section only)

## Ajanvaraus (src/text/schedule.rs)

sched-no-slots = aikoja ei ole asetettu
sched-slot = { $weekday } klo { $start }
sched-slot-alternate = { $weekday } klo { $start } { $parity ->
        [even] parillisina
       *[odd] parittomina
    } viikkoina
sched-weekend = { $date } on { $weekday }
sched-public-holiday = { $date } on arkipyhä: { $name }
sched-team-closed = tiimi ei ole työssä { $date } ({ $reason })
sched-holiday-new-year = uudenvuodenpäivä
sched-holiday-epiphany = loppiainen
sched-holiday-good-friday = pitkäperjantai
sched-holiday-easter-sunday = pääsiäispäivä
sched-holiday-easter-monday = toinen pääsiäispäivä
sched-holiday-may-day = vappu
sched-holiday-ascension = helatorstai
sched-holiday-midsummer-eve = juhannusaatto
sched-holiday-midsummer-day = juhannuspäivä
sched-holiday-all-saints = pyhäinpäivä
sched-holiday-independence = itsenäisyyspäivä
sched-holiday-christmas-eve = jouluaatto
sched-holiday-christmas-day = joulupäivä
sched-holiday-boxing-day = tapaninpäivä
sched-no-slot-at = { $kind }: ajankohtana { $at } ei ole varattavaa aikaa; ajat ovat: { $slots }
sched-minutes-range = tapaaminen kestää 15–480 minuuttia
sched-wrong-phase = { $kind }: aikaa ei voi varata, kun asian vaihe on { $phase }; sen voi varata vaiheissa: { $allowed }
sched-assessment-first = yhteisvastaanoton on oltava pidetty ennen kuin varataan tämä tapaaminen ({ $kind }); merkitse yhteisvastaanotto pidetyksi: moty schedule held TAPAAMINEN
sched-team-request-first = asialla { $case } ei ole hyväksyttyä Yhteistyö-tiimin pyyntöä; kirjaa se: moty schedule request { $case } --approved-by NIMI
sched-units-waiting = nämä yksiköt eivät ole vielä nimenneet työntekijäänsä: { $units }; kirjaa kunkin vastaus: moty schedule answer
sched-already-booked = asialle on jo varattu samanlainen tapaaminen { $at } (tapaaminen { $id }); siirrä tai peru se
sched-clash = asialla on samaan aikaan toinen tapaaminen: { $kind } { $at } (tapaaminen { $id })
sched-in-the-past = { $at } on jo mennyt
sched-slot-full = aika { $at } on täynnä ({ $capacity }/{ $capacity } paikkaa varattu)
sched-no-free-slot = { $kind }: ei vapaata aikaa seuraavan 400 päivän aikana; lisää aikoja: moty schedule slots add
sched-no-meeting = tapaamista { $id } ei ole; moty schedule list näyttää tapaamiset
sched-meeting-not-booked = tapaaminen { $id } { $status ->
        [held] on jo pidetty
        [no-show] jäi pitämättä, koska asiakas ei tullut
        [cancelled] on peruttu
       *[other] ei ole varattuna
    }; vain varatun tapaamisen voi merkitä pidetyksi, käymättä jääneeksi tai perutuksi tai siirtää
sched-not-happened = tapaamisen aika { $at } ei ole vielä tullut
sched-kela-form-not-sent = asian { $case } Kelan tietojenvaihdon suostumuslomaketta ei lähetetty ennen etäkonsultaatiota; kirjaa lähetys: moty consent send-kela { $case } --on PVM
sched-network-not-for = verkostopalaveri järjestetään Kelan etäkonsultaation jälkeen verkosto- ja yhteistyöasiakkaille; tämän asiakkaan Suuntima-asiakkuus on { $segment }
sched-network-not-for-unrecorded = verkostopalaveri järjestetään Kelan etäkonsultaation jälkeen verkosto- ja yhteistyöasiakkaille; tämän asiakkaan Suuntima-asiakkuutta ei ole kirjattu
sched-meeting-consent-needed = asiakkaan suullinen lupa asioidensa käsittelyyn tapaamisessa kirjataan tapaamisen alussa; anna --meeting-consent, kun lupa on saatu
sched-attendance-needed = paikalla on oltava vähintään asiakas (client) ja lähettävä työntekijä (referring-worker); esim. --attended client,referring-worker,nurse
sched-meeting-scope = tapaaminen { $id }
sched-network-no-slots = verkostopalavereilla ei ole kiinteitä aikoja; varaa ne mihin tahansa arkipäivän aikaan: --at
sched-slot-exists = tällä tapaamistyypillä on jo aika samana viikonpäivänä samaan kellonaikaan
sched-no-rule = aikasääntöä { $id } ei ole; moty schedule slots list näyttää ne
sched-request-exists = asialla { $case } on jo Yhteistyö-tiimin pyyntö; kirjaa yksiköiden vastaukset: moty schedule answer
sched-no-units = asian { $case } ohjauspäätöksessä (triage) ei pyydetty yksiköitä (--decision collaboration-team --unit YKSIKKÖ)
sched-unit-not-requested = yksikköä '{ $unit }' ei pyydetty; pyydetyt yksiköt: { $units }
sched-no-kela-consent = Kelan suostumusta ei ole voimassa
sched-form-sent = lomake lähetetty { $on }
sched-form-late = lomake lähetetty myöhässä { $on } (määräpäivä { $due })
sched-form-not-sent = LOMAKETTA EI LÄHETETTY (määräpäivä { $due })
sched-not-a-week = '{ $value }' ei ole ISO-viikko; kirjoita esim. 2026-W49
sched-to-before-from = viimeinen päivä on ennen ensimmäistä
sched-close-needs-multi = --close käytetään vain, kun monialaisen työn suostumus perutaan (--kind multi-professional)
sched-no-dry-run-for-network = verkostopalaverilla ei ole lueteltavia aikoja; varaa se valitsemaasi aikaan: --at
sched-cancelled-by-close = asia suljettiin
sched-outside-hours = verkostopalaveri alkaa ja päättyy arkipäivänä klo { $first }–{ $last }

## Anonyymit konsultaatiot (src/text/consult.rs)

consult-prompt-channel = Miten ammattilainen konsultoi
consult-prompt-unit = Ammattilaisen yksikkö (tunnus tai nimi)
consult-prompt-topic = Mitä kysyttiin (tilanne; ei nimeä, henkilötunnusta eikä puhelinnumeroa)
consult-prompt-advice = Annettu neuvo
consult-prompt-referral-expected = Onko herätettä odotettavissa
consult-h-no = Nro
consult-h-at = Aika
consult-h-channel = Kanava
consult-h-unit = Yksikkö
consult-h-topic = Aihe
consult-h-advice = Neuvo
consult-h-referral = Heräte odotettavissa
consult-h-case = Johti asiaan
consult-h-figure = Luku
consult-h-key = Avain
consult-h-count = Määrä
consult-figure-all = konsultaatioita kaikkiaan
consult-figure-per-week = viikon mukaan
consult-figure-per-unit = lähettävän yksikön mukaan
consult-figure-per-channel = kanavan mukaan
consult-figure-referral-expected = heräte odotettavissa
consult-figure-linked = johti asiaan
consult-key-linked = liitetty asiaan, johon se johti
consult-key-not-linked = ei liitetty asiaan
consult-identifier-identity-code = henkilötunnus
consult-identifier-phone = puhelinnumero
consult-identifier-email = sähköpostiosoite
consult-identifier-and = { $first } ja { $second }
consult-identifies = sisältää tunnistetiedon ({ $what }); konsultaatioon ei kirjata asiakkaan henkilöllisyyttä. Kuvaa tilanne ilman sitä; asiakas nimetään vasta, kun heräte avaa asian (moty refer)
consult-in-future = { $at } on myöhemmin kuin nyt; konsultaatio kirjataan vasta, kun se on käyty
consult-number = '{ $value }' ei ole konsultaation numero; moty consult list näyttää ne (esim. 3)
consult-unknown = konsultaatiota { $id } ei ole; moty consult list näyttää konsultaatiot numeroineen
consult-already-linked = konsultaatio { $id } liitettiin jo asiaan { $case } { $on }; konsultaatio liitetään yhteen asiaan, kerran
consult-after-case = konsultaatio { $id } ({ $at }) on myöhempi kuin asian { $case } heräte ({ $opened }); konsultaatio liitetään asiaan, johon se johti
consult-case-purged = asia { $case } on hävitetty; siihen ei enää liitetä mitään
consult-edited = konsultaatio { $id } ei enää vastaa tiivistettään: konsultaatiota on muokattu, se on poistettu tai järjestys on muuttunut motyn ulkopuolella
consult-words = { $at }, { $channel }, yksikkö { $unit }
consult-recorded =
    Kirjattiin konsultaatio { $id }: { $words }; heräte odotettavissa: { $expected }.
    Jos siitä tulee heräte: moty consult link { $id } ASIA, tai moty refer … --consultation { $id }
consult-linked = Konsultaatio { $id } ({ $words }) liitettiin asiaan { $case }; asian aikajana kirjaa sen.
consult-none = Ei konsultaatioita ajalla { $from } – { $to }.
consult-title = Konsultaatiot { $from } – { $to } (anonyymit)
consult-linked-summary = { $label }: nro { $number }, { $at }, { $channel }, yksikkö { $unit }; heräte odotettavissa: { $expected }

## Asiakkaan palaute (src/text/feedback.rs)

feedback-meeting-named = tapaaminen { $id } ({ $kind } { $at })
feedback-none-held = yhtään ei ole vielä pidetty
feedback-no-held-meeting = asialla { $case } ei ole pidettyä tapaamista; palaute annetaan pidetystä tapaamisesta (yhteisvastaanotto, Kelan etäkonsultaatio, verkostopalaveri tai Yhteistyöaika), joka on merkitty pidetyksi: moty schedule held TAPAAMINEN
feedback-meeting-not-held = tapaaminen { $id } { $status ->
        [booked] on varattu, eikä sitä ole vielä pidetty
        [no-show] jäi pitämättä, koska asiakas ei tullut
        [cancelled] on peruttu
       *[other] on pidetty
    }; palaute annetaan pidetystä tapaamisesta. Asian { $case } pidetyt tapaamiset: { $held }
feedback-meeting-of-another-case = tapaaminen { $id } ei ole asian { $case } tapaaminen; asian pidetyt tapaamiset: { $held }
feedback-no-meeting-of-case = tapaamista { $id } ei ole; asian { $case } pidetyt tapaamiset: { $held }
feedback-exists = asian { $case } palaute on jo kirjattu ({ $meeting }, annettu { $given }); kustakin tapaamisesta kirjataan yksi palaute, ja korjaukset tehdään komennolla moty correct (--meeting ID valitsee toisen pidetyn tapaamisen)
feedback-case-purged = asia { $case } on hävitetty; siitä ei enää kirjata mitään
feedback-before-meeting = palaute annetaan tapaamisen jälkeen: { $meeting } pidettiin { $held }, joten sitä aiempi päivä ei käy
feedback-usefulness-range = '{ $value }' ei ole hyödyllisyyden arvosana; anna kokonaisluku 1–10
feedback-answer-shape = '{ $value }' ei ole muotoa KOODI=ARVO; esim. --answer mattered-to-me=fully-agree
feedback-unknown-statement = '{ $code }' ei ole väittämä väittämien nykyisessä versiossa ({ $version }); käytä jotakin näistä: { $codes } (moty settings statements luettelee ne)
feedback-answered-twice = väittämään { $code } on vastattu kahdesti
feedback-empty = ei kirjattavaa; anna ainakin yksi näistä: --usefulness, --answer KOODI=ARVO tai --text
feedback-heading = Asiakkaan palaute: { $meeting }, asia { $case }. Lue jokainen kysymys asiakkaalle { $language ->
        [fi] suomeksi
        [sv] ruotsiksi
       *[en] englanniksi
    }.
feedback-scale-skip = ohita (ei vastausta)
feedback-usefulness-prompt = { $question } (hyödyllisyys 1–10; tyhjä: ohita)
feedback-text-prompt = { $question } (asiakkaan omin sanoin; tyhjä: ei mitään)
feedback-part-usefulness = hyödyllisyys { $score }/10
feedback-part-answered = vastauksia { $count } väittämään (versio { $version })
feedback-part-words = asiakkaan omat sanat
feedback-recorded = Kirjattiin asian { $case } palaute ({ $meeting }, annettu { $given }): { $parts }.
feedback-section = Asiakaspalaute
feedback-line = Palaute { $given }: { $kind } { $at }, hyödyllisyys { $score }/10
feedback-line-no-score = Palaute { $given }: { $kind } { $at }, hyödyllisyyttä ei annettu
feedback-line-version = { $line } (väittämien versio { $version })
feedback-client-words = Asiakkaan omin sanoin: { $text }
feedback-summary = { $label }: { $kind } { $at }
feedback-summary-answered = vastauksia { $count } väittämään
feedback-h-statement-fi = Suomeksi
feedback-h-statement-sv = Ruotsiksi
feedback-h-statement-en = Englanniksi
feedback-statements-heading = Väittämät, versio { $version } (tehnyt { $by } { $at })
feedback-statements-heading-shipped = Väittämät, versio { $version } (motyn mukana tulevat)
feedback-statements-made = Tehtiin väittämien versio { $version } ({ $count ->
        [one] { $count } väittämä
       *[other] { $count } väittämää
    }); tästä eteenpäin kirjattava palaute vastaa siihen, ja aiemmat vastaukset säilyttävät oman versionsa sanamuodon.
feedback-no-statement-version = väittämien versiota { $version } ei ole; versiot ovat 1–{ $latest }
feedback-statements-unchanged = tiedosto on sama kuin nykyinen versio ({ $latest }); uutta versiota ei tehty
feedback-statement-code-shape = code: '{ $code }' ei ole väittämän koodi; käytä pieniä kirjaimia, numeroita ja yhdysmerkkejä, alussa kirjain, enintään 40 merkkiä, esim. know-what-next
feedback-statement-twice = code: { $code } on jo rivillä { $line }
feedback-statements-none = tiedostossa ei ole väittämiä; versiossa on oltava vähintään yksi
feedback-too-many-statements = versiossa on enintään { $max } väittämää

## Luetaan asiakkaalle asiakkaan kielellä (myös i18n/sv/moty.ftl)

doc-feedback-fully-agree = täysin samaa mieltä
doc-feedback-partly-agree = osittain samaa mieltä
doc-feedback-cant-say = en osaa sanoa
doc-feedback-partly-disagree = osittain eri mieltä
doc-feedback-fully-disagree = täysin eri mieltä
doc-feedback-usefulness-question = Kuinka hyödyllinen vastaanottokäynti oli sinulle asteikolla 1–10?
doc-feedback-text-question = Haluatko sanoa vielä jotain vastaanotosta?

## Korjaukset (src/text/correct.rs)

correct-fact-segment = pidetyllä yhteisvastaanotolla kirjattu Suuntima-asiakkuus
correct-fact-source = herätteen lähde
correct-fact-channel = herätteen kanava
correct-fact-follow-up-status = mitä jälkiseurannan puhelussa todettiin
correct-fact-knows-contact = tietää jatkopolun ja kehen ottaa yhteyttä: yes, no, none
correct-fact-usefulness-at-follow-up = jälkiseurannan puhelussa annettu hyödyllisyys: 1–10, none
correct-fact-reached = asiakas tavoitettiin jälkiseurannan puhelussa: yes, no
correct-fact-usefulness = tapaamisen palautteessa annettu hyödyllisyys: 1–10, none
correct-fact-answer = palautteen vastaus väittämään CODE: viisiportainen asteikko, none
correct-fact-appointments-saved = työparin arvio säästyneistä käynneistä: 0–100, none
correct-fact-time-saved = työparin arvio säästyneestä ajasta
correct-fact-saved-service = palvelussa SERVICE säästyneet käynnit: 0–100 (0 poistaa sen)
correct-facts-heading = Korjattavat tiedot:
correct-facts-which =
    Mikä rivi: --meeting ID Suuntima-asiakkuudelle, palautteelle tai arviolle (oletus: viimeisin);
    --follow-up N N:nnelle jälkiseurannalle tai siinä kirjatulle arviolle (oletus: viimeisin).
    Rivi muuttuu, joten jokainen luku käyttää korjattua arvoa; aikajana säilyttää
    alkuperäisen kirjauksen ja näyttää korjauksen molempine arvoineen ja syineen.
correct-value-none = tyhjä
correct-fact-code-shape = '{ $fact }:{ $code }' tarvitsee kaksoispisteen jälkeen koodin (pieniä kirjaimia, numeroita ja yhdysmerkkejä); korjattavat tiedot ovat: { $facts }
correct-fact-number = '{ $value }' ei käy; anna kokonaisluku { $min }–{ $max }
correct-fact-number-or-none = '{ $value }' ei käy; anna kokonaisluku { $min }–{ $max } tai none
correct-flag-not-for-fact = { $flag } ei käy tiedon { $fact } kanssa
correct-meeting-or-follow-up = anna joko --meeting (vastaanotolla tehty arvio) tai --follow-up (jälkiseurannan puhelussa kirjattu arvio), ei molempia
correct-segment-not-at = tapaaminen { $id } on { $kind }; Suuntima-asiakkuus kirjataan yhteisvastaanotolla
correct-no-segment-yet = tapaaminen { $id } { $status ->
        [no-show] jäi pitämättä (asiakas ei tullut)
        [cancelled] on peruttu eikä pidetty
       *[other] on varattu eikä vielä pidetty
    }, joten sillä ei ole vielä korjattavaa Suuntima-asiakkuutta (moty schedule held { $id } kirjaa sen)
correct-no-assessment-held = asialla { $case } ei ole pidettyä yhteisvastaanottoa, joten korjattavaa Suuntima-asiakkuutta ei vielä ole
correct-no-referral = asialle { $case } ei ole kirjattu herätettä
correct-no-follow-up-yet = asialla { $case } ei ole vielä jälkiseurantaa, joten korjattavaa jälkiseurannan vastausta ei ole
correct-no-such-follow-up = asialla { $case } ei ole jälkiseurantaa { $n }; niitä on { $count }
correct-no-feedback-meeting = asian { $case } tapaamisesta { $meeting } ei ole kirjattu palautetta
correct-no-feedback = asialle { $case } ei ole kirjattu palautetta
correct-no-estimate-meeting = asian { $case } tapaamisesta { $meeting } ei ole kirjattu arviota
correct-no-estimate-follow-up = asian { $case } jälkiseurannassa { $n } ei kirjattu arviota
correct-no-estimate = asialle { $case } ei ole kirjattu arviota
correct-no-statements-answered = tapaamisen { $meeting } palautteessa ei vastattu yhteenkään väittämään, joten ei tiedetä, minkä version väittämää tarkoitetaan
correct-unknown-statement = '{ $code }' ei ole version { $version } väittämä (version, johon tämä palaute vastasi); käytä jotakin näistä: { $codes }
correct-saved-over-total = palveluissa säästyneitä käyntejä olisi yhteensä { $saved }, enemmän kuin säästyneitä käyntejä kaikkiaan ({ $all }); korjaa ensin appointments-saved
correct-unreached-keeps-status = jälkiseurannan, jossa asiakasta ei tavoitettu, tila on unreachable (korjaa ensin reached arvoon yes tai tila arvoon unreachable)
correct-unreached-no-answers = tavoittamaton asiakas ei antanut vastauksia: korjaa ensin knows-contact ja usefulness-at-follow-up arvoon none
correct-same-value = arvo on jo { $value }; ei korjattavaa
correct-at-meeting = tapaaminen { $id }
correct-at-follow-up = jälkiseuranta { $n }
correct-at-follow-up-on = jälkiseuranta { $n } ({ $on })
correct-corrected = Korjattiin asian { $case } tieto { $fact }: { $from } → { $to }. Aikajana säilyttää alkuperäisen.
correct-summary = { $label }: { $fact } oli { $from }, nyt { $to }
correct-summary-at = { $label }: { $fact } ({ $at }) oli { $from }, nyt { $to }
correct-summary-reason = { $line } — syy: { $reason }
correct-follow-up-from-one = jälkiseurannat numeroidaan 1:stä alkaen (asian ensimmäinen)




## ==== t5: src/text/estimates.rs, areas.rs, outcomes.rs, kela.rs, team.rs ====
## (messages of these files go below this line, in this section only)

## SOTE-työparin arviot ja ammattilaisten kyselyt (src/text/estimates.rs)

estimates-saved-count = '{ $value }': =-merkin jälkeen tulee palvelun säästyneiden käyntien määrä, 1–100 (esim. --saved doctor=2)
estimates-saved-too-many = palvelulle '{ $service }' on annettu yli 100 käyntiä; enintään 100
estimates-saved-sum-too-big = palveluille on annettu yhteensä { $sum } käyntiä; enintään 100
estimates-appointments-range = { $n } ei ole välillä 0–100
estimates-appointments-below-sum = { $n } on vähemmän kuin ne { $sum } käyntiä, jotka { $flag } antaa palveluille; anna vähintään { $sum }, tai jätä pois, niin summa on kokonaismäärä
estimates-score-range = { $n } ei ole välillä 1–5
estimates-estimate-nothing = ei mitään kirjattavaa; anna vähintään yksi näistä: --saved, --appointments-saved, --time-saved, --time-saved-how
estimates-survey-nothing = ei mitään kirjattavaa; anna vähintään yksi näistä: --added-value, --kela-benefit, --text
estimates-meeting-unknown = asialla { $case } ei ole tapaamista { $id }; moty schedule list näyttää tapaamiset ja niiden numerot
estimates-kela-benefit-not-kela = Kelan etäkonsultaation hyödystä kysytään Kelan etäkonsultaation jälkeen; tapaaminen { $id } on { $kind } (asian Kelan etäkonsultaatio on tapaaminen { $kela }: anna --meeting { $kela })
estimates-kela-benefit-not-kela-none = Kelan etäkonsultaation hyödystä kysytään Kelan etäkonsultaation jälkeen; tapaaminen { $id } on { $kind } (asialla ei ole pidettyä Kelan etäkonsultaatiota)
estimates-kela-contact-not-kela = Kelan yhteyshenkilö vastaa Kelan etäkonsultaatiosta; tapaaminen { $id } on { $kind } (asian Kelan etäkonsultaatio on tapaaminen { $kela }: anna --meeting { $kela })
estimates-kela-contact-not-kela-none = Kelan yhteyshenkilö vastaa Kelan etäkonsultaatiosta; tapaaminen { $id } on { $kind } (asialla ei ole pidettyä Kelan etäkonsultaatiota)
estimates-meeting-not-held = tapaamisen { $id } tila on { $status }, ei pidetty; arvio tai kyselyn vastaus koskee pidettyä tapaamista (moty schedule held { $id } kirjaa sen pidetyksi)
estimates-no-held-meeting = asialla { $case } ei ole pidettyä tapaamista; arvio tai kyselyn vastaus koskee pidettyä tapaamista
estimates-estimate-exists = SOTE-työparin arvio tapaamisesta { $id } on jo kirjattu; korjaukset tehdään komennolla moty correct
estimates-survey-exists = { $role ->
        [nurse] sairaanhoitajan
        [social-counsellor] sosiaaliohjaajan
        [doctor] lääkärin
        [kela-contact] Kelan yhteyshenkilön
       *[other] vastaajan { $role }
    } vastaus tapaamisesta { $id } on jo kirjattu; korjaukset tehdään komennolla moty correct
estimates-case-purged = asia { $case } on hävitetty; siitä ei kirjata enää mitään
estimates-held-meeting = tapaaminen { $id } ({ $kind } { $starts })
estimates-estimate-recorded = Kirjattiin SOTE-työparin arvio, asia { $case }: { $reception }.
estimates-survey-recorded = Kirjattiin { $role ->
        [nurse] sairaanhoitajan
        [social-counsellor] sosiaaliohjaajan
        [doctor] lääkärin
        [kela-contact] Kelan yhteyshenkilön
       *[other] vastaajan { $role }
    } vastaus, asia { $case }: { $reception }.
estimates-held-with-estimate = Myös SOTE-työparin arvio tästä vastaanotosta kirjattiin.
estimates-title = SOTE-työparin arviot
estimates-surveys-title = Ammattilaisten kyselyt
estimates-h-reception = Vastaanotto
estimates-h-appointments = Säästyneet käynnit
estimates-h-services = Säästyneet palvelut
estimates-h-time = Säästynyt aika
estimates-h-how = Miten
estimates-h-role = Vastaaja
estimates-h-added-value = Lisäarvo (1–5)
estimates-h-kela-benefit = Kelan etäkonsultaation hyöty (1–5)
estimates-h-text = Vastaus
estimates-at-follow-up-on = jälkiseurantapuhelussa { $date }
estimates-at-follow-up = jälkiseurantapuhelussa
estimates-saved-service = { $service } { $count }
estimates-reception = { $kind } { $starts }
estimates-summary = { $label }: { $reception }
estimates-summary-at-follow-up = { $label } jälkiseurantapuhelussa
estimates-summary-appointments = { $count ->
        [one] { $count } käynti säästyi
       *[other] { $count } käyntiä säästyi
    }
estimates-summary-time = aikaa säästyi: { $time }
estimates-summary-how = miten: { $how }
estimates-survey-summary = { $label }: { $role ->
        [nurse] sairaanhoitaja
        [social-counsellor] sosiaaliohjaaja
        [doctor] lääkäri
        [kela-contact] Kelan yhteyshenkilö
       *[other] { $role }
    } — { $reception }
estimates-summary-added-value = lisäarvo { $score }/5
estimates-summary-kela-benefit = Kelan etäkonsultaation hyöty { $score }/5

## Palvelualueet, yksikköluettelo, kunnat (src/text/areas.rs)

areas-h-area = Palvelualue
areas-h-kind = Laji
areas-h-finnish = Suomeksi
areas-h-swedish = Ruotsiksi
areas-h-english = Englanniksi
areas-h-active = Käytössä
areas-h-as-written = Teksti (pienin kirjaimin)
areas-h-mapped-to = Yksikkö
areas-h-referrals = Herätteet
areas-h-requests = Pyytävät asiat
areas-kind = { $kind ->
        [sote] sote-keskuksen palvelualue
        [outside] ulkopuolinen toimija
       *[other] ?
    }
areas-unknown-area = '{ $value }' ei ole palvelualue; käytä jotakin näistä: { $allowed }
areas-unit-code-shape = '{ $code }' ei ole yksikön tunnus; käytä pieniä kirjaimia, numeroita ja yhdysmerkkejä (enintään 40), esim. memory-clinic
areas-unknown-unit-code = '{ $code }' ei ole yksikköluettelon yksikkö; käytä jotakin näistä: { $allowed }
areas-unit-code-name = { $code } ({ $name })
areas-unknown-unit = '{ $text }' ei ole yksikköluettelon yksikkö; anna yksikön tunnus tai sen suomen-, ruotsin- tai englanninkielinen nimi. (moty settings units luettelee yksiköt; moty settings units add TUNNUS --area ALUE --fi NIMI --sv NIMI --en NIMI lisää yksikön)
areas-unknown-unit-close = '{ $text }' ei ole yksikköluettelon yksikkö; anna yksikön tunnus tai sen suomen-, ruotsin- tai englanninkielinen nimi. Tarkoititko: { $close }? (moty settings units luettelee yksiköt; moty settings units add TUNNUS --area ALUE --fi NIMI --sv NIMI --en NIMI lisää yksikön)
areas-unit-inactive = '{ $text }' on yksikkö { $code }, joka on poistettu käytöstä; anna käytössä oleva yksikkö (moty settings units luettelee yksiköt; moty settings units add TUNNUS --area ALUE --fi NIMI --sv NIMI --en NIMI lisää yksikön)
areas-unit-name-taken = '{ $name }' on jo yksikön { $code } nimi; anna toinen nimi, tai muuta yksikköä { $code } komennolla moty settings units add { $code } …
areas-text-names-unit = '{ $text }' on yksikön { $code } tunnus tai nimi ja tarkoittaa jo sitä; yhdistä se yksikköön { $code } tai jätä ennalleen
areas-unit-added = Lisättiin yksikkö { $code }.
areas-unit-changed = Muutettiin yksikköä { $code }.
areas-unit-deactivated = Yksikkö { $code } poistettiin käytöstä: sitä ei enää tarjota; sillä kirjattu säilyy.
areas-text-mapped = '{ $text }' tarkoittaa nyt yksikköä { $code }.
areas-no-unmapped = Jokainen yksikköteksti on yhdistetty yksikköön.
areas-service-area-set = Palvelu { $code } kuuluu palvelualueeseen { $area }.
areas-municipality-name-code = { $name } ({ $code })
areas-unknown-municipality = '{ $text }' ei ole Suomen kunta Tilastokeskuksen vuoden 2026 kuntaluettelossa; anna kunnan suomen- tai ruotsinkielinen nimi tai sen kolminumeroinen koodi.
areas-unknown-municipality-close = '{ $text }' ei ole Suomen kunta Tilastokeskuksen vuoden 2026 kuntaluettelossa; anna kunnan suomen- tai ruotsinkielinen nimi tai sen kolminumeroinen koodi. Tarkoititko: { $close }?
areas-all-texts-mapped = jokainen yksikköteksti on yhdistetty yksikköön
areas-all-services-have-areas = jokaisella palvelulla on palvelualue
areas-all-municipalities-known = jokaisen asiakkaan kunta on kuntaluettelossa
areas-unmapped-texts = { $count ->
        [one] { $count } yksikköteksti
       *[other] { $count } yksikkötekstiä
    } ilman yksikköä: { $list } (moty settings units unmapped; moty settings units map TEKSTI YKSIKKÖ)
areas-services-without-area = { $count ->
        [one] { $count } palvelu
       *[other] { $count } palvelua
    } ilman palvelualuetta: { $list } (moty plan services set-area TUNNUS ALUE)

## Vaikuttavuusraportti ja sen HTML-sivu (src/text/outcomes.rs, src/render/html.rs); samassa
## tiedostossa myös ohjesivujen sanat ja asetustiedoston viestit

outcomes-breakdown-heading = — { $by ->
        [area] palvelualue
        [group] asiakasryhmä
        [age-band] ikäryhmä
        [municipality] kunta
        [region] alue
        [source] herätteen lähde
       *[other] { $by }
    }: { $key } —
outcomes-small-cells-note = Lukumäärät 1–4 näytetään muodossa <5, ja jos jokin niistä olisi pääteltävissä kokonaismäärästä, toinen lukumäärä muodossa x (pienten solujen suojaus; --exact näyttää ne tiimin omaan käyttöön).
outcomes-page-cases = Jakson aikana tulleet herätteet: { $count }. Jokaisen luvun yhteydessä on sen N eli määrä, josta luku on laskettu.
outcomes-headline = Keskeiset luvut
outcomes-hl-usefulness = Vastaanoton hyödyllisyys asiakkaalle (1–10, keskiarvo)
outcomes-hl-on-path = Palvelupolulla jälkiseurannassa
outcomes-hl-knows = Tietää palvelupolkunsa ja keneen ottaa yhteyttä
outcomes-hl-network-with = Verkostopalaverit asiakasta kohden Kelan etäkonsultaation kanssa
outcomes-hl-network-without = Verkostopalaverit asiakasta kohden ilman sitä
outcomes-hl-network-difference = Ero verkostopalavereissa
outcomes-hl-onward = Jatkopolkujen varaukset vastaanottoa kohden
outcomes-hl-appointments = Säästyneet käynnit vastaanottoa kohden (SOTE-työparin arvio)
outcomes-hl-time-saved = Säästynyt aika, yleisin (SOTE-työparin arvio)
outcomes-section-path = Palvelupolku
outcomes-section-feedback = Asiakkaan palaute vastaanotosta
outcomes-section-estimates = Mitä vastaanotto säästi (SOTE-työparin arviot)
outcomes-section-surveys = Ammattilaisten kyselyt (1–5, keskiarvo)
outcomes-section-clients = Ketkä tulivat ja minne he jatkoivat
outcomes-chart-waiting = Päiviä vaiheiden välillä (mediaani; taulukossa myös 90. persentiili)
outcomes-chart-usefulness = Vastaanoton hyödyllisyys, 1–10
outcomes-chart-statements = Asiakkaan kokemus vastaanotosta
outcomes-chart-saved-services = Palvelut, joiden käyntejä säästyi (vastaanottoja)
outcomes-chart-sources = Herätteiden lähteet
outcomes-h-statement = Väittämä
outcomes-h-phases = Vaiheet
outcomes-h-median = Mediaani, päiviä
outcomes-h-p90 = 90. persentiili
outcomes-h-respondent = Vastaaja
outcomes-h-added-value = Toisen ammattilaisen tuoma lisäarvo
outcomes-h-kela-benefit = Kelan etäkonsultaation hyöty
outcomes-all-roles = kaikki vastaajat
outcomes-funnel = { $stage ->
        [referred] heräte saatu
        [triaged] ensiarvio tehty
        [assessed] yhteisvastaanotto pidetty
        [planned] suunnitelma tehty
        [pathways-agreed] jatkopolut sovittu
        [followed-up] jälkiseuranta tehty
        [closed-jointly] yhteistyö päätetty yhdessä
       *[other] {""}
    }
outcomes-figure = { $figure ->
        [funnel] asiat polun vaiheittain
        [referral_sources] herätteiden lähteet
        [segments] Suuntima-asiakkuudet
        [onward_services] jatkopolkujen palvelut
        [onward_per_client] jatkopolkuja asiakasta kohden
        [usefulness] hyödyllisyys asiakkaalle, 1–10
        [usefulness_scores] hyödyllisyysarviot
        [appointments_saved_per_reception] säästyneet käynnit vastaanottoa kohden
        [saved_services_receptions] vastaanotot, joilla palvelun käyntejä säästyi
        [saved_services_appointments] säästyneet käynnit palveluittain
        [time_saved] säästynyt aika
        [estimates_entered_at_follow_up] jälkiseurannassa kirjatut arviot
        [survey_added_value] ammattilaiset: lisäarvo, 1–5
        [survey_kela_benefit] ammattilaiset: Kelan etäkonsultaation hyöty, 1–5
        [usefulness_at_follow_up] hyödyllisyys jälkiseurannassa, 1–10
        [follow_up_status] tilanne jälkiseurannassa
        [knows_pathway_and_contact] tietää jatkopolun ja yhteyshenkilön
        [network_meetings_with_kela] verkostopalaverit, Kelaa konsultoitu
        [network_meetings_without_kela] verkostopalaverit, Kelaa ei konsultoitu
        [network_meetings_difference] verkostopalaverit, ero
        [kela_hours] Kelan etäkonsultaatiot
        [days_between_phases] päiviä vaiheiden välillä
       *[other] {""}
    }
outcomes-figure-statement = väittämä { $code } (versio { $version })
outcomes-figure-key = { $key ->
        [mean] keskiarvo
        [count] lukumäärä
        [yes] kyllä
        [percent] ero, %
        [clients_per_hour] asiakkaita tunnissa
        [all] kaikki
       *[other] { $key }
    }
outcomes-interval-statistic = { $interval }, { $statistic ->
        [median] mediaani
        [p90] 90. persentiili
       *[other] { $statistic }
    }
outcomes-interval = { $from ->
        [referral] heräte
        [triage] ensiarvio
        [assessment] yhteisvastaanotto
        [plan] suunnitelma
        [follow-up] jälkiseuranta
       *[other] { $from }
    } → { $to ->
        [referral] heräte
        [triage] ensiarvio
        [assessment] yhteisvastaanotto
        [plan] suunnitelma
        [follow-up] jälkiseuranta
       *[other] { $to }
    }
outcomes-breakdown-caption = Keskeiset luvut { $by ->
        [area] palvelualueittain
        [group] asiakasryhmittäin
        [age-band] iän mukaan herätteen tullessa
        [municipality] kunnittain
        [region] alueittain
        [source] herätteen lähteen mukaan
       *[other] ryhmittäin: { $by }
    }
outcomes-not-recorded = ei kirjattu
outcomes-no-time-saved = aikaa ei säästynyt
outcomes-man-examples = ESIMERKKEJÄ
outcomes-man-name = NIMI
outcomes-man-synopsis = YLEISKATSAUS
outcomes-man-description = KUVAUS
outcomes-man-options = VALITSIMET
outcomes-man-subcommands = ALIKOMENNOT
outcomes-man-version = VERSIO
outcomes-no-such-command = komentoa 'moty { $command }' ei ole; jokin näistä: { $known }
outcomes-cannot-read-config = asetustiedostoa { $path } ei voi lukea
outcomes-config-invalid = asetustiedosto { $path } ei kelpaa: { $why }
outcomes-config-key = '{ $key }' ei ole asetustiedoston asetus; jokin näistä: { $keys }
outcomes-config-file-is = Asetustiedosto: { $path }
outcomes-not-set = (ei asetettu)

## Kelan etäkonsultaation johtopäätökset (src/text/kela.rs)

kela-who-open = sovitaan myöhemmin
kela-conclusions-title = Kelan etäkonsultaation johtopäätökset
kela-h-hour = Kelan etäkonsultaatio (tapaaminen)
kela-h-conclusion = Johtopäätös
kela-h-responsible = Vastuuhenkilö
kela-h-in-plan = Suunnitelmassa
kela-not-yet = ei vielä
kela-prompt-more = Lisätäänkö Kelan etäkonsultaation johtopäätös?
kela-prompt-kind = Mihin Kelan etäkonsultaatiossa päädyttiin
kela-prompt-statement = Minkä lausunnon Kela tarvitsee
kela-prompt-text = Mitä (esim. etuuden nimi)
kela-prompt-who = Kuka vastaa (tyhjä: ei nimetty)
kela-prompt-due = Mihin mennessä, P.K.VVVV (tyhjä: ei päivämäärää)
kela-prompt-from-kela = Otetaanko Kelan etäkonsultaation johtopäätökset suunnitelmaan sovituiksi toimenpiteiksi (välilyönti poistaa valinnan, Enter hyväksyy)
kela-meeting-of-other-case = tapaaminen { $id } ei kuulu asiaan { $case }; moty show { $case } luettelee asian tapaamiset
kela-no-hour-held = asialla { $case } ei ole pidettyä Kelan etäkonsultaatiota; johtopäätökset kirjataan, kun etäkonsultaatio on pidetty (moty schedule held ID)
kela-not-a-kela-hour = tapaaminen { $id } on { $kind }, ei Kelan etäkonsultaatio
kela-hour-not-held = Kelan etäkonsultaation { $id } tila on { $status }, ei pidetty; sen johtopäätökset kirjataan, kun se on pidetty (moty schedule held { $id })
kela-due-before-hour = päivämäärä on ennen Kelan etäkonsultaatiota { $held }
kela-statement-twice = { $statement } mainitaan kahdesti Kelan etäkonsultaation { $meeting } johtopäätöksissä
kela-too-many-conclusions = Kelan etäkonsultaatiossa on enintään { $max } johtopäätöstä asiakasta kohden; tässä on jo { $already }
kela-nothing-from-kela = asian { $case } suunnitelmaan ei odota yhtään Kelan etäkonsultaation johtopäätöstä (moty kela-outcome { $case } kirjaa ne)
kela-responsible-without-item = { $flag } kuuluu juuri sitä edeltävään kohtaan; anna ensin --benefit, --rehabilitation, --statement tai --recommendation
kela-attached-twice = edeltävällä kohdalla on jo { $flag }; anna jokaiselle kohdalle omansa
kela-statement-text = { $statement } — { $text }
kela-action-statement-text = { $statement } ({ $text })
kela-statement = { $statement ->
        [b-statement] B-lausunto
        [care-plan] hoitosuunnitelma
        [cost-estimate] kustannusarvio
       *[other] { $statement }
    }
kela-item = { $kind ->
        [benefit] haettava etuus
        [rehabilitation] haettava kuntoutus
        [statement] lausunto Kelalle
       *[recommendation] suositus
    }: { $what }
kela-action = { $kind ->
        [benefit] Hae Kelan etuutta: { $what }
        [rehabilitation] Hae kuntoutusta: { $what }
        [statement] Hanki Kelalle: { $what }
       *[recommendation] Kelan suositus: { $what }
    }
kela-line-who-due = { $item } ({ $who }, { $due } mennessä)
kela-line-who = { $item } ({ $who })
kela-line-due = { $item } ({ $due } mennessä)
kela-summary = { $label } { $at }: { $items }
kela-summary-erased = { $label } { $at }: { $count ->
        [one] { $count } kohta
       *[other] { $count } kohtaa
    }

## Yhteistyö-tiimin vaiheet (src/text/team.rs)

team-need-not-confirmed = pyyntö etenee vasta, kun oman yksikön tiimikokous on todennut Yhteistyö-tiimin tarpeen; kerro se valitsimella --need-confirmed
team-need-confirmed-without-meeting = --need-confirmed annetaan yhdessä valitsimen --unit-meeting PÄIVÄMÄÄRÄ kanssa: sen tiimikokouksen päivämäärä, jossa tarve todettiin
team-recipient-one-unit = nimetty vastaanottaja kuuluu yhteen yksikköön; lähetä kullekin yksikölle omalla komennollaan
team-unit-meeting-after-approval = yksikön tiimikokous { $met } on hyväksynnän ({ $approved }) jälkeen; tiimikokous on ensin
team-answer-before-acknowledgement = yksikkö kuittasi kuvauksen saaduksi { $acknowledged }; sen työntekijä nimetään samana päivänä tai myöhemmin
team-description-sent-to-all = asian { $case } kuvaus on lähetetty jokaiseen pyydettyyn yksikköön; lähettääksesi uudelleen nimeä yksikkö valitsimella --unit
team-sent-before-approval = pyyntö hyväksyttiin { $approved }; kuvaus lähetetään samana päivänä tai myöhemmin
team-no-description-to-send = asialla { $case } ei ole tallennettua anonyymiä asiakaskuvausta; kirjoita se komennolla moty plan describe { $case } --text TEKSTI ja lähetä sitten
team-description-not-anonymous = asian { $case } tallennettu kuvaus ei enää läpäise anonymiteettitarkistusta (asiakkaan tiedot ovat muuttuneet tallennuksen jälkeen); mitään ei lähetetty. Katso löydökset komennolla moty plan describe { $case } ja tallenna kuvaus uudelleen
team-already-acknowledged-due = { $unit } kuittasi kuvauksen saaduksi jo { $on } ja nimeää työntekijän { $due } mennessä
team-already-acknowledged = { $unit } kuittasi kuvauksen saaduksi jo { $on } (se nimesi työntekijänsä)
team-description-not-sent = asian { $case } kuvausta ei ole lähetetty yksikköön { $unit }, joten kuitattavaa ei ole; lähetä se komennolla moty schedule send-description { $case } --unit "{ $unit }"
team-acknowledged-before-sent = kuvaus lähetettiin yksikköön { $sent }; saapuminen kuitataan samana päivänä tai myöhemmin
team-due-before-acknowledgement = määräpäivä { $due } on ennen kuittausta { $on }
team-due-too-late = määräpäivä { $due } on yli { $days } päivää kuittauksen ({ $on }) jälkeen
team-h-sent = Kuvaus lähetetty
team-h-acknowledged = Kuitattu
team-h-worker-due = Työntekijä nimettävä
team-unit-meeting-line = Tarve todettiin lähettävän työntekijän oman yksikön tiimikokouksessa { $on }.
team-description-sent = Anonyymi asiakaskuvaus lähetettiin { $on }, vastaanottajat: { $units } (kirjattu luovutuslokiin).
team-acknowledged-implicitly = { $unit } ei ollut kuitannut kuvausta saaduksi: työntekijän nimeäminen kuittasi sen samalla.
team-units-late = Yhteistyö-tiimin pyynnöt, joissa vaihe odottaa (yhteistyöpyyntö on velvoittava)
team-missing-description-not-sent = anonyymiä asiakaskuvausta ei ole lähetetty yksikköön
team-missing-not-acknowledged = kuvausta ei ole kuitattu saaduksi
team-missing-worker-overdue = työntekijää ei nimetty määräpäivään mennessä
team-requested-summary = { $label }: { $by }
team-requested-summary-meeting = { $label }: { $by }; tarve todettu yksikön tiimikokouksessa { $on }
team-sent-summary = { $label }: { $unit }
team-sent-summary-to = { $label }: { $unit } ({ $recipient })
team-acknowledged-summary = { $label }: { $unit }, työntekijä nimettävä { $due } mennessä
team-answered-summary = { $label }: { $unit } nimesi työntekijäksi: { $worker }
team-answered-summary-acknowledged = { $label }: { $unit } nimesi työntekijäksi: { $worker } (kuittasi samalla kuvauksen saaduksi)

## ==== demo data ====
# Demorekisteriin (moty demo) tallennettava vapaa teksti. Yksiköiden nimien on oltava
# yksikköluettelon (migraatio 5) suomenkielisiä nimiä.
demo-data-reason-overlapping = Useita päällekkäisiä tarpeita: terveys, toimeentulo ja asuminen; asiakas pyytää apua sen selvittämiseen, mitä hänen kannattaa hakea.
demo-data-reason-missed = Toistuvasti väliin jääneitä vastaanottoaikoja ja runsaasti yhteydenottoja; työntekijä on huolissaan asiakkaan kotona pärjäämisestä.
demo-data-reason-sick-leave = Pitkä sairausloma päättymässä; työkykyä, taloutta ja kuntoutusta on tarpeen katsoa yhdessä.
demo-data-reason-family = Perheen tilanne on kuormittunut; vanhemman terveys ja perheen talous vaativat useita palveluita yhtä aikaa.
demo-data-other-sign = asuminen voi päättyä pian
# The progress bar's label while `moty demo` builds its register.
demo-building = luodaan
demo-data-referrer-unit = Aikuissosiaalityö ja sosiaaliohjaus
demo-data-single-issue = ohjattu hakemaan asumistukea
demo-data-declined = tarvitsee vain yhtä palvelua
demo-data-redirected = sähköinen sosiaalihuollon ilmoitus
demo-data-unit-adult-social-work = Aikuissosiaalityö ja sosiaaliohjaus
demo-data-unit-adult-clinic = Aikuisneuvola
demo-data-key-unit-social-work = Aikuissosiaalityö ja sosiaaliohjaus
demo-data-key-unit-health-centre = Terveysasema
demo-data-key-unit-employment = Työllisyyttä ja osallisuutta tukevat palvelut
demo-data-doctor-purpose = B-lausunto Kelalle
demo-data-goals = Toisiinsa sopivat palvelut; nimetty yhteyshenkilö



## ==== render: src/text/render.rs (taulukoiden solut sanoin; päivämäärät text::formatin kautta) ====

render-consent-withdrawn = peruttu
render-consent-none = ei suostumusta
render-check-status = { $status ->
        [ok] kunnossa
        [warn] varoitus
       *[fail] virhe
    }
render-candidate = { $at } ({ $minutes } min)
render-report-column = { $column ->
        [case] Asia
        [cases] Asiat
        [channel] Kanava
        [client] Asiakas
        [count] Määrä
        [days_waiting] Odottanut päiviä
        [due_on] Määräpäivä
        [field] Tieto
        [free] Vapaana
        [head] Ketjun viimeinen tiiviste
        [kela_hour] Kelan etäkonsultaatio
        [kind] Tapaaminen
        [log] Loki
        [meeting] Tapaamisen nro
        [missing] Puuttuu
        [name] Nimi
        [overdue] Myöhässä
        [phase] Vaihe
        [places] Paikkoja
        [rows] Rivejä
        [sent_on] Lähetetty
        [source] Lähde
        [starts_at] Aika
        [unit] Yksikkö
        [units] Yksiköt
        [urgency] Kiireellisyys
        [referring_unit] Herätteen lähettänyt yksikkö
        [chair] Puheenjohtaja
        [description] Asiakaskuvaus
       *[other] { $column }
    }
render-check = { $key ->
        [integrity] eheys
        [foreign-keys] viiteavaimet
        [journal] loki (WAL)
        [server] palvelin
        [schema] skeema
        [append-only] vain lisäys
        [audit-chain] lokien tiivisteketju
        [permissions] käyttöoikeudet
        [folder] kansio
        [catalogues] luettelot
        [filesystem] tiedostojärjestelmä
        [cloud-sync] pilvisynkronointi
        [temporary-files] väliaikaiset tiedostot
        [unit-names] yksiköiden nimet
        [service-areas] palvelualueet
        [municipalities] kunnat
        [encryption] salaus
       *[other] { $check }
    }
## ==== services ====
# Jatkopolkujen palveluiden omat nimet suomeksi, ruotsiksi ja englanniksi (migraatio 6).
services-name-missing = uusi palvelu tarvitsee nimen jokaisella kielellä: anna --fi, --sv ja --en (tai --name niille, joita ei annettu); { $flag } puuttuu
services-added = Palvelu { $code } lisätty.
services-renamed = Palvelun { $code } nimet muutettu.

## ==== server: a register on a PostgreSQL server ====
server-no-file = tämä toimii vain rekisteritiedostolle; tämä rekisteri on PostgreSQL-palvelimella, jossa sen tekevät palvelimen omat työkalut (käyttöönotto-ohje kertoo mitkä)
server-cannot-connect = rekisteriin osoitteessa { $url } ei saada yhteyttä
server-not-a-register = osoitteessa { $url } ei ole moty-rekisteriä; sen omistaja luo rekisterin komennolla `moty admin init`
server-newer-register = rekisteri osoitteessa { $url } on skeemaversiota { $version }, uudempaa kuin tämä moty tuntee ({ $latest }): päivitä moty
server-older-register = rekisteri osoitteessa { $url } on skeemaversiota { $version }, ja tämä moty tarvitsee version { $latest }: rekisterin omistaja ajaa komennon `moty admin migrate` (koordinaattorin komento ei koskaan muuta palvelimen skeemaa)
server-clock = palvelimella oleva rekisteri ottaa ajan palvelimelta, eikä MOTY_NOW voi siirtää sitä (poista muuttuja)
server-actor = palvelimella toimii sisäänkirjautunut henkilö: olet kirjautunut nimellä { $login }, et { $named } (jätä --as pois tai kirjaudu nimellä { $named })
server-migration-failed = palvelimen rekisterin siirto skeemaversioon { $version } epäonnistui; siitä ei jäänyt mitään voimaan
server-migration-unrecorded = skeemaversion { $version } tiedostot jättivät rekisteriin merkinnän versiosta { $recorded }: tämä moty on viallinen (ilmoita sen ylläpitäjille)
server-roles-failed = motyn roolien ja niiden oikeuksien luominen palvelimelle epäonnistui (admin init tarvitsee pääkäyttäjän tai tietokannan omistavan roolin, jolla on CREATEROLE)
server-user-failed = käyttäjätunnuksen { $login } luominen tai oikeuksien antaminen epäonnistui (siihen tarvitaan rooli, jolla on CREATEROLE)
server-admin-needs-server = moty admin toimii PostgreSQL-palvelimella olevalle rekisterille: anna sen osoite valitsimella --db tai muuttujassa MOTY_DB (postgresql://…)
server-admin-created = Rekisteri luotiin osoitteeseen { $url } (skeemaversio { $version }) rooleineen moty_owner, moty_coordinator, moty_lead ja moty_auditor. Seuraavaksi: moty admin user add TUNNUS jokaiselle käyttäjälle.
server-admin-already = Rekisteri osoitteessa { $url } on jo olemassa (skeemaversio { $version }); sen roolit ja oikeudet uusittiin.
server-admin-migrated = Rekisteri siirrettiin skeemaversiosta { $from } versioon { $to }.
server-admin-up-to-date = Rekisteri on ajan tasalla (skeemaversio { $version }).
server-admin-user-added = { $created ->
    [yes] Luotiin käyttäjätunnus { $login } ja annettiin sille rooli { $role }.
   *[other] Käyttäjätunnukselle { $login } annettiin rooli { $role }.
}
server-admin-team-needed = koordinaattori työskentelee tiimissä ja näkee sen asiakkuudet: anna tiimi (--team TIIMI)
server-admin-region-needed = alueellinen esihenkilö näkee alueen asiakkuudet: anna alue (--region ALUE)
server-admin-user-team = { $login } näkee tiimin { $team } asiakkuudet.
server-admin-user-region = { $login } näkee alueen { $region } asiakkuudet.
server-no-team = { $login } ei kuulu mihinkään tiimiin, joten nyt avattu asiakkuus ei kuuluisi kenellekään: rekisterin omistaja lisää sinut tiimiin (moty admin user add { $login } --team TIIMI)
server-elsewhere-open = Henkilö on rekisterin asiakas, ja hänellä on avoin asiakkuus toisessa tiimissä ({ $team }){ $known ->
    [no] .
   *[other] , alue { $region }.
}
server-elsewhere-call = Soita heille: { $contact }
server-elsewhere-no-contact = Heidän alueellaan ei ole yhteystietokorttia (moty contact set).
server-elsewhere-closed = Henkilö on rekisterin asiakas, mutta hänellä ei ole avointa asiakkuutta toisessa tiimissä.
server-elsewhere-open-refused = Henkilöllä { $name } on jo avoin asiakkuus toisessa tiimissä ({ $team }); sopikaa heidän kanssaan, kumpi jatkaa (soita: { $contact }), tai avaa toinen asiakkuus valitsimella --another-case
server-rows-of = { $rows }/{ $of }
server-verified-partly = Tällä palvelimella näet tiimisi rivit: jokainen niistä tarkistettiin edellistä riviä vasten, olipa se kenen tahansa, ja ketjujen päät koko ketjuja vasten. Tietosuojavastaava (moty_auditor) tarkistaa kaikki rivit.
server-encryption = palvelimella: sen levyjen salaus ja TLS-yhteys ovat alueen IT:n vastuulla (käyttöönotto-ohje)
server-login-needs-server = moty login kirjautuu PostgreSQL-palvelimella olevaan rekisteriin: anna sen osoite valitsimella --db tai muuttujalla MOTY_DB (postgresql://TUNNUS@PALVELIN/TIETOKANTA); rekisteritiedostoon ei kirjauduta
server-login-password-in-url = osoitteessa on salasana, jonka näkee jokainen, joka näkee komentorivin, ympäristön tai tiedoston: anna rekisterin osoite ilman sitä (postgresql://TUNNUS@PALVELIN/TIETOKANTA), niin moty login kysyy salasanan
server-login-no-user = osoitteessa ei ole käyttäjätunnusta: postgresql://TUNNUS@PALVELIN/TIETOKANTA
server-login-prompt = Salasana tunnukselle { $account }
server-no-password-kept = palvelin kysyy tunnuksen { $account } salasanaa, eikä sitä ole tallennettu: aja moty login (se tallentaa salasanan käyttöjärjestelmän tunnustietovarastoon)
server-login-empty = salasanaa ei annettu
server-login-rejected = palvelin ei hyväksynyt tunnuksen { $account } salasanaa; mitään ei tallennettu
server-login-no-store = käyttöjärjestelmän tunnustietovarasto ei voi säilyttää salasanaa ({ $reason }); mitään ei tallennettu
server-logged-in = Kirjauduttu: tunnuksen { $account } salasana on tallessa käyttöjärjestelmän tunnustietovarastossa ({ $store }). moty käyttää sitä aina, kun rekisterin osoitteessa ei ole salasanaa.
server-logged-out = { $removed ->
    [yes] Tunnuksen { $account } salasana poistettiin tunnustietovarastosta.
   *[other] Tunnukselle { $account } ei ollut tallennettu salasanaa.
}
server-doctor-password-in-url = rekisterin osoitteessa (--db, MOTY_DB tai asetustiedosto) on salasana selväkielisenä: poista se sieltä ja aja moty login
server-doctor-no-password-in-url = rekisterin osoitteessa ei ole salasanaa
server-certificate-unusable = asetustiedoston [server]-osion tiedostoa { $path } ei voi käyttää: { $reason }
server-config-db-and-server = asetustiedostossa on sekä rekisteritiedosto (db) että palvelin ([server] url): jätä vain toinen

## ---- server: admin import-sqlite (a team's file brought to the server) ----
server-import-not-owner = { $login } ei kuulu rooliin moty_owner: vain rekisterin omistaja (hyvinvointialueen IT) tuo tiimin rekisteritiedoston palvelimelle
server-import-file-older = tiedoston { $path } skeemaversio on { $version } ja palvelimen rekisterin { $latest }: aja tiedostolle ensin jokin komento tällä motylla (esimerkiksi `moty --db { $path } list`, joka päivittää sen ja säilyttää siitä kopion entisellään) ja tuo se sitten
server-import-chain-broken = tiedoston ketju { $log } ei täsmää (rivillä { $row }): mitään ei tuotu; `moty audit verify` tiedostolle näyttää kohdan
server-import-collisions = { $count ->
    [one] asia { $ids } on jo palvelimella: mitään ei tuotu
   *[other] asiat { $ids } ovat jo palvelimella: mitään ei tuotu
}
server-import-done = Tuotiin { $path } (rekisteri { $register }) tiimille { $team }.
server-import-h-what = Mitä
server-import-h-rows = Rivejä
server-import-row-cases = asiat
server-import-row-clients-new = asiakkaat, uudet
server-import-row-clients-merged = asiakkaat, jo palvelimella (sama henkilötunnus)
server-import-row-log = loki { $log }
server-import-row-catalogue = { $table }
server-import-catalogue-counts = { $merged } samoja, { $added } lisätty
server-import-differences = { $count ->
    [one] Yksi ero (palvelimen tieto säilytettiin):
   *[other] { $count } eroa (palvelimen tiedot säilytettiin):
}
server-import-difference = { $what } { $key }, { $field }: tiedostossa ”{ $file }”, palvelimella ”{ $server }”

## moty import referrals: tiimin lähetetaulukko (src/domain/sheet.rs, src/ops/import.rs)
sheet-empty = tiedosto on tyhjä: sen ensimmäisellä rivillä pitää olla sarakkeiden nimet (katso moty import referrals --help)
sheet-not-csv = riviä ei voi lukea CSV-muodossa: { $error }
sheet-not-utf8 = ei UTF-8-tekstiä: tallenna taulukko muodossa "CSV UTF-8"
sheet-no-rows = tiedostossa on otsikkorivi mutta ei yhtään lähetettä
sheet-twice = sarake on otsikkorivillä kahdesti
sheet-unknown-column = moty ei lue tällaista saraketta; sarakkeet ovat: { $known }
sheet-missing-column = tämä pakollinen sarake puuttuu otsikkoriviltä
sheet-required = pakollinen, mutta tyhjä
sheet-yes-no = '{ $value }' ei ole kyllä tai ei: kirjoita kyllä tai ei, tai jätä solu tyhjäksi
sheet-temporary = yksilönumero { $number } on tilapäisen henkilötunnuksen; hyväksy se kirjoittamalla kyllä sarakkeeseen "väliaikainen tunnus"
sheet-not-a-year = '{ $value }' ei ole vuosiluku
sheet-year-differs = henkilötunnuksen mukaan syntymävuosi on toinen; jätä solu tyhjäksi tai korjaa jompikumpi
sheet-other-sign = sarake "muu merkki" kuvaa merkkiä "other": anna molemmat tai ei kumpaakaan
sheet-duplicate-hetu = sama henkilötunnus kuin rivillä { $line }: tiedostossa yksi lähete asiakasta kohden
sheet-problems = { $count ->
    [one] yksi virhe, mitään ei tuotu:
   *[other] { $count } virhettä, mitään ei tuotu:
}
sheet-problem = rivi { $line }, sarake "{ $column }": { $message }
sheet-problem-line = rivi { $line }: { $message }
sheet-more = … ja { $count } muuta
sheet-imported = Tuotiin { $referrals ->
    [one] yksi lähete
   *[other] { $referrals } lähetettä
} tiedostosta { $file }: { $new ->
    [one] yksi uusi asiakas
   *[other] { $new } uutta asiakasta
}, { $existing ->
    [one] yksi aiempi
   *[other] { $existing } aiempaa
}.
sheet-checked = Tarkistettiin { $referrals ->
    [one] yksi lähete
   *[other] { $referrals } lähetettä
} tiedostossa { $file }: { $new ->
    [one] yksi uusi asiakas
   *[other] { $new } uutta asiakasta
}, { $existing ->
    [one] yksi aiempi
   *[other] { $existing } aiempaa
}. Mitään ei kirjoitettu (--dry-run).
sheet-cases = Asiat { $first }–{ $last }.
sheet-case = Asia { $case }.
sheet-checking = tarkistetaan
sheet-importing = tuodaan
sheet-partial = rivit { $first }–{ $last } tuotiin (asiat { $case } asti) ennen kuin rivi { $next } torjuttiin: poista nämä rivit tiedostosta ennen kuin ajat sen uudelleen; myöhempiä rivejä ei tuotu

## moty export fhir

export-nothing-between = yksikään asia ei ollut avoinna { $from }–{ $until }
export-nothing-until = yksikään asia ei ollut avoinna { $until } mennessä
export-only-withdrawn = { $cases ->
        [one] vietävän asian suostumus on peruttu
       *[other] kaikkien { $cases } vietävän asian suostumus on peruttu
    }: se jää pois jokaisesta viennistä, ellei --include-withdrawn kerro syytä
export-no-client = tällä henkilötunnuksella ei ole asiakasta
export-withdrawn-reason = --include-withdrawn vaatii valitsimen --reason: miksi suostumuksensa perunneen asiakkaan tiedot luovutetaan
export-fhir-what = FHIR-vienti ({ $kind ->
        [pseudonymous] pseudonymisoitu
       *[identifiable] tunnisteellinen
    })
export-fhir-what-withdrawn = FHIR-vienti ({ $kind ->
        [pseudonymous] pseudonymisoitu
       *[identifiable] tunnisteellinen
    }), peruttuine suostumuksineen: { $reason }
export-fhir-written = { $cases ->
        [one] { $cases } asia
       *[other] { $cases } asiaa
    } ({ $clients ->
        [one] { $clients } asiakas
       *[other] { $clients } asiakasta
    }) kirjoitettiin tiedostoon { $path }; luovutus on kirjattu luovutuslokiin.
export-fhir-withdrawn-left-out = { $cases ->
        [one] { $cases } asia jäi
       *[other] { $cases } asiaa jäi
    } pois: suostumus peruttu (--include-withdrawn ja --reason vievät ne).
export-fhir-request-referral = heräte monialaiseen työhön
export-fhir-request-pathway = suunnitelman jatkopolku
export-reason-alone = --reason on valitsimen --include-withdrawn syy, eikä sitä annettu
export-fhir-q-follow-up = Jälkiseurantapuhelu
export-fhir-q-reception-feedback = Asiakkaan palaute tapaamisesta
export-fhir-q-reached = Tavoitettiinko asiakas?
export-fhir-q-status = Onko asiakas päässyt suositeltuihin palveluihin?
export-fhir-q-knows-contact = Tietääkö asiakas, miten jatkopolku etenee ja kehen olla yhteydessä?
export-fhir-q-usefulness = Asiakkaan arvio hyödyllisyydestä (1–10)
export-fhir-q-appointments-saved = Säästyneet käynnit (arvio)
export-fhir-q-saved-services = Palvelut, joiden käyntejä säästyi
export-fhir-q-time-saved = Säästynyt aika (arvio)
export-fhir-q-note = Huomio
export-fhir-q-next-step = Mitä seuraavaksi
export-fhir-q-next-on = Seuraava jälkiseuranta
export-fhir-q-feedback-text = Asiakkaan palaute omin sanoin
export-canonical-base-shape = '{ $value }' ei ole kanoninen perusosoite: anna http://- tai https://-osoite, jossa on palvelimen nimi, ei välilyöntejä, ei merkkejä ? tai # eikä / lopussa (esim. https://fhir.example.fi/moty)
export-fhir-base-set = FHIR-vientien kanoninen perusosoite: { $url }
export-fhir-base-default = FHIR-vientien kanoninen perusosoite: { $url } (oletus: alue ei ole asettanut omaansa; moty settings fhir-base URL asettaa sen)
export-oid-shape = '{ $value }' ei ole OID-tunnus: anna pisteillä erotettuja lukuja, ensimmäinen 0, 1 tai 2, eikä mikään ala nollalla, ellei se ole 0 (esim. 1.2.246.10.1234567.10.0)
export-area-name = Hyvinvointialue: { $name }
export-area-oid = OID-tunnus SOTE-organisaatiorekisterissä: { $oid }
export-area-unset = (ei asetettu)
export-area-none = FHIR-vienti ei nimeä hyvinvointialuetta ennen kuin se asetetaan: moty settings wellbeing-area --name NIMI --oid OID
export-fhir-q-estimate = Koordinaattorien arvio säästöstä
export-fhir-q-service = Palvelu
export-fhir-q-count = Käyntejä
export-fhir-q-at-follow-up = Arvioitu jälkiseurantapuhelussa
export-fhir-q-how = Miten arvioitiin
export-fhir-q-professional-survey = Ammattilaisten kysely tapaamisen jälkeen
export-fhir-q-role = Ammattilaisen rooli
export-fhir-q-added-value = Yhteistyön lisäarvo (1–5)
export-fhir-q-kela-benefit = Kelan osallistumisen hyöty (1–5)
export-fhir-q-survey-text = Kommentit
export-fhir-q-kela-conclusions = Kelan etäkonsultaation johtopäätökset
export-fhir-q-conclusion = Johtopäätös
export-fhir-q-kind = Laji
export-fhir-q-statement = Tarvittava lausunto
export-fhir-q-conclusion-text = Sanallisesti
export-fhir-q-responsible = Kuka vie eteenpäin
export-fhir-q-due = Mennessä
