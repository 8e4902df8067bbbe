# The help catalogue (Finnish; English text until it is translated, section by section): every page and argument of `moty … --help`, the manual pages,
# the completions and the command-line reference. src/help.rs sets them on the command tree by
# these ids; i18n/TRANSLATING-HELP.md explains the ids and the formatting rules.
#
# One paragraph is one line (clap wraps it to the terminal); paragraphs are separated by a blank
# line. Example lines keep their two-space indent inside the block.

## ==== help A ====

help-moty = moty — Moty-koordinaattorien asiarekisteri
help-moty-long = Koordinaattorityöparin rekisteri perustason sosiaali- ja terveydenhuollon monialaiseen yhteistyöhön: heräte, suostumukset, ensiarvio, tapaamiset, HOPA, jälkiseuranta ja raportit. Jokainen asiakkaan tietojen katselu kirjataan käyttölokiin ja jokainen vienti luovutuslokiin. Pelkkä `moty` tulostaa asian polun ja kunkin vaiheen komennon.
help-moty-examples =
    Esimerkkejä:
      # Asian polku ja kunkin vaiheen komento
      moty
      # Tehdään kuvitteellisten asiakkaiden rekisteri motyn kokeilemiseen
      moty demo
      # Käytetään yhdessä komennossa muuta kuin oletusrekisteriä
      moty --db moty-demo.sqlite3 find maki
      # Yhden komennon ohje esimerkkeineen
      moty help schedule held

help-global--db = Rekisteritiedosto [oletus: ~/.local/share/moty/register.sqlite3; Windowsissa %LOCALAPPDATA%\moty\moty\data\register.sqlite3]
help-global--actor = Kuka toimii; kirjataan jokaiseen muutokseen ja hakuun [oletus: käyttäjätunnuksesi]
help-global--key_file = Tiedosto, jonka ensimmäinen rivi on rekisterin salausavain (salattu versio); tai aseta MOTY_DB_KEY
help-global--json = Tulosta JSONia skripteille (rakenteet julkaistu hakemistossa docs/schemas/)
help-global--allow_network_share = Avaa rekisteri verkkolevyltä (NFS, SMB, UNC-polku) silti. Vaarallista: SQLiten lukitus ei pidä tietokoneiden välillä, ja kaksi samanaikaista kirjoittajaa voi rikkoa rekisterin
help-global--color = Milloin taulukot, viestit ja ohje väritetään [oletus: asetustiedoston color, muuten auto]
help-global--lang = Kieli, jota moty puhuu: fi (suomi) tai en (English) [oletus: MOTY_LANG, muuten asetustiedoston lang, muuten järjestelmän kieliasetus, muuten en]

help-moty-refer = Kirjaa heräte ja avaa asia
help-moty-refer-long =
    Käytä, kun ammattilaisen huoli tai asiakkaan oma yhteydenotto tulee koordinaattoreille: komento kirjaa asiakkaan, mistä heräte tuli, miten ja miksi, ja avaa asian vaiheeseen `referred`, ensiarviojonoon. Päätteellä moty kysyy puuttuvat tiedot. Ensimmäinen heräte luo rekisterin; muutos kirjataan aikajanalle ja käyttölokiin.

    Sama henkilötunnus on sama asiakas. Ilman tunnusta kirjataan uusi asiakas, ellei --client-of nimeä saman henkilön aiempaa asiaa. Asiakas, jolla on avoin asia, saa toisen vain valitsimella --another-case.
help-moty-refer--name = Asiakkaan koko nimi
help-moty-refer--hetu = Henkilötunnus, esim. 131052-308T
help-moty-refer--temporary_hetu = Hyväksy väliaikainen henkilötunnus (yksilönumero 900–999)
help-moty-refer--birth_year = Syntymävuosi, kun asiakkaalla ei ole henkilötunnusta
help-moty-refer--phone = Asiakkaan puhelinnumero
help-moty-refer--municipality = Asiakkaan kotikunta: suomen- tai ruotsinkielinen nimi tai Tilastokeskuksen kolminumeroinen koodi (tallennetaan suomenkielisellä nimellä)
help-moty-refer--region = Koordinaattorien tiimin alue (esim. south, north)
help-moty-refer--group = Asiakasryhmä, joka ratkaisee tiimin ensiarviossa
help-moty-refer--source = Yksikkö, josta heräte tuli
help-moty-refer--channel = Miten heräte tuli
help-moty-refer--referrer = Herätteen tehneen ammattilaisen nimi
help-moty-refer--referrer_unit = Herätteen tehneen ammattilaisen yksikkö
help-moty-refer--referrer_contact = Miten herätteen tehneen ammattilaisen tavoittaa (puhelin, sähköposti)
help-moty-refer--signs = Huolen herättänyt merkki; toista, jos niitä on useita
help-moty-refer--other_sign = Mikä "muu" merkki on (valitsimen --sign other kanssa)
help-moty-refer--reason = Herätteen syy vapaana tekstinä; "-" lukee sen vakiosyötteestä
help-moty-refer--on = Päivä, jona heräte tuli, YYYY-MM-DD tai D.M.YYYY [oletus: tänään]; aiemmat päivät näkyvät takautuvina
help-moty-refer--client_of = Asiakas on sama henkilö kuin tässä aiemmassa asiassa (asiakkaille, joilla ei ole tunnusta)
help-moty-refer--rename = Kirjaa annettu nimi asiakkaan uudeksi nimeksi (tunnus tai asia nimeää tunnetun asiakkaan)
help-moty-refer--another_case = Avaa asia, vaikka asiakkaalla on jo avoin asia
help-moty-refer--urgent = Asia on kiireellinen: se nousee ensiarviojonon kärkeen
help-moty-refer--minor = Kirjaa alle 18-vuotias asiakas silti (kohderyhmä on aikuiset) ja kerro syy
help-moty-refer--consultation = Ammattilaisen konsultaatio, jota tämä heräte seuraa (sen numero komennosta `moty consult list`): liitetään uuteen asiaan, sen aikajanalle
help-moty-refer--non_disclosure = Asiakkaalla on turvakielto: hänen osoitteensa ja yhteystietonsa eivät koskaan lähde rekisteristä, ja jokainen näkymä, joka näyttää ne, varoittaa (`moty client CASE --non-disclosure no --reason TEXT` poistaa sen)
help-moty-refer--language = Asiakkaan kieli, joka valitsee hänen asiakirjojensa kielen
help-moty-refer--interpreter = Asiakas tarvitsee tulkin tälle kielelle (esim. arabia, suomalainen viittomakieli)
help-moty-refer-examples =
    Esimerkkejä:
      # Päätteellä moty kysyy ryhmän, lähteen, kanavan ja syyn
      moty refer --name "Maija Meikäläinen" --hetu 131052-308T
      # Asiakkaan oma yhteydenotto chatissa, kaikki pakolliset tiedot annettuina
      moty refer --name "Matti Virtanen" --group family --source self --channel chat --reason "Debts"
      # Uusi asia asian 2026-0007 asiakkaalle, syy luetaan vakiosyötteestä
      moty refer --client-of 2026-0007 --group older-pmt --source emergency --channel phone --reason -

help-moty-triage = Käy ensiarviojono läpi tai päätä yksi asia
help-moty-triage-long =
    Käytä päättääksesi, mitä uudelle herätteelle tapahtuu: ratkaistaan yksittäisenä asiana, varataan yhteisvastaanotto, viedään Yhteistyö-tiimiin, ohjataan muualle tai ei oteta asiakkaaksi, samalla ensimmäinen Kela-seula ja tiimi. Yhteisvastaanotto vaatii asiakkaan kirjallisen suostumuksen ja yhteydenottopyynnön, Yhteistyö-tiimi hänen suostumuksensa (`moty consent give`). Jokainen jonon näyttämä asiakas kirjataan käyttölokiin.

    Ilman asiaa (CASE) päätteellä: jono asia kerrallaan (kiireelliset ensin, sitten vanhimmat). Ilman asiaa muuten, tai valitsimella --list: tulosta jono. Asian kanssa: päätä se valitsimista; päätteellä moty kysyy puuttuvat tiedot.
help-moty-triage--case = Ensiarvioitava asia, esim. 2026-0007
help-moty-triage--list = Tulosta jono ja lopeta
help-moty-triage--region = Vain tämän alueen asiat [oletus: asetustiedoston alue, muuten oletusalueesi rekisterissä (`moty settings my-region`)]
help-moty-triage--all_regions = Kaikkien alueiden asiat oletusalueestasi riippumatta
help-moty-triage--decision = Päätös
help-moty-triage--kela_screen = Ensimmäinen Kela-seula: vaatiiko asiakkaan tilanne Kelaa? (yes tai no)
help-moty-triage--team = Tiimin kokoonpano; toista tai erota pilkuilla [oletus: asiakasryhmän mukaan]
help-moty-triage--urgency = Kuinka kiireellinen asia on [oletus: herätteen mukaan]
help-moty-triage--note = Huomio tiimille
help-moty-triage--advice = Mitä neuvottiin (valitsimen --decision single-issue kanssa)
help-moty-triage--to = Minne asia ohjataan (valitsimen --decision redirect kanssa)
help-moty-triage--reason = Miksi asiaa ei oteta asiakkaaksi (valitsimen --decision decline kanssa)
help-moty-triage--units = Yksikkö, jonka työntekijää pyydetään (valitsimen --decision collaboration-team kanssa); toista, jos niitä on useita
help-moty-triage--on = Päätöksen päivä, YYYY-MM-DD tai D.M.YYYY [oletus: tänään]
help-moty-triage-examples =
    Esimerkkejä:
      # Käydään jono läpi päätteellä asia kerrallaan
      moty triage
      # Tulostetaan oman alueen jono
      moty triage --list
      # Varataan asialle yhteisvastaanottopolku; ensimmäinen Kela-seula on myönteinen
      moty triage 2026-0007 --decision joint-assessment --kela-screen yes
      # Viedään asia Yhteistyö-tiimiin ja nimetään yksiköt, joiden työntekijöitä pyydetään
      moty triage 2026-0008 --decision collaboration-team --kela-screen no --unit "Housing services"

help-moty-schedule = Varaa tapaamiset, merkitse ne pidetyiksi ja pidä kalenteria
help-moty-schedule-long = Käytä komentoa `moty schedule CASE --kind KIND` varataksesi asialle yhteisvastaanoton, Kelan etäkonsultaation, verkostopalaverin tai Yhteistyöajan: se varaa seuraavan vapaan ajan, jonka kaikki säännöt sallivat (vaihe, suostumukset, vapaat paikat, pyhäpäivät ja suljetut päivät); --at varaa annetun ajan ja kertoo tarkasti, miksi aika hylätään; --dry-run listaa seuraavat vaihtoehdot. Varaus vie asiaa eteenpäin polullaan. Alikomennot kirjaavat, mitä tapaamisessa tapahtui, ja ylläpitävät aikoja ja kalenteria.
help-moty-schedule--case = Asia, esim. 2026-0007
help-moty-schedule--kind = Tapaamisen laji (pakollinen varattaessa)
help-moty-schedule--at = Annettu aika, "YYYY-MM-DD HH:MM" Helsingin aikaa (pakollinen verkostopalaverille)
help-moty-schedule--minutes = Verkostopalaverin kesto minuutteina
help-moty-schedule--doctor = Lääkäri osallistuu
help-moty-schedule--chair = Kuka johtaa tiimin tapaamista tai verkostopalaveria
help-moty-schedule--participants = Tapaamiseen kutsuttu ammattilainen ammattilaisluettelosta (hänen numeronsa); toista, jos heitä on useita
help-moty-schedule--dry_run = Listaa seuraavat vapaat ajat varaamatta
help-moty-schedule--override_screen = Varaa Kelan etäkonsultaatio, vaikka yhteisvastaanoton Kela-seula oli kielteinen, ja kerro miksi
help-moty-schedule--video_link = Tapaamisen videolinkki (Teams tai muu palvelu): koko https-osoite. Näkyy kalenterissa ja kirjoitetaan kalenteritiedostoon
help-moty-schedule-examples =
    Esimerkkejä:
      # Yhteisvastaanoton seuraavat vapaat ajat varaamatta
      moty schedule 2026-0007 --kind joint-assessment --dry-run
      # Varataan seuraava vapaa yhteisvastaanotto
      moty schedule 2026-0007 --kind joint-assessment
      # Varataan verkostopalaveri annettuun aikaan, lääkäri mukana
      moty schedule 2026-0007 --kind network --at "2026-11-30 14:00" --minutes 90 --doctor
      # Varataan Kelan etäkonsultaatio, kun Kelan lomake on lähetetty
      moty schedule 2026-0007 --kind kela

help-moty-schedule-held = Kirjaa tapaaminen pidetyksi ja sen lajin vaatimat tiedot
help-moty-schedule-held-long = Käytä, kun tapaamisen alkamisaika on mennyt ja tapaaminen pidettiin. Yhteisvastaanotosta kirjataan Suuntima-asiakkuus, Omaolo-arvio ja toinen Kela-seula; verkostopalaverista tai Yhteistyöajasta asiakkaan suullinen suostumus, osallistujat ja puheenjohtaja; Kelan etäkonsultaatiosta, tarvitaanko seuraavaksi verkostopalaveri. Pidetyksi merkitseminen vie asiaa eteenpäin polullaan; työparin arvion vastaanotosta voi antaa samalla.
help-moty-schedule-held--meeting = Tapaamisen numero (komennosta `moty schedule list`)
help-moty-schedule-held--segment = Yhteisvastaanotto: Suuntima-asiakkuus
help-moty-schedule-held--omaolo = Yhteisvastaanotto: tehtiinkö Omaolo-arvio (yes tai no)
help-moty-schedule-held--kela_screen = Yhteisvastaanotto: toinen Kela-seula (yes tai no)
help-moty-schedule-held--meeting_consent = Tiimin tapaamiset ja verkostopalaverit: asiakkaan suullinen suostumus kirjattiin alussa
help-moty-schedule-held--attended = Tiimin tapaamiset ja verkostopalaverit: ketkä osallistuivat (vähintään client ja referring-worker)
help-moty-schedule-held--chair = Tiimin tapaamiset ja verkostopalaverit: kuka johti puhetta
help-moty-schedule-held--network_needed = Kelan etäkonsultaatio, verkosto- tai yhteistyöasiakas: seuraavaksi tarvitaan verkostopalaveri
help-moty-schedule-held--saved = Palvelu (palveluluettelon koodi), jonka käyntejä vastaanotto säästi asiakkaalta, ja montako (1–100, oletus 1); toista, jos niitä on useita
help-moty-schedule-held--appointments_saved = Säästetyt käynnit yhteensä, 0–100 (vähintään valitsimien --saved summa) [oletus: valitsimien --saved summa]
help-moty-schedule-held--time_saved = Kuinka paljon vastaanotto lyhensi asiakkaan polkua
help-moty-schedule-held--time_saved_how = Miten aikaa säästyi (vapaa teksti, enintään 2 000 merkkiä)
help-moty-schedule-held-examples =
    Esimerkkejä:
      # Yhteisvastaanotto pidetty: Suuntima-asiakkuus, Omaolo-arvio ja toinen Kela-seula
      moty schedule held 1 --segment verkosto --omaolo yes --kela-screen yes
      # Mukana työparin arvio siitä, mitä vastaanotto säästi asiakkaalta
      moty schedule held 1 --segment yhteiso --omaolo no --kela-screen no --saved doctor=2
      # Verkostopalaveri pidetty, asiakkaan suullinen suostumus ja osallistujat
      moty schedule held 7 --meeting-consent --attended client,referring-worker,doctor

