# Posewise: alle Texte, die man liest oder hört, auf Deutsch.
#
# Englisch ist die Ausgangssprache und die Rückfallsprache. Jede andere Sprache
# hat eine Datei mit denselben IDs in assets/i18n/<Sprache>/. Um eine Zeile zu
# korrigieren, ändern Sie in dieser Datei den Text nach "=" bei ihrer ID; lassen
# Sie jede { $variable } unverändert (ihr Name wird nicht übersetzt) und behalten
# Sie die Pluralformen, zwischen denen Fluent mit [one] und *[other] wählt.


## Die gesprochene Anleitung

coach-switch-sides = Wechseln Sie die Seite.
coach-rest = Pause
coach-halfway = Die Hälfte ist geschafft.
coach-done = Die Übungseinheit ist beendet. Gut gemacht.
# "Knie-zur-Brust-Dehnung, 30 Sekunden"
coach-work = { $pose }, { $length }
coach-seconds =
    { $count ->
        [one] { $count } Sekunde
       *[other] { $count } Sekunden
    }
coach-minutes =
    { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }
coach-up-next = { $work }.
coach-up-next-left = { $work }, zuerst die linke Seite.
coach-up-next-right = { $work }, rechte Seite.
# Die Übung, dann ihre erste Anweisung.
coach-introduce = { $work } { $instruction }
coach-next = Als Nächstes: { $what }
coach-rep = { $pose }, Wiederholung { $rep } von { $reps }
coach-set = { $pose }, Satz { $set } von { $sets }
# Das Wort, das zwei Teile einer Anweisung verbindet, an dem eine kürzere
# Anweisung abgeschnitten werden kann.
coach-and = und
# Eine gekürzte Anweisung.
coach-clause = { $clause }.

## Die Befehlszeile

cli-unknown-language = Posewise spricht „{ $code }“ nicht; verwenden Sie eine dieser Sprachen: { $known }

## Prüfen einer Programmdatei. Jede Meldung folgt auf "Datei:Zeile:Spalte: ".
## Feldnamen in Anführungszeichen ('hold_seconds') und Werte in doppelten
## Anführungszeichen stehen so in der Datei: nicht übersetzen.

check-what-routine = das Programm
check-what-step = Schritt { $number }
check-found-bool = true/false
check-found-number = eine Zahl
check-found-text = Text
check-found-list = eine Liste
check-found-object = ein Objekt
check-not-object = { $what } muss ein Objekt { "{" } … { "}" } sein, gefunden: { $found }
check-unknown-field-near = { $what }: unbekanntes Feld '{ $field }'; meinten Sie '{ $near }'?
check-unknown-field = { $what }: unbekanntes Feld '{ $field }'; erlaubte Felder sind { $allowed }
check-needs = { $what } braucht '{ $field }'
check-empty = '{ $field }' darf nicht leer sein
check-too-long = '{ $field }' ist länger als { $longest } Zeichen; kürzen Sie den Text
check-not-text = '{ $field }' muss Text in Anführungszeichen sein, gefunden: { $found }
# $unit ist eines von: seconds, times, days, weeks.
check-unit =
    { $unit ->
        [times] Mal
        [days] Tage
        [weeks] Wochen
       *[seconds] Sekunden
    }
check-not-whole = '{ $field }' muss eine ganze Zahl sein ({ $min } bis { $max } { $unit }), gefunden: { $found }
check-not-tenths = '{ $field }' muss eine Sekundenzahl von { $min } bis { $max } mit höchstens einer Nachkommastelle sein, gefunden: { $found }
check-not-bool = '{ $field }' muss true oder false sein, gefunden: { $found }
check-format = 'format' muss "{ $format }" sein, gefunden: { $found }; ist das eine Posewise-Programmdatei?
check-newer-version = diese Datei wurde mit einer neueren Posewise-Version erstellt (Programmformat Version { $found }; diese Version liest Version { $version }): aktualisieren Sie Posewise, um sie zu öffnen
check-version = 'version' muss { $version } sein, gefunden: { $found }
check-steps-not-list = 'steps' muss eine Liste [ … ] von Schritten sein, gefunden: { $found }
check-steps-empty = 'steps' ist leer; fügen Sie mindestens einen Schritt hinzu, etwa { "{" }"pose": "balasana", "hold_seconds": 30{ "}" }
check-too-many-steps = ein Programm darf höchstens { $most } Schritte haben, dieses hat { $count }; teilen Sie es in mehrere Programme auf (die Schritte nach Schritt { $most } wurden nicht geprüft)
check-custom-needs-hold = { $what } ({ $label }) braucht 'hold_seconds'
check-pose-and-custom = { $what } hat sowohl 'pose' als auch 'custom'; behalten Sie nur eines davon
check-needs-pose = { $what } braucht 'pose' (eine Katalog-ID wie "balasana"; `posewise poses` zeigt die Liste) oder 'custom'
check-pose-not-text = 'pose' muss eine Übungs-ID in Anführungszeichen sein, gefunden: { $found }
check-unknown-pose-near = unbekannte Übung '{ $pose }'; meinten Sie '{ $near }'?
check-unknown-pose = unbekannte Übung '{ $pose }'; führen Sie `posewise poses` aus, um die bekannten Übungen aufzulisten, oder beschreiben Sie die Übung mit 'custom'
check-instructions-not-list = 'instructions' muss eine Liste kurzer Sätze sein, gefunden: { $found }
check-too-many-instructions = 'instructions' darf höchstens { $most } Zeilen haben; kürzen Sie die Liste
check-unknown-sides-near = unbekannte Seitenangabe '{ $sides }'; meinten Sie '{ $near }'? Verwenden Sie einen der Werte "both", "left", "right", "none"
check-unknown-sides = unbekannte Seitenangabe '{ $sides }'; verwenden Sie einen der Werte "both", "left", "right", "none"
check-sides-not-text = 'sides' muss einer der Werte "both", "left", "right", "none" sein, gefunden: { $found }
check-sides-on-one-sided = '{ $label }' wird nicht seitenweise ausgeführt und kann daher keine Seiten haben; entfernen Sie 'sides'
check-breath-longer-than-hold = ein Atemzug dauert { $breath } s, der Schritt wird aber nur { $hold } s gehalten; erhöhen Sie 'hold_seconds' oder verkürzen Sie den Atemzug
check-twice = '{ $field }' ist doppelt angegeben; behalten Sie nur eine Angabe
check-invalid = ungültiges Programm: { $error }
check-file-too-large = die Datei ist größer als { $kib } KiB; eine Programmdatei ist eine kleine Textdatei, prüfen Sie also, ob dies die richtige Datei ist
check-not-utf8 = die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8
check-not-json = kein gültiges JSON: { $error }
check-session-too-long = die Übungseinheit würde { $hours } Stunden dauern; eine Übungseinheit dauert höchstens { $most } Stunden, und mit Schritt { $step } wird diese Grenze überschritten: geben Sie den Schritten weniger Wiederholungen oder Sätze oder kürzere Haltezeiten, oder teilen Sie das Programm in mehrere Programme auf

## JSON-Syntaxfehler (das Englische behält die Worte des Parsers)

json-expected-comma-or-brace = `,` oder `{ "}" }` erwartet
json-expected-comma-or-bracket = `,` oder `]` erwartet
json-expected-colon = `:` erwartet
json-expected-value = Wert erwartet
json-trailing-comma = überflüssiges Komma nach dem letzten Eintrag
json-trailing-characters = überzählige Zeichen nach dem Ende der Daten
json-key-not-string = der Schlüssel muss ein Text in Anführungszeichen sein
json-eof = die Datei endet zu früh: eine Klammer oder ein Anführungszeichen ist nicht geschlossen
json-control-character = Steuerzeichen in einem Text gefunden; schreiben Sie jeden Text in eine einzige Zeile
json-invalid-escape = ungültige Escape-Sequenz nach \
json-invalid-number = ungültige Zahl
json-too-deep = zu tief verschachtelt (Rekursionsgrenze überschritten)

## Sicherheit

safety-not-advice = Posewise leitet Sie durch die Übungen, die Ihr Arzt oder Therapeut ausgewählt hat. Posewise gibt keinen medizinischen Rat. Halten Sie sich an den Plan Ihres Physiotherapeuten oder Arztes, bewegen Sie sich sanft und brechen Sie eine Übung ab, wenn Ihre Schmerzen schlimmer werden.
safety-red-flags-intro = Machen Sie keine Übungen, wenn zusätzlich zu den Rückenschmerzen einer dieser Punkte zutrifft:
safety-emergency-heading = Holen Sie sich sofort Notfallhilfe
safety-emergency-intro = Gehen Sie sofort in eine Notaufnahme oder rufen Sie sofort den Notruf an, wenn einer der folgenden Punkte auf Sie zutrifft:
safety-same-day-heading = Gehen Sie noch heute zum Arzt
safety-same-day-intro = Rufen Sie noch heute, bevor Sie Übungen machen, Ihren Arzt oder einen ärztlichen Bereitschaftsdienst an, wenn einer der folgenden Punkte auf Sie zutrifft:
safety-outlook = Rückenkrämpfe bessern sich meist innerhalb von drei bis sechs Wochen; sanft aktiv zu bleiben hilft dabei, dass sie abklingen.

