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
outcomes-no-such-command = komentoa 'moty { $command }' ei ole; jokin näistä: { $known }
outcomes-cannot-read-config = asetustiedostoa { $path } ei voi lukea
outcomes-config-invalid = asetustiedosto { $path } ei kelpaa: { $why }
outcomes-config-key = '{ $key }' ei ole asetustiedoston asetus; jokin näistä: { $keys }
outcomes-config-file-is = Asetustiedosto: { $path }
outcomes-not-set = (ei asetettu)

## Kelan etäkonsultaation johtopäätökset (src/text/kela.rs)

kela-outcome-example =
    Jokainen --benefit, --rehabilitation, --statement tai --recommendation on yksi kohta; heti
    kohdan jälkeen annetut --responsible ja --due kuuluvat siihen. Esimerkiksi:
      moty kela-outcome 2026-0007 --benefit "sairauspäiväraha" --responsible "sosiaaliohjaaja"
          --due 15.12.2026 --statement b-statement --responsible lääkäri --recommendation "TYP"
    Kohdat tarjotaan sovituiksi toimenpiteiksi, kun suunnitelmaa seuraavan kerran muokataan;
    moty plan ASIA --from-kela ottaa ne kaikki.
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


