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

help-global--db = Rekisteritiedosto tai PostgreSQL-palvelimella oleva rekisteri osoitteena (postgresql://…) [oletus: ~/.local/share/moty/register.sqlite3; Windowsissa %LOCALAPPDATA%\moty\moty\data\register.sqlite3]
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
help-moty-triage--limit = Valitsimen --list kanssa: tulosta enintään näin monta asiaa ja sitten, montako odottaa lisäksi ja mistä seuraava sivu alkaa
help-moty-triage--after = Valitsimen --list kanssa: aloita tämän jonon kohdan jälkeen: --after-arvo, johon edellinen sivu päättyi (urgent|normal,PÄIVÄ,ASIA)
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
help-moty-schedule-list-long = Käytä nähdäksesi tiimin kalenterin, oletuksena oman alueesi kaksi seuraavaa viikkoa: jokainen aika vapaine paikkoineen, jokainen tapaaminen numeroineen, tiloineen, asiatunnuksineen, osallistujineen ja videolinkkeineen, Kelan lomakkeiden merkinnät, suljetut päivät ja Yhteistyö-tiimin pyynnöt, jotka vielä odottavat yksiköitä. Päätteessä se näyttää näytöllisen tapaamisaikoja, montako on lisäksi ja --after-arvon, jolla seuraava sivu näkyy; putkeen tai tiedostoon ja valitsimella --json se tulostaa kaikki tapaamisajat sivu kerrallaan. Se näyttää asiatunnukset, ei koskaan nimiä, eikä kirjaa mitään käyttölokiin.
help-moty-schedule-list--week = ISO-viikko, esim. 2026-W49
help-moty-schedule-list--from = Ensimmäinen päivä, YYYY-MM-DD [oletus: tänään]
help-moty-schedule-list--until = Viimeinen päivä, YYYY-MM-DD [oletus: kahden viikon päästä]
help-moty-schedule-list--kind = Vain tämän lajin tapaamiset
help-moty-schedule-list--region = Vain tämän alueen asiat [oletus: asetustiedoston alue, muuten oletusalueesi rekisterissä (`moty settings my-region`)]
help-moty-schedule-list--all_regions = Kaikkien alueiden asiat oletusalueestasi riippumatta
help-moty-schedule-list--limit = Tulosta enintään näin monta tapaamisaikaa ja sitten, montako on lisäksi ja mistä seuraava sivu alkaa
help-moty-schedule-list--after = Aloita tämän kalenterin kohdan jälkeen: --after-arvo, johon edellinen sivu päättyi (ALKU,LAJI, esim. 2026-11-25T12:30,joint-assessment)
help-moty-schedule-list-examples =
    Esimerkkejä:
      # Kaksi seuraavaa viikkoa
      moty schedule list
      # Yksi ISO-viikko
      moty schedule list --week 2026-W49
      # Yhden päivän Kelan etäkonsultaatiot, kaikki alueet
      moty schedule list --kind kela --from 2026-11-26 --until 2026-11-26 --all-regions
      # Vuosi 20 tapaamisaikaa kerrallaan; alla oleva rivi antaa seuraavan --after-arvon
      moty schedule list --from 2026-01-01 --until 2026-12-31 --limit 20
      # Seuraavat kaksikymmentä
      moty schedule list --from 2026-01-01 --until 2026-12-31 --limit 20 --after 2026-02-05T13:00,kela

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
help-moty-plan-services-add-long = Käytä, kun asiakkaita ohjataan säännöllisesti palveluun, jota luettelossa ei vielä ole, esim. velkaneuvontaan. Palvelulla on nimi suomeksi, ruotsiksi ja englanniksi: kukin lukee sen omalla kielellään ja asiakkaan suunnitelmassa se on suunnitelman kielellä. Olemassa olevalla koodilla komento nimeää palvelun uudelleen (annetut nimet; muut pysyvät) ja siirtää sen annetulle alueelle. Alueet ovat komennon `moty settings areas` alueet.
help-moty-plan-services-add--code = Lyhyt koodi: pieniä kirjaimia, numeroita ja yhdysviivoja
help-moty-plan-services-add--name = Yksi nimi kaikille kielille, joille ei anneta omaa (`--fi`, `--sv`, `--en`)
help-moty-plan-services-add--area = Palvelualue, johon palvelu kuuluu (`moty settings areas` listaa ne)
help-moty-plan-services-add--fi = Palvelun suomenkielinen nimi (yksi rivi, enintään 100 merkkiä)
help-moty-plan-services-add--sv = Palvelun ruotsinkielinen nimi
help-moty-plan-services-add--en = Palvelun englanninkielinen nimi
help-moty-plan-services-add-examples =
    Esimerkkejä:
      # Lisätään järjestön vertaistuki kolmella nimellä
      moty plan services add peers --area ngo --fi Vertaistuki --sv Kamratstöd --en "peer support"

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
help-moty-follow-up-due-long = Käytä jälkiseurantapuhelujen suunnitteluun, esim. ennen puhelinaikaa: jokainen asia, jonka jälkiseuranta erääntyy viikon sisällä tai on myöhässä, asiakkaan nimi ja puhelinnumero sekä eräpäivä (jälkiseurantaväli jatkopolkuvaiheen päättymisestä), aikaisin ensin. Päätteessä se näyttää näytöllisen ja kertoo, miten loput näkyvät, kuten `moty list`. Jokainen näytetty asiakas kirjataan käyttölokiin ennen kuin sivu, jolla hän näkyy, tulostetaan.
help-moty-follow-up-due--all = Myös myöhemmin erääntyvät
help-moty-follow-up-due--region = Vain tämän alueen asiat [oletus: asetustiedoston alue, muuten oletusalueesi rekisterissä (`moty settings my-region`)]
help-moty-follow-up-due--all_regions = Kaikkien alueiden asiat oletusalueestasi riippumatta
help-moty-follow-up-due--limit = Tulosta enintään näin monta jälkiseurantaa ja sitten, montako on lisäksi ja mistä seuraava sivu alkaa
help-moty-follow-up-due--after = Aloita tämän listan kohdan jälkeen: --after-arvo, johon edellinen sivu päättyi (ERÄPÄIVÄ,ASIA)
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
help-moty-list-long = Käytä asiakasmäärän läpikäyntiin: jokainen avoin asia (valitsimella --closed myös suljetut) asiakkaineen, alueineen, ryhmineen ja vaiheineen sekä montako päivää se on odottanut vaiheessaan, rajattuna vaiheen, alueen, ryhmän tai odotusajan mukaan. Päätteessä se näyttää näytöllisen, montako asiaa on lisäksi ja --after-arvon, jolla seuraava sivu näkyy; putkeen tai tiedostoon ja valitsimella --json se tulostaa kaikki asiat sivu kerrallaan. Jokainen listattu asiakas kirjataan käyttölokiin, syy valitsimella --reason, ennen kuin sivu, jolla hän näkyy, tulostetaan.
help-moty-list--phase = Vain tässä vaiheessa olevat asiat
help-moty-list--region = Vain tämän tiimialueen asiakkaat
help-moty-list--group = Vain tämä asiakasryhmä
help-moty-list--waiting_over = Vain asiat, jotka ovat odottaneet vaiheessaan kauemmin kuin näin monta päivää
help-moty-list--closed = Ota mukaan suljetut asiat
help-moty-list--reason = Miksi katsot asiakkaiden tietoja; kirjataan käyttölokiin
help-moty-list--limit = Tulosta enintään näin monta asiaa ja sitten, montako on lisäksi ja mistä seuraava sivu alkaa
help-moty-list--after = Aloita tämän listan kohdan jälkeen: --after-arvo, johon edellinen sivu päättyi (PÄIVÄ,ASIA)
help-moty-list-examples =
    Esimerkkejä:
      # Kaikki avoimet asiat, pisimpään odottaneet ensin
      moty list
      # Etelän alueen herätteet, jotka ovat odottaneet yli kolme päivää
      moty list --region south --phase referred --waiting-over 3 --reason "weekly review"
      # Myös suljetut asiat
      moty list --closed
      # Viisikymmentä asiaa kerrallaan; niiden alla oleva rivi antaa seuraavan sivun --after-arvon
      moty list --limit 50
      # Seuraavat viisikymmentä
      moty list --limit 50 --after 2026-03-04,2026-0042

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
help-clap-arguments = Argumentit
help-clap-options = Valitsimet
help-clap-global-options = Yleiset valitsimet
help-clap-help = Näytä ohje
help-clap-help-short = Näytä ohje (laajempi ohje: '--help')
help-clap-help-long = Näytä ohje (tiivistelmä: '-h')
help-clap-version = Näytä versio
help-clap-help-command = Näytä tämä ohje tai annetun alikomennon ohje
help-clap-help-command--subcommand = Näytä alikomennon ohje
help-clap-env = {"["}ympäristömuuttuja: { $variable }]
help-clap-default = {"["}oletus: { $value }]
help-clap-possible-values-short = {"["}mahdolliset arvot: { $values }]
help-clap-possible-values = Mahdolliset arvot:
help-clap-error = virhe:
help-clap-tip = vihje:
help-clap-more-information = Lisätietoja: '{ $help }'.
help-clap-error-unknown-argument = tuntematon argumentti '{ $arg }'
help-clap-error-invalid-subcommand = tuntematon alikomento '{ $subcommand }'
help-clap-error-invalid-value = virheellinen arvo '{ $value }' kohdassa '{ $arg }'
help-clap-error-value-validation = virheellinen arvo '{ $value }' kohdassa '{ $arg }': { $reason }
help-clap-error-not-in-range = { $value } ei ole välillä { $low }–{ $high }
help-clap-error-value-required = '{ $arg }' tarvitsee arvon, mutta sitä ei annettu
help-clap-error-no-equals = arvo annetaan yhtäsuuruusmerkillä: '{ $arg }'
help-clap-error-too-many-values = ylimääräinen arvo '{ $value }' kohdassa '{ $arg }'; enempää arvoja ei odotettu
help-clap-error-missing-required = nämä pakolliset argumentit puuttuvat:
help-clap-error-missing-subcommand = '{ $command }' tarvitsee alikomennon, mutta sitä ei annettu
help-clap-error-subcommands = {"["}alikomennot: { $values }]
help-clap-error-repeated = argumentin '{ $arg }' voi antaa vain kerran
help-clap-error-conflict = argumenttia '{ $arg }' ei voi käyttää yhdessä argumentin '{ $other }' kanssa
help-clap-error-conflict-list = argumenttia '{ $arg }' ei voi käyttää yhdessä näiden kanssa:
help-clap-error-conflict-others = argumenttia '{ $arg }' ei voi käyttää yhdessä muiden annettujen argumenttien kanssa
help-clap-tip-similar-subcommand = samankaltainen alikomento: { $names }
help-clap-tip-similar-subcommand-several = samankaltaisia alikomentoja: { $names }
help-clap-tip-similar-argument = samankaltainen argumentti: { $names }
help-clap-tip-similar-argument-several = samankaltaisia argumentteja: { $names }
help-clap-tip-similar-value = samankaltainen arvo: { $names }
help-clap-tip-similar-value-several = samankaltaisia arvoja: { $names }
help-clap-tip-as-value = jos '{ $arg }' on arvo, kirjoita '{ $escaped }'
help-value-color-auto = Värit päätteessä, paitsi jos NO_COLOR tai CLICOLOR=0 (CLICOLOR_FORCE: aina)
help-value-color-always = Värit aina, myös putkeen tai tiedostoon
help-value-color-never = Ei värejä
help-heading-estimate = Työparin arvio vastaanotosta

## ==== help B ====

