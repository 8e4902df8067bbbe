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


