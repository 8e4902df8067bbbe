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


