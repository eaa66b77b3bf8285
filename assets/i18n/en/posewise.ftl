# Posewise: every text a person reads or hears, in English.
#
# English is the source and the fallback. Each other language has a file
# with the same ids in assets/i18n/<language>/. To correct a line, change
# the text after "=" for its id in that file; keep every { $variable } as
# it is (its name is not translated), and keep the plural forms Fluent
# chooses between with [one] and *[other].

## The spoken coaching

coach-switch-sides = Switch sides
coach-rest = Rest
coach-halfway = Halfway
coach-done = Session complete. Well done.
# "Knee-to-chest stretch, 30 seconds"
coach-work = { $pose }, { $length }
coach-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
coach-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
coach-up-next = { $work }.
coach-up-next-left = { $work }, left side first.
coach-up-next-right = { $work }, right side.
# The exercise, then its first instruction.
coach-introduce = { $work } { $instruction }
coach-next = Next: { $what }
coach-rep = { $pose }, rep { $rep } of { $reps }
coach-set = { $pose }, set { $set } of { $sets }
# The word that joins two parts of an instruction, where a shorter
# instruction may be cut off.
coach-and = and
# A shortened instruction.
coach-clause = { $clause }.

## The command line

cli-unknown-language = Posewise does not speak “{ $code }”; use one of { $known }

## Checking a routine file. Each message follows "file:line:column: ".
## Field names in quotes ('hold_seconds') and values in double quotes are
## written in the file as they are: do not translate them.

check-what-routine = the routine
check-what-step = step { $number }
check-found-bool = true/false
check-found-number = a number
check-found-text = text
check-found-list = a list
check-found-object = an object
check-not-object = { $what } must be an object {"{"} … {"}"}, found { $found }
check-unknown-field-near = unknown field '{ $field }' in { $what }; did you mean '{ $near }'?
check-unknown-field = unknown field '{ $field }' in { $what }; allowed fields are { $allowed }
check-needs = { $what } needs '{ $field }'
check-empty = '{ $field }' must not be empty
check-too-long = '{ $field }' is longer than { $longest } characters; shorten it
check-not-text = '{ $field }' must be text in quotes, found { $found }
# $unit is one of: seconds, times, days, weeks.
check-unit = { $unit ->
    [times] times
    [days] days
    [weeks] weeks
   *[seconds] seconds
}
check-not-whole = '{ $field }' must be a whole number of { $unit } from { $min } to { $max }, found { $found }
check-not-tenths = '{ $field }' must be a number of seconds from { $min } to { $max }, in steps of 0.1, found { $found }
check-not-bool = '{ $field }' must be true or false, found { $found }
check-format = 'format' must be "{ $format }", found { $found }; is this a Posewise routine file?
check-newer-version = this file was made with a newer Posewise (routine format version { $found }; this one reads version { $version }): update Posewise to open it
check-version = 'version' must be { $version }, found { $found }
check-steps-not-list = 'steps' must be a list [ … ] of steps, found { $found }
check-steps-empty = 'steps' is empty; add at least one step such as {"{"}"pose": "balasana", "hold_seconds": 30{"}"}
check-too-many-steps = a routine may have at most { $most } steps, this one has { $count }; split it into several routines (steps after the { $most }th were not checked)
check-custom-needs-hold = { $what } ({ $label }) needs 'hold_seconds'
check-pose-and-custom = { $what } has both 'pose' and 'custom'; keep one
check-needs-pose = { $what } needs 'pose' (a catalogue id such as "balasana"; run `posewise poses` for the list) or 'custom'
check-pose-not-text = 'pose' must be a pose id in quotes, found { $found }
check-unknown-pose-near = unknown pose '{ $pose }'; did you mean '{ $near }'?
check-unknown-pose = unknown pose '{ $pose }'; run `posewise poses` to list the known poses, or describe it with 'custom'
check-instructions-not-list = 'instructions' must be a list of short sentences, found { $found }
check-too-many-instructions = 'instructions' may have at most { $most } lines; shorten the list
check-unknown-sides-near = unknown sides '{ $sides }'; did you mean '{ $near }'? use one of "both", "left", "right", "none"
check-unknown-sides = unknown sides '{ $sides }'; use one of "both", "left", "right", "none"
check-sides-not-text = 'sides' must be one of "both", "left", "right", "none", found { $found }
check-sides-on-one-sided = '{ $label }' is not done per side, so it cannot have sides; remove 'sides'
check-breath-longer-than-hold = one breath takes { $breath } s but the step holds for only { $hold } s; raise 'hold_seconds' or shorten the breath
check-twice = '{ $field }' is given twice; keep only one
check-invalid = invalid routine: { $error }
check-file-too-large = the file is larger than { $kib } KiB; a routine file is small text, so check that this is the right file
check-not-utf8 = the file is not UTF-8 text; save it as UTF-8
check-not-json = not valid JSON: { $error }
check-session-too-long = the session would last { $hours } hours; a session is at most { $most } hours, and step { $step } takes it past that: give the steps fewer reps or sets or shorter holds, or split the routine into several routines

## JSON syntax errors (English keeps the parser's own words)

json-expected-comma-or-brace = expected `,` or `{"}"}`
json-expected-comma-or-bracket = expected `,` or `]`
json-expected-colon = expected `:`
json-expected-value = expected value
json-trailing-comma = trailing comma
json-trailing-characters = trailing characters
json-key-not-string = key must be a string
json-eof = the file ends too early: a bracket, brace or quote is not closed
json-control-character = control character found in a text; keep each text on one line
json-invalid-escape = invalid escape after \
json-invalid-number = invalid number
json-too-deep = recursion limit exceeded

## Safety

safety-not-advice = Posewise guides the exercises your clinician chose. It gives no medical advice. Follow your physiotherapist's or doctor's plan, move gently, and stop an exercise if your pain gets worse.
safety-red-flags-intro = Do not exercise if back pain comes with any of these:
safety-emergency-heading = Get emergency care now
safety-emergency-intro = Go to an emergency department or call your emergency number now if you have:
safety-same-day-heading = See a doctor today
safety-same-day-intro = Call your doctor or an urgent care service today, before you exercise, if you have:
safety-outlook = Back spasms usually ease within three to six weeks, and staying gently active helps them settle.

## Numbers, lengths and dates

