notify-summary = Zeit für { $title }
notify-body = Fällig um { $time } Uhr · { $minutes } min. Starten Sie jetzt, oder lassen Sie sich in 30 Minuten erneut erinnern.
notify-start = Starten
notify-later = Später

## What `posewise remind --due --verbose` says.

remind-no-data-folder = kein Datenordner: setzen Sie HOME oder POSEWISE_DATA_DIR
remind-nothing-due = nichts ist fällig
remind-cannot-notify = Benachrichtigungen können nicht angezeigt werden: { $error }
remind-announced = { $title } (fällig um { $time } Uhr) als Benachrichtigung { $id } gemeldet
remind-notification-failed = die Benachrichtigung kann nicht angezeigt werden: { $error }
remind-started = { $title } gestartet
remind-cannot-start = { $title } kann nicht gestartet werden: { $error }
remind-comes-back = { $title } erscheint um { $time } Uhr erneut
remind-dismissed = { $title }: Benachrichtigung geschlossen
remind-starting-afresh = { $error }; es wird neu begonnen
remind-cannot-save-state = { $path }: es kann nicht gespeichert werden, welche Erinnerungen angezeigt wurden: { $error }
remind-cannot-lock = { $path }: die Erinnerungen können nicht gesperrt werden: { $error }
remind-no-settings = noch keine Einstellungen, daher keine Erinnerungen
remind-fix-settings = { $error }; öffnen Sie Posewise, um das zu beheben
remind-anyway = { $error }; es wird trotzdem erinnert
remind-no-such-routine = { $routine }: dieses Programm gibt es nicht mehr
remind-done-since = { $title } wurde seit { $time } Uhr bereits erledigt
dbus-no-runtime = die D-Bus-Laufzeitumgebung kann nicht gestartet werden: { $error }
dbus-timeout = der Session-Bus hat nicht innerhalb von { $seconds } s geantwortet
