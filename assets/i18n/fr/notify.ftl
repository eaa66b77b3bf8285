notify-summary = C'est l'heure : { $title }
notify-body = Prévu à { $time } · { $minutes } min. Commencez maintenant, ou recevez un nouveau rappel dans 30 minutes.
notify-start = Commencer
notify-later = Plus tard
