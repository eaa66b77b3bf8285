notify-summary = C'est l'heure : { $title }
notify-body = Prévu à { $time } · { $minutes } min. Commencez maintenant, ou recevez un nouveau rappel dans 30 minutes.
notify-start = Commencer
notify-later = Plus tard

## What `posewise remind --due --verbose` says.

remind-no-data-folder = aucun dossier de données : définissez HOME ou POSEWISE_DATA_DIR
remind-nothing-due = rien n'est à faire maintenant
remind-cannot-notify = impossible d'afficher des notifications : { $error }
remind-announced = rappel de { $title } (prévu à { $time }) annoncé par la notification { $id }
remind-notification-failed = impossible d'afficher la notification : { $error }
remind-started = { $title } : enchaînement lancé
remind-cannot-start = impossible de lancer { $title } : { $error }
remind-comes-back = { $title } : nouveau rappel à { $time }
remind-dismissed = { $title } : rappel fermé par l'utilisateur
remind-starting-afresh = { $error } ; redémarrage à zéro
remind-cannot-save-state = { $path } : impossible d'enregistrer la liste des rappels affichés : { $error }
remind-cannot-lock = { $path } : impossible de verrouiller les rappels : { $error }
remind-no-settings = pas encore de réglages, donc pas de rappels
remind-fix-settings = { $error } ; ouvrez Posewise pour corriger le problème
remind-anyway = { $error } ; rappel envoyé malgré tout
remind-no-such-routine = { $routine } : cet enchaînement n'existe plus
remind-done-since = { $title } : déjà fait depuis { $time }
dbus-no-runtime = impossible de démarrer l'environnement d'exécution D-Bus : { $error }
dbus-timeout = le bus de session n'a pas répondu en { $seconds } s
