<#
The weekly export for the Yhteistyo-tiimi, for the Windows Task Scheduler: the PowerShell twin of
weekly-team-export.sh. It writes next week's anonymous agenda in the formats the team uses (.md,
.xlsx and the Excel .csv) into an outbox folder, and moty records each export in its disclosure
log.

UNTESTED: no Windows machine runs this project's CI (it cross-builds moty.exe and runs it under
Wine, without PowerShell). It is written for Windows PowerShell 5.1 and PowerShell 7; try it by
hand once before scheduling it (register-weekly-export-task.ps1 schedules it).

    powershell.exe -NoProfile -File weekly-team-export.ps1 -Outbox "$env:LOCALAPPDATA\moty\outbox"

Parameters: -Outbox (default .\outbox), -Db (the register; default MOTY_DB, the configuration
file, or moty's default place), -Moty (the program; default moty.exe on PATH), -Recipient (who
receives it, kept in the disclosure log). Exit code: moty's (0 ok, 2 bad input, 3 no register,
5 register busy); the Task Scheduler shows it as the task's "Last Run Result".
#>
param(
    [string]$Outbox = ".\outbox",
    [string]$Db = $env:MOTY_DB,
    [string]$Moty = "moty",
    # "Yhteistyo-tiimi" with its o-umlaut, spelt with the character code so the file stays ASCII: Windows
    # PowerShell 5.1 reads a script without a byte-order mark in the ANSI code page.
    [string]$Recipient = "Yhteisty$([char]0x00F6)-tiimi"
)

if ($Db) { $env:MOTY_DB = $Db }
# The export's own name in the logs, unless the caller set one.
if (-not $env:MOTY_USER) { $env:MOTY_USER = "weekly-export" }

# The outbox folder, readable by this user only (moty's own files are private to the user
# already).
New-Item -ItemType Directory -Force -Path $Outbox | Out-Null
icacls $Outbox /inheritance:r /grant:r "$($env:USERNAME):(OI)(CI)F" | Out-Null

# The coming week, as moty computes it: the Monday on or after today, as an ISO week (2026-W49).
# .NET's DayOfWeek counts Sunday as 0, Monday as 1.
$today = (Get-Date).Date
$monday = $today.AddDays((8 - [int]$today.DayOfWeek) % 7)
$thursday = $monday.AddDays(3)   # the ISO week belongs to the year of its Thursday
$week = "{0}-W{1:D2}" -f $thursday.Year, ([math]::Floor(($thursday.DayOfYear - 1) / 7) + 1)

$exports = @(
    @{ Format = "md"; File = "yhteistyotiimi-$week.md"; Extra = @() },
    @{ Format = "xlsx"; File = "yhteistyotiimi-$week.xlsx"; Extra = @() },
    @{ Format = "csv"; File = "yhteistyotiimi-$week.csv"; Extra = @("--excel") }
)
foreach ($export in $exports) {
    $out = Join-Path $Outbox $export.File
    & $Moty report weekly --week $week --to-whom $Recipient --format $export.Format @($export.Extra) --out $out
    if ($LASTEXITCODE -ne 0) {
        # moty printed its one-line reason on standard error; keep a line for whoever looks.
        Add-Content -Path (Join-Path $Outbox "weekly-export.log") -Value "$(Get-Date -Format s) moty exited $LASTEXITCODE writing $out"
        exit $LASTEXITCODE
    }
}
Write-Output "wrote $Outbox\yhteistyotiimi-$week.{md,xlsx,csv}"