## Zahlen, Längen und Daten

# Zwischen den Einträgen einer Liste: "30 s × 3, beide Seiten, Pause 10 s".
list-separator = { ", " }
unit-seconds-short = { $seconds } s
duration-s = { $s } s
duration-min = { $m } min
duration-min-s = { $m } min { $s } s
duration-h-min = { $h } h { $m } min
date-long = { $day }. { $month } { $year }
date-short = { $day }. { $month }
month =
    { $month ->
        [jan] Januar
        [feb] Februar
        [mar] März
        [apr] April
        [may] Mai
        [jun] Juni
        [jul] Juli
        [aug] August
        [sep] September
        [oct] Oktober
        [nov] November
       *[dec] Dezember
    }
month-short =
    { $month ->
        [jan] Jan.
        [feb] Feb.
        [mar] März
        [apr] Apr.
        [may] Mai
        [jun] Juni
        [jul] Juli
        [aug] Aug.
        [sep] Sept.
        [oct] Okt.
        [nov] Nov.
       *[dec] Dez.
    }
weekday =
    { $day ->
        [mon] Montag
        [tue] Dienstag
        [wed] Mittwoch
        [thu] Donnerstag
        [fri] Freitag
        [sat] Samstag
       *[sun] Sonntag
    }
weekday-short =
    { $day ->
        [mon] Mo.
        [tue] Di.
        [wed] Mi.
        [thu] Do.
        [fri] Fr.
        [sat] Sa.
       *[sun] So.
    }

## Die Dosierung eines Schritts und die Verordnung eines Programms

# "30 s × 3"
dose-reps = { $hold } × { $reps }
dose-sets = { $sets } Sätze
dose-both-sides = beide Seiten
dose-left-side = linke Seite
dose-right-side = rechte Seite
dose-rest = Pause { $rest }
rhythm-in = einatmen { $seconds }
rhythm-hold = halten { $seconds }
rhythm-out = ausatmen { $seconds }
rhythm-hold-empty = ausgeatmet halten { $seconds }
often-times-a-day =
    { $count ->
        [1] Einmal täglich
        [2] Zweimal täglich
       *[other] { $count }-mal täglich
    }
often-days-a-week =
    { $count ->
        [7] jeden Tag
       *[other] an { $count } Tagen pro Woche
    }
often-weeks =
    { $count ->
        [one] { $count } Woche lang
       *[other] { $count } Wochen lang
    }

## Das Übungsblatt

handout-from = Von { $author }
handout-length =
    { $steps ->
        [one] { $steps } Schritt, insgesamt etwa { $length }
       *[other] { $steps } Schritte, insgesamt etwa { $length }
    }
handout-written = erstellt am { $date }
handout-how-often = Wie oft:
handout-stop-and-get-help = Aufhören und Hilfe holen
handout-about = etwa { $length }
handout-note = Hinweis:
handout-rhythm = Rhythmus: { $rhythm }.
handout-rhythm-nostrils = Rhythmus: { $rhythm }, abwechselnd durch das linke und das rechte Nasenloch.
handout-breathing = Atmung:
handout-take-care = Bitte beachten:
handout-avoid-if = Vermeiden bei:

## Die Übungseinheit: Phasen und die Anzeige des Ablaufs

phase-get-ready = Bereit machen
phase-hold = Halten
phase-rest = Pause
phase-switch-sides = Seite wechseln
phase-set-rest = Pause zwischen den Sätzen
phase-breathe-in = Einatmen
phase-hold-in = Atem anhalten
phase-breathe-out = Ausatmen
phase-hold-out = Halten, Lunge leer
side-left = links
side-right = rechts
board-breath = Atemzug { $n } von { $of }
board-step = Schritt { $n } von { $of }
board-next = Als Nächstes: { $pose }, { $length }
board-time-left = noch { $time }
board-left-next = Als Nächstes die linke Seite
board-right-next = Als Nächstes die rechte Seite
board-left-first = Zuerst die linke Seite
board-right-first = Zuerst die rechte Seite
board-left-side = Linke Seite
board-right-side = Rechte Seite
board-rep = Wiederholung { $n } von { $of }
board-set = Satz { $n } von { $of }
runner-paused = Angehalten
runner-left-nostril = Linkes Nasenloch
runner-right-nostril = Rechtes Nasenloch
cli-error = Fehler: { $message }
cli-valid =
    OK: „{ $title }“, { $steps ->
        [one] { $steps } Schritt
       *[other] { $steps } Schritte
    }, { $length }
cli-pose = { $kind }, { $seconds } s
cli-pose-each-side = { $kind }, pro Seite, { $seconds } s
cli-unknown-pose-near = unbekannte Übung '{ $pose }'; meinten Sie '{ $near }'?
cli-unknown-pose = unbekannte Übung '{ $pose }'
cli-no-illustration = zu '{ $pose }' gibt es keine Abbildung
cli-cannot-write-handout = das Übungsblatt kann nicht gespeichert werden: { $error }; wählen Sie eine Datei in einem Ordner, in den Sie schreiben dürfen
cli-handout-written =
    Übungsblatt für „{ $title }“, { $steps ->
        [one] { $steps } Schritt
       *[other] { $steps } Schritte
    }

## Probleme in Dateien: "Datei:Zeile:Spalte: Fehler: …"

problem-error = Fehler: { $message }
problem-more =
    { $count ->
        [one] … und { $count } weiteres Problem
       *[other] … und { $count } weitere Probleme
    }

## Arten von Übungen

kind-stretch = Dehnung
kind-pose = Haltung
kind-breathing = Atemübung
kind-relaxation = Entspannung
editor-unknown-pose = unbekannte Übung
editor-custom-exercise = eigene Übung
settings-title = Einstellungen
settings-sound = Ton
settings-volume = Lautstärke: { $percent } %
settings-mute = Alle Töne stummschalten (M während einer Übungseinheit)
settings-voice = Gesprochene Ansagen
settings-beeps = Countdown-Pieptöne vor jedem Wechsel
settings-breath-tone = Ein sanfter Ton, der jedem Atemzug folgt
settings-sessions = Übungseinheiten
settings-own-get-ready = Die eigene Vorbereitungszeit jedes Programms verwenden
settings-get-ready = Bereit machen: { $seconds } s vor jeder Übung
settings-looks = Darstellung
settings-language = Sprache
settings-language-system = Wie das System
settings-theme = Farbschema
theme-system = Wie das System
theme-light = Hell
theme-dark = Dunkel
settings-reduce-motion = Bewegung reduzieren: ein ruhender Atemkreis, Bedienelemente bleiben sichtbar
settings-text-size = Textgröße: { $percent } %
settings-your-data = Ihre Daten
settings-open-folder = Ordner öffnen
settings-safety = Sicherheit
settings-read-safety = Sicherheitshinweis und Warnzeichen lesen
tab-today = Heute
tab-routines = Programme
tab-poses = Übungen
tab-history = Verlauf
tab-settings = Einstellungen
tab-safety = Sicherheit
# Ein Tastenkürzel: Strg und eine Ziffer.
key-ctrl = Strg+{ $n }
key-enter = Eingabe
key-space = Leertaste
key-esc = Esc
notice-dismiss = Ausblenden
safety-close = Schließen
safety-understood = Verstanden
safety-before-you-start = Bevor Sie beginnen
safety-keys = Tasten: Strg+1 bis Strg+5 öffnen Heute, Programme, Übungen, Verlauf und Einstellungen; F1 zeigt diesen Hinweis erneut. In einer Übungseinheit: Leertaste hält an, H meldet, dass es wehtut, Esc beendet.
# "Sonntag, 1. Juni": heute, oben auf der Seite Heute.
date-day = { $weekday }, { $day }. { $month }
settings-no-data-folder = Kein Datenordner
settings-sound-opens-later = Die Tonausgabe wird geöffnet, wenn eine Übungseinheit beginnt.
today-interrupted = Nach { $into } unterbrochen, am { $date } um { $time } Uhr. Machen Sie dort weiter, wo Sie aufgehört haben, oder verwerfen Sie die Übungseinheit.
notice-write-unfinished = Posewise konnte das Schreiben einer Datei nicht abschließen.
notice-cannot-open-folder = { $folder } konnte nicht geöffnet werden ({ $error }); öffnen Sie den Ordner in Ihrem Dateimanager.
today-title = Heute
today-no-routine = Noch kein Programm
today-choose-routine = Programm wählen
# Die große Schaltfläche: "Starten: Hilfe bei Rückenkrämpfen (6 min)".
today-start = Starten: { $title } ({ $length })
today-start-short = Starten
today-open = Öffnen
today-enter-starts = Eingabe startet das Programm.
today-your-routines = Ihre Programme
today-see-history = Verlauf ansehen
today-browse-poses = Übungen ansehen
today-new-routine = Neues Programm
today-due-now = Jetzt fällig
today-due-at = { $title }, fällig um { $time } Uhr
today-interrupted-title = „{ $title }“ wurde unterbrochen
today-resume = Fortsetzen
today-discard = Verwerfen
today-no-streak = Noch keine Serie
today-streak =
    { $days ->
        [one] { $days } Tag in Folge
       *[other] { $days } Tage in Folge
    }
