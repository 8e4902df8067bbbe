# moty på svenska, för de dokument som ges till klienten (id doc-…) och de datumord de använder
# (date-…): en svenskspråkig klient har rätt till sitt eget språk. Samma id och variabler som i
# i18n/en/moty.ftl (tests/cli/catalogues.rs kontrollerar). Regler: src/text/i18n.rs.

## Datum och tal (src/text/format.rs)

date-weekday-short = { $day ->
        [1] mån
        [2] tis
        [3] ons
        [4] tors
        [5] fre
        [6] lör
       *[7] sön
    }
date-weekday = { $day ->
        [1] måndag
        [2] tisdag
        [3] onsdag
        [4] torsdag
        [5] fredag
        [6] lördag
       *[7] söndag
    }
date-month = { $month ->
        [1] januari
        [2] februari
        [3] mars
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] augusti
        [9] september
        [10] oktober
        [11] november
       *[12] december
    }
date-time = { $date } kl. { $time }
date-time-weekday = { $weekday } { $date } kl. { $time }

## Planen som ges till klienten (src/text/protection.rs, copy_*). Markdown: **fetstil** är
## namnet eller tjänsten.

doc-plan-title = Din vård- och serviceplan, { $name }
doc-plan-intro = Den här planen gjordes upp tillsammans med dig { $date }. Spara den: där står vem du kan kontakta och hur dina ärenden går vidare. (Ärende { $case }.)
doc-plan-heading-contact = Vem du kontaktar
doc-plan-heading-goals = Dina mål
doc-plan-heading-pathways = Hur dina ärenden går vidare
doc-plan-heading-actions = Vad vi kom överens om
doc-plan-contact-unnamed = Din kontaktperson utses snart; ring koordinatorerna tills dess.
doc-plan-contact = Din kontaktperson är **{ $name }**.
doc-plan-contact-unit = Din kontaktperson är **{ $name }**, { $unit }.
doc-plan-contact-reach = Din kontaktperson är **{ $name }**. Du når hen på { $contact }.
doc-plan-contact-unit-reach = Din kontaktperson är **{ $name }**, { $unit }. Du når hen på { $contact }.
doc-plan-pathway-booked-on = { $what }: din tid är bokad { $date }
doc-plan-pathway-on = { $what }: { $date }
doc-plan-pathway-booked = { $what }: tiden har bokats åt dig
doc-plan-pathway-book-yourself = { $what }: boka en tid själv
doc-plan-action-by = { $what } — { $who }, senast { $date }
doc-plan-action = { $what } — { $who }


## ==== t4: src/text/feedback.rs (doc-feedback-…: read to the client) ====

## Klientens respons: frågorna som läses upp för klienten (src/text/feedback.rs)

doc-feedback-fully-agree = helt av samma åsikt
doc-feedback-partly-agree = delvis av samma åsikt
doc-feedback-cant-say = kan inte säga
doc-feedback-partly-disagree = delvis av annan åsikt
doc-feedback-fully-disagree = helt av annan åsikt
doc-feedback-usefulness-question = Hur nyttigt var besöket för dig på en skala från 1 till 10?
doc-feedback-text-question = Vill du säga något mer om besöket?

## ==== t3 ====
## (src/text/protection.rs: the plan for the client)

doc-plan-pathway-purpose = { $line } ({ $purpose })
