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