# Between the items of a list: "30 s × 3, both sides, rest 10 s".
list-separator = {", "}
unit-seconds-short = { $seconds } s
duration-s = { $s } s
duration-min = { $m } min
duration-min-s = { $m } min { $s } s
duration-h-min = { $h } h { $m } min
date-long = { $day } { $month } { $year }
date-short = { $day } { $month }
date-medium = { $day } { $month } { $year }
month = { $month ->
    [jan] January
    [feb] February
    [mar] March
    [apr] April
    [may] May
    [jun] June
    [jul] July
    [aug] August
    [sep] September
    [oct] October
    [nov] November
   *[dec] December
}
month-short = { $month ->
    [jan] Jan
    [feb] Feb
    [mar] Mar
    [apr] Apr
    [may] May
    [jun] Jun
    [jul] Jul
    [aug] Aug
    [sep] Sep
    [oct] Oct
    [nov] Nov
   *[dec] Dec
}
weekday = { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}
weekday-short = { $day ->
    [mon] Mon
    [tue] Tue
    [wed] Wed
    [thu] Thu
    [fri] Fri
    [sat] Sat
   *[sun] Sun
}

## A step's dose and a routine's prescription

# "30 s × 3"
dose-reps = { $hold } × { $reps }
dose-sets = { $sets } sets
dose-both-sides = both sides
dose-left-side = left side
dose-right-side = right side
dose-rest = rest { $rest }
rhythm-in = breathe in { $seconds }
rhythm-hold = hold { $seconds }
rhythm-out = out { $seconds }
rhythm-hold-empty = hold empty { $seconds }
often-times-a-day = { $count ->
    [1] Once a day
    [2] Twice a day
   *[other] { $count } times a day
}
often-days-a-week = { $count ->
    [7] every day
   *[other] { $count } days a week
}
often-weeks = { $count ->
    [one] for { $count } week
   *[other] for { $count } weeks
}

## The handout

handout-from = From { $author }
handout-length = { $steps ->
    [one] { $steps } step, about { $length } in all
   *[other] { $steps } steps, about { $length } in all
}
handout-written = written { $date }
handout-how-often = How often:
handout-stop-and-get-help = Stop and get help
handout-about = about { $length }
handout-note = Note:
handout-rhythm = Rhythm: { $rhythm }.
handout-rhythm-nostrils = Rhythm: { $rhythm }, through alternate nostrils.
handout-breathing = Breathing:
handout-take-care = Take care:
handout-avoid-if = Avoid if:
handout-week-by-week = Week by week
handout-exercise = Exercise
handout-week = Week { $week }
handout-weeks = Weeks { $first }–{ $last }
handout-not-this-week = not this week
handout-session = Whole session
handout-step-runs = When: { $weeks }.
handout-step-changes = The dose changes by week: see "Week by week".

## The session: phases and the runner's board

phase-get-ready = Get ready
phase-hold = Hold
phase-rest = Rest
phase-switch-sides = Switch sides
phase-set-rest = Rest between sets
phase-breathe-in = Breathe in
phase-hold-in = Hold the breath
phase-breathe-out = Breathe out
phase-hold-out = Hold, lungs empty
side-left = left
side-right = right
board-breath = Breath { $n } of { $of }
board-step = Step { $n } of { $of }
board-next = Next: { $pose }, { $length }
board-time-left = { $time } left
board-left-next = Left side next
board-right-next = Right side next
board-left-first = Left side first
board-right-first = Right side first
board-left-side = Left side
board-right-side = Right side
board-rep = Rep { $n } of { $of }
board-set = Set { $n } of { $of }
runner-paused = Paused
runner-left-nostril = Left nostril
runner-right-nostril = Right nostril
cli-error = error: { $message }
cli-valid = ok: "{ $title }", { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}, { $length }
cli-pose = { $kind }, { $seconds } s
cli-pose-each-side = { $kind }, each side, { $seconds } s
cli-unknown-pose-near = unknown pose '{ $pose }'; did you mean '{ $near }'?
cli-unknown-pose = unknown pose '{ $pose }'
cli-no-illustration = '{ $pose }' has no illustration
cli-cannot-write-handout = cannot write the handout: { $error }; choose a file in a folder you can write to
cli-handout-written = handout for "{ $title }", { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}

## Problems in files: "file:line:column: error: …"

problem-error = error: { $message }
problem-more = { $count ->
    [one] … and { $count } more problem
   *[other] … and { $count } more problems
}

## Kinds of exercise

kind-stretch = stretch
kind-pose = pose
kind-breathing = breathing
kind-relaxation = relaxation
editor-unknown-pose = unknown pose
editor-custom-exercise = custom exercise

## Settings

settings-title = Settings
settings-sound = Sound
settings-volume = Volume: { $percent } %
settings-mute = Mute all sound (M during a session)
settings-voice = Spoken announcements
settings-beeps = Countdown beeps before each change
settings-breath-tone = A soft tone that follows each breath
settings-sessions = Sessions
settings-own-get-ready = Use each routine's own get-ready time
settings-get-ready = Get ready: { $seconds } s before each exercise
settings-looks = Looks
settings-language = Language
settings-language-system = Follow the system
settings-theme = Theme
theme-system = Follow the system
theme-light = Light
theme-dark = Dark
settings-reduce-motion = Reduce motion: a still breathing circle, controls that stay
settings-text-size = Text size: { $percent } %
settings-your-data = Your data
settings-open-folder = Open the folder
settings-safety = Safety
settings-read-safety = Read the safety notice and warning signs

## The window: pages, notices, the safety notice

tab-today = Today
tab-routines = Routines
tab-poses = Poses
tab-history = History
tab-settings = Settings
tab-safety = Safety
# A keyboard shortcut: Ctrl and a digit.
key-ctrl = Ctrl+{ $n }
key-enter = Enter
key-space = Space
key-esc = Esc
notice-dismiss = Dismiss
safety-close = Close
safety-understood = I understand
safety-before-you-start = Before you start
safety-keys = Keys: Ctrl+1 to Ctrl+5 open Today, Routines, Poses, History and Settings; F1 shows this again. In a session: Space pauses, H says it hurts, Esc stops.

## More dates

# "Sunday 1 June": today, at the top of Today.
date-day = { $weekday } { $day } { $month }

## Notices of the window

settings-no-data-folder = No data folder
settings-sound-opens-later = The sound output opens when a session starts.
today-interrupted = Stopped { $into } into the session, at { $time } on { $date }. Resume where you left off, or discard it.
notice-write-unfinished = Posewise could not finish writing a file.
notice-cannot-open-folder = Could not open { $folder } ({ $error }); open it in your file manager.

## Today

