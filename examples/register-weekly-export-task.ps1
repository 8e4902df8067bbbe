<#
Schedules weekly-team-export.ps1 in the Windows Task Scheduler: every Friday at 13:00, as the
user who runs this script (the register and its exports are private to that user, so the task
must run as them). Run it once, in PowerShell, as that user.

UNTESTED: no Windows machine runs this project's CI. Check the task afterwards in Task Scheduler
(taskschd.msc, "Task Scheduler Library\moty weekly export") and run it once with "Run".

    powershell.exe -NoProfile -File register-weekly-export-task.ps1 -Script C:\moty\weekly-team-export.ps1

Some organisations allow only signed scripts: then the IT staff sign both scripts, or set the
task up by hand with the same program and arguments.
#>
param(
    # Where weekly-team-export.ps1 was copied.
    [Parameter(Mandatory = $true)][string]$Script,
    [string]$Outbox = "$env:LOCALAPPDATA\moty\outbox",
    [string]$TaskName = "moty weekly export"
)

$arguments = "-NoProfile -NonInteractive -ExecutionPolicy Bypass -File `"$Script`" -Outbox `"$Outbox`""
$action = New-ScheduledTaskAction -Execute "powershell.exe" -Argument $arguments
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek Friday -At 13:00
# A Friday missed (the laptop was off) runs when the computer is next on.
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable
Register-ScheduledTask -TaskName $TaskName -Action $action -Trigger $trigger -Settings $settings `
    -Description "moty: the Yhteisty$([char]0x00F6)-tiimi's weekly export into $Outbox"