today-last-pain = Letzte Übungseinheit: Schmerz { $before } vorher, { $after } nachher
today-no-pain = Noch keine Schmerzbewertungen
today-done-over = Heute { $done } erledigt ({ $prescribed } verordnet)
today-done-of = Heute { $done } von { $prescribed } erledigt
today-done = Heute erledigt
today-not-done = Heute nicht erledigt
days-every = Jeden Tag
days-weekdays = Mo–Fr
days-none = Keine Tage
reminder-not-a-time = „{ $text }“ ist keine Uhrzeit: Schreiben Sie sie als 18:00
runner-controls-hidden = Leertaste hält an · jede Taste oder Mausbewegung zeigt die Bedienelemente
runner-sound-starting = Ton wird vorbereitet …
runner-hide = Ausblenden
runner-pain-before = Schmerz jetzt, 0 bis 10 (optional)
runner-continue = Fortsetzen
runner-pause = Anhalten
runner-sound-on = Ton an
runner-mute = Stumm
runner-back = Zurück
runner-next = Nächste
runner-hurts = Das tut weh
runner-quieter = Leiser
runner-louder = Lauter
runner-stop = Beenden
runner-stop-ask = Übungseinheit beenden?
runner-stop-logged = Sie wird als nicht abgeschlossen erfasst.
runner-keep-going = Weitermachen
runner-hurts-title = Es tut weh: Was jetzt?
runner-hurts-noted = Es wird für Ihren Physiotherapeuten vermerkt. Bei stechenden oder zunehmenden Schmerzen: Lassen Sie diese Übung aus oder hören Sie auf.
runner-hurts-easier = Leichter machen: kürzer halten
runner-hurts-skip = Diese Übung auslassen
runner-hurts-gently = Sanft weitermachen
runner-hurts-stop = Übungseinheit beenden
runner-take-care = Bitte beachten
runner-avoid-if = Vermeiden bei
key-left-arrow = Pfeil links
key-right-arrow = Pfeil rechts
summary-detail = { $title }: { $active } Übungszeit, { $done } von { $total } Schritten.
summary-painful-marked = Schmerzhafte Schritte sind in Ihrem Verlauf markiert.
summary-stopped = Übungseinheit abgebrochen
summary-well-done = Gut gemacht: Übungseinheit abgeschlossen
summary-complete = Übungseinheit abgeschlossen
effort-easy = Leicht
effort-right = Passend
effort-hard = Schwer
summary-pain-now-before = Schmerz jetzt, 0 (keiner) bis 10 (stärkster); vor der Übungseinheit: { $before }
summary-pain-now = Schmerz jetzt, 0 (keiner) bis 10 (stärkster)
summary-pain-went-up = Ihre Schmerzen sind stärker als vor der Übungseinheit. Ruhen Sie sich heute aus und bewegen Sie sich sanft; wenn die Schmerzen stärker bleiben, sagen Sie es Ihrem Physiotherapeuten vor der nächsten Übungseinheit.
summary-how-hard = Wie anstrengend war es?
summary-note = Notiz (optional)
summary-note-placeholder = Wie ist es gelaufen?
summary-discard-ask = Diese Übungseinheit nicht in Ihren Verlauf aufnehmen?
summary-discard = Verwerfen
summary-keep = Behalten (Esc)
summary-save = Speichern
summary-discard-more = Verwerfen …
summary-enter-saves = Eingabe speichert. Jede Bewertung ist optional.
range-in-weeks = in den letzten { $weeks } Wochen
range-in-months = in den letzten { $months } Monaten
range-in-year = im letzten Jahr
range-in-all = insgesamt
range-weeks = Letzte { $weeks } Wochen
range-months = Letzte { $months } Monate
range-year = Letztes Jahr
range-all = Gesamter Zeitraum
history-all-routines = Alle Programme
history-stopped-after = abgebrochen nach { $done } von { $total } Schritten
history-pain = Schmerz { $before } → { $after }
history-effort = Anstrengung: { $effort }
history-effort-easy = leicht
history-effort-right = passend
history-effort-hard = schwer
# "So., 1. Juni 2025, 18:00"
history-when = { $weekday }, { $date }, { $time }
history-adherence = { $title }: { $done } von { $prescribed } verordneten Übungseinheiten, { $percent } %
history-adherence-free =
    { $title }: { $done ->
        [one] { $done } Übungseinheit abgeschlossen (keine Verordnung)
       *[other] { $done } Übungseinheiten abgeschlossen (keine Verordnung)
    }
history-warning = { $warning } ({ $first } und { $second })
# "24 Übungseinheiten, 310 min in den letzten 12 Wochen · Serie 5 Tage (längste: 12)"
history-headline =
    { $sessions ->
        [one] { $sessions } Übungseinheit
       *[other] { $sessions } Übungseinheiten
    }, { $minutes } min { $range } · Serie { $streak ->
        [one] { $streak } Tag
       *[other] { $streak } Tage
    } (längste: { $longest })
warning-pain-rose = In zwei Übungseinheiten hintereinander waren die Schmerzen danach um 2 oder mehr Punkte höher als davor: Erwägen Sie, sich an Ihren Physiotherapeuten zu wenden.
report-disclaimer = Posewise gibt keinen medizinischen Rat. Dieser Bericht führt auf, was der Patient eingetragen hat; der Physiotherapeut oder Arzt beurteilt es.
history-save-report = Bericht speichern …
key-ctrl-s = Strg+S
history-title = Verlauf
history-show = Anzeigen
history-empty = Noch keine Übungseinheiten erfasst: Schließen Sie eine Übungseinheit ab, dann erscheint sie hier.
history-go-today = Zu „Heute“
history-calendar-facts =
    { $days ->
        [one] { $days } Tag mit Übungen, { $minutes } min
       *[other] { $days } Tage mit Übungen, { $minutes } min
    }
history-adherence-title = Therapietreue
history-pain-title = Schmerz vorher und nachher
history-pain-weekly = Viele Übungseinheiten: Jeder Punkt ist ein Wochendurchschnitt.
history-pain-ring = Ein Ring markiert, wo der Schmerz nachher stärker war als vorher.
history-minutes-title = Minuten pro Woche
history-minutes-note = Jeder Balken ist eine Woche, Montag bis Sonntag, beschriftet mit ihrem Montag; der letzte ist die laufende Woche bis heute.
history-sessions = Übungseinheiten
history-no-match = Keine Übungseinheiten für diese Filter.
history-earlier =
    { $count ->
        [one] … und { $count } frühere Übungseinheit
       *[other] … und { $count } frühere Übungseinheiten
    }
# "Im Lauf von 5 Wochen sank der Schmerz nach den Übungseinheiten von 4,3 auf 1,7 und stieg dann auf 4,4."
pain-none = Keine Übungseinheit in diesem Zeitraum hat eine Schmerzbewertung vorher und nachher.
pain-fell-rose =
    Im Lauf von { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } sank der Schmerz nach den Übungseinheiten von { $from } auf { $low } und stieg dann auf { $to }.
pain-rose-fell =
    Im Lauf von { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } stieg der Schmerz nach den Übungseinheiten von { $from } auf { $high } und sank dann auf { $to }.
pain-stayed =
    Im Lauf von { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } blieb der Schmerz nach den Übungseinheiten bei etwa { $at }.
pain-fell =
    Im Lauf von { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } sank der Schmerz nach den Übungseinheiten von { $from } auf { $to }.
pain-rose =
    Im Lauf von { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } stieg der Schmerz nach den Übungseinheiten von { $from } auf { $to }.