today-title = Today
today-no-routine = No routine yet
today-choose-routine = Choose a routine
# The big button: "Start: Back spasm relief (6 min)".
today-start = Start: { $title } ({ $length })
today-start-short = Start
today-open = Open
today-enter-starts = Enter starts it.
today-your-routines = Your routines
today-see-history = See history
today-browse-poses = Browse poses
today-new-routine = New routine
today-due-now = Due now
today-due-at = { $title }, due { $time }
today-interrupted-title = "{ $title }" was interrupted
today-resume = Resume
today-discard = Discard
today-no-streak = No streak yet
today-streak = { $days ->
    [one] { $days }-day streak
   *[other] { $days }-day streak
}
today-last-pain = Last session: pain { $before } before, { $after } after
today-no-pain = No pain ratings yet
today-done-over = { $done } done today ({ $prescribed } prescribed)
today-done-of = { $done } of { $prescribed } done today
today-done = Done today
today-not-done = Not done today
days-every = Every day
days-weekdays = Mon–Fri
days-none = No days
reminder-not-a-time = “{ $text }” is not a time of day: write it as 18:00

## The runner

runner-controls-hidden = Space pauses · any key or a move of the pointer shows the controls
runner-sound-starting = Getting the sound ready…
runner-hide = Hide
runner-pain-before = Pain now, 0 to 10 (optional)
runner-continue = Continue
runner-pause = Pause
runner-sound-on = Sound on
runner-mute = Mute
runner-back = Back
runner-next = Next
runner-hurts = This hurts
runner-quieter = Quieter
runner-louder = Louder
runner-stop = Stop
runner-stop-ask = Stop the session?
runner-stop-logged = It is logged as not finished.
runner-keep-going = Keep going
runner-hurts-title = It hurts: what now?
runner-hurts-noted = It is noted for your physiotherapist. Sharp or growing pain: skip this exercise or stop.
runner-hurts-easier = Make it easier: shorter holds
runner-hurts-skip = Skip this exercise
runner-hurts-gently = Keep going gently
runner-hurts-stop = Stop the session
runner-take-care = Take care
runner-avoid-if = Avoid if
key-left-arrow = Left arrow
key-right-arrow = Right arrow

## The summary after a session

summary-detail = { $title }: { $active } of exercise, { $done } of { $total } steps.
summary-painful-marked = Painful steps are marked in your history.
summary-stopped = Session stopped
summary-well-done = Well done: session complete
summary-complete = Session complete
effort-easy = Easy
effort-right = About right
effort-hard = Hard
summary-pain-now-before = Pain now, 0 (none) to 10 (worst); before the session: { $before }
summary-pain-now = Pain now, 0 (none) to 10 (worst)
summary-pain-went-up = Your pain is higher than before the session. Rest today and go gently; if it stays up, tell your physiotherapist before the next session.
summary-how-hard = How hard did it feel?
summary-note = Note (optional)
summary-note-placeholder = How did it go?
summary-discard-ask = Leave this session out of your history?
summary-discard = Discard
summary-keep = Keep it (Esc)
summary-save = Save
summary-discard-more = Discard…
summary-enter-saves = Enter saves. Every rating is optional.

## History

range-in-weeks = in the last { $weeks } weeks
range-in-months = in the last { $months } months
range-in-year = in the last year
range-in-all = in all
range-weeks = Last { $weeks } weeks
range-months = Last { $months } months
range-year = Last year
range-all = All time
history-all-routines = All routines
history-stopped-after = stopped after { $done } of { $total } steps
history-pain = pain { $before } → { $after }
history-effort = effort { $effort }
history-effort-easy = easy
history-effort-right = about right
history-effort-hard = hard
# "Sun, 1 June 2025, 18:00"
history-when = { $weekday } { $date }, { $time }
history-adherence = { $title }: { $done } of { $prescribed } prescribed sessions, { $percent } %
history-adherence-free = { $title }: { $done ->
    [one] { $done } session completed (no prescription)
   *[other] { $done } sessions completed (no prescription)
}
history-warning = { $warning } ({ $first } and { $second })
# "24 sessions, 310 min in the last 12 weeks · streak 5 days (longest 12)"
history-headline = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $minutes } min { $range } · streak { $streak ->
    [one] { $streak } day
   *[other] { $streak } days
} (longest { $longest })

## Pain warning and reports

warning-pain-rose = Pain was 2 or more points higher after the session than before it, two sessions in a row: consider contacting your physiotherapist.
report-disclaimer = Posewise gives no medical advice. This report lists what the patient logged; the physiotherapist or doctor judges it.

## History page

history-save-report = Save report…
key-ctrl-s = Ctrl+S
history-title = History
history-show = Show
history-empty = No sessions logged yet: finish a session and it appears here.
history-go-today = Go to Today
history-calendar-facts = { $days ->
    [one] { $days } day with exercise, { $minutes } min
   *[other] { $days } days with exercise, { $minutes } min
}
history-adherence-title = Adherence
history-pain-title = Pain before and after
history-pain-weekly = Many sessions: each point is a week's average.
history-pain-ring = A ring marks where pain after was higher than before.
history-minutes-title = Minutes per week
history-minutes-note = Each bar is a week, Monday to Sunday, labelled with its Monday; the last is this week so far.
history-sessions = Sessions
history-no-match = No sessions for these filters.
history-earlier = { $count ->
    [one] … and { $count } earlier session
   *[other] … and { $count } earlier sessions
}

## Charts

# "Pain after sessions fell from 4.3 to 1.7, then rose to 4.4 over 5 weeks."
pain-none = No session in this range has pain rated before and after.
pain-fell-rose = Pain after sessions fell from { $from } to { $low }, then rose to { $to } over { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}.
pain-rose-fell = Pain after sessions rose from { $from } to { $high }, then fell to { $to } over { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}.
pain-stayed = Pain after sessions stayed at about { $at } over { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}.
pain-fell = Pain after sessions fell from { $from } to { $to } over { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}.
pain-rose = Pain after sessions rose from { $from } to { $to } over { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}.
chart-less = Less
chart-more = More
chart-pain-axis = Pain (0–10)
chart-before = before
chart-after = after
chart-minutes = Minutes
chart-target = target { $minutes } min a week
back = ‹ Back

## Poses

# "stretch · 30 s each side"
pose-facts = { $kind } · { $hold }
pose-facts-each-side = { $kind } · { $hold } each side

## routines