help-moty-directory = Ammattilaislista: kenelle ohjata ja milloin
help-moty-directory-long = Hakemisto (ammattilaislista) luettelee ammattilaiset, joille koordinaattorit ohjaavat: heidän roolinsa, yksikkönsä ja vastuualueensa, tiiminsä ja vetävätkö he sitä, miten heidät tavoittaa ja milloin heille ohjataan. Käytä sitä vastaanoton aikana verkoston kokoamiseen nopeasti; suunnitelman jatkopolku tai omatyöntekijä voi nimetä merkinnän sen numerolla (`moty plan CASE --key-worker-from ID`, `--pathway "…;pro=ID"`). Siinä ei ole asiakastietoja, joten mikään tässä ei kirjoita aikajanalle eikä käyttölokiin; ensimmäinen hakemistokomento luo rekisterin, jos sitä ei ole.
help-moty-directory-examples =
    Esimerkkejä:
      # Tuo tiimin taulukko CSV-muodossa tallennettuna
      moty directory import directory.csv
      # Kuka ottaa muistihuolet?
      moty directory find muisti
      # Merkitse merkintä 3 tiiminsä vetäjäksi
      moty directory edit 3 --team-lead yes

help-moty-directory-add = Lisää ammattilainen hakemistoon
help-moty-directory-add-long = Käytä sitä henkilölle, jolle koordinaattorit ohjaavat tai jota he konsultoivat. Nimi, rooli ja yksikkö tarvitaan; muut ovat vapaaehtoisia. Tulostaa uuden merkinnän numeron, jonka suunnitelman jatkopolku (`pro=ID`) ja `moty plan --key-worker-from ID` ottavat.
help-moty-directory-add--name = Ammattilaisen nimi (tarvitaan lisättäessä; enintään 200 merkkiä)
help-moty-directory-add--role = Ammattilaisen rooli, esim. fysioterapeutti (tarvitaan lisättäessä)
help-moty-directory-add--unit = Yksikkö, jossa hän työskentelee (tarvitaan lisättäessä)
help-moty-directory-add--area = Vastuualue, esim. south
help-moty-directory-add--team = Moniammatillinen tiimi, johon hän kuuluu
help-moty-directory-add--team_lead = Hän vetää tiimiä (yes tai no) [oletus lisättäessä: no]
help-moty-directory-add--phone = Puhelinnumero
help-moty-directory-add--email = Sähköpostiosoite
help-moty-directory-add--when_to_refer = Milloin hänelle ohjataan, vapaana tekstinä (enintään 2 000 merkkiä)
help-moty-directory-add-examples =
    Esimerkkejä:
      # Lisää fysioterapeutti (nimi, rooli ja yksikkö tarvitaan)
      moty directory add --name "Noora Huhtala" --role physiotherapist --unit Rehabilitation
      # Puhelinnumeron kanssa
      moty directory add --name "Olli Ranta" --role doctor --unit Reception --phone "040 555 0302"
      # Kerro sitten, milloin hänelle ohjataan (add-komennon tulostama numero)
      moty directory edit 8 --when-to-refer "B-lausunto (B-statement) for Kela"

help-moty-directory-edit = Muokkaa hakemiston merkintää; vain annetut kentät muuttuvat
help-moty-directory-edit-long = Käytä sitä, kun ammattilaisen puhelin, tiimi tai rooli muuttuu tai kun se muuttuu, milloin hänelle ohjataan. `--team-lead no` poistaa vetäjämerkinnän; vapaaehtoista kenttää ei voi tyhjentää. Merkintä ei säilytä muokkaushistoriaa. Tuntematon numero hylätään (poistumiskoodi 3).
help-moty-directory-edit--id = Merkinnän numero (`moty directory list` näyttää ne)
help-moty-directory-edit--name = Ammattilaisen nimi (tarvitaan lisättäessä; enintään 200 merkkiä)
help-moty-directory-edit--role = Ammattilaisen rooli, esim. fysioterapeutti (tarvitaan lisättäessä)
help-moty-directory-edit--unit = Yksikkö, jossa hän työskentelee (tarvitaan lisättäessä)
help-moty-directory-edit--area = Vastuualue, esim. south
help-moty-directory-edit--team = Moniammatillinen tiimi, johon hän kuuluu
help-moty-directory-edit--team_lead = Hän vetää tiimiä (yes tai no) [oletus lisättäessä: no]
help-moty-directory-edit--phone = Puhelinnumero
help-moty-directory-edit--email = Sähköpostiosoite
help-moty-directory-edit--when_to_refer = Milloin hänelle ohjataan, vapaana tekstinä (enintään 2 000 merkkiä)
help-moty-directory-edit-examples =
    Esimerkkejä:
      # Merkintä 3 vetää nyt tiimiään
      moty directory edit 3 --team-lead yes
      # Uusi puhelinnumero ja milloin hänelle ohjataan
      moty directory edit 7 --phone "040 555 0317" --when-to-refer "Kela rehabilitation"

help-moty-directory-list = Listaa kaikki hakemistossa olevat yksiköittäin
help-moty-directory-list-long = Jokainen merkintä yksikön ja sitten nimen mukaan, tiimeineen (vetäjä merkitty "(lead)"), puhelimineen (tai muuten sähköposteineen) ja tietoineen siitä, milloin heille ohjataan.
help-moty-directory-list-examples =
    Esimerkkejä:
      # Kaikki yksiköittäin
      moty directory list
      # Sama skriptille
      moty --json directory list

help-moty-directory-find = Hae hakemistosta: nimet, roolit, yksiköt, alueet, tiimit ja milloin ohjataan
help-moty-directory-find-long = Käytä sitä vastaanoton aikana löytääksesi, kenelle ohjata: merkintä näytetään, kun sen nimi, rooli, yksikkö, alue, tiimi ja "milloin ohjataan" sisältävät yhdessä jokaisen annetun sanan kirjainkoosta ja tarkkeista välittämättä ("muisti" löytää "muistihuoli", "b-lausunto" löytää "B-lausunto"). Jos mikään ei täsmää, taulukko on tyhjä.
help-moty-directory-find--text = Sanat, joiden kaikkien on esiinnyttävä, esim. muisti tai kela south
help-moty-directory-find-examples =
    Esimerkkejä:
      # Kuka kirjoittaa B-lausunnon Kelalle?
      moty directory find b-lausunto
      # Merkinnät, joissa mainitaan sekä Kela että eteläinen alue
      moty directory find kela south

help-moty-directory-import = Tuo ammattilaiset CSV-tiedostosta, kaikki tai ei mitään
help-moty-directory-import-long = Käytä sitä tiimin taulukon tuomiseen. Jokainen rivi tarkistetaan ennen kuin mitään kirjoitetaan; ensimmäinen virheellinen rivi hylkää koko tiedoston (poistumiskoodi 2, joka nimeää rivin ja sarakkeen). Jokainen rivi lisätään uutena merkintänä: saman tiedoston tuominen uudelleen listaa kaikki kahdesti (muuta merkintää komennolla `moty directory edit`).
help-moty-directory-import--file = CSV-tiedosto: UTF-8, pilkuilla erotettu, otsikkorivinä name,role,unit,area,team,team_lead,phone,email,when_to_refer (team_lead yes tai no, tyhjä on no)
help-moty-directory-import-examples =
    Esimerkkejä:
      # Tuo CSV-muodossa tallennettu taulukko (UTF-8, pilkuilla erotettu, otsikkorivin kanssa)
      moty directory import directory.csv

help-moty-import = Tuo se, mitä tiimi on pitänyt muualla: lähetetaulukko
help-moty-import-long = Tuonti tehdään kokonaan tai ei ollenkaan: jokainen rivi tarkistetaan ennen kuin mitään kirjoitetaan, ja jokainen virhe luetellaan rivin ja sarakkeen kanssa.
help-moty-import-examples =
    Esimerkkejä:
      # Tarkista taulukko ensin kirjoittamatta mitään
      moty import referrals --dry-run lahetteet.csv
      # Tuo se sitten
      moty import referrals lahetteet.csv

help-moty-import-referrals = Kirjaa taulukollinen lähetteitä kuten moty refer, kaikki tai ei mitään
help-moty-import-referrals-long = Käytä sitä, kun tiimi on pitänyt lähetteitä taulukossa. Tallenna taulukko CSV-muodossa: pilkuilla erotettu UTF-8 tai se, minkä suomenkielinen Excel tallentaa nimellä "CSV UTF-8" (puolipisteet ja tavujärjestysmerkki); moty tunnistaa muodon otsikkorivistä. Otsikkorivi nimeää sarakkeet suomeksi tai englanniksi, missä järjestyksessä tahansa: nimi/name, henkilötunnus/identity code, asiakasryhmä/group, lähde/source, kanava/channel ja syy/reason tarvitaan, muut ovat vapaaehtoisia (käsikirjan "moty import referrals" luettelee kaikki). Jokainen rivi tarkistetaan kuten moty refer tarkistaa lähetteen — henkilötunnukset, kunnat, lähettävä yksikkö, asiakkaan avoin asia — ja asiakas, jonka henkilötunnus on rekisterissä, on sama asiakas kuten refer-komennossa (avoin asia tai eri nimi hylkää rivin). Jokainen virhe luetellaan rivin ja sarakkeen kanssa (poistumiskoodi 2), eikä mitään kirjoiteta; muuten jokainen rivi avaa asian samoin rivein kuin refer (aikajanan case-opened-merkintä, käyttöloki). PostgreSQL-palvelimella rivit kirjoitetaan 200 kerrallaan, kukin erä omana tapahtumanaan, jotta koordinaattorien haut eivät jää odottamaan; käsikirja kertoo, mitä hylätty erä jättää.
help-moty-import-referrals--file = CSV-tiedosto, tai - jos se luetaan vakiosyötteestä
help-moty-import-referrals--dry_run = Tarkista jokainen rivi ja kerro, mitä tuotaisiin, kirjoittamatta mitään
help-moty-import-referrals-examples =
    Esimerkkejä:
      # Mitä tuotaisiin, ja jokainen virhe, kirjoittamatta mitään
      moty import referrals --dry-run lahetteet.csv
      # Tuo taulukko
      moty import referrals lahetteet.csv
      # Taulukko vakiosyötteestä
      moty import referrals -

help-moty-report = Raportit: Yhteistyö-tiimin viikkovienti, tulokset, työlista, konsultaatiot
help-moty-report-long = Neljä raporttia lukee koko rekisterin eikä kysy mitään, ei päätteelläkään: Yhteistyö-tiimin nimetön viikkovienti, pilottien raportoimat tulosluvut, koordinaattorien oma työlista (asiakkaiden nimet näkyvät, vain työparin omaan käyttöön) ja ammattilaisten konsultaatioiden nimettömät luvut. Se, mikä lähtee rekisteristä (viikkovienti, tulosten HTML-sivu), kirjataan luovutuslokiin; työlista kirjoittaa käyttölokiin.
help-moty-report-examples =
    Esimerkkejä:
      # Ensi viikon vienti Yhteistyö-tiimille taulukkona
      moty report weekly --to-whom "Yhteistyö-tiimi, south" --format xlsx --out team-2026-W50.xlsx
      # Vuoden tulosluvut
      moty report outcomes
      # Mitä tänään on tehtävä
      moty report queue