chart-less = Weniger
chart-more = Mehr
chart-pain-axis = Schmerz (0–10)
chart-before = vorher
chart-after = nachher
chart-minutes = Minuten
chart-target = Ziel { $minutes } min pro Woche
back = ‹ Zurück
# "Dehnung · 30 s pro Seite"
pose-facts = { $kind } · { $hold }
pose-facts-each-side = { $kind } · { $hold } pro Seite
routines-routines = Programme
routines-open-a-file = Datei öffnen …
routines-new-routine = Neues Programm
routines-up-and-down-choose = Pfeil hoch und runter wählen aus, Eingabe öffnet, Leertaste startet, F2 benennt um, Entf löscht, Strg+O öffnet eine Datei.
routines-duplicate-it-to-change = Duplizieren Sie es, um es zu ändern oder umzubenennen
routines-start = Starten
routines-rename-routine = Programm umbenennen
routines-rename = Umbenennen
routines-cancel = Abbrechen
routines-the-file-is-removed = Die Datei wird aus Ihren Programmen entfernt. Ihr Verlauf behält die Übungseinheiten.
routines-delete = Löschen
pose-page-how-to-do-it = Ausführung
pose-page-what-it-helps = Wobei es hilft
pose-page-breathing = Atmung
pose-page-take-care = Bitte beachten
pose-page-avoid-if = Vermeiden bei
pose-page-enter-adds-it-esc = Eingabe fügt die Übung hinzu, Esc geht zurück.
pose-page-add-to-a-routine = Zu einem Programm hinzufügen
pose-page-add-it-to = Hinzufügen zu
routine-page-start = Starten
routine-page-enter-starts-esc-goes = Eingabe startet, Esc geht zurück, Strg+S speichert eine Kopie der Datei.
reminders-remind-me-at-these = Zu diesen Zeiten erinnern
reminders-at = Um
reminders-remove = Entfernen
reminders-add-a-time = Zeit hinzufügen
reminders-on = An
reminders-reminders = Erinnerungen
reminders-pick-at-least-one = Wählen Sie mindestens einen Tag, sonst gibt es keine Erinnerung.
reminders-add-a-time-or = Fügen Sie eine Zeit hinzu, sonst gibt es keine Erinnerung.
poses-back-to-the-editor = Zurück zum Editor
routines-open = Öffnen
routines-duplicate = Duplizieren
routines-bundled = In Posewise enthalten
routines-own = Eigenes
# "6 min · 4 Schritte · Eigenes"
routines-line =
    { $length } · { $steps ->
        [one] { $steps } Schritt
       *[other] { $steps } Schritte
    } · { $origin }
routines-title-placeholder = Titel
routines-delete-ask = „{ $title }“ löschen?
poses-no-match = Keine Übung passt zu „{ $query }“. Versuchen Sie es mit weniger Buchstaben, oder fügen Sie im Editor eine eigene Übung hinzu.
poses-add-title = Übung hinzufügen
poses-add-hint = Wählen Sie eine Übung für „{ $routine }“. Esc führt zurück zum Editor.
poses-title = Übungen
poses-hint = { $count } Haltungen und Übungen. Tippen Sie, um zu suchen; Eingabe öffnet die erste.
poses-all = Alle
poses-stretches = Dehnungen
poses-poses = Haltungen
poses-breathing = Atemübungen
poses-relaxation = Entspannung
poses-shown = { $count } angezeigt
poses-search = Übungen suchen: Name, Sanskrit oder Englisch
pose-page-being-edited = { $title } (in Bearbeitung)
pose-page-new-routine = Ein neues Programm
routine-page-edit = Bearbeiten
routine-page-edit-copy = Kopie bearbeiten
routine-page-add-pose = Übung hinzufügen
routine-page-see-history = Verlauf ansehen
routine-page-save-as = Speichern unter …
routine-page-handout = Übungsblatt zum Drucken …
routine-page-facts =
    { $steps ->
        [one] { $steps } Schritt, insgesamt { $length }
       *[other] { $steps } Schritte, insgesamt { $length }
    }
routine-page-from = Von { $author }
reminders-explain-on = Zu jeder Zeit erscheint eine Desktop-Benachrichtigung mit „Starten“ und „Später“ (erneut in 30 Minuten), außer Sie haben das Programm schon gemacht.
reminders-explain-off = Aus. Die Zeiten ergeben sich aus der Verordnung; ändern Sie sie nach Belieben.
files-added = Zu Ihren Programmen hinzugefügt. Sie können es ab jetzt über „Heute“ und „Programme“ starten.
files-already-bundled = Dieses Programm ist in Posewise enthalten und daher schon in Ihren Programmen.
files-already-there = Dieses Programm ist schon in Ihren Programmen und wurde daher nicht erneut kopiert.
files-cannot-open =
    „{ $name }“ konnte nicht geöffnet werden:
    { $error }
files-open-title = Programm öffnen
files-filter-routine = Posewise-Programm
files-save-copy-title = Kopie des Programms speichern
files-saved-copy = Kopie gespeichert unter { $path }
files-cannot-save = Speichern unter { $path } nicht möglich: { $error }. Wählen Sie einen Ordner, in den Sie schreiben dürfen.
files-save-handout-title = Übungsblatt speichern
files-saved-handout = Übungsblatt gespeichert unter { $path }: Öffnen Sie es in einem Webbrowser, um es zu drucken.
session-running = Eine angeleitete Übungseinheit läuft
session-sound-through = Der Ton wird über { $name } wiedergegeben.
session-no-data-folder = Es gibt keinen Datenordner, daher wurde diese Übungseinheit nicht erfasst.
session-waiting-saved = Die wartenden Übungseinheiten sind jetzt in Ihrem Verlauf gespeichert.
session-waiting-lost = Die Übungseinheiten, die auf das Speichern warteten, sind verloren gegangen.
reminders-check-failed = Die Erinnerungsprüfung konnte nicht eingerichtet werden: { $error }
reminders-check-removed = Erinnerungen sind aus; die Erinnerungsprüfung wurde entfernt.
reminders-check-not-removed = Die Erinnerungsprüfung konnte nicht entfernt werden: { $error }
report-save-title = Bericht speichern
report-filter-html = Webseite (HTML)
report-filter-csv = Tabelle (CSV)
report-cannot-save = Der Bericht konnte nicht unter { $path } gespeichert werden: { $error }. Wählen Sie einen Ordner, in den Sie schreiben dürfen.
editor-sides-default = Wie in der Übung angegeben
editor-sides-both = Beide Seiten
editor-sides-left = Nur links
editor-sides-right = Nur rechts
editor-sides-none = Keine Seiten
editor-not-saved =
    { $count ->
        [one] Nicht gespeichert: Beheben Sie zuerst das unten markierte Problem.
       *[other] Nicht gespeichert: Beheben Sie zuerst die { $count } unten markierten Probleme.
    }
session-kept-in-memory = Posewise behält die Übungseinheit im Speicher und speichert sie, sobald es möglich ist
session-waiting = ({ $count } ausstehend): Posewise versucht es alle { $seconds } Sekunden erneut und wenn Sie das Fenster schließen.
editor-save = Speichern
editor-unsaved-changes = Nicht gespeicherte Änderungen
editor-title = Titel
editor-from = Von
editor-get-ready-s = Bereit machen (s)
editor-times-a-day = Mal pro Tag
editor-days-a-week = Tage pro Woche
editor-for-how-many-weeks = Wie viele Wochen
editor-notes = Hinweise
editor-enter-saves-esc-keeps = Eingabe speichert, mit Esc bearbeiten Sie weiter.
editor-drag = Ziehen
editor-up = Nach oben
editor-down = Nach unten
editor-duplicate = Duplizieren
editor-remove = Entfernen
editor-remove-line = Zeile entfernen
editor-instructions = Anweisungen
editor-add-a-line = Zeile hinzufügen
editor-done-on-each-side = Auf jeder Seite ausgeführt
editor-own-breathing-rhythm = Eigener Atemrhythmus
editor-alternate-nostrils = Nasenlöcher abwechseln
editor-edit-routine = Programm bearbeiten
editor-total =
    { $steps ->
        [one] { $steps } Schritt · insgesamt { $length }
       *[other] { $steps } Schritte · insgesamt { $length }
    }
editor-total-unknown =
    { $steps ->
        [one] { $steps } Schritt · Korrigieren Sie die markierten Felder, um die Gesamtdauer zu sehen
       *[other] { $steps } Schritte · Korrigieren Sie die markierten Felder, um die Gesamtdauer zu sehen
    }
editor-title-placeholder = Titel des Programms
editor-author-placeholder = Physiotherapeut oder Praxis
editor-notes-placeholder = Für den Patienten
editor-save-before-closing = Änderungen vor dem Schließen speichern?
editor-save-before-leaving = Änderungen vor dem Verlassen speichern?
editor-unsaved-untitled = Dieses Programm hat Änderungen, die noch nicht gespeichert sind.
editor-unsaved-titled = „{ $title }“ hat Änderungen, die noch nicht gespeichert sind.
editor-same-as-rest = wie Pause
editor-optional = Optional
editor-what-to-do = Was zu tun ist
editor-name-placeholder = z. B. Schulterkreisen
editor-in-s = Ein (s)
editor-hold-s = Halten (s)
editor-out-s = Aus (s)
editor-hold-after-s = Ausgeatmet halten (s)
editor-step-field = Schritt { $step }, { $field }
editor-more-problems = … und { $count } weitere, unten markiert
field-routine = Programm
field-title = Titel
field-author = Von
field-notes = Hinweise
field-get-ready = Bereit machen
field-times-per-day = Mal pro Tag
field-days-per-week = Tage pro Woche
field-weeks = Wochen
field-steps = Schritte
field-step = Schritt
field-exercise = Übung
field-name = Name
field-instructions = Anweisungen
field-hold = Halten
field-reps = Wiederholungen
field-sets = Sätze
field-rest = Pause
field-set-rest = Pause zwischen den Sätzen
field-sides = Seiten
field-breathing = Atmung
field-note = Hinweis
editor-undo = Rückgängig
editor-redo = Wiederholen
editor-save-changes = Änderungen speichern
editor-discard-changes = Änderungen verwerfen
editor-keep-editing = Weiter bearbeiten
editor-reps = Wiederholungen
editor-sets = Sätze
editor-rest-s = Pause (s)
editor-rest-between-sets-s = Pause zwischen den Sätzen (s)
editor-sides = Seiten
editor-note-for-this-step = Hinweis zu diesem Schritt
editor-name = Name
editor-add-pose = Übung hinzufügen …
editor-add-custom-exercise = Eigene Übung hinzufügen
sound-no-device = Kein Audiogerät: Die Signale werden auf dem Bildschirm angezeigt.
sound-unsupported = Das Audiogerät kann die Signale nicht abspielen: Sie werden auf dem Bildschirm angezeigt.
report-title = Posewise-Bericht
report-heading = Übungsbericht
report-heading-for = Übungsbericht — { $name }
report-meta =
    { $since } bis { $until } · erstellt am { $written } · { $sessions ->
        [one] { $sessions } Übungseinheit erfasst
       *[other] { $sessions } Übungseinheiten erfasst
    }