routines-routines = Routines
routines-open-a-file = Open a file…
routines-new-routine = New routine
routines-up-and-down-choose = Up and Down choose, Enter opens, Space starts, F2 renames, Delete deletes, Ctrl+O opens a file.
routines-duplicate-it-to-change = Duplicate it to change it or rename it
routines-start = Start
routines-rename-routine = Rename routine
routines-rename = Rename
routines-cancel = Cancel
routines-the-file-is-removed = The file is removed from your routines. Your history keeps its sessions.
routines-delete = Delete

## pose-page

pose-page-how-to-do-it = How to do it
pose-page-what-it-helps = What it helps
pose-page-breathing = Breathing
pose-page-take-care = Take care
pose-page-avoid-if = Avoid if
pose-page-enter-adds-it-esc = Enter adds it, Esc goes back.
pose-page-add-to-a-routine = Add to a routine
pose-page-add-it-to = Add it to

## routine-page

routine-page-start = Start
routine-page-enter-starts-esc-goes = Enter starts, Esc goes back, Ctrl+S saves a copy of the file.

## reminders

reminders-remind-me-at-these = Remind me at these times
reminders-at = At
reminders-remove = Remove
reminders-add-a-time = Add a time
reminders-on = On
reminders-reminders = Reminders
reminders-pick-at-least-one = Pick at least one day, or there is nothing to remind of.
reminders-add-a-time-or = Add a time, or there is nothing to remind of.

## poses

poses-back-to-the-editor = Back to the editor

## Routines, poses and a routine's page

routines-open = Open
routines-duplicate = Duplicate
routines-bundled = Comes with Posewise
routines-own = Yours
# "6 min · 4 steps · Yours"
routines-line = { $length } · { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} · { $origin }
routines-title-placeholder = Title
routines-delete-ask = Delete "{ $title }"?
poses-no-match = No pose matches “{ $query }”. Try fewer letters, or add a custom exercise in the editor.
poses-add-title = Add a pose
poses-add-hint = Choose a pose for “{ $routine }”. Esc goes back to the editor.
poses-title = Poses
poses-hint = { $count } poses and exercises. Type to search; Enter opens the first.
poses-all = All
poses-stretches = Stretches
poses-poses = Poses
poses-breathing = Breathing
poses-relaxation = Relaxation
poses-shown = { $count } shown
poses-search = Search poses: name, Sanskrit or English
pose-page-being-edited = { $title } (being edited)
pose-page-new-routine = A new routine
routine-page-edit = Edit
routine-page-edit-copy = Edit a copy
routine-page-add-pose = Add pose
routine-page-see-history = See history
routine-page-save-as = Save as…
routine-page-handout = Handout to print…
routine-page-facts = { $steps ->
    [one] { $steps } step, { $length } in all
   *[other] { $steps } steps, { $length } in all
}
routine-page-from = From { $author }
reminders-explain-on = A desktop notification comes at each time, with Start and Later (again in 30 minutes), unless you have already done the routine.
reminders-explain-off = Off. The times start from the prescription; change them as you like.

## Files

files-added = Added to your routines. You can start it from Today and Routines from now on.
files-already-bundled = This routine comes with Posewise, so it is already in your routines.
files-already-there = This routine is already in your routines, so it was not copied again.
files-cannot-open = Could not open “{ $name }”:
    { $error }
files-open-title = Open a routine
files-filter-routine = Posewise routine
files-save-copy-title = Save a copy of the routine
files-saved-copy = Saved a copy to { $path }
files-cannot-save = Could not save to { $path }: { $error }. Choose a folder you can write to.
files-save-handout-title = Save the handout
files-saved-handout = Saved the handout to { $path }: open it in a web browser to print it.

## Sessions, reminders, reports

session-running = A guided exercise session is running
session-sound-through = Sound plays through { $name }.
session-no-data-folder = There is no data folder, so this session was not logged.
session-waiting-saved = The sessions that were waiting are now saved in your history.
session-waiting-lost = The sessions waiting to be saved were lost.
reminders-check-failed = Could not set up the reminder check: { $error }
reminders-check-removed = Reminders are off; the reminder check was removed.
reminders-check-not-removed = Could not remove the reminder check: { $error }
report-save-title = Save the report
report-filter-html = Web page (HTML)
report-filter-csv = Spreadsheet (CSV)
report-cannot-save = Could not save the report to { $path }: { $error }. Choose a folder you can write to.
editor-sides-default = As the exercise says
editor-sides-both = Both sides
editor-sides-left = Left only
editor-sides-right = Right only
editor-sides-none = No sides
editor-not-saved = { $count ->
    [one] Not saved: fix the problem marked below first.
   *[other] Not saved: fix the { $count } problems marked below first.
}

## Unsaved sessions

session-kept-in-memory = Posewise keeps the session in memory and saves it as soon as it can
session-waiting = ({ $count } waiting): it tries again every { $seconds } seconds and when you close the window.

## editor

editor-save = Save
editor-unsaved-changes = Unsaved changes
editor-title = Title
editor-from = From
editor-get-ready-s = Get ready (s)
editor-times-a-day = Times a day
editor-days-a-week = Days a week
editor-for-how-many-weeks = For how many weeks
editor-notes = Notes
editor-enter-saves-esc-keeps = Enter saves, Esc keeps editing.
editor-drag = Drag
editor-up = Up
editor-down = Down
editor-duplicate = Duplicate
editor-remove = Remove
editor-remove-line = Remove line
editor-instructions = Instructions
editor-add-a-line = Add a line
editor-done-on-each-side = Done on each side
editor-own-breathing-rhythm = Own breathing rhythm
editor-alternate-nostrils = Alternate nostrils

## The editor

