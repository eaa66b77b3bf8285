# Posewise: the reminder's desktop notification. Kept apart, so that
# `posewise remind` reads only these few messages while it waits.

notify-summary = Time for { $title }
notify-body = Due at { $time } · { $minutes } min. Start now, or be reminded again in 30 minutes.
notify-start = Start
notify-later = Later