report-warning = { $warning } ({ $first } und { $second })
report-done-of = { $done } von { $count }
report-card-completed = abgeschlossene Übungseinheiten
report-card-adherence = Einhaltung der Verordnung
report-card-exercise = Übungszeit
report-card-pain = Schmerz nachher − vorher, im Durchschnitt
report-no-prescription = keine Verordnung
report-times-a-day = { $count }× täglich
report-routines = Programm und Verordnung
report-routine = Programm
report-prescription = Verordnung
report-done = Erledigt
report-prescribed = Verordnet
report-adherence = Therapietreue
report-per-week = Verordnet und erledigt, pro Woche
report-sessions-per-week = Übungseinheiten pro Woche
report-minutes-per-week = Minuten pro Woche
report-bars-key = Balken: abgeschlossene Übungseinheiten; Striche: verordnete Übungseinheiten.
report-week-of = Woche ab
report-no-pain = Keine Übungseinheit wurde bewertet.
report-pain-title = Schmerz vorher und nachher (0–10)
report-rated = { $count } bewertete Übungseinheiten vom { $since } bis zum { $until }
report-painful = Als schmerzhaft markierte Übungen
report-none = Keine.
report-no-notes = Keine Notizen.
# Die Buchstaben p, n, b, h, q sind Tasten, die man tippt: nicht übersetzen.
play-keys = Tasten (dann Eingabe): nichts oder p Pause/weiter, n nächster Schritt, b zurück, h das tut weh, q beenden.
play-stopped-before-start = Vor dem Start abgebrochen.
play-pain-now = Schmerz jetzt, 0–10 (Eingabe zum Überspringen):
# "easy", "right" und "hard" sind getippte Antworten: auf Englisch lassen.
play-effort = Wie anstrengend war es: easy, right, hard (Eingabe zum Überspringen)?
play-effort-again = Bitte geben Sie easy, right oder hard ein.
play-paused = Angehalten. Drücken Sie die Eingabetaste, um fortzufahren.
play-continuing = Es geht weiter.
play-hurts-noted = Vermerkt: Schritt { $step } tut weh. Das steht im Protokoll der Übungseinheit. Machen Sie sanft weiter; n überspringt diese Übung, q beendet.
play-complete = Übungseinheit abgeschlossen: { $active } Übungszeit.
play-stopped-after = Abgebrochen nach { $active }.
play-pain-again = Bitte geben Sie eine ganze Zahl von 0 bis { $most } ein, oder drücken Sie die Eingabetaste zum Überspringen.
play-rep = Wiederholung { $n }/{ $of }
play-set = Satz { $n }/{ $of }
cli-saved-history = In Ihrem Verlauf gespeichert.
cli-expected-date = erwartet wurde ein Datum wie 2026-03-01 (Jahr-Monat-Tag)
cli-since-after-until = --since { $since } liegt nach --until { $until }; geben Sie das frühere Datum zuerst an
cli-no-such-routine-near = keine Übungseinheit eines Programms '{ $routine }' in { $file }; meinten Sie '{ $near }'?
cli-no-such-routine = keine Übungseinheit eines Programms '{ $routine }' in { $file }
cli-no-sessions = In diesem Zeitraum wurden noch keine Übungseinheiten erfasst.
cli-session-done = abgeschlossen, { $minutes } min
cli-session-stopped = abgebrochen, { $minutes } min
cli-streak =
    Serie: { $current ->
        [one] { $current } Tag
       *[other] { $current } Tage
    } (längste: { $longest ->
        [one] { $longest } Tag
       *[other] { $longest } Tage
    }).
cli-adherence = Therapietreue, { $title }: { $done } von { $prescribed } verordneten Übungseinheiten ({ $percent } %), { $since } bis { $until }.
cli-adherence-free =
    { $title }: { $done ->
        [one] { $done } Übungseinheit
       *[other] { $done } Übungseinheiten
    } erledigt; keine Verordnung zum Vergleich.
cli-pain-change =
    Schmerz: nachher minus vorher beträgt im Durchschnitt { $change }, über { $count ->
        [one] { $count } bewertete Übungseinheit
       *[other] { $count } bewertete Übungseinheiten
    }.
cli-marked-painful = Als schmerzhaft markiert: { $title }, Schritt { $step } { $name } ({ $count }-mal).
cli-warning = Hinweis ({ $first } und { $second }): { $warning }
cli-too-many-files = { $count } Dateien angegeben; importieren Sie höchstens { $most } auf einmal
cli-imported = „{ $title }“ wurde als { $path } in Ihre Programme importiert
cli-already-there = „{ $title }“ ist schon in Ihren Programmen ({ $path })
cli-already-bundled = „{ $title }“ ist schon in Ihren Programmen: Es ist in Posewise enthalten
cli-no-routine-called = kein Programm namens „{ $name }“ in Ihren Programmen; geben Sie seinen Titel oder Dateinamen so an, wie `posewise` sie auf der Seite „Programme“ der App auflistet
cli-cannot-export-unreadable = dieses Programm kann nicht gelesen und daher nicht exportiert werden; korrigieren Sie die Datei
cli-file-exists = die Datei existiert bereits; geben Sie einen anderen Namen an, oder fügen Sie --force hinzu, um sie zu ersetzen
cli-export-not-read-back = der Export ließe sich nicht wieder einlesen
cli-export-not-same = der Export ließe sich nicht als dasselbe Programm wieder einlesen
cli-cannot-write-routine = das Programm kann nicht geschrieben werden: { $error }; prüfen Sie, ob der Ordner existiert und beschreibbar ist
cli-exported = „{ $title }“ nach { $path } exportiert
cli-out-is-folder = --out ist ein Ordner; geben Sie einen Dateinamen wie report.html an
cli-cannot-write-report = der Bericht kann nicht geschrieben werden: { $error }; wählen Sie eine Datei in einem Ordner, in den Sie schreiben dürfen
cli-report-written =
    { $count ->
        [one] { $count } Übungseinheit vom { $since } bis zum { $until }
       *[other] { $count } Übungseinheiten vom { $since } bis zum { $until }
    }
cli-no-data-folder = kein Datenordner zum Speichern der Übungseinheiten; setzen Sie POSEWISE_DATA_DIR
cli-nothing-to-resume = Es gibt keine unterbrochene Übungseinheit zum Fortsetzen.
cli-default-settings = { $reason }; die Standardeinstellungen werden verwendet
cli-nothing-to-discard = Es gibt keine unterbrochene Übungseinheit zum Verwerfen.
cli-discarded-of = Die unterbrochene Übungseinheit von „{ $title }“ wurde verworfen.
cli-discarded = Die unterbrochene Übungseinheit wurde verworfen.
date-medium = { $day }. { $month } { $year }

cli-no-display = es gibt keine Anzeige, auf der sich das Fenster öffnen lässt (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt); die Befehle in `posewise --help` funktionieren auch ohne
cli-cannot-open-window = das Fenster lässt sich nicht öffnen: { $error }

library-not-found = es gibt kein Programm '{ $key }' in Ihren Programmen; vielleicht wurde es inzwischen gelöscht: öffnen Sie die Seite „Programme“ erneut und wählen Sie es noch einmal aus
library-read-only = „{ $title }“ ist in Posewise enthalten und kann nicht geändert oder gelöscht werden; duplizieren Sie es, um eine eigene Kopie zu erstellen
library-broken =
    { $action ->
        [duplicated] dieses Programm kann nicht gelesen und daher nicht dupliziert werden; korrigieren Sie die Datei oder löschen Sie sie
       *[renamed] dieses Programm kann nicht gelesen und daher nicht umbenannt werden; korrigieren Sie die Datei oder löschen Sie sie
    }