editor-edit-routine = Edit routine
editor-total = { $steps ->
    [one] { $steps } step · { $length } in all
   *[other] { $steps } steps · { $length } in all
}
editor-total-weeks = { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} · { $weeks }
editor-total-week = Week { $week }: { $length }
editor-total-unknown = { $steps ->
    [one] { $steps } step · fix the marked fields to see the total time
   *[other] { $steps } steps · fix the marked fields to see the total time
}
editor-title-placeholder = Routine title
editor-author-placeholder = Physiotherapist or clinic
editor-notes-placeholder = For the patient
editor-save-before-closing = Save your changes before closing?
editor-save-before-leaving = Save your changes before leaving?
editor-unsaved-untitled = This routine has changes that are not saved yet.
editor-unsaved-titled = “{ $title }” has changes that are not saved yet.
editor-same-as-rest = same as rest
editor-from-week = From week
editor-until-week = Until week (included)
editor-to-the-end = the end
editor-add-change = Add a change by week
editor-unchanged = same
editor-optional = Optional
editor-what-to-do = What to do
editor-name-placeholder = e.g. Shoulder rolls
editor-in-s = In (s)
editor-hold-s = Hold (s)
editor-out-s = Out (s)
editor-hold-after-s = Hold after (s)
editor-step-field = Step { $step }, { $field }
editor-more-problems = … and { $count } more, marked below
field-routine = Routine
field-title = Title
field-author = From
field-notes = Notes
field-get-ready = Get ready
field-times-per-day = Times a day
field-days-per-week = Days a week
field-weeks = Weeks
field-steps = Steps
field-step = Step
field-exercise = Exercise
field-name = Name
field-instructions = Instructions
field-hold = Hold
field-reps = Reps
field-sets = Sets
field-rest = Rest
field-set-rest = Rest between sets
field-sides = Sides
field-breathing = Breathing
field-note = Note
field-from-week = From week
field-until-week = Until week
field-changes = Changes by week
field-change = Change { $row } by week

## editor

editor-undo = Undo
editor-redo = Redo
editor-save-changes = Save changes
editor-discard-changes = Discard changes
editor-keep-editing = Keep editing
editor-reps = Reps
editor-sets = Sets
editor-rest-s = Rest (s)
editor-rest-between-sets-s = Rest between sets (s)
editor-sides = Sides
editor-note-for-this-step = Note for this step
editor-name = Name
editor-add-pose = Add pose…
editor-add-custom-exercise = Add custom exercise

## Sound and reminders

sound-no-device = No sound device: cues are shown on screen.
sound-unsupported = The sound device cannot play the cues: they are shown on screen.
# The details, for the sound line in Settings and for `posewise play`.
# $reason is the sound system's own words, often in English.
sound-no-output = No audio output ({ $reason }); cues are shown on screen only.
sound-no-48k-stereo = The audio output cannot play 48 kHz stereo; cues are shown on screen only.
sound-no-default-device = no default output device
sound-not-opened-again = it could not be opened again
# `posewise play` in the terminal: "notice: No audio output (…)".
player-notice = notice: { $text }
# `posewise play --verbose`: the sound system and device that play the cues.
player-sound-output = sound: { $name }

## The report for the physiotherapist

report-title = Posewise report
report-heading = Exercise report
report-heading-for = Exercise report — { $name }
report-meta = { $since } to { $until } · written { $written } · { $sessions ->
    [one] { $sessions } session logged
   *[other] { $sessions } sessions logged
}
report-warning = { $warning } ({ $first } and { $second })
report-done-of = { $done } of { $count }
report-card-completed = sessions completed
report-card-adherence = adherence to the prescription
report-card-exercise = of exercise
report-card-pain = pain after − before, on average
report-no-prescription = no prescription
report-times-a-day = { $count }× a day
report-routines = Routine and prescription
report-routine = Routine
report-prescription = Prescription
report-done = Done
report-prescribed = Prescribed
report-adherence = Adherence
report-per-week = Prescribed and done, per week
report-sessions-per-week = sessions per week
report-minutes-per-week = minutes per week
report-bars-key = Bars: sessions completed; dashes: sessions prescribed.
report-week-of = Week of
report-no-pain = No session was rated.
report-pain-title = Pain before and after (0–10)
report-rated = { $count } rated sessions from { $since } to { $until }
report-painful = Exercises marked painful
report-none = None.
report-no-notes = No notes.

## posewise play: a session in the terminal

# The letters p, n, b, h, q are typed keys: keep them.
play-keys = Keys (then Enter): nothing or p pause/continue, n next, b back, h this hurts, q stop.
play-stopped-before-start = Stopped before the start.
play-pain-now = Pain now, 0–10 (Enter to skip):
# "easy", "right" and "hard" are typed answers: keep them in English.
play-effort = How hard was it: easy, right, hard (Enter to skip)?
play-effort-again = Please type easy, right or hard.
play-paused = Paused. Press Enter to continue.
play-continuing = Continuing.
play-hurts-noted = Noted: step { $step } hurts. It will be in the session record. Go on gently; n skips this exercise, q stops.
play-complete = Session complete: { $active } of exercise.
play-stopped-after = Stopped after { $active }.
play-pain-again = Please type a whole number from 0 to { $most }, or press Enter to skip.
play-rep = rep { $n }/{ $of }
play-set = set { $n }/{ $of }

## posewise history

cli-saved-history = Saved in your history.
cli-expected-date = expected a date such as 2026-03-01 (year-month-day)
cli-since-after-until = --since { $since } is after --until { $until }; give the earlier date first
cli-no-such-routine-near = no session of a routine '{ $routine }' in { $file }; did you mean '{ $near }'?
cli-no-such-routine = no session of a routine '{ $routine }' in { $file }
cli-no-sessions = No sessions logged in this range yet.
cli-session-done = done { $minutes } min
cli-session-stopped = stopped { $minutes } min
cli-streak = Streak: { $current ->
    [one] { $current } day
   *[other] { $current } days
} (longest { $longest ->
    [one] { $longest } day
   *[other] { $longest } days
}).
cli-adherence = Adherence, { $title }: { $done } of { $prescribed } prescribed sessions ({ $percent } %), { $since } to { $until }.
cli-adherence-free = { $title }: { $done ->
    [one] { $done } session
   *[other] { $done } sessions
} done; no prescription to compare with.
cli-pain-change = Pain: after minus before is { $change } on average over { $count ->
    [one] { $count } rated session
   *[other] { $count } rated sessions
}.
cli-marked-painful = Marked painful: { $title }, step { $step } { $name } ({ $count } times).
cli-warning = Note ({ $first } and { $second }): { $warning }

## posewise import and export

cli-too-many-files = { $count } files given; import at most { $most } at a time
cli-imported = imported "{ $title }" into your routines as { $path }
cli-already-there = "{ $title }" is already in your routines ({ $path })
cli-already-bundled = "{ $title }" is already in your routines: it comes with Posewise
cli-no-routine-called = no routine called "{ $name }" in your routines; give its title or file name as `posewise` lists them in the app's Routines page
cli-cannot-export-unreadable = this routine cannot be read, so it cannot be exported; fix the file
cli-file-exists = the file exists; give another name, or add --force to replace it
cli-export-not-read-back = the export would not read back
cli-export-not-same = the export would not read back as the same routine
cli-cannot-write-routine = cannot write the routine: { $error }; check that the folder exists and can be written to
cli-exported = exported "{ $title }" to { $path }