help-moty-report-weekly = Yhteistyö-tiimin viikkovienti: nimetön ja aina sama samoista tiedoista
help-moty-report-weekly-long = Aja se ennen Yhteistyö-tiimin kokousta käsin tai ajastettuna tehtävänä: viikon Yhteistyöajan asialista nimettömine kuvauksineen ja yksiköiden vastauksineen, yhteisvastaanotot ja Kelan etäkonsultaatiot vapaine aikoineen, puuttuvat suostumukset ja Kelan lomakkeet, edellisen viikon uudet herätteet lähteen ja kanavan mukaan sekä erääntyvät jälkiseurannat. Vain asioiden tunnukset, ei koskaan asiakkaan nimeä, henkilötunnusta tai puhelinnumeroa; sama rekisteri ja viikko antavat samat tavut. Jokainen vienti kirjoittaa luovutuslokiin yhden rivin: mitä, kenelle, kuka ja mitkä asiat.
help-moty-report-weekly--week = ISO-viikko, esim. 2026-W49 [oletus: tuleva viikko: maanantaina kuluva viikko, muulloin seuraava]
help-moty-report-weekly--to_whom = Vastaanottaja (esim. "Yhteistyö-tiimi, south"); kirjataan luovutuslokiin
help-moty-report-weekly--format = md, csv, json tai xlsx [oletus: json, jos --json, muuten --out-tiedoston pääte, muuten md päätteelle ja csv muualle; skriptin kannattaa nimetä se]
help-moty-report-weekly--excel = Muodon csv kanssa: puolipisteellä `;` erotettu, BOM-merkitty CSV, jonka suomenkielinen Excel avaa oikein
help-moty-report-weekly--out = Kirjoita tähän tiedostoon eikä vakiotulosteeseen: kerralla, vain sinun luettavaksesi, ei koskaan olemassa olevan tiedoston päälle ilman valitsinta --force (tarvitaan muodolle xlsx)
help-moty-report-weekly--force = Korvaa --out-tiedosto, jos se on olemassa (ei koskaan itse rekisteriä)
help-moty-report-weekly--region = Vain tämän alueen asiat [oletus: asetustiedoston alue, muuten oletusalueesi rekisterissä (`moty settings my-region`)]
help-moty-report-weekly--all_regions = Kaikkien alueiden asiat oletusalueestasi riippumatta
help-moty-report-weekly--legal_basis = Luovutuksen oikeusperuste — consent, social-welfare-act-41, health-care-act-32 tai other:TEXT [oletus: social-welfare-act-41]
help-moty-report-weekly-examples =
    Esimerkkejä:
      # Ensi viikon vienti eteläiselle tiimille Markdownina sähköpostiin tai Teamsiin
      moty report weekly --to-whom "Yhteistyö-tiimi, south" --region south --format md
      # Viikko 50 taulukkotiedostona
      moty report weekly --week 2026-W50 --to-whom "Yhteistyö-tiimi" --format xlsx --out w50.xlsx
      # Suomenkielisen Excelin avaama CSV kaikilta alueilta ajastetusta tehtävästä
      moty report weekly --to-whom "Yhteistyö-tiimi" --all-regions --format csv --excel --out team.csv

help-moty-report-outcomes = Jakson vaikuttavuusluvut, kukin N:n kanssa
help-moty-report-outcomes-long = Käytä sitä esihenkilöä, arviointia tai tiimin omaa seurantaa varten: jakson aikana herätteenä tulleista asioista vaiheiden suppilo, herätteiden lähteet, Suuntima-ryhmät, jatkopalvelut, Kelan etäkonsultaatioiden käyttö, verkostopalaverit Kelan etäkonsultaation kanssa ja ilman, odotusajat, asiakkaiden palaute, työparin arviot, ammattilaisten kyselyt ja jälkiseurantapuhelut. Nimetön: luvut 1–4 näkyvät muodossa <5, ellei anneta valitsinta --exact. Taulukko, CSV ja JSON eivät kirjoita lokiin; --html-sivu kirjataan luovutuslokiin.
help-moty-report-outcomes--from = Jakson ensimmäinen päivä (siitä alkaen herätteenä tulleet asiat), YYYY-MM-DD [oletus: 365 päivää ennen päivää --until]
help-moty-report-outcomes--until = Jakson viimeinen päivä, YYYY-MM-DD [oletus: tänään]
help-moty-report-outcomes--region = Vain tämän tiimialueen asiakkaat, esim. north [oletus: kaikki alueet]
help-moty-report-outcomes--format = `table`, `json` tai `csv` (--json on sama kuin `json`)
help-moty-report-outcomes--html = Kirjoita lisäksi itsenäinen HTML-sivu kaavioineen (kirjataan luovutuslokiin)
help-moty-report-outcomes--force = Korvaa --html-tiedosto, jos se on olemassa (ei koskaan itse rekisteriä)
help-moty-report-outcomes--to_whom = Kenelle HTML-sivu on; kirjataan luovutuslokiin
help-moty-report-outcomes--by = Lisäksi kaikki luvut asiaryhmittäin: palvelualueen (asia voi kuulua useaan), asiakasryhmän, herätteen aikaisen ikäryhmän, kunnan, alueen tai herätteen lähteen mukaan
help-moty-report-outcomes--legal_basis = Valitsimen --html kanssa: luovutuksen oikeusperuste — consent, social-welfare-act-41, health-care-act-32 tai other:TEXT [oletus: other:anonymous aggregate figures, no personal data]
help-moty-report-outcomes--exact = Näytä luvut 1–4 sellaisinaan eikä muodossa <5 (tiimin omaan työhön, ei jaettavaksi)
help-moty-report-outcomes--excel = Muodon csv kanssa: suomenkielisen Excelin muoto — kentät puolipisteellä `;` erotettuina, BOM-merkki ja desimaalipilkku (8,75)
help-moty-report-outcomes-examples =
    Esimerkkejä:
      # Viimeisen vuoden aikana herätteenä tulleiden asioiden luvut
      moty report outcomes
      # Yksi vuosineljännes palvelualueittain
      moty report outcomes --from 2026-07-01 --until 2026-09-30 --by area
      # Kaavioin varustettu sivu esihenkilölle (kirjataan luovutuslokiin)
      moty report outcomes --html outcomes-2026.html --to-whom "Anna Esimerkki, team supervisor"
      # Pohjoisen alueen luvut CSV:nä taulukkolaskentaan
      moty report outcomes --region north --format csv > outcomes-north.csv

help-moty-report-queue = Koordinaattorien työlista tälle päivälle ja viikolle, kiireellisin ensin
help-moty-report-queue-long = Käytä sitä joka aamu: ensiarviota odottavat herätteet, menneet tapaamiset, joita ei ole vielä merkitty pidetyiksi, ennen seuraavaa Kelan etäkonsultaatiota lähetettävät Kelan lomakkeet, kerättävät suostumukset, erääntyvät jälkiseurantapuhelut, suunnitelmat ilman omatyöntekijää ja Yhteistyö-tiimin pyynnöt, joissa jokin vaihe on tekemättä. Siinä näkyvät asiakkaiden nimet, joten se on työparin omalle näytölle (Markdown tai --json): jokainen listattu asia kirjataan käyttölokiin sivu kerrallaan ennen kuin sivu tulostetaan. Se näyttää oletusalueesi asiat, ellei anneta valitsinta --region tai --all-regions. Päätteessä kustakin osasta näkyvät ensimmäiset rivit ja montako niitä on lisäksi; putkeen tai tiedostoon sekä valitsimella --json kaikki rivit. --section näyttää yhden osan, sivu kerrallaan valitsimilla --limit ja --after.
help-moty-report-queue--region = Vain tämän alueen asiat [oletus: asetustiedoston alue, muuten oletusalueesi rekisterissä (`moty settings my-region`)]
help-moty-report-queue--all_regions = Kaikkien alueiden asiat oletusalueestasi riippumatta
help-moty-report-queue--section = Vain tämä listan osa (sen avain kuten JSONissa)
help-moty-report-queue--limit = Tulosta kustakin osasta enintään näin monta riviä ja sitten, montako on lisäksi ja mistä seuraava sivu alkaa
help-moty-report-queue--after = Valitsimen --section kanssa: aloita tämän osan kohdan jälkeen, --after-arvo, johon osan edellinen sivu päättyi
help-moty-report-queue-examples =
    Esimerkkejä:
      # Tämän päivän työlista omalta alueeltasi
      moty report queue
      # Pohjoisen työparin lista
      moty report queue --region north
      # Kaikki alueet JSON-muodossa
      moty --json report queue --all-regions
      # Kerättävät suostumukset kaksikymmentä kerrallaan
      moty report queue --section consents_to_collect --limit 20

help-moty-report-consultations = Ammattilaisten nimettömät konsultaatiot jaksolta lukuina
help-moty-report-consultations-long = Käytä sitä osoittamaan, kuinka paljon koordinaattoreita konsultoidaan ilman herätettä (`moty consult` kirjaa ne): yhteensä, ISO-viikoittain, lähettäjäyksiköittäin palvelualueineen, kanavittain, odotettiinko herätettä ja kuinka moni liitettiin asiaan, johon se johti. Se ei nimeä yhtään asiaa eikä kirjoitettua tekstiä eikä kirjoita lokiin; luvut 1–4 näkyvät muodossa <5, ellei anneta valitsinta --exact.
help-moty-report-consultations--from = Jakson ensimmäinen päivä (siitä alkaen tehdyt konsultaatiot), YYYY-MM-DD [oletus: vuosi ennen päivää --until]
help-moty-report-consultations--until = Jakson viimeinen päivä, YYYY-MM-DD [oletus: tänään]
help-moty-report-consultations--format = `table`, `json` tai `csv` (--json on sama kuin `json`)
help-moty-report-consultations--exact = Näytä luvut 1–4 sellaisinaan eikä muodossa <5 (tiimin omaan työhön, ei jaettavaksi)
help-moty-report-consultations-examples =
    Esimerkkejä:
      # Viimeisen vuoden konsultaatiot
      moty report consultations
      # Marraskuu pienet luvut sellaisinaan näyttäen (vain tiimille)
      moty report consultations --from 2026-11-01 --until 2026-11-30 --exact
      # CSV-muodossa
      moty report consultations --format csv > consultations.csv