help-moty-schedule-no-show = Kirjaa, ettei asiakas saapunut
help-moty-schedule-no-show-long = Käytä, kun asiakas jäi pois varatusta tapaamisesta perumatta. Tapaaminen jää kalenteriin käyttämättömänä ja asia pysyy vaiheessaan, joten seuraavan tapaamisen voi varata komennolla `moty schedule CASE --kind KIND`; toistuvat poisjäännit ovat yksi merkeistä, joita koordinaattorit seuraavat.
help-moty-schedule-no-show--meeting = Tapaamisen numero (komennosta `moty schedule list`)
help-moty-schedule-no-show--note = Huomio
help-moty-schedule-no-show-examples =
    Esimerkkejä:
      # Asiakas ei saapunut tapaamiseen 5
      moty schedule no-show 5 --note "Did not answer the video call or the phone"

help-moty-schedule-cancel = Peru tapaaminen
help-moty-schedule-cancel-long = Käytä, kun varattu tapaaminen ei toteudu, ja kerro syy. Sen paikka vapautuu toiselle asialle ja asia pysyy vaiheessaan; varaa uudelleen komennolla `moty schedule CASE --kind KIND`.
help-moty-schedule-cancel--meeting = Tapaamisen numero (komennosta `moty schedule list`)
help-moty-schedule-cancel--reason = Miksi tapaaminen perutaan
help-moty-schedule-cancel-examples =
    Esimerkkejä:
      # Perutaan tapaaminen 6 ja kerrotaan syy
      moty schedule cancel 6 --reason "Client admitted to hospital; rebook after discharge"

help-moty-schedule-move = Siirrä tapaaminen toiseen aikaan tai anna sille videolinkki
help-moty-schedule-move-long = Käytä, kun varatun tapaamisen aika muuttuu (samat säännöt kuin uudessa varauksessa) tai kun sen Teams- (tai muu) videolinkki saapuu: kalenteri ja kalenteritiedosto näyttävät linkin. Asia pysyy vaiheessaan.
help-moty-schedule-move--meeting = Tapaamisen numero (komennosta `moty schedule list`)
help-moty-schedule-move--at = Uusi aika, "YYYY-MM-DD HH:MM" Helsingin aikaa
help-moty-schedule-move--video_link = Tapaamisen videolinkki (koko https-osoite), annettu tai korvattu; yksinään se jättää ajan ennalleen
help-moty-schedule-move-examples =
    Esimerkkejä:
      # Siirretään tapaaminen 7 toiseen aikaan
      moty schedule move 7 --at "2026-12-01 10:00"
      # Annetaan tapaamiselle 7 Teams-linkki, aika pysyy
      moty schedule move 7 --video-link "https://teams.microsoft.com/l/meetup-join/abc"

help-moty-schedule-slots = Näytä tai muokkaa aikasääntöjä ja Kelan etäkonsultaation asetuksia
help-moty-schedule-slots-long = Käytä, kun tiimin kalenteri muuttuu: yhteisvastaanoton, Kelan etäkonsultaation ja Yhteistyöajan viikoittaiset tai joka toinen viikko toistuvat ajat (verkostopalavereilla niitä ei ole), montako asiakasta kuhunkin mahtuu, sekä Kelan etäkonsultaation asetukset. Varatut tapaamiset pysyvät ennallaan. Pyhäpäivät eivät tarvitse sääntöä; sulje muut päivät komennolla `moty schedule close-day`.
help-moty-schedule-slots-examples =
    Esimerkkejä:
      # Aikasäännöt, Kelan etäkonsultaation asetukset ja suljetut päivät
      moty schedule slots list
      # Viikoittainen Kelan etäkonsultaatio tiistaisin klo 10.00 neljälle asiakkaalle
      moty schedule slots add --kind kela --weekday 2 --start 10:00 --minutes 60 --capacity 4

help-moty-schedule-slots-list = Listaa aikasäännöt, asetukset ja suljetut päivät
help-moty-schedule-slots-list-long = Käytä nähdäksesi tiimin kalenterisäännöt: jokainen aikasääntö numeroineen, viikonpäivineen, aikoineen, kestoineen, paikkoineen ja alueineen, Kelan etäkonsultaation asetukset (lomakkeen lähetysaika, Kelan yhteyshenkilö) ja komennolla `moty schedule close-day` suljetut päivät.
help-moty-schedule-slots-list-examples =
    Esimerkkejä:
      # Aikasäännöt, Kelan etäkonsultaation asetukset ja suljetut päivät
      moty schedule slots list

help-moty-schedule-slots-add = Lisää viikoittainen tai joka toinen viikko toistuva aika
help-moty-schedule-slots-add-long = Käytä, kun tiimi sopii uuden säännöllisen ajan yhteisvastaanotoille, Kelan etäkonsultaatiolle tai Yhteistyöajalle (verkostopalavereilla ei ole kiinteitä aikoja: ne varataan valitsimella --at). Varaukset ilman valitsinta --at saavat seuraavan vapaan paikan näistä ajoista; alueellisen työparin oma aika ottaa vain oman alueensa asioita.
help-moty-schedule-slots-add--kind = Tapaamisen laji (verkostopalavereilla ei ole kiinteitä aikoja)
help-moty-schedule-slots-add--weekday = Viikonpäivä: 1 = maanantai … 5 = perjantai
help-moty-schedule-slots-add--start = Alkamisaika, HH:MM Helsingin aikaa
help-moty-schedule-slots-add--minutes = Kesto minuutteina
help-moty-schedule-slots-add--capacity = Montako asiakasta aikaan mahtuu
help-moty-schedule-slots-add--every_other_week = Joka toinen viikko joka viikon sijaan
help-moty-schedule-slots-add--odd_weeks = Valitsimen --every-other-week kanssa: parittomat ISO-viikot parillisten sijaan
help-moty-schedule-slots-add--region = Vain tämän alueen asioille (alueellisen työparin oma aika); oletus: kaikkien alueiden
help-moty-schedule-slots-add-examples =
    Esimerkkejä:
      # Viikoittainen Kelan etäkonsultaatio tiistaisin klo 10.00 neljälle asiakkaalle
      moty schedule slots add --kind kela --weekday 2 --start 10:00 --minutes 60 --capacity 4

help-moty-schedule-slots-remove = Poista aikasääntö (varatut tapaamiset säilyvät)
help-moty-schedule-slots-remove-long = Käytä, kun viikoittainen aika päättyy, esim. Kelan etäkonsultaatio siirtyy toiselle päivälle: sääntöön ei varata enää mitään, ja siihen jo varatut tapaamiset jäävät kalenteriin. Numerot ovat komennon `moty schedule slots list` numerot.
help-moty-schedule-slots-remove--id = Säännön numero komennosta `moty schedule slots list`
help-moty-schedule-slots-remove-examples =
    Esimerkkejä:
      # Poistetaan aikasääntö 5 (sen varatut tapaamiset säilyvät)
      moty schedule slots remove 5

help-moty-schedule-slots-settings = Aseta Kelan etäkonsultaation asetukset
help-moty-schedule-slots-settings-long = Käytä, kun Kelan yhteyshenkilö vaihtuu tai tiimi sopii, montako työpäivää ennen Kelan etäkonsultaatiota Kelan tietojenvaihtolomake on lähetettävä (kalenteri merkitsee myöhässä olevan lomakkeen). Vain annetut asetukset muuttuvat.
help-moty-schedule-slots-settings--kela_lead_days = Työpäivät ennen Kelan etäkonsultaatiota, joihin mennessä lomake on lähetettävä
help-moty-schedule-slots-settings--kela_contact = Kelan yhteyshenkilö, joka osallistuu Kelan etäkonsultaatioon ja myöhempiin verkostopalavereihin
help-moty-schedule-slots-settings-examples =
    Esimerkkejä:
      # Kelan yhteyshenkilö Kelan etäkonsultaatioon
      moty schedule slots settings --kela-contact "Johanna Esimerkki"
      # Kelan lomake on lähetettävä viisi työpäivää ennen Kelan etäkonsultaatiota
      moty schedule slots settings --kela-lead-days 5

help-moty-schedule-close-day = Sulje päivä tiimiltä (sille ei varata tapaamisia)
help-moty-schedule-close-day-long = Käytä päivälle, jona tiimi ei voi tavata asiakkaita ja joka ei ole pyhäpäivä (pyhäpäivät tiedetään jo): suunnittelupäivä, koulutus, lakko. Sille ei sen jälkeen varata mitään; jo varatut tapaamiset jäävät, joten siirrä ne komennolla `moty schedule move`.
help-moty-schedule-close-day--date = Päivä, YYYY-MM-DD
help-moty-schedule-close-day--reason = Miksi tiimi on suljettu
help-moty-schedule-close-day-examples =
    Esimerkkejä:
      # Ei tapaamisia tiimin suunnittelupäivänä
      moty schedule close-day 2026-12-16 --reason "Team planning day"

help-moty-schedule-request = Kirjaa esihenkilön hyväksyntä asian Yhteistyö-tiimin pyynnölle
help-moty-schedule-request-long = Käytä asialle, joka ensiarviossa ohjattiin Yhteistyö-tiimiin, kun herätteen tehneen työntekijän esihenkilö on hyväksynyt pyynnön ja (valitsimilla --unit-meeting ja --need-confirmed) työntekijän oman yksikön tiimipalaveri on vahvistanut tarpeen. Pyydetyt yksiköt nimettiin ensiarviossa; seuraavaksi tulee anonyymi asiakaskuvaus (`moty plan describe`, `moty schedule send-description`).
help-moty-schedule-request--case = Asia, esim. 2026-0007
help-moty-schedule-request--approved_by = Esihenkilö, joka hyväksyi pyynnön
help-moty-schedule-request--on = Hyväksymispäivä, YYYY-MM-DD [oletus: tänään]
help-moty-schedule-request--unit_meeting = Herätteen tehneen työntekijän oman yksikön tiimipalaverin päivä, jona tarve vahvistettiin (valitsimen --need-confirmed kanssa)
help-moty-schedule-request--need_confirmed = Yksikön tiimipalaveri vahvisti Yhteistyö-tiimin tarpeen
help-moty-schedule-request-examples =
    Esimerkkejä:
      # Esihenkilö hyväksyi pyynnön
      moty schedule request 2026-0008 --approved-by "Eila Malli"
      # Sama, kun yksikön tiimipalaveri on vahvistanut tarpeen (2026-8 on 2026-0008)
      moty schedule request 2026-8 --approved-by "Eila Malli" --unit-meeting 2026-11-19 --need-confirmed

help-moty-schedule-send-description = Lähetä anonyymi asiakaskuvaus pyydetyille yksiköille
help-moty-schedule-send-description-long = Käytä, kun tallennettu anonyymi asiakaskuvaus (`moty plan describe`) lähtee yksiköille, joiden työntekijöitä Yhteistyö-tiimin pyyntö nimeää. Jokainen lähetys kirjataan luovutuslokiin yksikön ja vastaanottajan kanssa; yksiköt sitten kuittaavat kuvauksen ja nimeävät työntekijänsä.
help-moty-schedule-send-description--case = Asia, esim. 2026-0007
help-moty-schedule-send-description--units = Pyydetty yksikkö, jolle kuvaus lähetetään; toista, jos niitä on useita [oletus: jokainen pyydetty yksikkö, jolle sitä ei ole lähetetty]
help-moty-schedule-send-description--to = Henkilö yksikössä, jolle kuvaus lähetettiin (yhden valitsimen --unit kanssa)
help-moty-schedule-send-description--on = Lähetyspäivä, YYYY-MM-DD [oletus: tänään]
help-moty-schedule-send-description-examples =
    Esimerkkejä:
      # Lähetetään kuvaus jokaiselle pyydetylle yksikölle, jolle se ei ole vielä mennyt
      moty schedule send-description 2026-0008
      # Lähetetään se yhdelle yksikölle ja nimetään vastaanottaja
      moty schedule send-description 2026-0008 --unit "Housing services" --to "Tarja Malli"

help-moty-schedule-acknowledge = Kirjaa pyydetyn yksikön kuittaus Yhteistyö-tiimin pyynnöstä
help-moty-schedule-acknowledge-long = Käytä, kun kuvauksen saanut yksikkö kuittaa sen: sen käsittelyaikataulu sen omin sanoin ja päivä, johon mennessä se nimeää työntekijänsä. Kalenteri ja työlista (`moty report queue`) näyttävät yksiköt, joilta vaihe vielä puuttuu.
help-moty-schedule-acknowledge--case = Asia, esim. 2026-0007
help-moty-schedule-acknowledge--unit = Yksikkö, joka kuittasi kuvauksen saaduksi (ensiarviossa annetulla nimellä)
help-moty-schedule-acknowledge--schedule = Yksikön käsittelyaikataulu sen omin sanoin
help-moty-schedule-acknowledge--due = Päivä, johon mennessä yksikkö nimeää työntekijänsä, YYYY-MM-DD
help-moty-schedule-acknowledge--on = Kuittauksen päivä, YYYY-MM-DD [oletus: tänään]
help-moty-schedule-acknowledge-examples =
    Esimerkkejä:
      # Asumispalvelut kuittasivat: ne nimeävät työntekijänsä 24. marraskuuta mennessä
      moty schedule acknowledge 2026-8 --unit "Housing services" --schedule "Tuesday" --due 2026-11-24