## posewise report, resume

cli-out-is-folder = --out is a folder; give a file name such as report.html
cli-cannot-write-report = cannot write the report: { $error }; choose a file in a folder you can write to
cli-report-written = { $count ->
    [one] { $count } session from { $since } to { $until }
   *[other] { $count } sessions from { $since } to { $until }
}
cli-no-data-folder = no data folder to keep sessions in; set POSEWISE_DATA_DIR
cli-nothing-to-resume = There is no interrupted session to resume.
cli-default-settings = { $reason }; using the default settings
cli-nothing-to-discard = There is no interrupted session to discard.
cli-discarded-of = Discarded the interrupted session of "{ $title }".
cli-discarded = Discarded the interrupted session.

## The window cannot open

cli-no-display = there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands in `posewise --help` work without one
cli-cannot-open-window = cannot open the window: { $error }

## Files that cannot be read or written

library-not-found = there is no routine '{ $key }' in the library; it may have been deleted meanwhile: reopen the library and pick it again
library-read-only = "{ $title }" comes with Posewise and cannot be changed or deleted; duplicate it to make a copy of your own
library-broken = { $action ->
    [duplicated] this routine cannot be read, so it cannot be duplicated; fix the file or delete it
   *[renamed] this routine cannot be read, so it cannot be renamed; fix the file or delete it
}
library-title = a title must be 1 to { $most } characters on one line; { $problem }
library-not-imported = Posewise did not import it; correct the file, or pick another, and import it again
library-cannot-delete = cannot delete the routine: { $error }; check that the folder can be written to
library-full = the folder already holds { $limit } routines, the most Posewise lists; delete some before adding another
library-no-free-name = no free file name for "{ $title }"; give the routine another title or tidy the folder
history-cannot-read = cannot read the session history: { $error }; check the file's permissions
history-cannot-write = cannot add the session to the history: { $error }; check that the disk is not full and the folder is writable
history-too-large = the history is { $size } bytes, more than the { $limit } bytes Posewise reads; rename it (keep it for your records) and Posewise will start a new one
history-not-a-file = the history is not a plain file; move it aside so Posewise can keep its history there
# $reason says what is wrong with the line.
history-line-torn = the last line is cut short (a session was being written when Posewise stopped): { $reason }
settings-too-large = the file is { $size } bytes, more than the { $kib } KiB a settings file may have
history-no-data-folder = no data folder to keep the history in; set POSEWISE_DATA_DIR
history-too-many-files = { $count } history files, more than the { $limit } one data folder may hold; move the files of computers no longer used out of this folder
history-no-device-id = cannot keep this computer's id: { $error }; check that the folder is writable, or set POSEWISE_STATE_DIR
routine-cannot-read = cannot read the file: { $error }
routine-cannot-save = cannot save the routine: { $error }; check that the folder exists and can be written to
file-missing = there is no such file
file-not-utf8 = the file is not UTF-8 text
file-not-object = expected a JSON object {"{"} … {"}"}
file-cut-short = the file ends too early: it was cut short
settings-cannot-save = cannot save the settings: { $error }; check that the folder can be written to and the disk is not full
settings-unreadable = the settings could not be read ({ $reason })
settings-unreadable-defaults = the settings could not be read ({ $reason }); Posewise is using its defaults; check the file's permissions or move it aside
settings-set-aside = the settings could not be read ({ $reason }); Posewise is using its defaults and kept the file as { $name }
settings-not-set-aside = the settings could not be read ({ $reason }); Posewise is using its defaults, but could not rename the file to { $name } ({ $error }); fix or delete it, or your next change will replace it

## Interrupted sessions and titles

checkpoint-discard = run `posewise resume --discard` to throw it away
checkpoint-cannot-save = cannot save the session checkpoint: { $error }; the session goes on, but could not be resumed after a crash
checkpoint-cannot-delete = cannot delete the session checkpoint: { $error }; delete the file yourself
checkpoint-cannot-read = cannot read the session checkpoint: { $error }; check its permissions, or { $discard }
checkpoint-damaged = the checkpoint of the interrupted session is damaged: { $reason }; { $discard }
checkpoint-newer = this checkpoint was written by a newer Posewise (checkpoint version { $version }); update Posewise, or run `posewise resume --discard`
checkpoint-routine-invalid = the routine of the interrupted session is not valid; { $discard }
# Why a checkpoint is damaged: follows "the checkpoint … is damaged: ".
# Field names in quotes ('segment') stay as they are.
checkpoint-not-object = it is not a Posewise checkpoint (a JSON object {"{"} … {"}"})
file-not-a-file = it is not a file
checkpoint-too-large = the file is larger than { $mib } MiB; a checkpoint is small text, so Posewise did not write this one
checkpoint-missing = '{ $field }' is missing; it must be { $what }
checkpoint-not = '{ $field }' must be { $what }, found { $found }
# Stands for a value too long to quote in "found …".
checkpoint-something-else = something else
checkpoint-kind-beeps = a whole number of beeps
checkpoint-kind-segment = a segment number
checkpoint-kind-milliseconds = a whole number of milliseconds
checkpoint-kind-path = a file path
checkpoint-kind-moment = a date and time such as "2025-01-31T08:00:00+01:00"
checkpoint-kind-steps = a list of step numbers
checkpoint-easier = 'easier' names step { $step } twice, or past the routine's { $steps } steps (numbered from 0)
checkpoint-format = 'format' must be "{ $format }"; this is not a Posewise checkpoint
checkpoint-version = 'version' must be { $version }
checkpoint-no-routine = 'routine' is missing
checkpoint-in-routine = in the session's routine: { $problem }
checkpoint-segment = 'segment' is { $segment }, but the session has only { $segments } segments
checkpoint-position = 'position_ms' is { $position } ms, past the end of the session ({ $total })
checkpoint-active = 'active_ms' is { $active_ms } ms ({ $active }), more exercise than one session can hold
library-not-a-file = it is a folder or a device, not a routine file
title-empty = it is empty: type one
title-line-break = it has a line break or a control character: keep it on one line
title-too-long = it has { $length } characters: shorten it

## Lines of the history that cannot be read