help-moty-admin = Alueen PostgreSQL-palvelimella oleva rekisteri: luonti, päivitys, käyttäjät
help-moty-admin-long = Hyvinvointialueen IT:lle, ei koordinaattoreille: tiimi, joka jakaa yhden rekisterin, pitää sen PostgreSQL-palvelimella (käsikirjan käyttöönotto-ohje kertoo, miten palvelin pystytetään). Anna tietokannan osoite valitsimella --db tai muuttujassa MOTY_DB (postgresql://…). Rekisteritiedosto ei tarvitse tätä: moty luo ja päivittää tiedoston itse.
help-moty-admin-examples =
    Esimerkkejä:
      # Luo rekisteri tyhjään tietokantaan (pääkäyttäjänä)
      moty --db postgresql://postgres@db.example.fi/moty admin init
      # Anna koordinaattorille käyttäjätunnus
      moty --db postgresql://postgres@db.example.fi/moty admin user add anna.virtanen --region Pohjoinen

help-moty-admin-init = Luo rekisteri tyhjään tietokantaan: roolit, skeema, oikeudet
help-moty-admin-init-long = Luo roolit moty_owner (omistaa skeeman, ajaa päivitykset), moty_coordinator (koordinaattorien ryhmä), moty_lead (alueen vastuuhenkilö) ja moty_auditor (tietosuojavastaava: vain lokit), sitten skeeman roolina moty_owner ja lopuksi oikeudet. Aja pääkäyttäjänä tai tietokannan omistavana roolina, jolla on CREATEROLE. Jos rekisteri on jo olemassa, komento vain uusii roolit ja oikeudet.
help-moty-admin-init-examples =
    Esimerkkejä:
      # Luo rekisteri
      moty --db postgresql://postgres@db.example.fi/moty admin init

help-moty-admin-migrate = Päivitä rekisterin skeema motyn päivityksen jälkeen (vain omistaja)
help-moty-admin-migrate-long = Uudempi moty ei avaa vanhemman skeeman rekisteriä ennen kuin sen omistaja on ajanut tämän: palvelimella koordinaattorin komento ei koskaan muuta skeemaa. Päivitys tehdään yhtenä transaktiona roolina moty_owner rekisterin kirjoituslukon takana; epäonnistunut päivitys jättää rekisterin ennalleen.
help-moty-admin-migrate-examples =
    Esimerkkejä:
      # Uudemman motyn asentamisen jälkeen
      moty --db postgresql://it-owner@db.example.fi/moty admin migrate

help-moty-admin-user = Palvelimen rekisterin käyttäjät
help-moty-admin-user-long = Jokainen kirjautuu omilla tunnuksillaan: palvelin kirjaa käyttäjätunnuksen kaiken tekemänsä tekijäksi. Salasanan (tai varmenteen) asettaa alueen käyttäjähallinta, ei koskaan moty.
help-moty-admin-user-examples =
    Esimerkkejä:
      # Koordinaattori
      moty --db postgresql://postgres@db.example.fi/moty admin user add anna.virtanen

help-moty-admin-user-add = Anna henkilölle käyttäjätunnus yhteen motyn rooleista
help-moty-admin-user-add-long = Luo käyttäjätunnuksen, jos sitä ei ole (ilman salasanaa: sen asettaa alueen käyttäjähallinta), liittää sen roolin ryhmään ja sijoittaa henkilön: koordinaattori näkee tiiminsä asiakkuudet (--team, pakollinen), alueen vastuuhenkilö alueensa asiakkuudet (--region, pakollinen). Alue on myös henkilön oletusalue listoissa (kuten moty settings my-region sen pitää). Uusi lisäys siirtää henkilön annettuun tiimiin tai alueeseen.
help-moty-admin-user-add--login = Henkilön käyttäjätunnus palvelimella (kuten alueen hakemisto hänet nimeää)
help-moty-admin-user-add--role = Mitä henkilö saa tehdä: coordinator (koordinaattori), lead (alueen vastuuhenkilö), auditor (tietosuojavastaava: vain lokit) tai owner (omistaja)
help-moty-admin-user-add--team = Tiimi, jonka asiakkuudet henkilö näkee (koordinaattoripari tai alueen tiimi)
help-moty-admin-user-add--region = Henkilön alue: vastuuhenkilö näkee sen asiakkuudet; kaikille oletusalue listoissa
help-moty-admin-user-add-examples =
    Esimerkkejä:
      # Pohjoisen tiimin koordinaattori
      moty --db postgresql://postgres@db.example.fi/moty admin user add anna.virtanen --team pohjoinen-1
      # Pohjoisen alueen vastuuhenkilö
      moty --db postgresql://db.example.fi/moty admin user add esa.e --role lead --region Pohjoinen
      # Tietosuojavastaava
      moty --db postgresql://postgres@db.example.fi/moty admin user add tietosuoja --role auditor

help-moty-admin-import-sqlite = Tuo tiimin rekisteritiedosto palvelimen rekisteriin (vain omistaja)
help-moty-admin-import-sqlite-long = Kopioi tiedoston jokaisen asian, asiakkaan, aikajanan merkinnän ja lokirivin palvelimen rekisteriin yhdessä transaktiossa: kaiken tai virheen sattuessa ei mitään. Tiedostoa vain luetaan. Sen skeeman on oltava tämän motyn ja sen ketjujen täsmättävä. Palvelimella jo olevat asiatunnukset torjutaan (kaikki luetellaan). Asiakas, jonka henkilötunnus on palvelimella, on sama asiakas: palvelimen tiedot säilytetään ja erot luetellaan. Hakemiston merkinnät, palvelut ja aikasäännöt yhdistetään, kun ne ovat samat, ja erot luetellaan. Aikajanan ja lokien rivit säilyttävät alkuperäiset tekijänsä ja aikansa; palvelin numeroi ja tiivistää ne ja kirjaa tuonnin uudelleenankkurointilokiin. Tiedoston pseudonyymit asiakastunnisteet pysyvät samoina.
help-moty-admin-import-sqlite--file = Tiimin rekisteritiedosto (SQLite-tiedosto)
help-moty-admin-import-sqlite--team = Tiimi, johon tiedoston asiat ja uudet asiakkaat palvelimella kuuluvat
help-moty-admin-import-sqlite-examples =
    Esimerkkejä:
      # Tuo pohjoisen tiimin tiedosto palvelimelle
      moty --db postgresql://it@db.example.fi/moty admin import-sqlite north.sqlite3 --team north

help-moty-export = Viennit hyvinvointialueen muihin järjestelmiin: FHIR R4
help-moty-export-long = Vienti alueen asiakastietojärjestelmiin ja tietovarastoon tai asiakkaalle, joka pyytää tietonsa koneluettavassa muodossa. Jokainen tunnisteellinen vienti on luovutus: se nimeää vastaanottajansa ja kirjataan luovutuslokiin.
help-moty-export-examples =
    Esimerkkejä:
      # Yksi asia asiakkaalle, joka pyysi tietonsa
      moty export fhir 2026-0007 --to-whom "asiakas itse" --out asia-2026-0007.json
      # Marraskuun asiat pseudonymisoituina tietovarastoon (vakiotulosteeseen)
      moty export fhir --from 2026-11-01 --until 2026-11-30 --pseudonymous --to-whom tietovarasto

help-moty-export-fhir = Vie asiat FHIR R4 -kokoelmana (FI Base -profiilit)
help-moty-export-fhir-long = Yksi asia, asiakkaan kaikki asiat (--client) tai kaikki jaksolla avoinna olleet asiat (--from/--until) FHIR R4 -kokoelmana (Bundle, tyyppi collection) JSON-muodossa: asiakas (Patient), asia vaiheineen (EpisodeOfCare), heräte ja jokainen jatkopolku (ServiceRequest), suostumukset, suunnitelman jokainen versio tavoitteineen ja henkilöineen (CarePlan, Goal, CareTeam), tapaamiset (Appointment) sekä rekisterin omat koodistot suomenkielisine selitteineen. Sama rekisteri ja samat valitsimet antavat samat tavut. Asia, jonka suostumus on peruttu, jää pois, ellei --include-withdrawn kerro syytä. Vienti kirjataan luovutuslokiin ennen kuin tiedosto tulee paikalleen tai ensimmäinen tavu tulostuu; kenttä kentältä -vastaavuus on käsikirjassa (reference/fhir.md).
help-moty-export-fhir--case = Asia, esim. 2026-0007 [oletus: valitsimen --client tai jakson kaikki asiat]
help-moty-export-fhir--client = Tämän henkilötunnuksen asiakkaan kaikki asiat
help-moty-export-fhir--from = Asiat, jotka olivat avoinna tänä päivänä tai myöhemmin, VVVV-KK-PP (Helsinki) [oletus: ensimmäinen asia]
help-moty-export-fhir--until = Asiat, jotka avattiin viimeistään tänä päivänä, VVVV-KK-PP [oletus: tänään]
help-moty-export-fhir--to_whom = Kuka vastaanottaa viennin (kirjataan luovutuslokiin)
help-moty-export-fhir--legal_basis = Luovutuksen oikeusperuste — consent, social-welfare-act-41, health-care-act-32 tai other:TEKSTI [oletus: consent]
help-moty-export-fhir--out = Mihin kirjoitetaan (uusi, vain sinun luettavissasi oleva tiedosto) [oletus: vakiotuloste]
help-moty-export-fhir--force = Korvaa tiedosto, jos se on jo olemassa
help-moty-export-fhir--include_withdrawn = Vie myös asiat, joiden monialaisen työn suostumus on peruttu (vaatii valitsimen --reason)
help-moty-export-fhir--reason = Miksi suostumuksensa perunneen asiakkaan tiedot luovutetaan; kirjataan luovutuslokiin
help-moty-export-fhir--pseudonymous = Tietovarastoon: jokaiselle asiakkaalle rekisterin pseudonyymi avain, vain syntymävuosi, ei nimiä, henkilötunnuksia, puhelinnumeroita eikä vapaata tekstiä
help-moty-export-fhir-examples =
    Esimerkkejä:
      # Yksi asia asiakkaalle, joka pyysi tietonsa
      moty export fhir 2026-0007 --to-whom "asiakas itse" --out asia-2026-0007.json
      # Yhden asiakkaan kaikki asiat vakiotulosteeseen
      moty export fhir --client 131052-308T --to-whom "asiakas itse"
      # Marraskuun asiat pseudonymisoituina tietovarastoon (vakiotulosteeseen)
      moty export fhir --from 2026-11-01 --until 2026-11-30 --pseudonymous --to-whom tietovarasto

help-moty-audit = Käyttö- ja luovutusloki: kuka näki asiakkaan tiedot, mitä lähti rekisteristä
help-moty-audit-long = Rekisteri pitää käyttölokia (kuka katsoi tai muutti minkä asiakkaan tietoja, milloin, millä komennolla ja miksi) ja luovutuslokia (mitä lähti rekisteristä, kenelle ja millä oikeusperusteella), molemmat tiivisteketjutettuja kuten aikajana. Käytä näitä komentoja vastataksesi asiakkaan tiedonsaantipyyntöön, tietosuojavastaavan valvontaan ja tarkistaaksesi, ettei mitään lokia ole peukaloitu.
help-moty-audit-examples =
    Esimerkkejä:
      # Asiakas kysyy, kuka on nähnyt hänen tietonsa
      moty audit access 2026-0007
      # Kaikki, mikä on lähtenyt rekisteristä
      moty audit disclosures
      # Tarkista, ettei mitään lokia ole peukaloitu
      moty audit verify

help-moty-audit-access = Kuka katsoi tai muutti asiakkaan tietoja, tai mitä yksi käyttäjä haki tai muutti
help-moty-audit-access-long = Asiakkaan tiedonsaantioikeus (asiakastietolaki 703/2023 11 §): kun annetaan CASE, jokainen kyseisen asian asiakkaan tietojen käyttö, millä tahansa hänen asioistaan, vanhin ensin, komentoineen ja annettuine syineen. Valitsimella --by tietosuojavastaavan näkymä: jokainen rivi, jonka yksi käyttäjä kirjoitti jaksolla, käyttöjärjestelmän kirjautumistunnus rinnalla. Myös lukeminen kirjataan käyttölokiin. Anna CASE tai --by, ei molempia; tuntematon asia on poistumiskoodi 3.
help-moty-audit-access--case = Asiakkaan asia, esim. 2026-0007
help-moty-audit-access--by = Sen sijaan jokainen käyttölokin rivi, jonka tämä käyttäjä kirjoitti (niin kuin `--as` hänet nimesi)
help-moty-audit-access--from = Valitsimen --by kanssa: tästä päivästä, YYYY-MM-DD (Helsinki) [oletus: ensimmäinen rivi]
help-moty-audit-access--until = Valitsimen --by kanssa: tähän päivään asti, päivä mukaan lukien, YYYY-MM-DD [oletus: tänään]
help-moty-audit-access-examples =
    Esimerkkejä:
      # Asian 2026-0007 asiakkaan tietojen jokainen haku ja muutos
      moty audit access 2026-0007
      # Kaikki, mitä coordinator-b haki tai muutti marraskuussa
      moty audit access --by coordinator-b --from 2026-11-01 --until 2026-11-30

help-moty-audit-anomalies = Epätavalliset haut; asiakkaat nimetään vain asiakas- ja asiatunnuksella
help-moty-audit-anomalies-long = Tietosuojavastaavan säännölliseen tarkastukseen: vihje selvitettäväksi, ei tuomio. Kolme listaa, joiden jokainen rivi on käyttäjä, Helsingin päivä, asiakas ja katselukertojen määrä: (1) päivässä katsottu enemmän eri asiakkaita kuin --threshold; (2) sellaisen asiakkaan katselut, jonka asioita käyttäjä ei hoida (ei muuttanut mitään hänen tiedoistaan viimeistään sinä päivänä eikä löytänyt häntä komennoilla find, list tai triage asian odottaessa ensiarviota); (3) sellaisen asiakkaan katselut, jonka nimi on sama (kirjainkoosta ja tarkkeista välittämättä) kuin rekisterin käyttäjän, jonkun muun tekeminä. Ennen päivää --from tehdyt muutokset lasketaan työksi. Myös raportin lukeminen kirjataan käyttölokiin.
help-moty-audit-anomalies--from = Tästä päivästä, YYYY-MM-DD (Helsinki) [oletus: ensimmäinen rivi]
help-moty-audit-anomalies--until = Tähän päivään asti, päivä mukaan lukien, YYYY-MM-DD [oletus: tänään]
help-moty-audit-anomalies--threshold = Päivässä tätä useamman eri asiakkaan katsominen on epätavallista (1–100 000)
help-moty-audit-anomalies-examples =
    Esimerkkejä:
      # Epätavalliset haut vuoden alusta
      moty audit anomalies --from 2026-01-01
      # Tiukempi raja yhdelle kuukaudelle
      moty audit anomalies --from 2026-11-01 --until 2026-11-30 --threshold 10

help-moty-audit-export = Vie käyttö- tai luovutusloki valvontaviranomaiselle
help-moty-audit-export-long = Käytä sitä, kun valvontaviranomainen tai tietosuojavastaava pyytää lokitietoja: jakson rivit (käyttöloki annettuine syineen, luovutusloki kunkin rivin oikeusperusteineen) kirjoitetaan uuteen, vain sinun luettavaksesi tulevaan tiedostoon. Itse vienti kirjataan ensin luovutuslokiin ilman asioita, vastaanottajineen ja oikeusperusteineen.
help-moty-audit-export--log = Mikä loki: access tai disclosure
help-moty-audit-export--format = Tiedostomuoto: csv tai json
help-moty-audit-export--to_whom = Viennin vastaanottaja (kirjataan luovutuslokiin)
help-moty-audit-export--out = Minne se kirjoitetaan (uusi tiedosto, vain sinun luettavissasi)
help-moty-audit-export--from = Tästä päivästä, YYYY-MM-DD (Helsinki) [oletus: ensimmäinen rivi]
help-moty-audit-export--until = Tähän päivään asti, päivä mukaan lukien, YYYY-MM-DD [oletus: tänään]
help-moty-audit-export--force = Korvaa tiedosto, jos se on olemassa
help-moty-audit-export--legal_basis = Luovutuksen oikeusperuste — consent, social-welfare-act-41, health-care-act-32 tai other:TEXT [oletus: other:log data for supervision (Client Data Act 703/2023, Data Protection Act 1050/2018)]
help-moty-audit-export-examples =
    Esimerkkejä:
      # Käyttöloki marraskuusta alkaen valvontaviranomaiselle CSV-muodossa
      moty audit export --log access --format csv --to-whom Valvira --out access.csv --from 2026-11-01
      # Koko luovutusloki JSON-muodossa tietosuojavastaavalle
      moty audit export --log disclosure --format json --to-whom "the DPO" --out disclosures.json

help-moty-audit-disclosures = Mitä lähti rekisteristä: jokainen vienti, kenelle, kuka ja mistä asioista
help-moty-audit-disclosures-long = Luovutuslokin jokainen rivi vanhin ensin: milloin, kuka, mitä (viikkovienti, tulossivu, kalenteritiedosto, asiakkaan suunnitelma, varmuuskopio, lokin vienti), kenelle, mitä asioita se koski ja sen oikeusperuste. Listaaminen ei kirjoita mitään.
help-moty-audit-disclosures-examples =
    Esimerkkejä:
      # Jokainen vienti: milloin, kuka, mitä, kenelle, mitkä asiat ja millä perusteella
      moty audit disclosures
      # Sama skriptille
      moty --json audit disclosures

help-moty-audit-verify = Tarkista, että aikajana ja lokit ovat ehjiä ja muuttumattomia (niiden tiivisteketjut)
help-moty-audit-verify-long = Aja se säännöllisesti, palautuksen jälkeen ja aina, kun lokia epäillään: aikajanan, käyttölokin, luovutuslokin ja uudelleenankkurointilokin jokainen rivi tarkistetaan edellistä riviä ja aiemmin näkemääsi (todistettasi) vasten. Varmuuskopion manifesti, allekirjoitettu tarkistuspiste tai viennissä tulostettu ketjun pää paljastavat myös lopusta poistetut rivit. Rikkinäinen ketju tulostaa taulukon ja sitten virheen (poistumiskoodi 4). Se vain lukee rekisteriä.
help-moty-audit-verify--manifest = Varmuuskopion manifesti: tarkista myös, ettei mitään siihen kirjattua riviä ole poistettu tai kirjoitettu uudelleen
help-moty-audit-verify--checkpoint = Allekirjoitettu tarkistuspiste (moty audit checkpoint): tarkista myös jokainen sen allekirjoittama ketjun pää
help-moty-audit-verify--public_key = Julkinen avain, jolla tarkistuspiste on oltava allekirjoitettu (heksadesimaalina tai sen sisältävä tiedosto)
help-moty-audit-verify--heads = Viennissä tulostettu ketjun pää (viikkoviennin rekisteriosio, kalenterin X-MOTY-TIMELINE-rivi, HTML-sivun alatunniste): LOG:ROWS:HASH, esim. events:120:3fa9…; toista useammalle
help-moty-audit-verify-examples =
    Esimerkkejä:
      # Tarkista jokainen ketju
      moty audit verify
      # Tarkista myös, ettei mitään varmuuskopion manifestiin kirjattua ole sittemmin poistettu
      moty audit verify --manifest backups/register-2026-12-04.sqlite3.manifest.json
      # Tarkista allekirjoitettu tarkistuspiste keygenin tulostamaa julkista avainta vasten (tallennettu tiedostoon dpo.pub)
      moty audit verify --checkpoint checkpoint-2026-12.json --public-key dpo.pub

help-moty-audit-keygen = Tee tarkistuspisteiden allekirjoitusavain ja tulosta sen julkinen avain
help-moty-audit-keygen-long = Aja se kerran, yleensä tietosuojavastaavana: Ed25519-avain kirjoitetaan uuteen, vain sinun luettavaksesi tulevaan tiedostoon, joka säilytetään erillään rekisteristä (`moty audit checkpoint --key` allekirjoittaa sillä); sen tulostama julkinen avain on se, jota vasten `moty audit verify --public-key` tarkistaa. Se ei tarvitse rekisteriä.
help-moty-audit-keygen--out = Minne avain kirjoitetaan (uusi tiedosto, vain sinun luettavissasi)
help-moty-audit-keygen-examples =
    Esimerkkejä:
      # Tee tietosuojavastaavan allekirjoitusavain (säilytä se erillään rekisteristä)
      moty audit keygen --out dpo-signing.key

help-moty-audit-checkpoint = Allekirjoita jokaisen ketjun pää rekisterin ulkopuolella säilytettävällä avaimella
help-moty-audit-checkpoint-long = Aja se aika ajoin (esimerkiksi kuukausittain) ja säilytä tiedosto erillään rekisteristä: myöhemmin `moty audit verify --checkpoint FILE --public-key KEY` osoittaa, että jokainen silloin allekirjoitettu rivi on yhä paikallaan muuttumattomana, vaikka joku olisi laskenut tiivisteet uudelleen sen jälkeen. Se ei kirjoita lokiin.
help-moty-audit-checkpoint--key = Allekirjoitusavain (komennosta moty audit keygen)
help-moty-audit-checkpoint--out = Minne tarkistuspiste kirjoitetaan (uusi tiedosto) [oletus: vakiotuloste]
help-moty-audit-checkpoint-examples =
    Esimerkkejä:
      # Allekirjoita jokaisen ketjun pää tiedostoon
      moty audit checkpoint --key dpo-signing.key --out checkpoint-2026-12.json

help-moty-doctor = Tarkista rekisteri: eheys, avaimet, skeema, oikeudet, levy, lokiketjut
help-moty-doctor-long = Aja se palautuksen tai päivityksen jälkeen tai kun jokin tuntuu olevan vialla. Jokainen tarkistus kertoo ok, warn tai fail: eheys ja viiteavaimet, skeema, lokien vain lisäämisen salliva suojaus ja tiivisteketjut, oikeudet, tiedostojärjestelmä (verkkolevy on fail, pilveen synkronoitu kansio warn), jäljelle jääneet väliaikaistiedostot, yhdistämättömät yksiköt, tuntemattomat kunnat, salaus. Fail tulostaa taulukon ja sitten virheen (poistumiskoodi 4). Se vain lukee eikä kirjoita lokiriviä.
help-moty-doctor-examples =
    Esimerkkejä:
      # Tarkista rekisteri
      moty doctor
      # Tarkistukset JSON-muodossa valvontaa varten
      moty --json doctor

help-moty-login = Kirjaudu palvelimelle: salasana järjestelmän tunnustietovarastoon
help-moty-login-long = Alueen PostgreSQL-palvelimella olevalle rekisterille (sen osoite, postgresql://TUNNUS@PALVELIN/TIETOKANTA ilman salasanaa, annetaan valitsimella --db, muuttujalla MOTY_DB tai asetustiedostossa). Kysyy salasanasi (päätteessä sitä näyttämättä, muuten vakiosyötteen ensimmäiseltä riviltä), tarkistaa sen kirjautumalla palvelimelle ja tallentaa sen käyttöjärjestelmän tunnustietovarastoon: Windowsin Credential Manageriin, macOS:n avainnippuun, Linuxissa Secret Serviceen (tai ytimen avainrenkaaseen, jos työpöytä ei sellaista tarjoa). Sen jälkeen moty kirjautuu sillä aina, kun osoitteessa ei ole salasanaa. Jos palvelin ei hyväksy salasanaa, poistumiskoodi on 4 eikä mitään tallenneta; rekisteritiedostolle poistumiskoodi on 2. Asiakasvarmenteella ei kirjauduta: asetustiedoston [server]-osio nimeää sen.
help-moty-login-examples =
    Esimerkkejä:
      # Tallenna salasanasi palvelimen rekisteriä varten
      moty --db postgresql://anna.virtanen@db.example.fi/moty login
      # Sen jälkeen pelkkä osoite riittää
      moty --db postgresql://anna.virtanen@db.example.fi/moty list

help-moty-logout = Unohda salasana, jonka moty login tallensi palvelimen rekisteriä varten
help-moty-logout-long = Poistaa rekisterin tunnuksen salasanan käyttöjärjestelmän tunnustietovarastosta. Jos salasanaa ei ollut tallennettu, se ei ole virhe: komento kertoo sen.
help-moty-logout-examples =
    Esimerkkejä:
      # Unohda salasana
      moty --db postgresql://anna.virtanen@db.example.fi/moty logout

help-moty-rekey = Vaihda salatun rekisterin avain (uusi avain muuttujasta MOTY_DB_NEW_KEY)
help-moty-rekey-long = Vain salaavalle versiolle (salaamaton versio kieltäytyy, poistumiskoodi 4). Anna nykyinen avain tavalliseen tapaan (MOTY_DB_KEY, --key-file tai kehote) ja uusi ympäristömuuttujassa MOTY_DB_NEW_KEY, ei koskaan komentorivillä. Tee ensin varmuuskopio ja säilytä uusi avain siellä, missä vanhakin säilytettiin: ilman sitä rekisteriä ei voi avata.
help-moty-rekey-examples =
    Esimerkkejä:
      # Salaava versio, uusi avain muuttujassa MOTY_DB_NEW_KEY: vaihda avain
      moty rekey --key-file register.key

help-moty-backup = Tee rekisteristä yhtenäinen, tarkistettu kopio manifesteineen
help-moty-backup-long = Aja se päivittäin (ajastettuna tehtävänä) sekä ennen päivitystä, avaimen vaihtoa tai palautusta. Kopio on yksi tilannevedos, joka otetaan muiden jatkaessa työtään; se on vain sinun luettavissasi, levylle synkronoitu ja tarkistettu. Sen rinnalle tulee DEST.manifest.json, jossa on kopion tarkistussumma sekä kunkin lokin pituus ja pää, joihin `moty audit verify --manifest` myöhemmin vertaa rekisteriä. Jokainen varmuuskopio kirjataan luovutuslokiin. Säilytä kopiot toisella levyllä ja poista ne, kun niiden aika on kulunut umpeen.
help-moty-backup--dest = Minne kopio kirjoitetaan (ei saa olla olemassa); manifesti tulee sen rinnalle nimellä DEST.manifest.json
help-moty-backup--force = Korvaa DEST ja sen manifesti, jos ne ovat olemassa (ei koskaan itse rekisteriä)
help-moty-backup--legal_basis = Kopion oikeusperuste (kirjataan luovutuksena) — consent, social-welfare-act-41, health-care-act-32 tai other:TEXT [oletus: other:the controller's own backup copy of the register]
help-moty-backup-examples =
    Esimerkkejä:
      # Päivätty kopio toiselle levylle, manifesti sen rinnalla
      moty backup /mnt/backup/moty/register-2026-12-04.sqlite3
      # Korvaa aiemmin tänään tehty kopio
      moty backup backups/register-2026-12-04.sqlite3 --force

help-moty-restore = Palauta varmuuskopio rekisteriin; uudempien merkintöjen menetys vaatii --accept-loss
help-moty-restore-long = Käytä sitä, kun rekisteri on kadonnut tai vahingoittunut. Varmuuskopion jälkeen kirjoitetut käyttö-, luovutus- ja uudelleenankkurointilokin rivit siirretään; sen jälkeisiä aikajanan merkintöjä ei voi siirtää, joten rekisteriin, jossa niitä on tai jonka lokit eivät jatka varmuuskopion lokeja, ei kosketa (poistumiskoodi 4), ellei --accept-loss kerro syytä. Lukukelvoton rekisteri säilytetään erillään. Jokainen palautus kirjataan uudelleenankkurointilokiin; aja sen jälkeen `moty audit verify --manifest` ja `moty doctor`.
help-moty-restore--backup = Rekisteriin palautettava varmuuskopio (tiedosto, jonka `moty backup` kirjoitti)
help-moty-restore--accept_loss = Palauta, vaikka varmuuskopion jälkeen kirjoitetut aikajanan merkinnät menetetään (tai rekisterin lokit eivät jatka varmuuskopion lokeja); syy kirjataan yhdessä menetetyn kanssa
help-moty-restore--force = Valitsimen --accept-loss vanhempi muoto (ilman syytä: "restored with --force")
help-moty-restore-examples =
    Esimerkkejä:
      # Palauta varmuuskopio; hylätään muuttamatta mitään, jos merkintöjä on tehty sen jälkeen
      moty restore backups/register-2026-12-04.sqlite3
      # Rekisteri on vahingoittunut: palauta se ja hyväksy myöhempien merkintöjen menetys
      moty restore backups/register-2026-12-04.sqlite3 --accept-loss "The disk failed"

help-moty-close = Sulje asia ja kerro syy
help-moty-close-long = Käytä sitä, kun asian työ päättyy: päätetty yhdessä asiakkaan kanssa, ohjattu muualle, asiakas kieltäytyi, asiakasta ei tavoitettu, asiakas muutti pois tai kuoli, tai asia avattiin vahingossa. Varatut tapaamiset perutaan; mitään kirjattua ei poisteta, ja sulkeminen kirjataan aikajanalle ja käyttölokiin. `--reason completed` hylätään (poistumiskoodi 4), kunnes suunnitelmassa on omatyöntekijä, jatkopolku ja asiakkaan vahvistus ja jälkiseuranta on kirjattu.
help-moty-close--case = Asia, esim. 2026-0007
help-moty-close--reason = Miksi asia suljetaan
help-moty-close--note = Mitä seuraavan lukijan on hyvä tietää (näkyy aikajanalla; enintään 2 000 merkkiä)
help-moty-close--on = Sulkemispäivä, YYYY-MM-DD tai D.M.YYYY; ei tulevaisuudessa eikä ennen kuin asia tuli vaiheeseensa [oletus: tänään]
help-moty-close-examples =
    Esimerkkejä:
      # Asia kuuluu sosiaalihuollon palvelutarpeen selvitykseen: ohjattu muualle
      moty close 2026-0014 --reason redirected --note "Sent on as an electronic notification."
      # Asiakasta ei tavoitettu; suljettu eilisestä alkaen
      moty close 2026-0009 --reason unreachable --on 2026-12-04
      # Jälkiseurantapuhelun jälkeen: yhteistyö päätetään yhdessä asiakkaan kanssa
      moty close 2026-0026 --reason completed

help-moty-reopen = Avaa suljettu asia uudelleen siihen vaiheeseen, josta se suljettiin
help-moty-reopen-long = Käytä sitä, kun suljettu asia osoittautuu keskeneräiseksi. Asia palaa vaiheeseen, josta se suljettiin (ensiarviossa suljettu asia palaa ensiarviojonoon); sulkeminen jää aikajanalle, uudelleen avaaminen on uusi merkintä, ja käyttöloki kirjaa muutoksen. Vaihe, joka edellyttää suostumusta, edellyttää voimassa olevaa suostumusta uudelleen (kirjaa ensin uusi suostumus), muuten poistumiskoodi 4.
help-moty-reopen--case = Asia, esim. 2026-0007
help-moty-reopen--note = Miksi asia avataan uudelleen (näkyy aikajanalla; enintään 2 000 merkkiä)
help-moty-reopen--on = Päivämäärä, YYYY-MM-DD tai D.M.YYYY; ei tulevaisuudessa eikä ennen sulkemispäivää [oletus: tänään]
help-moty-reopen-examples =
    Esimerkkejä:
      # Asiakas soitti uudelleen: asia palaa sinne, mistä se suljettiin
      moty reopen 2026-0012 --note "Called again: the housing matter is not settled after all."

help-moty-move-region = Siirrä asia toisen alueen työparille (varatut tapaamiset siirtyvät mukana)
help-moty-move-region-long = Käytä sitä, kun asiakas muuttaa tai toisen alueen työparin on määrä ottaa asia. Alue kuuluu asialle: tästä lähtien asia näkyy kyseisen alueen listoilla (ensiarviojono, kalenteri, erääntyvät jälkiseurannat, työlista, viikkovienti). Siirto kirjataan aikajanalle ja käyttölokiin. Suljettu asia tai alue, jossa asia jo on, hylätään.
help-moty-move-region--case = Asia, esim. 2026-0007
help-moty-move-region--region = Alue, jolle asia siirtyy, esim. north (kirjainkoosta välittämättä)
help-moty-move-region--note = Miksi (näkyy aikajanalla; enintään 2 000 merkkiä)
help-moty-move-region-examples =
    Esimerkkejä:
      # Asiakas muutti: pohjoinen työpari ottaa asian varattuine tapaamisineen
      moty move-region 2026-0004 north --note "Moved to Hamina in December."

help-moty-purge = Poista suljetun asian tunnistettava sisältö; luvut ja ketjut säilyvät
help-moty-purge-long = Käytä sitä, kun suljetun asian säilytysaika on päättynyt, asia avattiin väärälle henkilölle tai asiakkaan poistopyyntöön suostutaan. Se, mitä asiakkaasta kirjoitettiin (syyt, muistiinpanot, kuvaus, suunnitelman tekstit, hakujen syyt), poistetaan, ja hänen nimensä, henkilötunnuksensa ja puhelinnumeronsa, kun hänellä ei ole enää yhtään poistamatonta asiaa; koodit, päivämäärät, määrät ja ammattilaisten nimet säilyvät, joten luvut ja ketjut pysyvät ehjinä. Poisto kirjataan aikajanalle ja käyttölokiin. Varmuuskopiot säilyttävät tiedot, kunnes ne poistetaan. Avoin tai jo poistettu asia hylätään (poistumiskoodi 4).
help-moty-purge--case = Poistettava asia, esim. 2026-0007 (suljettu)
help-moty-purge--closed_before = Poista jokainen ennen tätä päivää suljettu asia, YYYY-MM-DD (sen säilytysaika on päättynyt)
help-moty-purge--due = Poista jokainen asia, jonka säilytysaika on päättynyt: suljettu enemmän kuin komennolla `moty settings retention --closed-cases-years N` asetetut vuodet ennen tätä päivää
help-moty-purge--reason = Miksi sisältö poistetaan (kirjataan asian aikajanalle)
help-moty-purge--note = Mitä seuraavan lukijan on hyvä tietää (säilyy aikajanalla; älä nimeä asiakasta)
help-moty-purge-examples =
    Esimerkkejä:
      # Asia avattiin väärälle henkilölle
      moty purge 2026-0024 --reason wrong-person --note "Opened for the wrong person."
      # Jokainen asia, jonka säilytysaika on päättynyt (moty settings retention asettaa sen)
      moty purge --due --reason retention
      # Jokainen ennen vuotta 2020 suljettu asia
      moty purge --closed-before 2020-01-01 --reason retention

help-moty-settings = Rekisterin asetukset: säilytysaika, alueesi, väittämät, yksiköt, yhteystietokortti
help-moty-settings-long = Tiimille kuuluva säilytetään rekisterissä, jotta työparin molemmat näkevät saman: säilytysaika, asiakaskokemuksen väittämät, palvelualueet ja yksikköluettelo, jälkiseurannan väli ja yhteystietokortti; sekä kunkin koordinaattorin oletusalue. Yhdelle henkilölle kuuluva (rekisterin polku, nimesi) on komennossa `moty config`. Mikään näistä asetuksista ei sisällä asiakastietoja, joten ne eivät kirjoita käyttölokiin.
help-moty-settings-examples =
    Esimerkkejä:
      # Tee pohjoisesta oletusalueesi
      moty settings my-region north
      # Jälkiseurantapuhelut erääntyvät 10 viikkoa jatkopolkujen sopimisen jälkeen
      moty settings follow-up-weeks 10
      # Yksikköluettelo
      moty settings units

help-moty-settings-retention = Näytä tai aseta, kuinka kauan suljettuja asioita säilytetään ennen poistoa
help-moty-settings-retention-long = Tietosuojavastaavalle tai rekisterinpitäjälle: suljettuja asioita säilytetään N vuotta sulkemispäivästä, minkä jälkeen `moty purge --due --reason retention` poistaa niiden tunnistettavan sisällön. Ilman valitsinta se näyttää säilytysajan; jos säilytysaikaa ei ole asetettu, mikään ei koskaan erääny poistettavaksi.
help-moty-settings-retention--closed_cases_years = Kuinka monta vuotta suljettua asiaa säilytetään sulkemispäivästä, 0–100 (0: ei asetettu, mikään ei erääny)
help-moty-settings-retention-examples =
    Esimerkkejä:
      # Näytä säilytysaika
      moty settings retention
      # Säilytä suljettuja asioita kuusi vuotta sulkemisesta
      moty settings retention --closed-cases-years 6

help-moty-settings-my-region = Näytä tai aseta oletusalueesi, jonka asiat listasi näyttävät
help-moty-settings-my-region-long = Yhden alueen työparin koordinaattorille: rekisteriin `--as`-nimelläsi tallennettu oletusalue saa ensiarviojonon, kalenterin, erääntyvät jälkiseurannat, työlistan ja viikkoviennin näyttämään tämän alueen asiat, ellei `--region` tai `--all-regions` toisin sano (asetustiedostosi alue menee edelle). Ilman argumenttia se näyttää oletusalueen.
help-moty-settings-my-region--region = Oletusalueeksesi tuleva alue, esim. north
help-moty-settings-my-region--clear = Poista oletusalueesi (listat näyttävät kaikki alueet)
help-moty-settings-my-region-examples =
    Esimerkkejä:
      # Näytä oletusalueesi
      moty settings my-region
      # Listasi näyttävät pohjoisen alueen asiat
      moty settings my-region north
      # Listasi näyttävät taas kaikki alueet
      moty settings my-region --clear

help-moty-settings-statements = Asiakaskokemuksen väittämät, jotka luetaan asiakkaalle vastaanoton jälkeen
help-moty-settings-statements-long = Väittämät, jotka `moty feedback` lukee asiakkaalle (suomeksi, ruotsiksi ja englanniksi) ja joihin vastataan viisiportaisella asteikolla. Ilman alikomentoa se listaa nykyisen version (tai version --version N). Versiota ei koskaan muuteta: uusi sanamuoto on CSV-tiedostosta tehty uusi versio, ja siitä lähtien kirjattu palaute vastaa siihen, kun taas vanhemmat vastaukset säilyttävät versionsa sanamuodon.
help-moty-settings-statements--version = Vanhemman version numero (versiota ei ole: poistumiskoodi 3) [oletus: nykyinen]
help-moty-settings-statements-examples =
    Esimerkkejä:
      # Väittämät, jotka asiakkaalle nyt luetaan
      moty settings statements
      # Ensimmäinen versio
      moty settings statements --version 1
      # Uusi sanamuoto CSV-tiedostosta (code,fi,sv,en)
      moty settings statements new --from statements.csv

help-moty-settings-statements-new = Tee väittämistä uusi versio CSV-tiedostosta
help-moty-settings-statements-new-long = Tiedostossa on otsikkorivi code,fi,sv,en ja sen jälkeen yksi väittämä riviä kohden siinä järjestyksessä kuin ne luetaan. Jokainen rivi tarkistetaan ensin, ja ensimmäinen virheellinen rivi hylkää koko tiedoston (poistumiskoodi 2); nykyisen version kanssa samanlainen tiedosto ei tee uutta versiota (poistumiskoodi 4). Siitä lähtien kirjattu palaute vastaa uuteen versioon.
help-moty-settings-statements-new--from = CSV-tiedosto, UTF-8, pilkuilla erotettu, otsikkorivinä code,fi,sv,en; koodissa on pieniä kirjaimia, numeroita ja yhdysmerkkejä, kukin teksti on yksi 1–300 merkin rivi, enintään 50 väittämää
help-moty-settings-statements-new-examples =
    Esimerkkejä:
      # Uusi versio CSV-tiedostosta: otsikko code,fi,sv,en, yksi väittämä riviä kohden
      moty settings statements new --from statements.csv

help-moty-settings-areas = Palvelualueet: sote-keskuksen kolme ja ulkopuoliset toimijat
help-moty-settings-areas-long = Jokainen yksikkö, pyydetty yksikkö ja jatkopalvelu kuuluu yhteen näistä alueista, joten jokaisen luvun voi lukea palvelualueittain (`moty report outcomes --by area`). Käytä sitä löytääksesi alueen koodin komentoihin `moty settings units add --area` ja `moty plan services add --area`.
help-moty-settings-areas-examples =
    Esimerkkejä:
      # Palvelualueet ja niiden koodit
      moty settings areas

help-moty-settings-units = Yksikköluettelo (kukin yksikkö palvelualueella); ilman alikomentoa luettelo
help-moty-settings-units-long = Missä tahansa yksikkö kirjoitetaan (lähettävä yksikkö, pyydetyt yksiköt, yksikön vastaus), sen on nimettävä tämän luettelon yksikkö koodillaan, jollakin nimellään tai siihen yhdistetyllä tekstillä; rekisteri tietää silloin yksikön palvelualueen. Alikomennoilla lisätään yksikkö tai poistetaan se käytöstä ja kerrotaan, mitä yksikköä paikallinen nimi tarkoittaa.
help-moty-settings-units-examples =
    Esimerkkejä:
      # Yksikköluettelo
      moty settings units
      # Lisää nuorten ohjauskeskus Ohjaamo työllisyyspalveluihin
      moty settings units add ohjaamo --area employment --fi Ohjaamo --sv Ohjaamo --en Ohjaamo
      # Paikallinen nimi tarkoittaa aikuissosiaalityötä
      moty settings units map "Aikuissossu" adult-social-work

help-moty-settings-units-list = Jokainen yksikkö palvelualueineen, käytössä tai ei
help-moty-settings-units-list-long = Luettelo sellaisenaan: kunkin yksikön koodi, palvelualue, englannin-, suomen- ja ruotsinkielinen nimi ja onko yksikkö yhä käytössä. Sama kuin `moty settings units`.
help-moty-settings-units-list-examples =
    Esimerkkejä:
      # Jokainen yksikkö palvelualueineen, käytössä tai ei
      moty settings units list

help-moty-settings-units-add = Lisää yksikkö (tai muuta tämän koodin yksikön aluetta ja nimiä)
help-moty-settings-units-add-long = Käytä sitä, kun herätteitä alkaa tulla yksiköstä, jota luettelossa ei ole, tai yksikön nimi muuttuu tai se siirtyy toiselle palvelualueelle. Olemassa oleva koodi muutetaan ja otetaan taas käyttöön. Mikään koodi tai nimi ei saa nimetä toista yksikköä (poistumiskoodi 2, joka nimeää valitsimen ja yksikön).
help-moty-settings-units-add--code = Lyhyt koodi: pieniä kirjaimia, numeroita ja yhdysmerkkejä, esim. memory-clinic
help-moty-settings-units-add--area = Palvelualueen koodi, esim. health-medical (`moty settings areas` listaa ne)
help-moty-settings-units-add--fi = Suomenkielinen nimi (yksi rivi, enintään 200 merkkiä)
help-moty-settings-units-add--sv = Ruotsinkielinen nimi
help-moty-settings-units-add--en = Englanninkielinen nimi
help-moty-settings-units-add-examples =
    Esimerkkejä:
      # Lisää nuorten ohjauskeskus Ohjaamo työllisyyspalveluihin
      moty settings units add ohjaamo --area employment --fi Ohjaamo --sv Ohjaamo --en Ohjaamo

help-moty-settings-units-deactivate = Poista yksikkö käytöstä (sillä kirjoitettu säilyy)
help-moty-settings-units-deactivate-long = Käytä sitä, kun yksikkö lakkaa tai yhdistyy: sitä ei enää hyväksytä, kun yksikkö kirjoitetaan, mutta sillä kirjoitettu säilyy ja lasketaan yhä sen palvelualueelle. `moty settings units add` sen koodilla ottaa sen taas käyttöön.
help-moty-settings-units-deactivate--code = Yksikön koodi
help-moty-settings-units-deactivate-examples =
    Esimerkkejä:
      # Ohjaamo ei ole enää käytössä
      moty settings units deactivate ohjaamo

help-moty-settings-units-map = Kerro, mitä yksikköä teksti tarkoittaa (paikallinen nimi tai luetteloa vanhempi teksti)
help-moty-settings-units-map-long = Käytä sitä nimelle, jota ihmiset käyttävät ("Aikuissossu"), tai teksteille, jotka `moty settings units unmapped` listaa: teksti tarkoittaa sen jälkeen yksikköä kaikkialla, missä yksikkö kirjoitetaan, ja raportit laskevat sillä kirjoitetun yksikön palvelualueelle. Tekstin aiempi yhdistys korvataan; teksti ei saa olla toisen yksikön koodi tai nimi.
help-moty-settings-units-map--text = Teksti kirjoitetussa muodossa (kirjainkoosta ja tarkkeista välittämättä)
help-moty-settings-units-map--unit = Yksikkö: sen koodi tai nimi
help-moty-settings-units-map-examples =
    Esimerkkejä:
      # Nimi, jota ihmiset käyttävät aikuissosiaalityöstä
      moty settings units map "Aikuissossu" adult-social-work
      # Ennen luetteloa kirjoitettu yksikköteksti
      moty settings units map "Employment services, Kotka" employment-services

help-moty-settings-units-unmapped = Yksikkötekstit, joita ei ole vielä yhdistetty yksikköön, ja niitä käyttävät herätteet ja asiat
help-moty-settings-units-unmapped-long = Luetteloa vanhempi rekisteri säilyttää yksikkötekstinsä kirjoitetussa muodossa; ne, jotka eivät ole minkään yksikön koodi tai nimi, listataan tässä (ja `moty doctor` varoittaa niistä), kunnes kukin on yhdistetty komennolla `moty settings units map TEXT UNIT`.
help-moty-settings-units-unmapped-examples =
    Esimerkkejä:
      # Vielä yhdistämättömät yksikkötekstit
      moty settings units unmapped

help-moty-settings-follow-up-weeks = Näytä tai aseta tiimin jälkiseurannan väli viikkoina
help-moty-settings-follow-up-weeks-long = Jälkiseurantapuhelu erääntyy N viikkoa sen jälkeen, kun asian jatkopolut on sovittu (8, ellei toisin aseteta). Muutos siirtää niiden asioiden eräpäiviä, joilla ei ole omaa väliä (`moty plan CASE --follow-up-weeks`), erääntyvissä jälkiseurannoissa, työlistalla, viikkoviennissä ja komennossa `moty show`. Ilman argumenttia se näyttää välin.
help-moty-settings-follow-up-weeks--weeks = Viikot, kokonaisluku 1–104 [oletus: näyttää välin]
help-moty-settings-follow-up-weeks-examples =
    Esimerkkejä:
      # Näytä tiimin jälkiseurannan väli
      moty settings follow-up-weeks
      # Jälkiseurantapuhelut erääntyvät 10 viikkoa jatkopolkujen sopimisen jälkeen
      moty settings follow-up-weeks 10

help-moty-settings-fhir-base = Näytä tai aseta FHIR-viennin omien koodien kanoninen perusosoite
help-moty-settings-fhir-base-long = Osoite, jonka alla rekisterin omat koodistot, laajennukset ja tunnistejärjestelmät ovat komennon `moty export fhir` viennissä (BASE/CodeSystem/phase, BASE/NamingSystem/case, …): hyvinvointialueen oma, sovittuna vientien lukijan kanssa. Kunnes se asetetaan, viennit käyttävät osoitetta https://moty.invalid/fhir, joka kertoo sen. Muutos muuttaa myöhempien vientien osoitteet, ei rekisteriä. Ilman argumenttia se näytetään.
help-moty-settings-fhir-base--url = http://- tai https://-osoite ilman /-merkkiä lopussa, esim. https://fhir.example.fi/moty
help-moty-settings-fhir-base--clear = Palaa oletukseen
help-moty-settings-fhir-base-examples =
    Esimerkkejä:
      # Näytä kanoninen perusosoite
      moty settings fhir-base
      # Alueen oma perusosoite
      moty settings fhir-base https://fhir.example.fi/moty

help-moty-settings-wellbeing-area = Näytä tai aseta hyvinvointialue, jonka rekisteri on, sellaisena kuin FHIR-vienti sen nimeää
help-moty-settings-wellbeing-area-long = Alueen nimi ja OID-tunnus SOTE-organisaatiorekisterissä. `moty export fhir` nimeää alueen Organization-resurssina, jonka virallinen tunniste on OID, ja koordinaattoritiimin sen osaksi; ennen kuin jompikumpi asetetaan, vienti ei nimeä aluetta. Ilman kenttiä se näyttää tallennetut tiedot; annettu kenttä korvaa tallennetun ja --unset tyhjentää kentän. Asetus ei sisällä asiakastietoja eikä kirjoita lokia; muodoltaan virheellinen arvo hylätään (poistumiskoodi 2) eikä mitään kirjoiteta.
help-moty-settings-wellbeing-area--name = Alueen nimi, esim. "Esimerkin hyvinvointialue"
help-moty-settings-wellbeing-area--oid = Alueen OID-tunnus SOTE-organisaatiorekisterissä, esim. 1.2.246.10.1234567.10.0 (alusta jätetään urn:oid: pois)
help-moty-settings-wellbeing-area--unset = Tyhjennä kenttä; toista molemmille
help-moty-settings-wellbeing-area-examples =
    Esimerkkejä:
      # Näytä hyvinvointialue
      moty settings wellbeing-area
      # Alueen nimi ja OID-tunnus
      moty settings wellbeing-area --name "Esimerkin hyvinvointialue" --oid 1.2.246.10.1234567.10.0

help-moty-settings-contact = Näytä tai aseta yhteystietokortti, jonka `moty contact` tulostaa lähettäville yksiköille
help-moty-settings-contact-long = Tiimin kortti, tai valitsimella --region alueen työparin kortti, jonka omat kentät (yleensä työparin nimet ja puhelin) korvaavat tiimin kentät. Ilman kenttiä se näyttää kortin sellaisena kuin se on tallessa; jokainen annettu kenttä korvaa tallessa olevan, ja --unset tyhjentää kentän. Kortissa ei ole asiakastietoja eikä se kirjoita lokiin; väärän muotoinen arvo hylätään (poistumiskoodi 2) kirjoittamatta mitään.
help-moty-settings-contact--region = Alueen työparin kortti, jonka kentät korvaavat tiimin kentät [oletus: tiimin]
help-moty-settings-contact--coordinators = Keitä koordinaattorit ovat, niin kuin he allekirjoittavat, esim. "Liisa Esimerkki, social counsellor; Maija Malli, nurse"
help-moty-settings-contact--phone = Työparin puhelinnumero
help-moty-settings-contact--phone_hours = Puhelinaika, esim. "mon-fri 09:00-10:00" (päivät mon … sun, väli tai luettelo; useampi jakso puolipisteellä ";" erotettuna) [oletus: mon-fri 09:00-10:00]
help-moty-settings-contact--office_hours = Toimistoaika, kuten --phone-hours [oletus: mon-fri 09:00-15:00]
help-moty-settings-contact--teams = Kenet tavoittaa Teamsissa: osoite (nimi@example.fi) tai https-linkki
help-moty-settings-contact--email = Suojattu sähköpostiosoite päivystyksen ja sosiaalipalvelujen herätteille
help-moty-settings-contact--coordination_book = Perusterveydenhuollon koontikirja potilastietojärjestelmässä, esim. yht405
help-moty-settings-contact--unset = Tyhjennä kenttä (tiimin arvo tai oletusajat ovat taas voimassa); toista useammalle
help-moty-settings-contact-examples =
    Esimerkkejä:
      # Tiimin puhelin, suojattu sähköposti ja koontikirja
      moty settings contact --phone "040 555 0100" --email moty@example.fi --coordination-book yht405
      # Pohjoisen työparin kortti: heidän nimensä ja puhelimensa tiimin tietojen sijaan
      moty settings contact --region north --phone "040 555 0102" --coordinators "Niina Näyte"
      # Lyhyempi puhelinaika perjantaisin
      moty settings contact --phone-hours "mon-thu 09:00-10:00; fri 09:00-09:30"
      # Pohjoinen työpari käyttää taas tiimin puhelinta
      moty settings contact --region north --unset phone

help-moty-contact = Koordinaattorien yhteystietokortti lähettäville yksiköille
help-moty-contact-long = Käytä sitä vastatessasi kysymykseen "miten teidät tavoittaa?" tai liittäessäsi sen intranetsivulle tai esitteeseen: miten asiakkaan voi ohjata ilman lähetettä, miten koordinaattoreita voi konsultoida, puhelinaika, toimistoaika ja alueiden työparit. Tiimi ylläpitää sitä komennolla `moty settings contact`. Se ei nimeä asiakasta eikä kirjoita lokiin.
help-moty-contact--region = Alueen työparin kortti (sen omat kentät tiimin kenttien sijaan) [oletus: tiimin kortti kaikkine alueiden työpareineen]
help-moty-contact-examples =
    Esimerkkejä:
      # Tiimin kortti kaikkine alueiden työpareineen
      moty contact
      # Pohjoisen työparin kortti
      moty contact --region north
      # Kortti JSON-muodossa intranetsivua varten
      moty --json contact

help-moty-client = Merkitse tai poista asiakkaan turvakielto; kirjaa kieli ja tulkki
help-moty-client-long = Käytä sitä, kun herätteen tiedot asiakkaasta muuttuvat: väestötietojärjestelmän turvakielto, jonka vuoksi jokainen asiakkaan näyttävä näkymä varoittaa ja asiakkaan kunta jätetään pois kaikista vienneistä; asiakkaan kieli, joka valitsee hänen asiakirjojensa kielen; tulkki, jota hän tarvitsee. Jokainen muutos kirjataan asian aikajanalle ja käyttölokiin. Kun suostumus on peruttu, vain turvakieltoa voi muuttaa.
help-moty-client--case = Asiakkaan asia, esim. 2026-0007
help-moty-client--non_disclosure = Merkitse (yes) tai poista (no) turvakielto; edellyttää valitsinta --reason
help-moty-client--reason = Miksi turvakielto merkitään tai poistetaan, esim. väestötietojärjestelmän päätös (enintään 400 merkkiä)
help-moty-client--language = Asiakkaan kieli, joka valitsee hänen asiakirjojensa kielen
help-moty-client--interpreter = Asiakas tarvitsee tulkin tälle kielelle (enintään 60 merkkiä)
help-moty-client--no_interpreter = Asiakas ei enää tarvitse tulkkia
help-moty-client-examples =
    Esimerkkejä:
      # Väestötietojärjestelmä pitää asiakkaan osoitteen salassa
      moty client 2026-0004 --non-disclosure yes --reason "Population register decision 20.11.2026"
      # Asiakas puhuu ruotsia ja tarvitsee arabian tulkin
      moty client 2026-0004 --language sv --interpreter Arabic
      # Tulkkia ei enää tarvita
      moty client 2026-0004 --no-interpreter

help-moty-config = Näytä tai muuta omaa asetustiedostoasi (rekisteri, nimi, alue, värit, kieli)
help-moty-config-long = Yhdelle henkilölle kuuluva säilytetään TOML-tiedostossa, jottei sitä tarvitse kirjoittaa joka kerta: rekisterin polku (db), nimi, jolla toimit (as), alue, jonka asiat listasi näyttävät (region), milloin käytetään värejä (color: auto, always tai never) ja kieli, jota moty puhuu (lang: fi tai en). Valitsin voittaa MOTY_*-muuttujansa, joka voittaa tiedoston, joka voittaa oletuksen; tiedoston color voittaa myös muuttujat NO_COLOR ja CLICOLOR_FORCE. Tiedosto on config.toml asetuskansiossasi (Linux ~/.config/moty/, Windows %APPDATA%\moty\moty\config\); MOTY_CONFIG nimeää toisen. Rekisteriä ei avata.
help-moty-config-examples =
    Esimerkkejä:
      # Tallenna rekisterisi polku tiedostoon
      moty config set db /home/aino/moty/register.sqlite3
      # Toimi nimellä coordinator-a kirjoittamatta --as
      moty config set as coordinator-a
      # Listasi näyttävät pohjoisen alueen asiat
      moty config set region north
      # Missä tiedosto on ja mitä siinä on
      moty config list

help-moty-config-path = Missä asetustiedostosi on (MOTY_CONFIG nimeää toisen)
help-moty-config-path-long = Tulostaa tiedoston polun eikä mitään muuta (valitsimella --json config-muodon ilman asetuksia) riippumatta siitä, onko tiedostoa vielä olemassa, jotta voit muokata sitä käsin tai tarkistaa, minkä tiedoston moty lukee. Tiedostoa ei lueta, joten tämä toimii silloinkin, kun sitä ei voi lukea.
help-moty-config-path-examples =
    Esimerkkejä:
      # Missä asetustiedostosi on (tai olisi)
      moty config path

help-moty-config-list = Jokainen asetustiedostosi asetus
help-moty-config-list-long = Tulostaa, missä tiedosto on, ja jokaisen avaimen (db, as, region, color, lang) arvoineen tai tiedon, ettei sitä ole asetettu. Tiedosto, jossa on tuntematon avain tai arvo, jonka valitsin hylkäisi, on poistumiskoodi 2.
help-moty-config-list-examples =
    Esimerkkejä:
      # Jokainen tiedoston asetus
      moty config list

help-moty-config-get = Yksi asetustiedostosi asetus: db, as, region, color tai lang
help-moty-config-get-long = Tulostaa avaimen arvon sitä tarvitsevalle skriptille. Tuntematon avain on poistumiskoodi 2.
help-moty-config-get--key = Avain: db, as, region, color tai lang
help-moty-config-get-examples =
    Esimerkkejä:
      # Tiedoston nimeämä rekisteri
      moty config get db

help-moty-config-set = Aseta yksi: db (rekisteri), as (kenenä toimit), region (listojesi), color, lang (fi tai en)
help-moty-config-set-long = Arvo tarkistetaan niin kuin sen valitsin sen tarkistaisi (muuten poistumiskoodi 2), ja koko tiedosto kirjoitetaan kerralla; tiedosto ja sen kansio luodaan, jos niitä ei ole.
help-moty-config-set--key = Avain: db, as, region, color tai lang
help-moty-config-set--value = Arvo, joka tarkistetaan niin kuin sen valitsin (--db, --as, --region, --color, --lang) sen tarkistaisi
help-moty-config-set-examples =
    Esimerkkejä:
      # Toimi nimellä coordinator-a, ellei --as tai MOTY_USER toisin sano
      moty config set as coordinator-a
      # Listasi näyttävät pohjoisen alueen asiat
      moty config set region north
      # moty puhuu suomea, ellei --lang tai MOTY_LANG toisin sano
      moty config set lang fi

help-moty-config-unset = Poista yksi asetus asetustiedostostasi
help-moty-config-unset-long = Kyseiselle avaimelle on taas voimassa oletus tai MOTY_DB ja MOTY_USER, jos ne on asetettu.
help-moty-config-unset--key = Avain: db, as, region, color tai lang
help-moty-config-unset-examples =
    Esimerkkejä:
      # Listasi noudattavat taas rekisterissä olevaa oletusaluettasi
      moty config unset region

help-moty-completions = Tulosta komentotulkin täydennysskripti (bash, zsh, fish, powershell, elvish)
help-moty-completions-long = Asenna se kerran, niin komentotulkki täydentää motyn komennot, alikomennot, valitsimet ja niiden kiinteät arvot sarkainnäppäimellä. Skripti tuotetaan itse komentorivin määrittelystä, joten tuota se uudelleen päivityksen jälkeen. Se ei tarvitse rekisteriä.
help-moty-completions--shell = Komentotulkki: bash, zsh, fish, powershell tai elvish
help-moty-completions-examples =
    Esimerkkejä:
      # bash
      moty completions bash > ~/.local/share/bash-completion/completions/moty
      # zsh, kun .zshrc-tiedostossa on fpath+=(~/.zfunc)
      moty completions zsh > ~/.zfunc/_moty
      # fish
      moty completions fish > ~/.config/fish/completions/moty.fish
      # PowerShell: tallenna skripti ja lataa se sitten $PROFILE-tiedostostasi (dot-source)
      moty completions powershell > moty.ps1

help-moty-man = Tulosta motyn tai sen komennon käyttöohjesivu (roff)
help-moty-man-long = Asenna sivut paikkaan, josta `man` löytää ne (esim. ~/.local/share/man/man1/), tai katso yksi suoraan komennolla `man -l`. Komennon sivun nimi on muotoa moty-report-outcomes(1). Ne tuotetaan itse komentorivin määrittelystä eivätkä tarvitse rekisteriä; tuntematon komento on poistumiskoodi 2, ja virhe nimeää olemassa olevat komennot.
help-moty-man--command = Komento, esim. report outcomes [oletus: moty itse]
help-moty-man-examples =
    Esimerkkejä:
      # Motyn oma sivu, sitten: man moty
      moty man > ~/.local/share/man/man1/moty.1
      # Yhden komennon sivu
      moty man report outcomes > moty-report-outcomes.1