library-title = ein Titel muss 1 bis { $most } Zeichen lang sein und in einer Zeile stehen; { $problem }
library-not-imported = Posewise hat die Datei nicht importiert; korrigieren Sie sie oder wählen Sie eine andere, und importieren Sie erneut
library-cannot-delete = das Programm kann nicht gelöscht werden: { $error }; prüfen Sie, ob der Ordner beschreibbar ist
library-full = der Ordner enthält bereits { $limit } Programme, mehr listet Posewise nicht auf; löschen Sie einige, bevor Sie ein weiteres hinzufügen
library-no-free-name = kein freier Dateiname für „{ $title }“; geben Sie dem Programm einen anderen Titel oder räumen Sie den Ordner auf
history-cannot-read = der Verlauf der Übungseinheiten kann nicht gelesen werden: { $error }; prüfen Sie die Zugriffsrechte der Datei
history-cannot-write = die Übungseinheit kann nicht in den Verlauf aufgenommen werden: { $error }; prüfen Sie, ob auf dem Datenträger noch Platz ist und der Ordner beschreibbar ist
history-too-large = der Verlauf ist { $size } Bytes groß, mehr als die { $limit } Bytes, die Posewise liest; benennen Sie ihn um (bewahren Sie ihn für Ihre Unterlagen auf), dann beginnt Posewise einen neuen
history-not-a-file = der Verlauf ist keine normale Datei; verschieben Sie ihn an einen anderen Ort, damit Posewise seinen Verlauf dort speichern kann
history-no-data-folder = kein Datenordner zum Speichern des Verlaufs; setzen Sie POSEWISE_DATA_DIR
routine-cannot-read = die Datei kann nicht gelesen werden: { $error }
routine-cannot-save = das Programm kann nicht gespeichert werden: { $error }; prüfen Sie, ob der Ordner existiert und beschreibbar ist
file-missing = die Datei existiert nicht
file-not-utf8 = die Datei ist kein UTF-8-Text
file-not-object = ein JSON-Objekt { "{" } … { "}" } erwartet
file-cut-short = die Datei endet zu früh: sie wurde abgeschnitten
settings-cannot-save = die Einstellungen können nicht gespeichert werden: { $error }; prüfen Sie, ob der Ordner beschreibbar ist und auf dem Datenträger noch Platz ist
settings-unreadable = die Einstellungen konnten nicht gelesen werden ({ $reason })
settings-unreadable-defaults = die Einstellungen konnten nicht gelesen werden ({ $reason }); Posewise verwendet die Standardeinstellungen; prüfen Sie die Zugriffsrechte der Datei oder verschieben Sie sie an einen anderen Ort
settings-set-aside = die Einstellungen konnten nicht gelesen werden ({ $reason }); Posewise verwendet die Standardeinstellungen und hat die Datei als { $name } aufbewahrt
settings-not-set-aside = die Einstellungen konnten nicht gelesen werden ({ $reason }); Posewise verwendet die Standardeinstellungen, konnte die Datei aber nicht in { $name } umbenennen ({ $error }); korrigieren oder löschen Sie sie, sonst wird sie bei Ihrer nächsten Änderung ersetzt
checkpoint-discard = führen Sie `posewise resume --discard` aus, um den Zwischenstand zu verwerfen
checkpoint-cannot-save = der Zwischenstand der Übungseinheit kann nicht gespeichert werden: { $error }; die Übungseinheit läuft weiter, könnte nach einem Absturz aber nicht fortgesetzt werden
checkpoint-cannot-delete = der Zwischenstand der Übungseinheit kann nicht gelöscht werden: { $error }; löschen Sie die Datei selbst
checkpoint-cannot-read = der Zwischenstand der Übungseinheit kann nicht gelesen werden: { $error }; prüfen Sie die Zugriffsrechte der Datei, oder { $discard }
checkpoint-damaged = der Zwischenstand der unterbrochenen Übungseinheit ist beschädigt: { $reason }; { $discard }
checkpoint-newer = dieser Zwischenstand wurde mit einer neueren Posewise-Version geschrieben (Zwischenstandsformat Version { $version }); aktualisieren Sie Posewise, oder führen Sie `posewise resume --discard` aus
checkpoint-routine-invalid = das Programm der unterbrochenen Übungseinheit ist ungültig; { $discard }
library-not-a-file = das ist ein Ordner oder ein Gerät, keine Programmdatei
title-empty = er ist leer: geben Sie einen Titel ein
title-line-break = er enthält einen Zeilenumbruch oder ein Steuerzeichen: schreiben Sie ihn in eine einzige Zeile
title-too-long = er hat { $length } Zeichen: kürzen Sie ihn
history-line-skipped = Warnung: diese Zeile des Verlaufs wurde übersprungen: { $reason }; sie bleibt unverändert in der Datei
history-line-too-long = die Zeile ist länger als { $most } Bytes
history-line-not-utf8 = die Zeile ist kein UTF-8-Text
history-line-newer = mit einer neueren Posewise-Version geschrieben (Eintragsformat Version { $version }); aktualisieren Sie Posewise, um sie zu lesen
history-line-not-record = kein Eintrag einer Übungseinheit: { $error }
history-line-pain = "{ $field }" muss zwischen 0 und { $most } liegen
history-line-steps = Schrittnummern, die über die Schritte des Programms hinausgehen
history-line-note = die Notiz ist länger als { $most } Zeichen
history-line-times = "ended_at" liegt vor "started_at"
history-line-week = "week" muss zwischen 1 und { $most } liegen
history-line-format = "format" ist "{ $found }", nicht "{ $format }"
history-line-version = Eintragsformat Version { $found } (diese Posewise-Version liest Version { $version }); aktualisieren Sie Posewise, um sie zu lesen

schedule-timer = Die Erinnerungen werden alle 15 Minuten geprüft (systemd-Benutzer-Timer posewise-remind.timer).
schedule-at-login = Die Erinnerungen werden bei der Anmeldung geprüft, nicht im Laufe des Tages: { $reason }.
desktop-use-sudo = Führen Sie den Befehl mit sudo aus, oder verwenden Sie --user, damit er nur für Sie gilt.
desktop-cannot = es war nicht möglich, { $doing }: { $error }
desktop-doing-install = die Desktop-Dateien zu installieren
desktop-doing-remove = die Desktop-Dateien zu entfernen
desktop-doing-schedule = die Erinnerungsprüfung einzurichten
desktop-no-own-path = es war nicht möglich, { $doing }: Posewise findet seinen eigenen Pfad nicht: { $error }
desktop-installed-into = Installiert in { $folder }:
desktop-menu-starts = Der Menüeintrag startet { $program }.
desktop-default-set = Programmdateien (*.posewise.json) werden jetzt in Posewise geöffnet (als Standard eingetragen in { $list }).
desktop-offered = Posewise wird jetzt für Programmdateien (*.posewise.json) angeboten; jeder Benutzer kann es als Standard festlegen.
desktop-removed-check = Die Erinnerungsprüfung wurde entfernt:
desktop-nothing-to-remove = In { $folder } gibt es nichts zu entfernen.
desktop-removed-from = Entfernt aus { $folder }:
desktop-no-longer-default = Posewise ist in { $list } nicht mehr als Standard eingetragen.
desktop-ran = { $program } wurde ausgeführt.
desktop-skipped = { $program } wurde übersprungen: nicht installiert (gehört zum Paket { $package }).
desktop-tool-failed = Warnung: { $program } ist fehlgeschlagen: { $error } (die Dateien sind an ihrem Platz; auch Ab- und wieder Anmelden aktualisiert das Menü).

## Added later: sound details, damaged checkpoints, desktop-install errors, and
## the command line's help and usage errors (see the English file for notes).

sound-no-output = Keine Tonausgabe ({ $reason }); die Signale werden nur auf dem Bildschirm angezeigt.
sound-no-48k-stereo = Die Tonausgabe kann kein Stereo mit 48 kHz wiedergeben; die Signale werden nur auf dem Bildschirm angezeigt.
sound-no-default-device = kein Standard-Ausgabegerät
sound-not-opened-again = sie ließ sich nicht erneut öffnen
player-notice = Hinweis: { $text }
player-sound-output = Ton: { $name }
checkpoint-not-object = das ist kein Posewise-Zwischenstand (ein JSON-Objekt { "{" } … { "}" })
file-not-a-file = das ist keine Datei
checkpoint-too-large = die Datei ist größer als { $mib } MiB; ein Zwischenstand ist ein kleiner Text, diese Datei wurde also nicht von Posewise geschrieben
checkpoint-missing = '{ $field }' fehlt; es muss { $what } sein
checkpoint-not = '{ $field }' muss { $what } sein, gefunden: { $found }
checkpoint-something-else = etwas anderes
checkpoint-kind-beeps = eine ganze Zahl von Pieptönen
checkpoint-kind-segment = eine Abschnittsnummer
checkpoint-kind-milliseconds = eine ganze Zahl von Millisekunden
checkpoint-kind-path = ein Dateipfad
checkpoint-kind-moment = ein Datum mit Uhrzeit wie "2025-01-31T08:00:00+01:00"
checkpoint-kind-steps = eine Liste von Schrittnummern
checkpoint-easier = 'easier' nennt Schritt { $step } doppelt, oder Schritt { $step } liegt nach den { $steps } Schritten des Programms (ab 0 nummeriert)
checkpoint-format = 'format' muss "{ $format }" sein; das ist kein Posewise-Zwischenstand
checkpoint-version = 'version' muss { $version } sein
checkpoint-no-routine = 'routine' fehlt
checkpoint-in-routine = im Programm der Übungseinheit: { $problem }
checkpoint-segment = 'segment' ist { $segment }, aber die Übungseinheit hat nur { $segments } Abschnitte
checkpoint-position = 'position_ms' ist { $position } ms und liegt damit nach dem Ende der Übungseinheit ({ $total })
checkpoint-active = 'active_ms' ist { $active_ms } ms ({ $active }), mehr Übungszeit, als eine Übungseinheit haben kann
desktop-no-home = es lässt sich nicht feststellen, wo Ihr Datenordner ist: setzen Sie HOME oder XDG_DATA_HOME
desktop-unusable-path = { $path } kann nicht im Menüeintrag verwendet werden: { $reason }
desktop-path-not-utf8 = der Pfad ist kein gültiges UTF-8
desktop-path-not-absolute = der Pfad ist nicht absolut
desktop-path-control-character = der Pfad enthält ein Steuerzeichen
desktop-cannot-create = { $path } kann nicht erstellt werden: { $error }
desktop-cannot-write = { $path } kann nicht geschrieben werden: { $error }
desktop-cannot-read = { $path } kann nicht gelesen werden: { $error }
desktop-cannot-remove = { $path } kann nicht entfernt werden: { $error }
cli-about = Angeleitete Dehn- und Yoga-Übungseinheiten mit Zeitvorgaben für einen gesunden Rücken.
cli-about-long =
    Angeleitete Dehn- und Yoga-Übungseinheiten mit Zeitvorgaben für einen gesunden Rücken.

    Ohne Argumente aufgerufen, öffnet Posewise die App; mit einer Programmdatei öffnet es diese.
    Posewise gibt keinen medizinischen Rat: Folgen Sie den Anweisungen Ihres Physiotherapeuten oder Arztes.