history-line-skipped = warning: skipped this line of the history: { $reason }; it is left in the file as it is
history-line-too-long = the line is longer than { $most } bytes
history-line-not-utf8 = the line is not UTF-8 text
history-line-newer = written by a newer Posewise (record version { $version }); update Posewise to read it
history-line-not-record = not a session record: { $error }
history-line-pain = "{ $field }" must be 0 to { $most }
history-line-steps = step numbers beyond the routine's steps
history-line-note = the note is longer than { $most } characters
history-line-times = "ended_at" is before "started_at"
history-line-week = "week" must be 1 to { $most }

## More history lines

history-line-format = "format" is "{ $found }", not "{ $format }"
history-line-version = record version { $found } (this Posewise reads version { $version }); update Posewise to read it

## The desktop menu and the reminder check

schedule-timer = Reminders are checked every 15 minutes (systemd user timer posewise-remind.timer).
schedule-at-login = Reminders are checked when you log in, not during the day: { $reason }.
desktop-use-sudo = Run it with sudo, or use --user to do it for you only.
desktop-cannot = cannot { $doing }: { $error }
desktop-doing-install = install the desktop files
desktop-doing-remove = remove the desktop files
desktop-doing-schedule = set up the reminder check
desktop-no-own-path = cannot { $doing }: cannot find Posewise's own path: { $error }
desktop-installed-into = Installed into { $folder }:
desktop-menu-starts = The menu entry starts { $program }.
desktop-default-set = Routine files (*.posewise.json) now open in Posewise (default set in { $list }).
desktop-offered = Posewise is now offered for routine files (*.posewise.json); each user can make it their default.
desktop-removed-check = Removed the reminder check:
desktop-nothing-to-remove = Nothing to remove in { $folder }.
desktop-removed-from = Removed from { $folder }:
desktop-no-longer-default = Posewise is no longer the default in { $list }.
desktop-ran = Ran { $program }.
desktop-skipped = Skipped { $program }: not installed (it is in the { $package } package).
desktop-tool-failed = warning: { $program } failed: { $error } (the files are in place; logging out and in again also refreshes the menu).
desktop-no-home = cannot tell where your data folder is: set HOME or XDG_DATA_HOME
desktop-unusable-path = cannot use { $path } in the menu entry: { $reason }
desktop-path-not-utf8 = it is not valid UTF-8
desktop-path-not-absolute = it is not an absolute path
desktop-path-control-character = it holds a control character
desktop-cannot-create = cannot create { $path }: { $error }
desktop-cannot-write = cannot write { $path }: { $error }
desktop-cannot-read = cannot read { $path }: { $error }
desktop-cannot-remove = cannot remove { $path }: { $error }

## The command line's help (posewise --help) and its usage errors.
## Option names (--lang), value words a person types (easy, csv, 0.8) and
## file patterns (*.posewise.json) stay as they are. A value name such as
## FILE is a placeholder in the usage line: one word, in capitals where the
## language has them.

cli-about = Guided, timed stretching and yoga sessions for back care.
cli-about-long = Guided, timed stretching and yoga sessions for back care.

    Run without arguments to open the app, or give a routine file to open it.
    Posewise gives no medical advice: follow your physiotherapist or doctor.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
# Stands for "any of the options" in a usage line.
cli-usage-options = [OPTIONS]
cli-builtin-help = Print help
cli-builtin-help-more = Print help (see more with '--help')
cli-builtin-help-summary = Print help (see a summary with '-h')
cli-builtin-version = Print the version
cli-possible-values = [possible values: { $values }]
cli-default = [default: { $value }]

cli-value-command = COMMAND
cli-value-file = FILE
cli-value-files = FILES
cli-value-code = CODE
cli-value-id = ID
cli-value-n = N
cli-value-volume = VOLUME
cli-value-effort = EFFORT
cli-value-text = TEXT
cli-value-routine = ROUTINE
cli-value-date = DATE
cli-value-name = NAME
cli-value-format = FORMAT
cli-value-seconds = SECONDS

