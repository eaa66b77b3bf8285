# Posewise: the reminder's desktop notification. Kept apart, so that
# `posewise remind` reads only these few messages while it waits.

notify-summary = Time for { $title }
notify-body = Due at { $time } · { $minutes } min. Start now, or be reminded again in 30 minutes.
notify-start = Start
notify-later = Later

## What `posewise remind --due --verbose` says it decided, and why.
## $time is a time of day such as 18:00; $error is the reason, often the
## system's own words.

remind-no-data-folder = no data folder: set HOME or POSEWISE_DATA_DIR
remind-nothing-due = nothing is due
remind-cannot-notify = cannot show notifications: { $error }
remind-announced = announced { $title } (due { $time }) as notification { $id }
remind-notification-failed = cannot show the notification: { $error }
remind-started = started { $title }
remind-cannot-start = cannot start { $title }: { $error }
remind-comes-back = { $title } comes back at { $time }
remind-dismissed = { $title } was dismissed
remind-starting-afresh = { $error }; starting afresh
remind-cannot-save-state = { $path }: cannot save which reminders were shown: { $error }
remind-cannot-lock = { $path }: cannot lock the reminders: { $error }
remind-no-settings = no settings yet, so no reminders
remind-fix-settings = { $error }; open Posewise to fix it
remind-anyway = { $error }; reminding anyway
remind-no-such-routine = { $routine }: no such routine any more
remind-done-since = { $title } was done since { $time }
dbus-no-runtime = cannot start the D-Bus runtime: { $error }
dbus-timeout = the session bus did not answer within { $seconds } s