help-moty-schedule-answer = Kirjaa työntekijä, jonka pyydetty yksikkö nimeää
help-moty-schedule-answer-long = Käytä, kun yksikkö nimeää työntekijän, joka osallistuu Yhteistyö-tiimiin asiakkaan asiassa (samalla kirjataan yksikön kuittaus, jos se ei ollut vielä kuitannut). Pyyntö on sitova; kun jokainen pyydetty yksikkö on nimennyt työntekijänsä, asia varataan seuraavaan vapaaseen Yhteistyöaikaan.
help-moty-schedule-answer--case = Asia, esim. 2026-0007
help-moty-schedule-answer--unit = Yksikkö, joka vastasi (ensiarviossa annetulla nimellä)
help-moty-schedule-answer--worker = Työntekijä, jonka yksikkö nimeää
help-moty-schedule-answer--schedule = Yksikön käsittelyaikataulu (korvaa kuittauksessa annetun)
help-moty-schedule-answer--on = Vastauksen päivä, YYYY-MM-DD [oletus: tänään]
help-moty-schedule-answer-examples =
    Esimerkkejä:
      # Asumispalvelut nimeävät työntekijänsä
      moty schedule answer 2026-0008 --unit "Housing services" --worker "Tarja Malli"

help-moty-schedule-list = Kalenteri: tapaamiset vapaine paikkoineen, merkinnät ja yksiköt, jotka eivät ole vastanneet
help-moty-schedule-list-long = Käytä nähdäksesi tiimin kalenterin, oletuksena oman alueesi kaksi seuraavaa viikkoa: jokainen aika vapaine paikkoineen, jokainen tapaaminen numeroineen, tiloineen, asiatunnuksineen, osallistujineen ja videolinkkeineen, Kelan lomakkeiden merkinnät, suljetut päivät ja Yhteistyö-tiimin pyynnöt, jotka vielä odottavat yksiköitä. Se näyttää asiatunnukset, ei koskaan nimiä, eikä kirjaa mitään käyttölokiin.
help-moty-schedule-list--week = ISO-viikko, esim. 2026-W49
help-moty-schedule-list--from = Ensimmäinen päivä, YYYY-MM-DD [oletus: tänään]
help-moty-schedule-list--until = Viimeinen päivä, YYYY-MM-DD [oletus: kahden viikon päästä]
help-moty-schedule-list--kind = Vain tämän lajin tapaamiset
help-moty-schedule-list--region = Vain tämän alueen asiat [oletus: asetustiedoston alue, muuten oletusalueesi rekisterissä (`moty settings my-region`)]
help-moty-schedule-list--all_regions = Kaikkien alueiden asiat oletusalueestasi riippumatta
help-moty-schedule-list-examples =
    Esimerkkejä:
      # Kaksi seuraavaa viikkoa
      moty schedule list
      # Yksi ISO-viikko
      moty schedule list --week 2026-W49
      # Yhden päivän Kelan etäkonsultaatiot, kaikki alueet
      moty schedule list --kind kela --from 2026-11-26 --until 2026-11-26 --all-regions

help-moty-schedule-ics = Kirjoita tapaamiset iCalendar-tiedostoksi Outlookiin tai Teamsiin (vain asiatunnukset)
help-moty-schedule-ics-long = Käytä viedäksesi rekisterin tapaamiset kalenteriohjelmaan: yksi tapahtuma tapaamista kohden asiatunnuksineen, lajeineen, osallistujineen ja videolinkkeineen, ei koskaan asiakkaan nimeä. Jokainen vienti kirjataan luovutuslokiin vastaanottajineen ja oikeusperusteineen.
help-moty-schedule-ics--from = Ensimmäinen päivä, YYYY-MM-DD [oletus: tänään]
help-moty-schedule-ics--until = Viimeinen päivä, YYYY-MM-DD [oletus: 90 päivän päästä]
help-moty-schedule-ics--to_whom = Kenen kalenteriin vienti on; kirjataan luovutuslokiin
help-moty-schedule-ics--out = Kirjoita tähän tiedostoon (atomisesti, vain sinun luettavaksesi; ei koskaan olemassa olevan tiedoston päälle ilman valitsinta --force) vakiotulosteen sijaan
help-moty-schedule-ics--force = Korvaa --out-tiedosto, jos se on olemassa (ei koskaan itse rekisteriä)
help-moty-schedule-ics--region = Vain tämän alueen asiat [oletus: asetustiedoston alue, muuten oletusalueesi rekisterissä (`moty settings my-region`)]
help-moty-schedule-ics--all_regions = Kaikkien alueiden asiat oletusalueestasi riippumatta
help-moty-schedule-ics--legal_basis = Luovutuksen oikeusperuste — consent, social-welfare-act-41, health-care-act-32 tai other:TEXT [oletus: social-welfare-act-41]
help-moty-schedule-ics-examples =
    Esimerkkejä:
      # Viikon tapaamiset koordinaattorin Outlookiin, kirjoitettuna tiedostoon
      moty schedule ics --from 2026-11-30 --until 2026-12-06 --to-whom "Outlook" --out week.ics
      # Seuraavat 90 päivää vakiotulosteeseen
      moty schedule ics > moty.ics

help-moty-plan = Pidä yhteistä hoito- ja palvelusuunnitelmaa (HOPA) ja sen jatkopolkuja
help-moty-plan-long = Käytä komentoa `moty plan CASE` yhteisvastaanotosta alkaen aina, kun suunnitelma muuttuu: omatyöntekijä, asiakkaan voimavarat, tavoitteet ja tarpeet, sovitut toimet (mitä, kuka, mihin mennessä) ja jatkopolut, kukin tiloineen. Jokainen muutos tallentaa uuden version, ja jokainen versio säilyy. --complete päättää jatkopolkuvaiheen, kun suunnitelma nimeää omatyöntekijän ja jatkopolun ja asiakas on vahvistanut tietävänsä, keneen ottaa yhteyttä; sen jälkeen jälkiseurantapuhelu erääntyy.
help-moty-plan--case = Asia, esim. 2026-0007
help-moty-plan--key_worker = Asiakkaan asioita koordinoiva ammattilainen eli omatyöntekijä
help-moty-plan--key_worker_unit = Omatyöntekijän yksikkö
help-moty-plan--key_worker_contact = Miten asiakas tavoittaa omatyöntekijän
help-moty-plan--key_worker_from = Omatyöntekijä ammattilaisluettelosta (nimi, yksikkö ja yhteystieto)
help-moty-plan--resources = Asiakkaan omat voimavarat
help-moty-plan--goals = Asiakkaan tavoitteet
help-moty-plan--needs = Tarve osa-alueittain, AREA=TEXT (health, social, finances, housing, work-study, functional-capacity, other); AREA= poistaa sen. Toista, jos niitä on useita
help-moty-plan--actions = Sovittu toimi: "what=…;who=…;by=YYYY-MM-DD". Toista, jos niitä on useita
help-moty-plan--action_status = Toimen tila sen numeron mukaan: N=open|done|dropped
help-moty-plan--pathways = Jatkopolku: "service=CODE;unit=…;professional=…;pro=DIRECTORY-ID;booked=yes|no; appointment=YYYY-MM-DD;purpose=…". Toista, jos niitä on useita
help-moty-plan--pathway_status = Jatkopolun tila sen numeron mukaan: N=planned|booked|attended|declined
help-moty-plan--client_confirmed = Asiakas vahvisti tietävänsä, miten jatkopolku etenee ja keneen ottaa yhteyttä
help-moty-plan--note = Mikä muuttui ja miksi (säilyy version mukana)
help-moty-plan--complete = Päätä jatkopolkuvaihe: vaatii omatyöntekijän, jatkopolun ja asiakkaan vahvistuksen
help-moty-plan--from_kela = Ota Kelan etäkonsultaation johtopäätökset, jotka eivät vielä ole suunnitelmassa, sovituiksi toimiksi (mitä, kuka, mihin mennessä; moty kela-outcome kirjaa ne). Päätteellä ne tarjotaan valittaviksi
help-moty-plan--follow_up_weeks = Asian oma jälkiseurantaväli: jälkiseurantapuhelu erääntyy näin monen viikon (1–104) kuluttua jatkopolkuvaiheen päättymisestä; `team` palauttaa asialle tiimin välin (`moty settings follow-up-weeks`)
help-moty-plan--on = Muutoksen päivä, YYYY-MM-DD [oletus: tänään]
help-moty-plan-examples =
    Esimerkkejä:
      # Aloitetaan suunnitelma yhteisvastaanotolla: tavoitteet, tarve ja sovittu toimi
      moty plan 2026-0007 --goals "A steady income" --need housing="Rent too high" --note "Started"
      # Lisätään jatkopolku, lääkärin aika varattu
      moty plan 2026-0007 --pathway "service=doctor;booked=yes;appointment=2026-12-10"
      # Otetaan Kelan etäkonsultaation johtopäätökset sovituiksi toimiksi
      moty plan 2026-0007 --from-kela
      # Päätetään jatkopolkuvaihe: omatyöntekijä nimetty ja asiakkaan vahvistus
      moty plan 2026-0007 --key-worker-from 1 --client-confirmed --complete

