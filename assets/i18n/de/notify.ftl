notify-summary = Zeit für { $title }
notify-body = Fällig um { $time } Uhr · { $minutes } min. Starten Sie jetzt, oder lassen Sie sich in 30 Minuten erneut erinnern.
notify-start = Starten
notify-later = Später
