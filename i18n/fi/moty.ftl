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
        [one] { $earlier } rivin
       *[other] { $earlier } rivin
    } kirjausaika on aiempi kuin edellisen rivin
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


## ==== t1: src/text/mod.rs, actor.rs, platform.rs, files.rs, dpo.rs, regions.rs, overview.rs ====
## (messages of these files go below this line, in this section only)




## ==== t2: src/text/labels.rs, timeline.rs, next.rs ====
## (messages of these files go below this line, in this section only)




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
protect-contact-request-missing = ei voi tehdä vaihetta ({ $step }): Moty-työskentely alkaa asiakkaan kirjallisesta suostumuksesta ja yhteydenottopyynnöstä (seed 000), eikä sitä ole kirjattu; kirjaa se: moty consent give { $case } --kind contact-request --method written
protect-contact-request-withdrawn = ei voi tehdä vaihetta ({ $step }): Moty-työskentely alkaa asiakkaan kirjallisesta suostumuksesta ja yhteydenottopyynnöstä (seed 000), ja asiakas on perunut sen; kirjaa se: moty consent give { $case } --kind contact-request --method written
protect-legal-basis-shape = '{ $value }' ei ole tietojen luovutuksen peruste; käytä arvoa consent, social-welfare-act-41, health-care-act-32 tai other:TEKSTI, joka nimeää muun perusteen
protect-legal-basis-name-it = nimeä muu luovutuksen peruste kaksoispisteen jälkeen, esim. other:Laki potilaan asemasta ja oikeuksista 13 §
protect-basis-other = muu: { $named }
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




## ==== t5: src/text/estimates.rs, areas.rs, outcomes.rs, kela.rs, team.rs ====
## (messages of these files go below this line, in this section only)