cli-command-validate = Check routine files; prints every problem as file:line:column.
cli-command-poses = List the built-in poses.
cli-command-pose-svg = Print a pose's illustration (SVG) to standard output.
cli-command-plan = Show the timeline of a routine: every segment and cue.
cli-command-render-audio = Write the whole session soundtrack (every cue at its moment) as a 48 kHz stereo WAV file.
cli-command-play = Run a session in the terminal, with sound cues and progress lines.
cli-command-run = Open the window and start this routine at once: a file, or one of your routines by title or file name (as the Routines page lists it).
cli-command-import = Check routine files and copy them into your routines (the app's library); one already there is not copied again.
cli-command-export = Write one of your routines (or one that comes with Posewise) to a file to share.
cli-command-resume = Continue the session that was interrupted (crash, kill, power cut).
cli-command-history = List the logged sessions with a summary: streak, adherence, pain trend, and any warning.
cli-command-report = Write a report for the physiotherapist (CSV, JSON or one self-contained HTML page that prints on A4).
cli-command-install-desktop = Add Posewise to the applications menu and open routine files (*.posewise.json) with it on a double-click.
cli-command-uninstall-desktop = Remove what install-desktop added.
cli-command-handout = Write a printable handout of a routine for the patient: one self-contained HTML page with every step's picture, dose and cautions, that prints on A4.
cli-command-remind = Show a desktop notification for each routine whose reminder is due; a systemd user timer runs this every 15 minutes.
cli-command-help = Print this help, or the help of the given command

cli-option-posewise-file = A routine file (*.posewise.json) to open in the app.
cli-option-file = The routine file (*.posewise.json).
cli-option-run-file = A routine file, or one of your routines by its title or file name.
cli-option-files = One or more routine files (*.posewise.json).
cli-option-lang = The language to use: en, de, es, fr, pt-BR or hi (default: from LC_ALL, LC_MESSAGES or LANG).
cli-option-poses-json = Print the full catalogue as JSON.
cli-option-plan-json = Print JSON: {"{"}"total_ms", "segments", "cues", "announcements"{"}"}.
cli-option-history-json = Print JSON: {"{"}"sessions", "summary", "skipped_lines"{"}"}.
cli-option-pose-svg-id = A pose id or alias, such as balasana or child-pose.
cli-option-countdown = Countdown beeps before the end of each hold, rest and get-ready (0 to 10; 0 turns them off). The default is 3, or for play the choice in the settings.
cli-option-render-audio-out = The WAV file to write.
cli-option-volume = Loudness from 0 to 1.
cli-option-no-window = Run without a window (the terminal player; the default for play).
cli-option-mute = No sound at all (cues are still printed).
cli-option-no-voice = Do not speak pose names (spoken only when espeak-ng is installed).
cli-option-breath-tone = A soft tone that rises with each breath in and falls with each breath out.
cli-option-verbose = Say which sound system and device play the cues.
cli-option-pain-before = Pain before the session, 0 (none) to 10.
cli-option-pain-after = Pain after the session, 0 (none) to 10.
cli-option-effort = How hard the session was: easy, right or hard.
cli-option-note = A note for the log (and the physiotherapist's report).
cli-option-export-routine = Its title or file name, as the Routines page lists it.
cli-option-export-out = The file to write.
cli-option-force = Replace the file if it exists.
cli-option-discard = Throw the interrupted session away instead.
cli-option-routine = A routine's title or id (as history shows them).
cli-option-since = The first day, as 2026-03-01.
cli-option-until = The last day, as 2026-03-31.
cli-option-name = The patient's name, shown at the top.
cli-option-format = What to write.
cli-option-report-out = The file to write (replaced whole, never left half-written).
cli-option-user = For you only, under $XDG_DATA_HOME (default ~/.local/share).
cli-option-system = For everyone, under /usr/local/share (needs sudo).
cli-option-handout-out = The HTML file to write (replaced whole, never left half-written), or - for standard output.
cli-option-due = Announce the reminders that are due now (the only mode so far).
cli-option-remind-verbose = Say what was decided and why.
cli-option-wait = How long to wait for Start or Later, in seconds (0 to 600).
cli-option-help-subcommand = The command to explain.

cli-unexpected-argument = unexpected argument '{ $arg }'
cli-invalid-value = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-invalid-value-choose = invalid value '{ $value }' for '{ $arg }'; use one of: { $valid }
cli-value-needed = '{ $arg }' needs a value
cli-missing-arguments = these are needed and were not given: { $args }
cli-conflict = '{ $arg }' cannot be used together with '{ $other }'
cli-given-twice = '{ $arg }' can be given only once
cli-wrong-number-of-values = wrong number of values for '{ $arg }'
cli-unreadable-command-line = the command line cannot be read
cli-tip-similar = tip: a similar one exists: '{ $near }'
cli-try-help = For more information, try '--help'.
cli-expected-whole-number = expected a whole number from 0 to { $most }
cli-expected-volume = expected a number from 0 to 1, such as 0.8
cli-expected-effort = expected easy, right or hard
cli-note-too-long = a note may have at most { $most } characters
cli-expected-moment = expected a moment such as 2026-11-27T18:00:00+01:00
cli-cannot-write-output = error: cannot write the output: { $error }

## Routine files of version 2: programmes that change week by week.
## Field names in quotes ('from_week', "weeks") stay as they are.

check-needs-version-2 = '{ $field }' needs "version": 2 at the top of the file
check-id = 'id' must be 1 to { $most } letters, digits, '-' or '_', found { $found }
check-starts = 'starts' must be a date such as "2026-12-07", found { $found }
check-weeks-need-length = '{ $field }' needs the programme's length: add "weeks" to the "prescription"
check-week-past-end = '{ $field }' is week { $week }, but the programme has only { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }
check-weeks-reversed = 'until_week' { $until } comes before 'from_week' { $from }; the step would never run
check-progress-not-list = 'progress' must be a list [ … ] of dose changes, found { $found }
check-too-many-changes = 'progress' may have at most { $most } changes, one a week
# "change 2 of 'progress'"
check-what-change = change { $number } of 'progress'
check-change-order = 'from_week' { $week } must come after week { $before }, the week of the change before it
check-change-outside = 'from_week' { $week } is outside the weeks the step runs in ({ $from } to { $until })
check-change-nothing = this change gives no dose: add hold_seconds, reps, sets, rest_seconds, set_rest_seconds or breathing
check-week-empty = no step runs in week { $week }; give it a step or make "weeks" shorter
check-week-too-long = in week { $week } the session would last { $hours } hours, more than { $most }; it goes past that at step { $step }
cli-option-week = The week of a programme that changes week by week (default: the week today falls in).
cli-expected-week = expected a week number from 1 to { $most }
plan-week = Week { $week } of { $weeks }
plan-programme-complete = { $weeks ->
        [one] The one-week programme is over
       *[other] The programme's { $weeks } weeks are over
    }; this is the last week's dose. Ask your physiotherapist for the next programme.
today-programme-complete-title = Programme complete
week-change-step = { $name }: { $changes }
week-change-new = New this week: { $name }
week-change-over = Finished: { $name } is no longer part of the programme
week-change-hold = hold { $now } (was { $was })
week-change-reps = { $now ->
        [one] { $now } repetition
       *[other] { $now } repetitions
    } (was { $was })
week-change-sets = { $now ->
        [one] { $now } set
       *[other] { $now } sets
    } (was { $was })
week-change-rest = rest { $now } (was { $was })
week-change-set-rest = rest between sets { $now } (was { $was })
week-change-breathing = breathing rhythm ({ $now }; was { $was })
report-programme-title = { $title }: week by week
report-programme-week = Programme week
report-programme-dose = That week's dose
routines-conflict-title = A conflicting copy of "{ $title }" from another computer
routines-conflict-detail = "{ $title }" was changed on two computers at the same time, and your sync service kept both versions. This is the other computer's version. Keep one of them, or both.
routines-conflict-keep-copy = Keep this version
routines-conflict-keep-original = Keep the other version
routines-conflict-keep-both = Keep both
routines-conflict-other-title = { $title } (other computer)
move-inside = the new folder cannot be inside the data folder { $from }, nor hold it; choose a folder beside it
move-failed = could not move the data: { $error }; nothing was switched, and your data is still where it was
move-too-many = the data folder holds more than { $most } files; move what is not Posewise's out of it first
move-check-failed = { $missing } sessions did not arrive in the new folder; nothing was switched, and your data is still where it was
settings-move-to = Move to…
settings-move-title = Choose the new data folder
settings-move-hint = "Move to…" copies your routines, sessions and settings into another folder, such as one your sync service keeps on two computers, checks the copy, and then uses it. A folder that already holds Posewise data is merged with yours. The old folder stays as it is until you remove it.
settings-move-env = POSEWISE_DATA_DIR chooses the data folder, so it cannot be moved here.
settings-moving = Copying and checking your data…
settings-moved = Moved: { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } in the new folder{ $conflicts ->
        [0] {""}
        [one] , and one routine with another version there (see Routines)
       *[other] , and { $conflicts } routines with another version there (see Routines)
    }. The old folder, { $old }, is kept as it was: remove it once you are happy with the move.