cli-heading-usage = Aufruf:
cli-heading-commands = Befehle
cli-heading-arguments = Argumente
cli-heading-options = Optionen
cli-usage-options = [OPTIONEN]
cli-builtin-help = Hilfe anzeigen
cli-builtin-help-more = Hilfe anzeigen (mehr mit '--help')
cli-builtin-help-summary = Hilfe anzeigen (Zusammenfassung mit '-h')
cli-builtin-version = Version anzeigen
cli-possible-values = [mögliche Werte: { $values }]
cli-default = [Standard: { $value }]
cli-value-command = BEFEHL
cli-value-file = DATEI
cli-value-files = DATEIEN
cli-value-code = CODE
cli-value-id = ID
cli-value-n = N
cli-value-volume = LAUTSTÄRKE
cli-value-effort = ANSTRENGUNG
cli-value-text = TEXT
cli-value-routine = PROGRAMM
cli-value-date = DATUM
cli-value-name = NAME
cli-value-format = FORMAT
cli-value-seconds = SEKUNDEN
cli-command-validate = Programmdateien prüfen; jedes Problem wird als Datei:Zeile:Spalte ausgegeben.
cli-command-poses = Die mitgelieferten Übungen auflisten.
cli-command-pose-svg = Die Abbildung einer Übung (SVG) auf die Standardausgabe schreiben.
cli-command-plan = Den Ablauf eines Programms zeigen: jeden Abschnitt und jedes Signal.
cli-command-render-audio = Die ganze Tonspur der Übungseinheit (jedes Signal zu seinem Zeitpunkt) als WAV-Datei in Stereo mit 48 kHz schreiben.
cli-command-play = Eine Übungseinheit im Terminal durchführen, mit Tonsignalen und Fortschrittszeilen.
cli-command-run = Das Fenster öffnen und dieses Programm sofort starten: eine Datei oder eines Ihrer Programme nach Titel oder Dateiname (wie auf der Seite „Programme“ aufgeführt).
cli-command-import = Programmdateien prüfen und in Ihre Programme (die Programmsammlung der App) kopieren; ein Programm, das schon dort ist, wird nicht erneut kopiert.
cli-command-export = Eines Ihrer Programme (oder eines, das in Posewise enthalten ist) in eine Datei zum Weitergeben schreiben.
cli-command-resume = Die unterbrochene Übungseinheit fortsetzen (nach Absturz, abgebrochenem Prozess oder Stromausfall).
cli-command-history = Die erfassten Übungseinheiten mit einer Zusammenfassung auflisten: Serie, Therapietreue, Schmerzverlauf und etwaige Warnungen.
cli-command-report = Einen Bericht für den Physiotherapeuten schreiben (CSV, JSON oder eine eigenständige HTML-Seite, die sich auf A4 drucken lässt).
cli-command-install-desktop = Posewise zum Anwendungsmenü hinzufügen und Programmdateien (*.posewise.json) per Doppelklick damit öffnen.
cli-command-uninstall-desktop = Entfernen, was install-desktop hinzugefügt hat.
cli-command-handout = Ein Übungsblatt eines Programms für den Patienten zum Drucken schreiben: eine eigenständige HTML-Seite mit Bild, Dosierung und Vorsichtshinweisen zu jedem Schritt, die sich auf A4 drucken lässt.
cli-command-remind = Eine Desktop-Benachrichtigung für jedes Programm zeigen, dessen Erinnerung fällig ist; ein systemd-Benutzer-Timer führt dies alle 15 Minuten aus.
cli-command-help = Diese Hilfe oder die Hilfe zum angegebenen Befehl anzeigen
cli-option-posewise-file = Eine Programmdatei (*.posewise.json), die in der App geöffnet wird.
cli-option-file = Die Programmdatei (*.posewise.json).
cli-option-run-file = Eine Programmdatei oder eines Ihrer Programme, angegeben durch Titel oder Dateinamen.
cli-option-files = Eine oder mehrere Programmdateien (*.posewise.json).
cli-option-lang = Die zu verwendende Sprache: en, de, es, fr, pt-BR oder hi (Standard: aus LC_ALL, LC_MESSAGES oder LANG).
cli-option-poses-json = Den vollständigen Katalog als JSON ausgeben.
cli-option-plan-json = JSON ausgeben: { "{" }"total_ms", "segments", "cues", "announcements"{ "}" }.
cli-option-history-json = JSON ausgeben: { "{" }"sessions", "summary", "skipped_lines"{ "}" }.
cli-option-pose-svg-id = Eine Übungs-ID oder ein Alias, etwa balasana oder child-pose.
cli-option-countdown = Countdown-Pieptöne vor dem Ende jeder Haltezeit, Pause und Vorbereitungszeit (0 bis 10; 0 schaltet sie aus). Standard ist 3, bei play die Wahl in den Einstellungen.
cli-option-render-audio-out = Die zu schreibende WAV-Datei.
cli-option-volume = Lautstärke von 0 bis 1.
cli-option-no-window = Ohne Fenster ausführen (Wiedergabe im Terminal; Standard bei play).
cli-option-mute = Überhaupt kein Ton (die Signale werden weiterhin als Text ausgegeben).
cli-option-no-voice = Übungsnamen nicht ansagen (angesagt werden sie nur, wenn espeak-ng installiert ist).
cli-option-breath-tone = Ein sanfter Ton, der mit jedem Einatmen steigt und mit jedem Ausatmen fällt.
cli-option-verbose = Angeben, welches Tonsystem und welches Gerät die Signale abspielen.
cli-option-pain-before = Schmerz vor der Übungseinheit, 0 (keiner) bis 10.
cli-option-pain-after = Schmerz nach der Übungseinheit, 0 (keiner) bis 10.
cli-option-effort = Wie anstrengend die Übungseinheit war: easy, right oder hard.
cli-option-note = Eine Notiz für den Verlauf (und den Bericht für den Physiotherapeuten).
cli-option-export-routine = Titel oder Dateiname des Programms, wie auf der Seite „Programme“ aufgeführt.
cli-option-export-out = Die zu schreibende Datei.
cli-option-force = Die Datei ersetzen, falls sie existiert.
cli-option-discard = Die unterbrochene Übungseinheit stattdessen verwerfen.
cli-option-routine = Titel oder ID eines Programms (wie der Befehl history sie anzeigt).
cli-option-since = Der erste Tag, im Format 2026-03-01.
cli-option-until = Der letzte Tag, im Format 2026-03-31.
cli-option-name = Der Name des Patienten, oben angezeigt.
cli-option-format = Was geschrieben werden soll.
cli-option-report-out = Die zu schreibende Datei (wird als Ganzes ersetzt, nie halb geschrieben zurückgelassen).
cli-option-user = Nur für Sie, unter $XDG_DATA_HOME (Standard: ~/.local/share).
cli-option-system = Für alle Benutzer, unter /usr/local/share (erfordert sudo).
cli-option-handout-out = Die zu schreibende HTML-Datei (wird als Ganzes ersetzt, nie halb geschrieben zurückgelassen) oder - für die Standardausgabe.
cli-option-due = Die jetzt fälligen Erinnerungen melden (bisher der einzige Modus).
cli-option-remind-verbose = Angeben, was entschieden wurde und warum.
cli-option-wait = Wie lange auf „Starten“ oder „Später“ gewartet wird, in Sekunden (0 bis 600).
cli-option-help-subcommand = Der zu erklärende Befehl.
cli-unexpected-argument = unerwartetes Argument '{ $arg }'
cli-invalid-value = ungültiger Wert '{ $value }' für '{ $arg }': { $reason }
cli-invalid-value-choose = ungültiger Wert '{ $value }' für '{ $arg }'; verwenden Sie einen dieser Werte: { $valid }
cli-value-needed = '{ $arg }' braucht einen Wert
cli-missing-arguments = diese Angaben sind erforderlich, fehlen aber: { $args }
cli-conflict = '{ $arg }' kann nicht zusammen mit '{ $other }' verwendet werden
cli-given-twice = '{ $arg }' darf nur einmal angegeben werden
cli-wrong-number-of-values = falsche Anzahl von Werten für '{ $arg }'
cli-unreadable-command-line = die Befehlszeile kann nicht gelesen werden
cli-tip-similar = Tipp: es gibt etwas Ähnliches: '{ $near }'
cli-try-help = Weitere Informationen erhalten Sie mit '--help'.
cli-expected-whole-number = erwartet wurde eine ganze Zahl von 0 bis { $most }
cli-expected-volume = erwartet wurde eine Zahl von 0 bis 1, etwa 0.8
cli-expected-effort = erwartet wurde easy, right oder hard
cli-note-too-long = eine Notiz darf höchstens { $most } Zeichen haben
cli-expected-moment = erwartet wurde ein Zeitpunkt wie 2026-11-27T18:00:00+01:00
cli-cannot-write-output = Fehler: die Ausgabe kann nicht geschrieben werden: { $error }
history-line-torn = die letzte Zeile ist abgeschnitten (eine Übungseinheit wurde gerade geschrieben, als Posewise beendet wurde): { $reason }
settings-too-large = die Datei ist { $size } Bytes groß, mehr als die { $kib } KiB, die eine Einstellungsdatei haben darf