help-moty-plan-show = Tulosta suunnitelma: uusin versio, vanhempi versio tai muutoshistoria
help-moty-plan-show-long = Käytä lukeaksesi asian suunnitelman (HOPA) omatyöntekijöineen, tavoitteineen, sovittuine toimineen ja jatkopolkuineen, vanhemman version (--version) tai jokaisen version muutoksineen (--history). Jokainen katselu kirjataan käyttölokiin. --format md tulostaa selkokielisen suunnitelman asiakkaalle annettavaksi hänen kielellään; se kopio kirjataan luovutuslokiin.
help-moty-plan-show--case = Asia, esim. 2026-0007
help-moty-plan-show--version = Vanhempi versio
help-moty-plan-show--history = Jokainen versio ja mitä siinä muuttui
help-moty-plan-show--format = `md`: asiakkaalle tulostettava selkokielinen suunnitelma, jossa kerrotaan, keneen ottaa yhteyttä
help-moty-plan-show--reason = Miksi katsot suunnitelmaa; kirjataan käyttölokiin
help-moty-plan-show--language = Valitsimen --format md kanssa: asiakkaan suunnitelman kieli [oletus: asiakkaan kieli, jos se on fi tai sv, muuten kieli, jota moty puhuu (--lang)]
help-moty-plan-show--legal_basis = Valitsimen --format md kanssa: suunnitelman asiakkaalle antamisen oikeusperuste — consent, social-welfare-act-41, health-care-act-32 tai other:TEXT [oletus: other:the client's own plan, handed to the client (Client Data Act 703/2023)]
help-moty-plan-show-examples =
    Esimerkkejä:
      # Suunnitelman uusin versio
      moty plan show 2026-0007
      # Jokainen versio ja mitä siinä muuttui
      moty plan show 2026-0007 --history
      # Asiakkaalle tulostettava suunnitelma ruotsiksi (kirjataan luovutuslokiin)
      moty plan show 2026-0007 --format md --language sv > plan.md

help-moty-plan-services = Jatkopalvelujen luettelo
help-moty-plan-services-long = Käytä nähdäksesi tai laajentaaksesi palveluja, joita suunnitelman jatkopolut nimeävät (`--pathway "service=CODE"`), kukin jollakin palvelualueella, jotta tulosluvut voi lukea alueittain. Luettelo alkaa pilotin jatkopalveluilla.
help-moty-plan-services-examples =
    Esimerkkejä:
      # Jatkopalvelujen luettelo
      moty plan services list
      # Lisätään palvelu perhe- ja sosiaalipalvelujen alueelle
      moty plan services add debt-counselling --name "Debt counselling" --area family-social

help-moty-plan-services-list = Listaa jatkopalvelut
help-moty-plan-services-list-long = Käytä etsiäksesi palvelun koodin suunnitelman valitsimeen `--pathway "service=CODE"`: luettelon jokainen palvelu koodeineen, nimineen ja palvelualueineen.
help-moty-plan-services-list-examples =
    Esimerkkejä:
      # Jatkopalvelujen luettelo, kukin palvelualueineen
      moty plan services list

help-moty-plan-services-add = Lisää palvelu (tai nimeä se uudelleen) palvelualueelleen
help-moty-plan-services-add-long = Käytä, kun asiakkaita ohjataan säännöllisesti palveluun, jota luettelossa ei vielä ole, esim. velkaneuvontaan. Olemassa olevalla koodilla komento nimeää palvelun uudelleen ja siirtää sen annetulle alueelle. Alueet ovat komennon `moty settings areas` alueet.
help-moty-plan-services-add--code = Lyhyt koodi: pieniä kirjaimia, numeroita ja yhdysviivoja
help-moty-plan-services-add--name = Palvelun nimi
help-moty-plan-services-add--area = Palvelualue, johon palvelu kuuluu (`moty settings areas` listaa ne)
help-moty-plan-services-add-examples =
    Esimerkkejä:
      # Lisätään palvelu perhe- ja sosiaalipalvelujen alueelle
      moty plan services add debt-counselling --name "Debt counselling" --area family-social

help-moty-plan-services-set-area = Anna palvelulle sen palvelualue
help-moty-plan-services-set-area-long = Käytä, kun palvelu on väärällä palvelualueella tai ei millään (`moty doctor` varoittaa palveluista, joilla aluetta ei ole), jotta alueittaiset tulosluvut laskevat sen oikeaan paikkaan.
help-moty-plan-services-set-area--code = Palvelun koodi
help-moty-plan-services-set-area--area = Palvelualue (`moty settings areas` listaa ne)
help-moty-plan-services-set-area-examples =
    Esimerkkejä:
      # Kotikuntoutus terveys- ja sairaanhoitoon
      moty plan services set-area home-rehabilitation health-medical

help-moty-plan-describe = Anonyymi asiakaskuvaus Yhteistyö-tiimille: tulosta luonnos tai tallenna se
help-moty-plan-describe-long = Käytä asialle, joka on menossa Yhteistyö-tiimiin: ilman valitsinta --text komento tulostaa tallennetun kuvauksen tai toimintamallin pohjasta herätteen ja pyydettyjen yksiköiden tiedoilla täytetyn luonnoksen muokattavaksi; valitsimella --text se tallentaa kuvauksen, mutta kieltäytyy, jos siinä on asiakkaan nimi, henkilötunnus tai puhelinnumero. Tallennetun kuvauksen `moty schedule send-description` lähettää pyydetyille yksiköille.
help-moty-plan-describe--case = Asia, esim. 2026-0007
help-moty-plan-describe--text = Tallenna tämä teksti kuvaukseksi; "-" lukee sen vakiosyötteestä
help-moty-plan-describe--accept_words = Tavallinen sana, joka sattuu olemaan asiakkaan nimi ("kivinen" sanoissa "kivinen maasto"): tallenna, vaikka se esiintyy. Kirjataan aikajanalle. Toista, jos niitä on useita
help-moty-plan-describe-examples =
    Esimerkkejä:
      # Tulostetaan tallennettu kuvaus tai muokattava luonnos
      moty plan describe 2026-0008
      # Tallennetaan kuvaus vakiosyötteestä
      moty plan describe 2026-0008 --text -
      # Tallennetaan se, vaikka siinä oleva tavallinen sana on myös asiakkaan nimi
      moty plan describe 2026-0008 --text "Lives near the kivinen shore" --accept-word kivinen

help-moty-follow-up = Jälkiseuranta: erääntyvät ja yhden kirjaaminen
help-moty-follow-up-long = Käytä komentoa `moty follow-up CASE` jälkiseurantapuhelun jälkeen, kun jatkopolkuvaihe on päättynyt: tavoitettiinko asiakas, pääsikö hän suositeltuihin palveluihin, tietääkö hän, miten jatkopolku etenee ja keneen ottaa yhteyttä, kuinka hyödyllistä yhteistyö oli ja mitä seuraa — asia suljetaan yhdessä asiakkaan kanssa, soitetaan uudelleen tai kutsutaan verkostopalaveri tai Yhteistyö-tiimi uudelleen koolle. Päätteellä moty kysyy puuttuvat tiedot. `moty follow-up due` listaa soitettavat puhelut.
help-moty-follow-up--case = Asia, esim. 2026-0007
help-moty-follow-up--reached = Tavoitettiinko asiakas (yes tai no)
help-moty-follow-up--status = Pääsikö asiakas suositeltuihin palveluihin
help-moty-follow-up--knows_contact = Tietääkö asiakas, miten jatkopolku etenee ja keneen ottaa yhteyttä (yes tai no)
help-moty-follow-up--usefulness = Asiakkaan antama hyödyllisyysarvio, 1–10 (asiakkaan palaute jälkiseurannassa)
help-moty-follow-up--appointments_saved = Skripteille: SOTE-työparin arvio säästetyistä käynneistä yhteensä, 0–100, kirjataan jälkiseurannassa annettuna arviona (vastaanottokohtaisesti: schedule held tai moty estimate)
help-moty-follow-up--saved_services = Skripteille: palvelu, jonka käyntejä säästettiin, ja montako (oletus 1); toista, jos niitä on useita; kirjataan jälkiseurannassa annettuna arviona
help-moty-follow-up--time_saved = Skripteille: SOTE-työparin arvio säästetystä ajasta, kirjataan jälkiseurannassa annettuna arviona
help-moty-follow-up--note = Huomio
help-moty-follow-up--next = Mitä seuraa: suljetaan yhdessä asiakkaan kanssa, uusi jälkiseuranta tai kutsutaan koolle uudelleen
help-moty-follow-up--next_on = Valitsimen --next again kanssa: seuraavan jälkiseurannan päivä
help-moty-follow-up--on = Puhelun päivä, YYYY-MM-DD [oletus: tänään]
help-moty-follow-up-examples =
    Esimerkkejä:
      # Tällä viikolla erääntyvät ja myöhässä olevat jälkiseurannat
      moty follow-up due
      # Asiakas on polulla ja tietää, keneen ottaa yhteyttä: suljetaan asia yhdessä
      moty follow-up 2026-0007 --reached yes --status on-path --knows-contact yes --next close
      # Asiakas ei vastannut: uusi jälkiseuranta myöhemmin
      moty follow-up 2026-0008 --reached no --next again --next-on 2027-01-27

help-moty-follow-up-due = Tulevalla viikolla erääntyvät ja myöhässä olevat jälkiseurannat
help-moty-follow-up-due-long = Käytä jälkiseurantapuhelujen suunnitteluun, esim. ennen puhelinaikaa: jokainen asia, jonka jälkiseuranta erääntyy viikon sisällä tai on myöhässä, asiakkaan nimi ja puhelinnumero sekä eräpäivä (jälkiseurantaväli jatkopolkuvaiheen päättymisestä). Jokainen näytetty asiakas kirjataan käyttölokiin.
help-moty-follow-up-due--all = Myös myöhemmin erääntyvät
help-moty-follow-up-due--region = Vain tämän alueen asiat [oletus: asetustiedoston alue, muuten oletusalueesi rekisterissä (`moty settings my-region`)]
help-moty-follow-up-due--all_regions = Kaikkien alueiden asiat oletusalueestasi riippumatta
help-moty-follow-up-due-examples =
    Esimerkkejä:
      # Tulevalla viikolla erääntyvät ja myöhässä olevat jälkiseurannat
      moty follow-up due
      # Kaikki tulevat jälkiseurannat, kaikki alueet
      moty follow-up due --all --all-regions

help-moty-feedback = Kirjaa asiakkaan palaute pidetystä tapaamisesta
help-moty-feedback-long = Käytä yhteisvastaanoton, Kelan etäkonsultaation, verkostopalaverin tai Yhteistyöajan jälkeen, kun asiakas vastaa vastaanoton palautteeseen: kuinka hyödyllinen tapaaminen oli (1–10), asiakaskokemuksen väittämät viisiportaisella asteikolla (`moty settings statements` ylläpitää niitä) ja hänen omat sanansa. Jokainen vastaus on vapaaehtoinen. Päätteellä, kun vastauksia ei ole annettu, moty näyttää kysymykset koordinaattorin luettaviksi asiakkaan kielellä.
help-moty-feedback--case = Asia, esim. 2026-0007
help-moty-feedback--meeting = Pidetty tapaaminen, jota palaute koskee [oletus: asian viimeisin pidetty tapaaminen]
help-moty-feedback--on = Päivä, jona asiakas antoi palautteen, YYYY-MM-DD [oletus: tänään]; ei ennen tapaamista
help-moty-feedback--usefulness = Kuinka hyödyllinen tapaaminen oli asiakkaalle, 1–10
help-moty-feedback--answers = Väittämän vastaus, esim. mattered-to-me=fully-agree (VALUE: fully-agree, partly-agree, cant-say, partly-disagree, fully-disagree); toista jokaiselle vastatulle väittämälle
help-moty-feedback--text = Asiakkaan omat sanat tapaamisesta
help-moty-feedback--read_in = Päätteellä: kieli, jolla kysymykset luetaan asiakkaalle [oletus: asiakkaan kieli, jos se on fi tai sv, muuten fi]
help-moty-feedback-examples =
    Esimerkkejä:
      # Päätteellä: luetaan kysymykset asiakkaalle ruotsiksi
      moty feedback 2026-0007 --read-in sv
      # Vastaukset valitsimina asian viimeisimmästä pidetystä tapaamisesta
      moty feedback 2026-0007 --usefulness 9 --answer mattered-to-me=fully-agree --text "Hyvä"

help-moty-kela-outcome = Kirjaa, mitä pidetty Kelan etäkonsultaatio päätti asiakkaan osalta
help-moty-kela-outcome-long =
    Käytä Kelan etäkonsultaation (etäkonsultaatio Kelan yhteyshenkilön kanssa) jälkeen: haettavat etuudet ja kuntoutus, Kelan tarvitsemat lausunnot ja suositukset, kullekin vastuuhenkilö ja määräaika. Päätteellä, kun kohtia ei ole annettu, moty kysyy ne yksi kerrallaan. Kirjataan asian aikajanalle.

    Jokainen --benefit, --rehabilitation, --statement tai --recommendation on yksi kohta; heti kohdan jälkeen tulevat --responsible WHO ja --due DATE kuuluvat siihen kohtaan, esim. `--benefit "sickness allowance" --responsible "social counsellor" --due 2026-12-15 --statement b-statement --responsible doctor`. Kohdat tarjotaan sovituiksi toimiksi, kun suunnitelmaa seuraavan kerran muokataan (`moty plan CASE --from-kela` ottaa ne kaikki).
help-moty-kela-outcome--case = Asia, esim. 2026-0007
help-moty-kela-outcome--meeting = Kelan etäkonsultaatio (sen tapaamisnumero) [oletus: asian viimeisin pidetty Kelan etäkonsultaatio]
help-moty-kela-outcome--benefit = Haettava etuus, esim. "sairauspäiväraha"; toista, jos niitä on useita
help-moty-kela-outcome--rehabilitation = Haettava kuntoutus; toista, jos niitä on useita
help-moty-kela-outcome--statement = Kelan tarvitsema lausunto; toista, jos niitä on useita
help-moty-kela-outcome--recommendation = Suositus; toista, jos niitä on useita
help-moty-kela-outcome--responsible = Kuka vastaa juuri tätä valitsinta edeltävästä kohdasta (rooli tai nimi)
help-moty-kela-outcome--due = Mihin mennessä juuri tätä valitsinta edeltävä kohta hoidetaan, YYYY-MM-DD
help-moty-kela-outcome-examples =
    Esimerkkejä:
      # Haettava etuus, vastuuhenkilö ja määräaika
      moty kela-outcome 2026-0007 --benefit "sickness allowance" --responsible nurse --due 2026-12-15
      # Lääkärin kirjoittama B-lausunto ja suositus
      moty kela-outcome 2026-0007 --statement b-statement --responsible doctor --recommendation "TYP"
help-moty-kela-outcome-short-after =
    Jokainen --benefit, --rehabilitation, --statement tai --recommendation on yksi kohta;
    heti kohdan jälkeen tulevat --responsible ja --due kuuluvat siihen. Esimerkiksi:
      moty kela-outcome 2026-0007 --benefit "sickness allowance" --responsible "social counsellor"
          --due 2026-12-15 --statement b-statement --responsible doctor --recommendation "TYP"
    Kohdat tarjotaan sovituiksi toimiksi, kun suunnitelmaa seuraavan kerran muokataan;
    moty plan CASE --from-kela ottaa ne kaikki.

help-moty-correct = Korjaa väärin kirjattu tieto uutena tapahtumana ja kerro syy
help-moty-correct-long = Käytä, kun kirjattu tieto on kirjoitettu väärin: Suuntima-asiakkuus, herätteen lähde tai kanava, jälkiseurannan tai palautteen vastaus, arvio (tiedot on lueteltu alla). Historiaa ei koskaan kirjoiteta hiljaa uudelleen: korjaus on uusi tapahtuma asian aikajanalla syineen.
help-moty-correct--case = Asia, esim. 2026-0007
help-moty-correct--fact = Korjattava tieto (lueteltu alla)
help-moty-correct--value = Sen oikea arvo (`none` vastaukselle, jota ei annettu, jos tieto sen sallii)
help-moty-correct--reason = Miksi arvo oli väärin (säilyy aikajanalla)
help-moty-correct--meeting = Tapaaminen, jonka Suuntima-asiakkuus, palaute tai arvio on kyseessä [oletus: viimeisin]
help-moty-correct--follow_up = Asian N:s jälkiseuranta (alkaen 1:stä) tai siinä annettu arvio [oletus: viimeisin]
help-moty-correct-examples =
    Esimerkkejä:
      # Viimeisimmän yhteisvastaanoton Suuntima-asiakkuus kirjoitettiin väärin
      moty correct 2026-0007 segment yhteistyo --reason "Suuntima said yhteistyö"
      # Heräte tuli sosiaalipalveluista, ei perusterveydenhuollosta
      moty correct 2026-0007 source social-services --reason "Misread the e-mail"

    { $facts }
help-moty-correct-short-after = { $facts }

help-moty-estimate = Kirjaa SOTE-työparin arvio pidetystä tapaamisesta: säästetyt käynnit ja aika
help-moty-estimate-long = Käytä pidetyn tapaamisen jälkeen, kun työpari ei antanut arviotaan komennolla `moty schedule held`: mitkä käynnit vastaanotto säästi asiakkaalta (palveluluettelon palveluittain), montako yhteensä ja kuinka paljon se lyhensi asiakkaan polkua, ja miten, vapaana tekstinä. Yksi arvio tapaamista kohden; kirjataan asian aikajanalle, ja tulosluvut laskevat sen.
help-moty-estimate--case = Asia, esim. 2026-0007
help-moty-estimate--meeting = Pidetyn tapaamisen numero (komennosta `moty schedule list`) [oletus: asian viimeisin pidetty tapaaminen]
help-moty-estimate--saved = Palvelu (palveluluettelon koodi), jonka käyntejä vastaanotto säästi asiakkaalta, ja montako (1–100, oletus 1); toista, jos niitä on useita
help-moty-estimate--appointments_saved = Säästetyt käynnit yhteensä, 0–100 (vähintään valitsimien --saved summa) [oletus: valitsimien --saved summa]
help-moty-estimate--time_saved = Kuinka paljon vastaanotto lyhensi asiakkaan polkua
help-moty-estimate--time_saved_how = Miten aikaa säästyi (vapaa teksti, enintään 2 000 merkkiä)
help-moty-estimate-examples =
    Esimerkkejä:
      # Lääkärin ja sosiaalityöntekijän käynnit säästyivät, polku lyheni 2–4 viikkoa
      moty estimate 2026-0007 --saved doctor --saved social-worker --time-saved 2-4-weeks
      # Tapaamisessa 4 säästyi yhteensä neljä käyntiä, niistä kaksi lääkärin
      moty estimate 2026-0007 --meeting 4 --saved doctor=2 --appointments-saved 4

help-moty-survey = Kirjaa ammattilaisen kyselyvastaus pidetystä tapaamisesta
help-moty-survey-long = Käytä, kun tapaamisen ammattilainen vastaa pilotin sähköiseen kyselyyn: toisen ammattilaisen läsnäolon lisäarvo ja Kelan etäkonsultaatiossa Kelan konsultaation hyöty (1–5) sekä vapaa teksti. Koordinaattori kirjaa ulkopuolisen ammattilaisen (Kelan yhteyshenkilö, lääkäri) vastauksen, ja hänet kirjataan sen syöttäjäksi. Yksi vastaus roolia kohden tapaamisessa; kirjataan asian aikajanalle.
help-moty-survey--case = Asia, esim. 2026-0007
help-moty-survey--meeting = Pidetyn tapaamisen numero (komennosta `moty schedule list`) [oletus: asian viimeisin pidetty tapaaminen]
help-moty-survey--role = Kuka vastaa
help-moty-survey--added_value = Toisen ammattilaisen läsnäolon lisäarvo, 1–5
help-moty-survey--kela_benefit = Kelan konsultaation hyöty, 1–5 (vain Kelan etäkonsultaatiossa)
help-moty-survey--text = Vapaa teksti (enintään 2 000 merkkiä)
help-moty-survey-examples =
    Esimerkkejä:
      # Kelan yhteyshenkilö tapaamisen 4 Kelan etäkonsultaatiosta
      moty survey 2026-0007 --meeting 4 --role kela-contact --kela-benefit 5
      # Sairaanhoitaja viimeisimmästä pidetystä tapaamisesta
      moty survey 2026-0007 --role nurse --added-value 4 --text "The social counsellor saw the debts"

help-moty-consult = Kirjaa, listaa ja liitä ammattilaisten konsultaatiot, joissa asiakasta ei nimetä
help-moty-consult-long =
    Käytä, kun ammattilainen konsultoi koordinaattoreita (puhelimessa, Teamsissa, puhelinaikana) tilanteesta nimeämättä asiakasta: milloin, miten, mistä yksiköstä, aihe, annettu neuvo ja odotetaanko herätettä. Päätteellä moty kysyy puuttuvat tiedot. Konsultaatiot lasketaan raporttiin `moty report consultations`.

    Aiheessa ja neuvossa ei saa olla henkilötunnusta, puhelinnumeroa eikä sähköpostiosoitetta (eikä niiden pidä nimetä asiakasta): asiakas nimetään vasta, kun heräte avaa asian. `moty consult link ID CASE` (tai `moty refer … --consultation ID`) kirjaa myöhemmin asian, johon konsultaatio johti, asian aikajanalle.
help-moty-consult--at = Milloin ammattilainen konsultoi, "YYYY-MM-DD HH:MM" Helsingin aikaa [oletus: nyt]
help-moty-consult--channel = Miten ammattilainen konsultoi
help-moty-consult--unit = Ammattilaisen yksikkö: luettelon yksikkö koodilla tai millä tahansa nimellään
help-moty-consult--topic = Mitä kysyttiin: tilanne ilman asiakkaan nimeä, henkilötunnusta tai puhelinnumeroa (enintään 2 000 merkkiä)
help-moty-consult--advice = Annettu neuvo (enintään 2 000 merkkiä)
help-moty-consult--referral_expected = Odotetaanko konsultaation jälkeen herätettä
help-moty-consult-examples =
    Esimerkkejä:
      # Puhelinkonsultaatio vastaanottopalveluista; päätteellä moty kysyy loput
      moty consult --channel phone --unit reception-services
      # Viimeisten 30 päivän konsultaatiot
      moty consult list
      # Konsultaatio 3 johti asiaan 2026-0009
      moty consult link 3 2026-0009

help-moty-consult-list = Ajanjakson konsultaatiot, vanhimmat ensin
help-moty-consult-list-long = Käytä konsultaatioiden läpikäyntiin, esim. etsiäksesi sen konsultaation numeron, jota uusi heräte seurasi: kukin aikoineen, kanavineen, yksikköineen, aiheineen ja neuvoineen, odotettiinko herätettä ja asia, johon se johti. Asiaan liitetyn konsultaation näyttäminen kirjataan käyttölokiin.
help-moty-consult-list--from = Ensimmäinen päivä, YYYY-MM-DD [oletus: 30 päivää ennen valitsimen --until päivää]
help-moty-consult-list--until = Viimeinen päivä, YYYY-MM-DD [oletus: tänään]
help-moty-consult-list-examples =
    Esimerkkejä:
      # Viimeiset 30 päivää
      moty consult list
      # Kaksi viikkoa
      moty consult list --from 2026-11-16 --until 2026-11-29

help-moty-consult-link = Liitä konsultaatio asiaan, johon se johti (asian aikajanalle, kerran)
help-moty-consult-link-long = Käytä, kun heräte seuraa konsultaatiota ja asia avattiin ilman komentoa `moty refer --consultation ID`. Konsultaatio liitetään vain yhteen asiaan; liitos kirjataan asian aikajanalle, jotta luvut voivat laskea asioihin johtaneet konsultaatiot.
help-moty-consult-link--id = Konsultaation numero (komennosta `moty consult list`)
help-moty-consult-link--case = Asia, johon konsultaatio johti, esim. 2026-0007
help-moty-consult-link-examples =
    Esimerkkejä:
      # Konsultaatio 3 johti asiaan 2026-0009
      moty consult link 3 2026-0009

help-moty-consent = Kirjaa, peru ja listaa asiakkaan suostumukset
help-moty-consent-long = Käytä aina, kun asiakas antaa tai peruu suostumuksen: yhteistyö perustuu siihen. Yhteisvastaanotto vaatii kirjallisen monialaisen suostumuksen ja asiakkaan yhteydenottopyynnön, Yhteistyö-tiimi suostumuksen (suullinen riittää), tapaaminen asiakkaan suullisen suostumuksen sen alussa ja Kelan etäkonsultaatio Kelan tietojenvaihtolomakkeen, joka lähetetään Kelaan ennen sitä. Peruttu tai puuttuva suostumus pysäyttää vaiheet, jotka sitä vaativat.
help-moty-consent-examples =
    Esimerkkejä:
      # Kirjallinen suostumus monialaiseen työhön
      moty consent give 2026-0007 --kind multi-professional --method written
      # Asiakas perui tapaamissuostumuksen
      moty consent withdraw 2026-0007 --kind meeting --note "Wants to meet the coordinators first"
      # Asian suostumukset, myös perutut
      moty consent list 2026-0007

help-moty-consent-give = Kirjaa asiakkaan antama suostumus
help-moty-consent-give-long = Käytä, kun asiakas antaa suostumuksen: monialaiseen työhön (kirjallinen tai suullinen), yhteydenottopyyntöön (kirjallinen, tai suullinen, kun asiakas pyytää itse), tapaamiseen (suullinen) tai tietojenvaihtoon Kelan kanssa (kirjallinen). Ensiarvio Moty-polulle (yhteisvastaanotto) vaatii sekä kirjallisen monialaisen suostumuksen että yhteydenottopyynnön. Laillinen edustaja voi antaa suostumuksen asiakkaan puolesta (--by-representative ja --authority). Päätteellä moty kysyy puuttuvat tiedot.
help-moty-consent-give--case = Asia, esim. 2026-0007
help-moty-consent-give--kind = Mihin asiakas suostui
help-moty-consent-give--method = Miten suostumus annettiin
help-moty-consent-give--on = Antopäivä, YYYY-MM-DD tai D.M.YYYY [oletus: tänään]
help-moty-consent-give--scope = Mitä suostumus kattaa (yksiköt, asiat, rajaukset)
help-moty-consent-give--by_representative = Suostumuksen antoi asiakkaan puolesta tämä laillinen edustaja tai huoltaja (valitsimen --authority kanssa)
help-moty-consent-give--authority = Millä valtuudella edustaja antaa suostumuksen: guardianship (määrätty edunvalvoja), custodian (lapsen huoltaja), power-of-attorney (vahvistettu edunvalvontavaltuutus), other
help-moty-consent-give-examples =
    Esimerkkejä:
      # Kirjallinen suostumus monialaiseen työhön, rajattuna yksiköihin
      moty consent give 2026-0007 --kind multi-professional --method written --scope "Health centre"
      # Asiakkaan kirjallinen yhteydenottopyyntö
      moty consent give 2026-0007 --kind contact-request --method written
      # Suullinen suostumus asiakkaan asian käsittelyyn Yhteistyö-tiimin tapaamisessa
      moty consent give 2026-0008 --kind meeting --method oral

help-moty-consent-withdraw = Kirjaa, että asiakas perui suostumuksen
help-moty-consent-withdraw-long = Käytä, kun asiakas ottaa suostumuksen takaisin. Suostumus nimetään lajin mukaan; --id valitsee yhden, kun voimassa on useita. Suostumuksen historia säilyy peruutuspäivineen. Monialaisen suostumuksen peruminen pysäyttää asian kaiken jatkokäsittelyn (vain katselu, uusi suostumus ja sulkeminen ovat mahdollisia) ja poistaa asian kaikista vienneistä; --close myös sulkee asian.
help-moty-consent-withdraw--case = Asia, esim. 2026-0007
help-moty-consent-withdraw--kind = Minkä lajin suostumus peruttiin
help-moty-consent-withdraw--id = Suostumuksen numero (komennosta `moty consent list`), kun lajia on voimassa useita
help-moty-consent-withdraw--on = Peruutuspäivä, YYYY-MM-DD tai D.M.YYYY [oletus: tänään]
help-moty-consent-withdraw--note = Mitä asiakas sanoi, tai miksi
help-moty-consent-withdraw--close = Sulje myös asia syyllä consent-withdrawn (monialaisen suostumuksen peruminen pysäyttää jatkokäsittelyn); päätteellä moty kysyy
help-moty-consent-withdraw-examples =
    Esimerkkejä:
      # Asiakas perui tapaamissuostumuksen
      moty consent withdraw 2026-0007 --kind meeting --note "Wants to meet the coordinators first"
      # Monialainen suostumus peruttu: suljetaan myös asia
      moty consent withdraw 2026-0004 --kind multi-professional --close

help-moty-consent-send-kela = Kirjaa päivä, jona Kelan tietojenvaihtolomake lähetettiin Kelaan
help-moty-consent-send-kela-long = Käytä, kun asiakkaan kirjallinen Kelan tietojenvaihtolomake lähtee Kelaan: sen on lähdettävä ennen Kelan etäkonsultaatiota (komennon `moty schedule slots settings` asettamassa ajassa), jotta Kela ehtii valmistautua. Kelan etäkonsultaatio pidetään vasta, kun lomake on lähetetty, ja kalenteri merkitsee myöhässä olevan lomakkeen.
help-moty-consent-send-kela--case = Asia, esim. 2026-0007
help-moty-consent-send-kela--on = Lähetyspäivä, YYYY-MM-DD tai D.M.YYYY [oletus: tänään]
help-moty-consent-send-kela-examples =
    Esimerkkejä:
      # Kelan lomake lähti Kelaan tänään
      moty consent send-kela 2026-0007
      # Se lähti 23. marraskuuta
      moty consent send-kela 2026-0007 --on 23.11.2026

help-moty-consent-list = Listaa asian suostumukset, myös perutut
help-moty-consent-list-long = Käytä tarkistaaksesi, mihin asiakas on suostunut, ennen vaihetta, joka sitä vaatii: jokainen suostumus lajeineen, tapoineen, päivineen ja laajuuksineen, kuka sen kirjasi, mahdollinen edustaja ja peruutuspäivä. Komento näyttää asiakkaan tietoja, joten se kirjataan käyttölokiin (syy valitsimella --reason).
help-moty-consent-list--case = Asia, esim. 2026-0007
help-moty-consent-list--reason = Miksi katsot asiakkaan tietoja; kirjataan käyttölokiin
help-moty-consent-list-examples =
    Esimerkkejä:
      # Asian suostumukset ja katselun syy (kirjataan käyttölokiin)
      moty consent list 2026-0007 --reason "phone hour: call from employment services"

help-moty-find = Etsi asiakkaita ja asioita nimellä, henkilötunnuksella, asiatunnuksella tai puhelinnumerolla
help-moty-find-long = Käytä puhelinaikana, kun ammattilainen soittaa asiakkaasta: yksi teksti osuu nimen osiin (kirjainkoosta ja tarkkeista välittämättä), kokonaisiin henkilötunnuksiin tai niiden syntymäaikaosaan, asiatunnuksiin ja puhelinnumeroihin, ja näyttää kunkin asiakkaan asiat ja niiden vaiheen. Jokainen näytetty asiakas kirjataan käyttölokiin, katselun syy valitsimella --reason.
help-moty-find--text = Nimi tai sen osa ("maki" löytää Mäen), henkilötunnus tai sen syntymäaikaosa, asiatunnus (2026-0007 tai 2026-7) tai puhelinnumero
help-moty-find--reason = Miksi haet asiakasta; kirjataan käyttölokiin
help-moty-find-examples =
    Esimerkkejä:
      # Nimi tai sen osa ("maki" löytää Mäen)
      moty find maki --reason "phone hour: call from employment services"
      # Henkilötunnuksen syntymäaikaosa
      moty find 131052
      # Asiatunnus tai puhelinnumero
      moty find 2026-7

help-moty-show = Näytä asia: asiakas, vaihe, suostumukset ja koko aikajana
help-moty-show-long = Käytä nähdäksesi asian tilanteen ennen puhelua tai tapaamista: mitä seuraavaksi (seuraava tapaaminen, pidetyiksi merkittävät tapaamiset, jälkiseurannan eräpäivä, mitä puuttuu), asiakas, heräte, ensiarvio, HOPA, jälkiseurannat, suostumukset ja aikajanan jokainen merkintä, takautuvat merkittyinä. Komento näyttää asiakkaan tietoja, joten se kirjataan käyttölokiin (syy valitsimella --reason).
help-moty-show--case = Asia, esim. 2026-0007
help-moty-show--reason = Miksi katsot asiakkaan tietoja; kirjataan käyttölokiin
help-moty-show-examples =
    Esimerkkejä:
      # Yksi asia kokonaan ja katselun syy
      moty show 2026-0007 --reason "phone hour: call from employment services"
      # Sama JSONina skriptille
      moty show 2026-0007 --json

help-moty-list = Listaa avoimet asiat, pisimpään odottaneet ensin
help-moty-list-long = Käytä asiakasmäärän läpikäyntiin: jokainen avoin asia (valitsimella --closed myös suljetut) asiakkaineen, alueineen, ryhmineen ja vaiheineen sekä montako päivää se on odottanut vaiheessaan, rajattuna vaiheen, alueen, ryhmän tai odotusajan mukaan. Jokainen listattu asiakas kirjataan käyttölokiin, syy valitsimella --reason.
help-moty-list--phase = Vain tässä vaiheessa olevat asiat
help-moty-list--region = Vain tämän tiimialueen asiakkaat
help-moty-list--group = Vain tämä asiakasryhmä
help-moty-list--waiting_over = Vain asiat, jotka ovat odottaneet vaiheessaan kauemmin kuin näin monta päivää
help-moty-list--closed = Ota mukaan suljetut asiat
help-moty-list--reason = Miksi katsot asiakkaiden tietoja; kirjataan käyttölokiin
help-moty-list-examples =
    Esimerkkejä:
      # Kaikki avoimet asiat, pisimpään odottaneet ensin
      moty list
      # Etelän alueen herätteet, jotka ovat odottaneet yli kolme päivää
      moty list --region south --phase referred --waiting-over 3 --reason "weekly review"
      # Myös suljetut asiat
      moty list --closed

help-moty-demo = Tee kuvitteellisten asiakkaiden esittelyrekisteri ja näytä se
help-moty-demo-long = Käytä kokeillaksesi motya tai esitelläksesi sitä kollegoille koskematta oikeaan rekisteriin: komento tekee kuvitteellisten asiakkaiden rekisterin, jonka asiat ovat edenneet polullaan niin pitkälle kuin niiden päivät sallivat, ja näyttää sitten avoimet asiat, yhden asian kokonaan ja seuraavaksi kokeiltavat komennot. Rekisteri rakennetaan joka kerta alusta, eikä komento koskaan korvaa tiedostoa, joka ei ole esittelyrekisteri.
help-moty-demo--path = Mihin rekisteri tehdään [oletus: --db tai MOTY_DB, jos annettu, muuten moty-demo.sqlite3]; olemassa oleva tiedosto korvataan vain, jos se on esittelyrekisteri
help-moty-demo--clients = Montako kuvitteellista asiakasta (tuhansista tulee rekisteri suorituskykymittauksiin)
help-moty-demo-examples =
    Esimerkkejä:
      # Tehdään ./moty-demo.sqlite3, jossa on 30 kuvitteellista asiakasta, ja näytetään se
      moty demo
      # 50 asiakasta toiseen tiedostoon
      moty demo /tmp/moty-demo.sqlite3 --clients 50
      # Haetaan asiakasta esittelyrekisteristä
      moty --db moty-demo.sqlite3 find maki

## clap's own words, and the headings of the code's own
help-clap-usage = Käyttö:
help-clap-commands = Komennot
help-clap-arguments = Arguments
help-clap-options = Options
help-clap-global-options = Yleiset valitsimet
help-clap-help = Näytä ohje
help-clap-help-short = Näytä ohje (laajempi ohje: '--help')
help-clap-help-long = Näytä ohje (tiivistelmä: '-h')
help-clap-version = Näytä versio
help-clap-help-command = Näytä tämä ohje tai annetun alikomennon ohje
help-clap-help-command--subcommand = Näytä alikomennon ohje
help-heading-estimate = Työparin arvio vastaanotosta

## ==== help B ====

help-moty-directory = The professional directory: who to refer to, and when
help-moty-directory-long = The directory (ammattilaislista) lists the professionals the coordinators refer to: their role, unit and area of responsibility, their team and whether they lead it, how to reach them and when to refer there. Use it during a reception to put a network together quickly; a plan's pathway or key worker can name an entry by its number (`moty plan CASE --key-worker-from ID`, `--pathway "…;pro=ID"`). It holds no client data, so nothing here writes the timeline or the access log; the first directory command creates the register when there is none.
help-moty-directory-examples =
    Examples:
      # Bring in the team's spreadsheet, saved as CSV
      moty directory import directory.csv
      # Who takes memory concerns?
      moty directory find muisti
      # Mark entry 3 as the lead of her team
      moty directory edit 3 --team-lead yes

help-moty-directory-add = Add a professional to the directory
help-moty-directory-add-long = Use it for someone the coordinators refer to or consult. The name, role and unit are needed; the rest is optional. Prints the new entry's number, which a plan's pathway (`pro=ID`) and `moty plan --key-worker-from ID` take.
help-moty-directory-add--name = The professional's name (needed for add; at most 200 characters)
help-moty-directory-add--role = The professional's role, e.g. physiotherapist (needed for add)
help-moty-directory-add--unit = The unit they work in (needed for add)
help-moty-directory-add--area = Area of responsibility, e.g. south
help-moty-directory-add--team = The multi-professional team they belong to
help-moty-directory-add--team_lead = They lead that team (yes or no) [default for add: no]
help-moty-directory-add--phone = Their phone number
help-moty-directory-add--email = Their e-mail address
help-moty-directory-add--when_to_refer = When to refer there, in free text (at most 2,000 characters)
help-moty-directory-add-examples =
    Examples:
      # Add a physiotherapist (the name, role and unit are needed)
      moty directory add --name "Noora Huhtala" --role physiotherapist --unit Rehabilitation
      # With a phone number
      moty directory add --name "Olli Ranta" --role doctor --unit Reception --phone "040 555 0302"
      # Then say when to refer there (the number add printed)
      moty directory edit 8 --when-to-refer "B-lausunto (B-statement) for Kela"

help-moty-directory-edit = Edit a directory entry; only the fields given change
help-moty-directory-edit-long = Use it when a professional changes phone, team or role, or when to refer there changes. `--team-lead no` clears the lead mark; an optional field cannot be emptied. The entry keeps no history of its edits. An unknown number is refused (exit code 3).
help-moty-directory-edit--id = The entry's number (`moty directory list` shows them)
help-moty-directory-edit--name = The professional's name (needed for add; at most 200 characters)
help-moty-directory-edit--role = The professional's role, e.g. physiotherapist (needed for add)
help-moty-directory-edit--unit = The unit they work in (needed for add)
help-moty-directory-edit--area = Area of responsibility, e.g. south
help-moty-directory-edit--team = The multi-professional team they belong to
help-moty-directory-edit--team_lead = They lead that team (yes or no) [default for add: no]
help-moty-directory-edit--phone = Their phone number
help-moty-directory-edit--email = Their e-mail address
help-moty-directory-edit--when_to_refer = When to refer there, in free text (at most 2,000 characters)
help-moty-directory-edit-examples =
    Examples:
      # Entry 3 now leads her team
      moty directory edit 3 --team-lead yes
      # A new phone number and when to refer there
      moty directory edit 7 --phone "040 555 0317" --when-to-refer "Kela rehabilitation"

help-moty-directory-list = List everyone in the directory, by unit
help-moty-directory-list-long = Every entry, by unit and then name, with their team (marked "(lead)" for its lead), their phone (or else e-mail) and when to refer there.
help-moty-directory-list-examples =
    Examples:
      # Everyone, by unit
      moty directory list
      # The same for a script
      moty --json directory list

help-moty-directory-find = Search the directory: names, roles, units, areas, teams and when to refer there
help-moty-directory-find-long = Use it during a reception to find whom to refer to: an entry is shown when its name, role, unit, area, team and "when to refer" together contain every word given, ignoring case and diacritics ("muisti" finds "muistihuoli", "b-lausunto" finds "B-lausunto"). No match shows an empty table.
help-moty-directory-find--text = Words that must all occur, e.g. muisti, or kela south
help-moty-directory-find-examples =
    Examples:
      # Who writes a B-statement for Kela?
      moty directory find b-lausunto
      # Entries that mention both Kela and the south area
      moty directory find kela south

help-moty-directory-import = Import professionals from a CSV file, all or nothing
help-moty-directory-import-long = Use it to bring in the team's spreadsheet. Every line is checked before anything is written; the first bad line refuses the whole file (exit code 2, naming the line and the column). Each line is added as a new entry: importing the same file again lists everyone twice (change an entry with `moty directory edit`).
help-moty-directory-import--file = The CSV file: UTF-8, comma-separated, with the header line name,role,unit,area,team,team_lead,phone,email,when_to_refer (team_lead yes or no, empty is no)
help-moty-directory-import-examples =
    Examples:
      # Import the spreadsheet saved as CSV (UTF-8, comma-separated, with the header line)
      moty directory import directory.csv

help-moty-report = Reports: the weekly Yhteistyö-tiimi export, outcomes, work list, consultations
help-moty-report-long = Four reports read the whole register and ask nothing, even at a terminal: the anonymous weekly export for the collaboration team, the outcome figures the pilots reported, the coordinators' own work list (names shown, for the pair only) and the anonymous figures of the professionals' consultations. What leaves the register (the weekly export, the outcomes' HTML page) is written to the disclosure log; the work list writes the access log.
help-moty-report-examples =
    Examples:
      # Next week's export for the collaboration team, as a spreadsheet
      moty report weekly --to-whom "Yhteistyö-tiimi, south" --format xlsx --out team-2026-W50.xlsx
      # The year's outcome figures
      moty report outcomes
      # What to do today
      moty report queue

help-moty-report-weekly = The weekly export for the collaboration team: anonymous, deterministic
help-moty-report-weekly-long = Run it before the Yhteistyö-tiimi meets, by hand or from a scheduled task: the week's Yhteistyöaika agenda with the anonymous descriptions and the units' answers, the joint assessments and the Kela hour with their free places, consents and Kela forms still missing, the past week's new referrals by source and channel, and the follow-ups due. Case ids only, never a client's name, identity code or phone; the same register and week give the same bytes. Each export writes one row to the disclosure log: what, to whom, by whom, which cases.
help-moty-report-weekly--week = The ISO week, e.g. 2026-W49 [default: the coming week: this week on a Monday, otherwise the next]
help-moty-report-weekly--to_whom = Who receives it (e.g. "Yhteistyö-tiimi, south"); kept in the disclosure log
help-moty-report-weekly--format = md, csv, json or xlsx [default: json with --json, else the --out file's extension, else md on a terminal and csv otherwise; a script should name it]
help-moty-report-weekly--excel = With csv: the `;`-separated, BOM-marked CSV that Finnish Excel opens correctly
help-moty-report-weekly--out = Write to this file instead of standard output: atomically, private to you, never over an existing file unless --force (needed for xlsx)
help-moty-report-weekly--force = Replace the --out file if it exists (never the register itself)
help-moty-report-weekly--region = Only the cases of this region [default: the configuration file's region, else your default region in the register (`moty settings my-region`)]
help-moty-report-weekly--all_regions = Every region's cases, whatever your default region
help-moty-report-weekly--legal_basis = The legal basis of the disclosure — consent, social-welfare-act-41, health-care-act-32 or other:TEXT [default: social-welfare-act-41]
help-moty-report-weekly-examples =
    Examples:
      # Next week's export for the south team, as Markdown for mail or Teams
      moty report weekly --to-whom "Yhteistyö-tiimi, south" --region south --format md
      # Week 50 as a spreadsheet file
      moty report weekly --week 2026-W50 --to-whom "Yhteistyö-tiimi" --format xlsx --out w50.xlsx
      # The CSV Finnish Excel opens, every region, from a scheduled task
      moty report weekly --to-whom "Yhteistyö-tiimi" --all-regions --format csv --excel --out team.csv

help-moty-report-outcomes = The effectiveness figures of a period, each with its N
help-moty-report-outcomes-long = Use it for the supervisor, an evaluation or the team's own follow-up: for the cases referred in the period, the funnel through the phases, referral sources, Suuntima segments, onward services, the Kela hour's use, network meetings with and without the Kela consultation, waiting times, the clients' feedback, the pair's estimates, the professionals' surveys and the follow-up calls. Anonymous: counts from 1 to 4 show as <5 unless --exact. The table, CSV and JSON write no log; the --html page is written to the disclosure log.
help-moty-report-outcomes--from = The first day of the period (cases referred from it), YYYY-MM-DD [default: 365 days before --until]
help-moty-report-outcomes--until = The last day of the period, YYYY-MM-DD [default: today]
help-moty-report-outcomes--region = Only clients of this team region, e.g. north [default: every region]
help-moty-report-outcomes--format = `table`, `json` or `csv` (--json is the same as `json`)
help-moty-report-outcomes--html = Also write a self-contained HTML page with charts (written to the disclosure log)
help-moty-report-outcomes--force = Replace the --html file if it exists (never the register itself)
help-moty-report-outcomes--to_whom = Who the HTML page is for; kept in the disclosure log
help-moty-report-outcomes--by = Also every figure for each group of cases: by service area (a case may be in several), client group, age band at referral, municipality, region or referral source
help-moty-report-outcomes--legal_basis = With --html: the legal basis of the disclosure — consent, social-welfare-act-41, health-care-act-32 or other:TEXT [default: other:anonymous aggregate figures, no personal data]
help-moty-report-outcomes--exact = Show counts from 1 to 4 as they are, not as <5 (for the team's own work, not for sharing)
help-moty-report-outcomes-examples =
    Examples:
      # The figures of the cases referred in the past year
      moty report outcomes
      # One quarter, broken down by service area
      moty report outcomes --from 2026-07-01 --until 2026-09-30 --by area
      # A page with charts for the supervisor (written to the disclosure log)
      moty report outcomes --html outcomes-2026.html --to-whom "Anna Esimerkki, team supervisor"
      # The north region's figures as CSV for a spreadsheet
      moty report outcomes --region north --format csv > outcomes-north.csv

help-moty-report-queue = The coordinators' work list for today and this week, most pressing first
help-moty-report-queue-long = Use it each morning: referrals waiting for triage, meetings past their time still to mark held, Kela forms to send before the next hour, consents to collect, follow-up calls due, plans without a key worker and Yhteistyö-tiimi requests owing a step. It names clients, so it is for the pair's own screen (Markdown, or --json): each case listed is written to the access log. It shows your default region's cases unless --region or --all-regions.
help-moty-report-queue--region = Only the cases of this region [default: the configuration file's region, else your default region in the register (`moty settings my-region`)]
help-moty-report-queue--all_regions = Every region's cases, whatever your default region
help-moty-report-queue-examples =
    Examples:
      # Today's work list for your own region
      moty report queue
      # The north pair's list
      moty report queue --region north
      # Every region, as JSON
      moty --json report queue --all-regions

help-moty-report-consultations = The professionals' anonymous consultations of a period, in figures
help-moty-report-consultations-long = Use it to show how much the coordinators are consulted without a referral (`moty consult` records them): in all, per ISO week, per source unit with its service area, per channel, whether a referral was expected, and how many were linked to the case they led to. It names no case and no text typed, and writes no log; counts from 1 to 4 show as <5 unless --exact.
help-moty-report-consultations--from = The first day of the period (consultations from it), YYYY-MM-DD [default: a year before --until]
help-moty-report-consultations--until = The last day of the period, YYYY-MM-DD [default: today]
help-moty-report-consultations--format = `table`, `json` or `csv` (--json is the same as `json`)
help-moty-report-consultations--exact = Show counts from 1 to 4 as they are, not as <5 (for the team's own work, not for sharing)
help-moty-report-consultations-examples =
    Examples:
      # The consultations of the past year
      moty report consultations
      # November, with the small counts shown as they are (for the team only)
      moty report consultations --from 2026-11-01 --until 2026-11-30 --exact
      # As CSV
      moty report consultations --format csv > consultations.csv

help-moty-audit = The access and disclosure logs: who saw a client's data, what left the register
help-moty-audit-long = The register keeps an access log (who viewed or changed which client's data, when, with which command and why) and a disclosure log (what left the register, to whom, on what legal basis), both hash-chained like the timeline. Use these commands to answer a client's request to know, for the data protection officer's supervision, and to check that no log was tampered with.
help-moty-audit-examples =
    Examples:
      # A client asks who has seen their data
      moty audit access 2026-0007
      # Everything that left the register
      moty audit disclosures
      # Check that no log has been tampered with
      moty audit verify

help-moty-audit-access = Who viewed or changed a client's data, or what one user looked up or changed
help-moty-audit-access-long = The client's right to know (Client Data Act 703/2023 §11): with CASE, every access to the data of that case's client, on any of their cases, oldest first, with the command and the reason given. With --by, the data protection officer's view: every row one user wrote in a period, with their operating-system login beside. Reading it is itself written to the access log. Give CASE or --by, not both; an unknown case is exit code 3.
help-moty-audit-access--case = A case of the client, e.g. 2026-0007
help-moty-audit-access--by = Every access-log row written by this user (as `--as` named them) instead
help-moty-audit-access--from = With --by: from this day, YYYY-MM-DD (Helsinki) [default: the first row]
help-moty-audit-access--until = With --by: up to and including this day, YYYY-MM-DD [default: today]
help-moty-audit-access-examples =
    Examples:
      # Every look-up and change of the client of case 2026-0007
      moty audit access 2026-0007
      # Everything coordinator-b looked up or changed in November
      moty audit access --by coordinator-b --from 2026-11-01 --until 2026-11-30

help-moty-audit-anomalies = Unusual look-ups, naming clients only by client id and case id
help-moty-audit-anomalies-long = For the data protection officer's regular review: a pointer to look into, not a verdict. Three lists, each row a user, a Helsinki day, the client and how many views: (1) more distinct clients viewed in a day than --threshold; (2) views of a client the user does not work on (changed none of their data on or before that day, nor found them from find, list or triage while the case waited for triage); (3) views of a client whose name equals (ignoring case and diacritics) a register user's, by someone else. Changes before --from count as work. Reading the report is itself written to the access log.
help-moty-audit-anomalies--from = From this day, YYYY-MM-DD (Helsinki) [default: the first row]
help-moty-audit-anomalies--until = Up to and including this day, YYYY-MM-DD [default: today]
help-moty-audit-anomalies--threshold = More distinct clients viewed in a day than this is unusual (1 to 100,000)
help-moty-audit-anomalies-examples =
    Examples:
      # Unusual look-ups since the start of the year
      moty audit anomalies --from 2026-01-01
      # A stricter threshold for one month
      moty audit anomalies --from 2026-11-01 --until 2026-11-30 --threshold 10

help-moty-audit-export = Export the access or disclosure log for the supervisory authority
help-moty-audit-export-long = Use it when a supervisory authority or the data protection officer asks for the log data: the rows of the period (the access log with the reasons given, the disclosure log with each row's legal basis) go to a new file private to you. The export is itself written to the disclosure log first, with no cases, to whom and on what legal basis.
help-moty-audit-export--log = Which log: access or disclosure
help-moty-audit-export--format = The file format: csv or json
help-moty-audit-export--to_whom = Who receives the export (written to the disclosure log)
help-moty-audit-export--out = Where to write it (a new file, private to you)
help-moty-audit-export--from = From this day, YYYY-MM-DD (Helsinki) [default: the first row]
help-moty-audit-export--until = Up to and including this day, YYYY-MM-DD [default: today]
help-moty-audit-export--force = Replace the file if it exists
help-moty-audit-export--legal_basis = The legal basis of the disclosure — consent, social-welfare-act-41, health-care-act-32 or other:TEXT [default: other:log data for supervision (Client Data Act 703/2023, Data Protection Act 1050/2018)]
help-moty-audit-export-examples =
    Examples:
      # The access log since November for the supervisory authority, as CSV
      moty audit export --log access --format csv --to-whom Valvira --out access.csv --from 2026-11-01
      # The whole disclosure log as JSON for the data protection officer
      moty audit export --log disclosure --format json --to-whom "the DPO" --out disclosures.json

help-moty-audit-disclosures = What left the register: every export, to whom, by whom, about which cases
help-moty-audit-disclosures-long = Every row of the disclosure log, oldest first: when, by whom, what (a weekly export, an outcomes page, a calendar file, a client's plan, a backup, a log export), to whom, the case ids it concerned and its legal basis. Listing it writes nothing.
help-moty-audit-disclosures-examples =
    Examples:
      # Every export: when, by whom, what, to whom, which cases, on what basis
      moty audit disclosures
      # The same for a script
      moty --json audit disclosures

help-moty-audit-verify = Check that the timeline and the logs are whole and unchanged (their hash chains)
help-moty-audit-verify-long = Run it regularly, after a restore, and whenever a log is in doubt: every row of the timeline, the access log, the disclosure log and the re-anchor log is checked against the row before it, and against what you saw before (your witness). A backup's manifest, a signed checkpoint or a head printed in an export also catch rows removed from the end. A broken chain prints the table, then an error (exit code 4). It only reads the register.
help-moty-audit-verify--manifest = A backup manifest: also check that no row recorded there was removed or rewritten
help-moty-audit-verify--checkpoint = A signed checkpoint (moty audit checkpoint): also check every head it signed
help-moty-audit-verify--public_key = The public key the checkpoint must be signed with (hex, or a file holding it)
help-moty-audit-verify--heads = A head printed in an export (the weekly export's register section, the calendar's X-MOTY-TIMELINE line, the HTML page's footer): LOG:ROWS:HASH, e.g. events:120:3fa9…; repeat for several
help-moty-audit-verify-examples =
    Examples:
      # Check every chain
      moty audit verify
      # Also check that nothing recorded in a backup's manifest was removed since
      moty audit verify --manifest backups/register-2026-12-04.sqlite3.manifest.json
      # Check a signed checkpoint against the public key keygen printed (saved in dpo.pub)
      moty audit verify --checkpoint checkpoint-2026-12.json --public-key dpo.pub

help-moty-audit-keygen = Make a signing key for checkpoints and print its public key
help-moty-audit-keygen-long = Run it once, typically as the data protection officer: the Ed25519 key goes to a new file private to you, to be kept away from the register (`moty audit checkpoint --key` signs with it); the public key it prints is what `moty audit verify --public-key` checks against. It needs no register.
help-moty-audit-keygen--out = Where to write the key (a new file, private to you)
help-moty-audit-keygen-examples =
    Examples:
      # Make the data protection officer's signing key (keep it away from the register)
      moty audit keygen --out dpo-signing.key

help-moty-audit-checkpoint = Sign the heads of every chain with a key kept outside the register
help-moty-audit-checkpoint-long = Run it now and then (say monthly) and keep the file away from the register: later, `moty audit verify --checkpoint FILE --public-key KEY` proves that every row signed then is still there unchanged, even if someone recomputed the hashes after it. It writes no log.
help-moty-audit-checkpoint--key = The signing key (from moty audit keygen)
help-moty-audit-checkpoint--out = Where to write the checkpoint (a new file) [default: standard output]
help-moty-audit-checkpoint-examples =
    Examples:
      # Sign the heads of every chain into a file
      moty audit checkpoint --key dpo-signing.key --out checkpoint-2026-12.json

help-moty-doctor = Check the register: integrity, keys, schema, permissions, filesystem, audit chains
help-moty-doctor-long = Run it after a restore or an upgrade, or when something seems wrong. Each check says ok, warn or fail: integrity and foreign keys, the schema, the logs' append-only guards and hash chains, permissions, the filesystem (a network share fails, a cloud-synced folder warns), leftover temporary files, unmapped units, unknown municipalities, encryption. A fail prints the table, then an error (exit code 4). It only reads and writes no log row.
help-moty-doctor-examples =
    Examples:
      # Check the register
      moty doctor
      # The checks as JSON, for monitoring
      moty --json doctor

help-moty-rekey = Change the key of an encrypted register (new key from MOTY_DB_NEW_KEY)
help-moty-rekey-long = For the encrypted build only (the plain build refuses, exit code 4). Give the present key as usual (MOTY_DB_KEY, --key-file or the prompt) and the new one in the environment variable MOTY_DB_NEW_KEY, never on the command line. Make a backup first, and keep the new key where the old one was kept: without it the register cannot be opened.
help-moty-rekey-examples =
    Examples:
      # Encrypted build, with the new key in MOTY_DB_NEW_KEY: change the key
      moty rekey --key-file register.key

help-moty-backup = Make a consistent, checked copy of the register with a manifest
help-moty-backup-long = Run it daily (from a scheduled task) and before an upgrade, a rekey or a restore. The copy is one snapshot taken while others keep working, private to you, synced and checked; beside it goes DEST.manifest.json with the copy's checksum and each log's length and head, which `moty audit verify --manifest` compares the register against later. Each backup is written to the disclosure log. Keep the copies on another disk, and delete them when their time is up.
help-moty-backup--dest = Where to write the copy (must not exist); the manifest goes beside it as DEST.manifest.json
help-moty-backup--force = Replace DEST and its manifest if they exist (never the register itself)
help-moty-backup--legal_basis = The legal basis of the copy (recorded as a disclosure) — consent, social-welfare-act-41, health-care-act-32 or other:TEXT [default: other:the controller's own backup copy of the register]
help-moty-backup-examples =
    Examples:
      # A dated copy on another disk, with its manifest beside it
      moty backup /mnt/backup/moty/register-2026-12-04.sqlite3
      # Replace today's copy made earlier
      moty backup backups/register-2026-12-04.sqlite3 --force

help-moty-restore = Restore a backup into the register; losing newer entries needs --accept-loss
help-moty-restore-long = Use it when the register is lost or damaged. The access, disclosure and re-anchor rows written since the backup are carried over; timeline entries since cannot be, so a register with any, or whose logs do not continue the backup's, is left untouched (exit code 4) unless --accept-loss gives the reason. An unreadable register is kept aside. Every restore is recorded in the re-anchor log; run `moty audit verify --manifest` and `moty doctor` after it.
help-moty-restore--backup = The backup to restore into the register (the file `moty backup` wrote)
help-moty-restore--accept_loss = Restore even though timeline entries written after the backup are lost (or the live register's logs do not continue the backup's); the reason is recorded with what was lost
help-moty-restore--force = The older spelling of --accept-loss (without a reason: "restored with --force")
help-moty-restore-examples =
    Examples:
      # Restore the backup; refused, with nothing changed, if entries were made since
      moty restore backups/register-2026-12-04.sqlite3
      # The register is damaged: restore it, accepting that later entries are lost
      moty restore backups/register-2026-12-04.sqlite3 --accept-loss "The disk failed"

help-moty-close = Close a case, saying why
help-moty-close-long = Use it when the work on a case ends: completed together with the client, redirected, declined, the client unreachable, moved away or deceased, or opened by mistake. Meetings still booked are cancelled; nothing recorded is removed, and the closing goes on the timeline and into the access log. `--reason completed` is refused (exit code 4) until the plan has a key worker, a pathway and the client's confirmation and a follow-up is recorded.
help-moty-close--case = The case, e.g. 2026-0007
help-moty-close--reason = Why the case closes
help-moty-close--note = Anything the next reader should know (shown in the timeline; at most 2,000 characters)
help-moty-close--on = The date it closed, YYYY-MM-DD or D.M.YYYY; not in the future, not before the case entered its phase [default: today]
help-moty-close-examples =
    Examples:
      # The matter belongs to a social-services investigation: redirected
      moty close 2026-0014 --reason redirected --note "Sent on as an electronic notification."
      # The client could not be reached; closed as of yesterday
      moty close 2026-0009 --reason unreachable --on 2026-12-04
      # After the follow-up call: end the collaboration together with the client
      moty close 2026-0026 --reason completed

help-moty-reopen = Reopen a closed case into the phase it was closed from
help-moty-reopen-long = Use it when a closed matter turns out not to be over. The case goes back to the phase it was closed from (a case closed at triage goes back to the triage queue); the closing stays on the timeline, the reopening is a new entry, and the access log records the change. A phase that needs consent needs it in force again (record a new consent first), otherwise exit code 4.
help-moty-reopen--case = The case, e.g. 2026-0007
help-moty-reopen--note = Why the case is reopened (shown in the timeline; at most 2,000 characters)
help-moty-reopen--on = The date, YYYY-MM-DD or D.M.YYYY; not in the future, not before the day it closed [default: today]
help-moty-reopen-examples =
    Examples:
      # The client called again: the case goes back to where it was closed from
      moty reopen 2026-0012 --note "Called again: the housing matter is not settled after all."

help-moty-move-region = Move a case to another region's pair (its booked meetings move with it)
help-moty-move-region-long = Use it when the client moves, or the other regional pair is to take the case. The region belongs to the case: from now on the case shows in that region's lists (the triage queue, the calendar, the follow-ups due, the work list, the weekly export). The move goes on the timeline and into the access log. A closed case, or the region it is already in, is refused.
help-moty-move-region--case = The case, e.g. 2026-0007
help-moty-move-region--region = The region it moves to, e.g. north (compared without regard to case)
help-moty-move-region--note = Why (shown in the timeline; at most 2,000 characters)
help-moty-move-region-examples =
    Examples:
      # The client moved: the north pair takes the case, with its booked meetings
      moty move-region 2026-0004 north --note "Moved to Hamina in December."

help-moty-purge = Erase a closed case's identifiable content, keeping the figures and the chains
help-moty-purge-long = Use it when a closed case's retention period has ended, it was opened for the wrong person, or the client's request for erasure is granted. What was typed about the client (reasons, notes, the description, the plan's texts, look-up reasons) is erased, and their name, identity code and phone once no unpurged case of theirs remains; codes, dates, counts and the professionals' names stay, so the figures and the chains hold. The purge goes on the timeline and into the access log. Backups keep the data until they are deleted. An open or already purged case is refused (exit code 4).
help-moty-purge--case = The case to purge, e.g. 2026-0007 (closed)
help-moty-purge--closed_before = Purge every case closed before this date, YYYY-MM-DD (its retention period has ended)
help-moty-purge--due = Purge every case whose retention period has ended: closed more than the years set with `moty settings retention --closed-cases-years N` before today
help-moty-purge--reason = Why the content is erased (recorded on the case's timeline)
help-moty-purge--note = Anything the next reader should know (kept on the timeline; do not name the client)
help-moty-purge-examples =
    Examples:
      # The case was opened for the wrong person
      moty purge 2026-0024 --reason wrong-person --note "Opened for the wrong person."
      # Every case whose retention period has ended (moty settings retention sets it)
      moty purge --due --reason retention
      # Every case closed before 2020
      moty purge --closed-before 2020-01-01 --reason retention

help-moty-settings = The register's settings: retention, your region, statements, units, contact card
help-moty-settings-long = What belongs to the team is kept in the register, so both people of a pair see the same: the retention period, the client-experience statements, the service areas and the unit catalogue, the follow-up interval and the contact card; and each coordinator's default region. What belongs to one person (the register's path, your name) is in `moty config`. None of these settings holds client data, so they write no access log.
help-moty-settings-examples =
    Examples:
      # Make north your default region
      moty settings my-region north
      # Follow-up calls are due 10 weeks after the pathways are agreed
      moty settings follow-up-weeks 10
      # The unit catalogue
      moty settings units

help-moty-settings-retention = Show or set how long closed cases are kept before they are purged
help-moty-settings-retention-long = For the data protection officer or the controller: closed cases are kept N years after their closing date, then `moty purge --due --reason retention` erases their identifiable content. Without a flag it shows the period; no period set means nothing is ever due.
help-moty-settings-retention--closed_cases_years = Years a closed case is kept after its closing date, 0 to 100 (0: none set, nothing is due)
help-moty-settings-retention-examples =
    Examples:
      # Show the retention period
      moty settings retention
      # Keep closed cases six years after closing
      moty settings retention --closed-cases-years 6

help-moty-settings-my-region = Show or set your default region, the one whose cases your lists show
help-moty-settings-my-region-long = For a coordinator of one regional pair: kept in the register under your `--as` name, it makes the triage queue, the calendar, the follow-ups due, the work list and the weekly export show that region's cases unless `--region` or `--all-regions` says otherwise (a region in your configuration file comes first). Without an argument it shows it.
help-moty-settings-my-region--region = The region to make your default, e.g. north
help-moty-settings-my-region--clear = Remove your default region (the lists show every region)
help-moty-settings-my-region-examples =
    Examples:
      # Show your default region
      moty settings my-region
      # Your lists show the north region's cases
      moty settings my-region north
      # Your lists show every region again
      moty settings my-region --clear

help-moty-settings-statements = The client-experience statements read to the client after a reception
help-moty-settings-statements-long = The statements `moty feedback` reads to the client (Finnish, Swedish and English), answered on a five-point scale. Without a subcommand it lists the current version (or --version N). A version is never changed: a new wording is a new version made from a CSV file, and feedback recorded from then on answers it while older answers keep their version's wording.
help-moty-settings-statements--version = An older version's number (no such version: exit code 3) [default: the current one]
help-moty-settings-statements-examples =
    Examples:
      # The statements read to the client now
      moty settings statements
      # The first version
      moty settings statements --version 1
      # A new wording from a CSV file (code,fi,sv,en)
      moty settings statements new --from statements.csv

help-moty-settings-statements-new = Make a new version of the statements from a CSV file
help-moty-settings-statements-new-long = The file has the header code,fi,sv,en, then one statement a line in the order they are read. Every line is checked first and the first bad one refuses the whole file (exit code 2); a file the same as the current version makes none (exit code 4). Feedback recorded from then on answers the new version.
help-moty-settings-statements-new--from = The CSV file, UTF-8, comma-separated, with the header line code,fi,sv,en; a code is lower-case letters, digits and hyphens, each text one line of 1 to 300 characters, at most 50 statements
help-moty-settings-statements-new-examples =
    Examples:
      # Make a new version from a CSV file: header code,fi,sv,en, one statement a line
      moty settings statements new --from statements.csv

help-moty-settings-areas = The service areas: the sote-centre's three and the outside actors
help-moty-settings-areas-long = Every unit, requested unit and onward service belongs to one of these areas, so every figure can be read by area (`moty report outcomes --by area`). Use it to find an area's code for `moty settings units add --area` or `moty plan services add --area`.
help-moty-settings-areas-examples =
    Examples:
      # The service areas and their codes
      moty settings areas

help-moty-settings-units = The unit catalogue (each unit in a service area); without a subcommand, the list
help-moty-settings-units-long = Wherever a unit is typed (the referrer's unit, the units requested, a unit's answer) it must name a unit of this catalogue, by its code, one of its names or a text mapped to it; the register then knows the unit's service area. Use the subcommands to add or deactivate a unit and to say which unit a local name means.
help-moty-settings-units-examples =
    Examples:
      # The unit catalogue
      moty settings units
      # Add Ohjaamo, the guidance centre for young people, under employment services
      moty settings units add ohjaamo --area employment --fi Ohjaamo --sv Ohjaamo --en Ohjaamo
      # A local name people use means adult social work
      moty settings units map "Aikuissossu" adult-social-work

help-moty-settings-units-list = Every unit with its area, active or not
help-moty-settings-units-list-long = The catalogue as it is: each unit's code, service area, English, Finnish and Swedish name, and whether it is still offered. The same as `moty settings units`.
help-moty-settings-units-list-examples =
    Examples:
      # Every unit with its area, active or not
      moty settings units list

help-moty-settings-units-add = Add a unit (or change the one with this code: its area and names)
help-moty-settings-units-add-long = Use it when referrals start coming from a unit the catalogue lacks, or a unit is renamed or moves to another service area. A code that exists is changed and made active again. No code or name may name another unit (exit code 2, naming the flag and the unit).
help-moty-settings-units-add--code = A short code: lower-case letters, digits and hyphens, e.g. memory-clinic
help-moty-settings-units-add--area = The service area's code, e.g. health-medical (`moty settings areas` lists them)
help-moty-settings-units-add--fi = Its Finnish name (one line, at most 200 characters)
help-moty-settings-units-add--sv = Its Swedish name
help-moty-settings-units-add--en = Its English name
help-moty-settings-units-add-examples =
    Examples:
      # Add Ohjaamo, the guidance centre for young people, under employment services
      moty settings units add ohjaamo --area employment --fi Ohjaamo --sv Ohjaamo --en Ohjaamo

help-moty-settings-units-deactivate = No longer offer a unit (what was written with it stays)
help-moty-settings-units-deactivate-long = Use it when a unit closes or merges: it is no longer accepted where a unit is typed, but what was written with it stays and still counts in its area. `moty settings units add` with its code makes it active again.
help-moty-settings-units-deactivate--code = The unit's code
help-moty-settings-units-deactivate-examples =
    Examples:
      # Ohjaamo is no longer offered
      moty settings units deactivate ohjaamo

help-moty-settings-units-map = Say which unit a text means (a local name, or a text from before the catalogue)
help-moty-settings-units-map-long = Use it for a name people use ("Aikuissossu") or for the texts `moty settings units unmapped` lists: the text then resolves to the unit wherever a unit is typed, and the reports count what was written with it in the unit's area. A mapping the text had is replaced; the text may not be another unit's code or name.
help-moty-settings-units-map--text = The text as written (compared in any case, diacritics ignored)
help-moty-settings-units-map--unit = The unit: its code or name
help-moty-settings-units-map-examples =
    Examples:
      # A name people use for adult social work
      moty settings units map "Aikuissossu" adult-social-work
      # A unit text written before the catalogue
      moty settings units map "Employment services, Kotka" employment-services

help-moty-settings-units-unmapped = Unit texts not mapped to a unit yet, with the referrals and cases using each
help-moty-settings-units-unmapped-long = A register from before the catalogue keeps its unit texts as written; those that are not a unit's code or name are listed here (and warned of by `moty doctor`) until each is mapped with `moty settings units map TEXT UNIT`.
help-moty-settings-units-unmapped-examples =
    Examples:
      # The unit texts still to map
      moty settings units unmapped

help-moty-settings-follow-up-weeks = Show or set the team's follow-up interval in weeks
help-moty-settings-follow-up-weeks-long = The follow-up call is due N weeks after a case's onward pathways are agreed (8 unless set). Changing it moves the due dates of the cases without their own interval (`moty plan CASE --follow-up-weeks`) in the follow-ups due, the work list, the weekly export and `moty show`. Without an argument it shows the interval.
help-moty-settings-follow-up-weeks--weeks = Weeks, a whole number from 1 to 104 [default: shows the interval]
help-moty-settings-follow-up-weeks-examples =
    Examples:
      # Show the team's follow-up interval
      moty settings follow-up-weeks
      # Follow-up calls are due 10 weeks after the pathways are agreed
      moty settings follow-up-weeks 10

help-moty-settings-contact = Show or set the contact card that `moty contact` prints for the referring units
help-moty-settings-contact-long = The team's card, or with --region a regional pair's, whose own fields (typically the pair's names and phone) stand in for the team's. With no field given it shows the card as kept; each field given replaces the one kept and --unset empties one. It holds no client data and writes no log; a value out of shape is refused (exit code 2) with nothing written.
help-moty-settings-contact--region = A regional pair's card, whose fields stand in for the team's [default: the team's]
help-moty-settings-contact--coordinators = Who the coordinators are, as they sign, e.g. "Liisa Esimerkki, social counsellor; Maija Malli, nurse"
help-moty-settings-contact--phone = The pair's phone number
help-moty-settings-contact--phone_hours = The phone hour, e.g. "mon-fri 09:00-10:00" (days mon … sun, a range or a list; several spans separated by ";") [default: mon-fri 09:00-10:00]
help-moty-settings-contact--office_hours = Office hours, as --phone-hours [default: mon-fri 09:00-15:00]
help-moty-settings-contact--teams = Whom to reach on Teams: an address (name@example.fi) or an https link
help-moty-settings-contact--email = The secure e-mail address for referrals from the emergency department and social services
help-moty-settings-contact--coordination_book = Primary care's coordination book in the patient record, e.g. yht405
help-moty-settings-contact--unset = Empty a field (the team's value, or the default hours, apply again); repeat for several
help-moty-settings-contact-examples =
    Examples:
      # The team's phone, secure e-mail and coordination book
      moty settings contact --phone "040 555 0100" --email moty@example.fi --coordination-book yht405
      # The north pair's card: their names and phone over the team's
      moty settings contact --region north --phone "040 555 0102" --coordinators "Niina Näyte"
      # A shorter phone hour on Fridays
      moty settings contact --phone-hours "mon-thu 09:00-10:00; fri 09:00-09:30"
      # The north pair uses the team's phone again
      moty settings contact --region north --unset phone

help-moty-contact = The coordinators' contact card for the referring units
help-moty-contact-long = Use it to answer "how do we reach you?" or to paste into an intranet page or a leaflet: how to refer a client without a referral letter, how to consult the coordinators, the phone hour, office hours and the regional pairs. The team keeps it with `moty settings contact`. It names no client and writes no log.
help-moty-contact--region = A regional pair's card (its own fields over the team's) [default: the team's, with every regional pair]
help-moty-contact-examples =
    Examples:
      # The team's card with every regional pair
      moty contact
      # The north pair's card
      moty contact --region north
      # The card as JSON, for an intranet page
      moty --json contact

help-moty-client = Mark or clear a client's non-disclosure order; record language and interpreter
help-moty-client-long = Use it when the referral's details about the client change: the population register's non-disclosure order for personal safety (turvakielto), which makes every screen that shows the client warn and keeps their municipality out of every export; the client's language, which chooses the language of their documents; the interpreter they need. Each change goes on the case's timeline and into the access log. After consent is withdrawn only the order may change.
help-moty-client--case = A case of the client, e.g. 2026-0007
help-moty-client--non_disclosure = Mark (yes) or clear (no) a non-disclosure order for personal safety (turvakielto); needs --reason
help-moty-client--reason = Why the order is marked or cleared, e.g. the population register's decision (at most 400 characters)
help-moty-client--language = The client's language, which chooses the language of their documents
help-moty-client--interpreter = The client needs an interpreter, for this language (at most 60 characters)
help-moty-client--no_interpreter = The client no longer needs an interpreter
help-moty-client-examples =
    Examples:
      # The population register keeps the client's address secret
      moty client 2026-0004 --non-disclosure yes --reason "Population register decision 20.11.2026"
      # The client speaks Swedish and needs an Arabic interpreter
      moty client 2026-0004 --language sv --interpreter Arabic
      # No interpreter is needed any more
      moty client 2026-0004 --no-interpreter

help-moty-config = Show or change your personal configuration file (register, name, region, colour, language)
help-moty-config-long = What belongs to one person is kept in a TOML file so you need not type it each time: the register's path (db), the name you act under (as), the region whose cases your lists show (region), when to colour (color: auto, always or never) and the language moty speaks (lang: fi or en). A flag wins over its MOTY_* variable, which wins over the file, which wins over the default; the file's color also wins over NO_COLOR and CLICOLOR_FORCE. The file is config.toml in your configuration folder (Linux ~/.config/moty/, Windows %APPDATA%\moty\moty\config\); MOTY_CONFIG names another. No register is opened.
help-moty-config-examples =
    Examples:
      # Keep your register's path in the file
      moty config set db /home/aino/moty/register.sqlite3
      # Act as coordinator-a without typing --as
      moty config set as coordinator-a
      # Your lists show the north region's cases
      moty config set region north
      # Where the file is and what it holds
      moty config list

help-moty-config-path = Where your configuration file is (MOTY_CONFIG names another)
help-moty-config-path-long = Prints the file's path and nothing else (with --json, the config shape with no settings), whether or not the file exists yet, to edit it by hand or to check which file moty reads. The file is not read, so this works when it cannot be.
help-moty-config-path-examples =
    Examples:
      # Where your configuration file is (or would be)
      moty config path

help-moty-config-list = Every setting your configuration file has
help-moty-config-list-long = Prints where the file is and each key (db, as, region, color, lang) with its value, or that it is not set. A file with an unknown key or a value its flag would refuse is exit code 2.
help-moty-config-list-examples =
    Examples:
      # Every setting in the file
      moty config list

help-moty-config-get = One setting of your configuration file: db, as, region, color or lang
help-moty-config-get-long = Prints the key's value, for a script that needs it. An unknown key is exit code 2.
help-moty-config-get--key = The key: db, as, region, color or lang
help-moty-config-get-examples =
    Examples:
      # The register the file names
      moty config get db

help-moty-config-set = Set one: db (register), as (who you act as), region (your lists'), color, lang (fi or en)
help-moty-config-set-long = The value is checked as its flag would check it (exit code 2 otherwise), and the whole file is written at once; the file and its folder are created when missing.
help-moty-config-set--key = The key: db, as, region, color or lang
help-moty-config-set--value = The value, checked as its flag (--db, --as, --region, --color, --lang) would be
help-moty-config-set-examples =
    Examples:
      # Act as coordinator-a unless --as or MOTY_USER says otherwise
      moty config set as coordinator-a
      # Your lists show the north region's cases
      moty config set region north
      # moty speaks Finnish unless --lang or MOTY_LANG says otherwise
      moty config set lang fi

help-moty-config-unset = Remove one setting from your configuration file
help-moty-config-unset-long = The default, or MOTY_DB and MOTY_USER where they are set, apply again for that key.
help-moty-config-unset--key = The key: db, as, region, color or lang
help-moty-config-unset-examples =
    Examples:
      # Your lists follow your default region in the register again
      moty config unset region

help-moty-completions = Print a shell completion script (bash, zsh, fish, powershell, elvish)
help-moty-completions-long = Install it once so the shell completes moty's commands, subcommands, flags and their fixed values with the Tab key. The script is generated from the command line itself, so regenerate it after an upgrade. It needs no register.
help-moty-completions--shell = The shell: bash, zsh, fish, powershell or elvish
help-moty-completions-examples =
    Examples:
      # bash
      moty completions bash > ~/.local/share/bash-completion/completions/moty
      # zsh, with fpath+=(~/.zfunc) in .zshrc
      moty completions zsh > ~/.zfunc/_moty
      # fish
      moty completions fish > ~/.config/fish/completions/moty.fish
      # PowerShell: save the script, then dot-source it from your $PROFILE
      moty completions powershell > moty.ps1

help-moty-man = Print the manual page of moty or of one of its commands (roff)
help-moty-man-long = Install the pages where `man` finds them (e.g. ~/.local/share/man/man1/), or view one directly with `man -l`. A command's page is named like moty-report-outcomes(1). They are generated from the command line itself and need no register; an unknown command is exit code 2, naming the commands there are.
help-moty-man--command = The command, e.g. report outcomes [default: moty itself]
help-moty-man-examples =
    Examples:
      # moty's own page, then: man moty
      moty man > ~/.local/share/man/man1/moty.1
      # One command's page
      moty man report outcomes > moty-report-outcomes.1