## Routine files of version 2: programmes that change week by week.

check-needs-version-2 = '{ $field }' braucht "version": 2 am Anfang der Datei
check-id = 'id' muss aus 1 bis { $most } Buchstaben, Ziffern, '-' oder '_' bestehen, gefunden: { $found }
check-starts = 'starts' muss ein Datum wie "2026-12-07" sein, gefunden: { $found }
check-weeks-need-length = '{ $field }' braucht die Dauer des Programms: fügen Sie "weeks" zu "prescription" hinzu
check-week-past-end =
    '{ $field }' ist Woche { $week }, aber das Programm dauert nur { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }
check-weeks-reversed = 'until_week' { $until } liegt vor 'from_week' { $from }; der Schritt würde nie ausgeführt
check-progress-not-list = 'progress' muss eine Liste [ … ] von Änderungen der Dosierung sein, gefunden: { $found }
check-too-many-changes = 'progress' darf höchstens { $most } Änderungen haben, eine pro Woche
check-what-change = Änderung { $number } von 'progress'
check-change-order = 'from_week' { $week } muss nach Woche { $before } liegen, der Woche der vorigen Änderung
check-change-outside = 'from_week' { $week } liegt außerhalb der Wochen, in denen der Schritt ausgeführt wird ({ $from } bis { $until })
check-change-nothing = diese Änderung gibt keine Dosierung an: fügen Sie hold_seconds, reps, sets, rest_seconds, set_rest_seconds oder breathing hinzu
check-week-empty = in Woche { $week } wird kein Schritt ausgeführt; planen Sie für diese Woche einen Schritt ein oder verringern Sie "weeks"
check-week-too-long = in Woche { $week } würde die Übungseinheit { $hours } Stunden dauern, mehr als { $most }; mit Schritt { $step } wird diese Grenze überschritten
cli-option-week = Die Woche eines Programms, das sich von Woche zu Woche ändert (Standard: die Woche, in die der heutige Tag fällt).
cli-expected-week = erwartet wurde eine Wochennummer von 1 bis { $most }
plan-week = Woche { $week } von { $weeks }
plan-programme-complete =
    { $weeks ->
        [one] Die Woche des Programms ist vorbei
       *[other] Die { $weeks } Wochen des Programms sind vorbei
    }; dies ist die Dosierung der letzten Woche. Fragen Sie Ihren Physiotherapeuten nach dem nächsten Programm.
today-programme-complete-title = Programm abgeschlossen
week-change-step = { $name }: { $changes }
week-change-new = Neu in dieser Woche: { $name }
week-change-over = Entfällt: { $name } gehört nicht mehr zum Programm
week-change-hold = { $now } halten (vorher { $was })
week-change-reps = { $now ->
        [one] { $now } Wiederholung
       *[other] { $now } Wiederholungen
    } (vorher { $was })
week-change-sets = { $now ->
        [one] { $now } Satz
       *[other] { $now } Sätze
    } (vorher { $was })
week-change-rest = Pause { $now } (vorher { $was })
week-change-set-rest = Pause zwischen den Sätzen { $now } (vorher { $was })
week-change-breathing = Atemrhythmus ({ $now }; vorher { $was })
field-from-week = Ab Woche
field-until-week = Bis Woche
field-changes = Änderungen je nach Woche
field-change = Änderung { $row } je nach Woche
editor-total-weeks =
    { $steps ->
        [one] { $steps } Schritt
       *[other] { $steps } Schritte
    } · { $weeks }
editor-total-week = Woche { $week }: { $length }
editor-from-week = Ab Woche
editor-until-week = Bis Woche (einschließlich)
editor-to-the-end = bis zum Ende
editor-add-change = Änderung ab einer bestimmten Woche hinzufügen
editor-unchanged = unverändert
handout-week-by-week = Woche für Woche
handout-exercise = Übung
handout-week = Woche { $week }
handout-weeks = Wochen { $first }–{ $last }
handout-not-this-week = nicht in dieser Woche
handout-session = Ganze Einheit
handout-step-runs = Wann: { $weeks }.
handout-step-changes = Die Dosierung hängt von der Woche ab: siehe „Woche für Woche“.
report-programme-title = { $title }: Woche für Woche
report-programme-week = Programmwoche
report-programme-dose = Dosierung der jeweiligen Woche
history-too-many-files = { $count } Verlaufsdateien, mehr als die { $limit }, die ein Datenordner enthalten darf; verschieben Sie die Dateien nicht mehr genutzter Computer aus diesem Ordner
history-no-device-id = die Kennung dieses Computers kann nicht gespeichert werden: { $error }; prüfen Sie, ob der Ordner beschreibbar ist, oder setzen Sie POSEWISE_STATE_DIR
routines-conflict-title = Eine abweichende Kopie von „{ $title }“ von einem anderen Computer
routines-conflict-detail = „{ $title }“ wurde auf zwei Computern gleichzeitig geändert, und Ihr Synchronisationsdienst hat beide Fassungen behalten. Dies ist die Fassung des anderen Computers. Behalten Sie eine davon oder beide.
routines-conflict-keep-copy = Diese Fassung behalten
routines-conflict-keep-original = Die andere Fassung behalten
routines-conflict-keep-both = Beide behalten
routines-conflict-other-title = { $title } (anderer Computer)
move-inside = der neue Ordner darf nicht im Datenordner { $from } liegen und ihn auch nicht enthalten; wählen Sie einen Ordner daneben
move-failed = die Daten konnten nicht verschoben werden: { $error }; es wurde nichts umgestellt, Ihre Daten sind noch am alten Ort
move-too-many = der Datenordner enthält mehr als { $most } Dateien; verschieben Sie zuerst alles heraus, was nicht zu Posewise gehört
move-check-failed = { $missing } Einheiten sind im neuen Ordner nicht angekommen; es wurde nichts umgestellt, Ihre Daten sind noch am alten Ort
settings-move-to = Verschieben nach…
settings-move-title = Den neuen Datenordner wählen
settings-move-hint = „Verschieben nach…“ kopiert Ihre Programme, Einheiten und Einstellungen in einen anderen Ordner, etwa einen, den Ihr Synchronisationsdienst auf zwei Computern aktuell hält, prüft die Kopie und verwendet dann diesen Ordner. Ein Ordner, der schon Posewise-Daten enthält, wird mit Ihren zusammengeführt. Der alte Ordner bleibt unverändert, bis Sie ihn entfernen.
settings-move-env = POSEWISE_DATA_DIR legt den Datenordner fest, daher kann er hier nicht verschoben werden.
settings-moving = Ihre Daten werden kopiert und geprüft…
settings-moved =
    Verschoben: { $sessions ->
        [one] { $sessions } Einheit
       *[other] { $sessions } Einheiten
    } im neuen Ordner{ $conflicts ->
        [0] {""}
        [one] , und ein Programm liegt dort in einer anderen Fassung vor (siehe Programme)
       *[other] , und { $conflicts } Programme liegen dort in einer anderen Fassung vor (siehe Programme)
    }. Der alte Ordner { $old } bleibt unverändert: Entfernen Sie ihn, wenn Sie mit dem Umzug zufrieden sind.
