# Posewise : tous les textes qu'une personne lit ou entend, en français.
#
# L'anglais est la langue source et la langue de secours. Chaque autre langue
# a un fichier avec les mêmes identifiants dans assets/i18n/<langue>/. Pour
# corriger une ligne, modifiez le texte après « = » pour son identifiant dans
# ce fichier ; gardez chaque { $variable } telle quelle (son nom ne se traduit
# pas), et gardez les formes du pluriel entre lesquelles Fluent choisit avec
# [one] et *[other].


## Le coaching parlé

coach-switch-sides = Changez de côté
coach-rest = Repos
coach-halfway = Vous êtes à mi-parcours
coach-done = Séance terminée. Bravo.
# « Étirement genou-poitrine, 30 secondes »
coach-work = { $pose }, { $length }
coach-seconds =
    { $count ->
        [one] { $count } seconde
       *[other] { $count } secondes
    }
coach-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
coach-up-next = { $work }.
coach-up-next-left = { $work }, côté gauche d'abord.
coach-up-next-right = { $work }, côté droit.
# L'exercice, puis sa première consigne.
coach-introduce = { $work } { $instruction }
coach-next = Ensuite : { $what }
coach-rep = { $pose }, répétition { $rep } sur { $reps }
coach-set = { $pose }, série { $set } sur { $sets }
# Le mot qui relie deux parties d'une consigne, là où une consigne plus
# courte peut être coupée.
coach-and = et
# Une consigne raccourcie.
coach-clause = { $clause }.

## La ligne de commande

cli-unknown-language = Posewise ne parle pas « { $code } » ; utilisez l'une de ces langues : { $known }

## Vérification d'un fichier d'enchaînement. Chaque message suit « fichier:ligne:colonne: ».
## Les noms de champs entre apostrophes ('hold_seconds') et les valeurs entre
## guillemets droits s'écrivent dans le fichier tels quels : ne les traduisez pas.

check-what-routine = l'enchaînement
check-what-step = l'étape { $number }
check-found-bool = true/false
check-found-number = un nombre
check-found-text = du texte
check-found-list = une liste
check-found-object = un objet
check-not-object = { $what } doit être un objet { "{" } … { "}" }, et non { $found }
check-unknown-field-near = champ inconnu '{ $field }' dans { $what } ; vouliez-vous dire '{ $near }' ?
check-unknown-field = champ inconnu '{ $field }' dans { $what } ; les champs autorisés sont { $allowed }
check-needs = { $what } doit contenir '{ $field }'
check-empty = '{ $field }' ne doit pas être vide
check-too-long = '{ $field }' dépasse { $longest } caractères ; raccourcissez-le
check-not-text = '{ $field }' doit être du texte entre guillemets, et non { $found }
# $unit vaut : seconds, times, days ou weeks.
check-unit =
    { $unit ->
        [times] fois
        [days] jours
        [weeks] semaines
       *[seconds] secondes
    }
check-not-whole = '{ $field }' doit être un nombre entier de { $unit } entre { $min } et { $max }, et non { $found }
check-not-tenths = '{ $field }' doit être un nombre de secondes entre { $min } et { $max }, par pas de 0.1, et non { $found }
check-not-bool = '{ $field }' doit valoir true ou false, et non { $found }
check-format = 'format' doit valoir "{ $format }", et non { $found } ; s'agit-il bien d'un fichier d'enchaînement Posewise ?
check-newer-version = ce fichier a été créé avec une version plus récente de Posewise (version { $found } du format d'enchaînement ; cette version-ci lit la version { $version }) : mettez Posewise à jour pour l'ouvrir
check-version = 'version' doit valoir { $version }, et non { $found }
check-steps-not-list = 'steps' doit être une liste [ … ] d'étapes, et non { $found }
check-steps-empty = 'steps' est vide ; ajoutez au moins une étape, par exemple { "{" }"pose": "balasana", "hold_seconds": 30{ "}" }
check-too-many-steps = un enchaînement peut contenir au maximum { $most } étapes, celui-ci en contient { $count } ; divisez-le en plusieurs enchaînements (les étapes au-delà de la { $most }e n'ont pas été vérifiées)
check-custom-needs-hold = { $what } ({ $label }) doit contenir 'hold_seconds'
check-pose-and-custom = { $what } contient à la fois 'pose' et 'custom' ; n'en gardez qu'un
check-needs-pose = { $what } doit contenir 'pose' (un identifiant du catalogue, par exemple "balasana" ; lancez `posewise poses` pour voir la liste) ou 'custom'
check-pose-not-text = 'pose' doit être un identifiant de posture entre guillemets, et non { $found }
check-unknown-pose-near = posture inconnue '{ $pose }' ; vouliez-vous dire '{ $near }' ?
check-unknown-pose = posture inconnue '{ $pose }' ; lancez `posewise poses` pour afficher les postures connues, ou décrivez-la avec 'custom'
check-instructions-not-list = 'instructions' doit être une liste de phrases courtes, et non { $found }
check-too-many-instructions = 'instructions' peut contenir au maximum { $most } lignes ; raccourcissez la liste
check-unknown-sides-near = valeur inconnue '{ $sides }' pour 'sides' ; vouliez-vous dire '{ $near }' ? utilisez l'une des valeurs "both", "left", "right", "none"
check-unknown-sides = valeur inconnue '{ $sides }' pour 'sides' ; utilisez l'une des valeurs "both", "left", "right", "none"
check-sides-not-text = 'sides' doit être l'une des valeurs "both", "left", "right", "none", et non { $found }
check-sides-on-one-sided = '{ $label }' ne se fait pas d'un côté puis de l'autre, il ne peut donc pas avoir de côtés ; supprimez 'sides'
check-breath-longer-than-hold = une respiration dure { $breath } s, mais la position de cette étape n'est maintenue que { $hold } s ; augmentez 'hold_seconds' ou raccourcissez la respiration
check-twice = '{ $field }' est indiqué deux fois ; n'en gardez qu'un
check-invalid = enchaînement non valide : { $error }
check-file-too-large = le fichier dépasse { $kib } Kio ; un fichier d'enchaînement est un petit fichier texte, vérifiez donc qu'il s'agit du bon fichier
check-not-utf8 = le fichier n'est pas du texte UTF-8 ; enregistrez-le en UTF-8
check-not-json = JSON non valide : { $error }
check-session-too-long = la séance durerait { $hours } heures ; une séance dure au maximum { $most } heures, et l'étape { $step } lui fait dépasser cette limite : donnez aux étapes moins de répétitions ou de séries, ou des maintiens plus courts, ou divisez l'enchaînement en plusieurs enchaînements

## Erreurs de syntaxe JSON (l'anglais garde les mots de l'analyseur)

json-expected-comma-or-brace = `,` ou `{ "}" }` attendu
json-expected-comma-or-bracket = `,` ou `]` attendu
json-expected-colon = `:` attendu
json-expected-value = valeur attendue
json-trailing-comma = virgule en trop à la fin
json-trailing-characters = caractères en trop après la fin des données
json-key-not-string = une clé doit être du texte entre guillemets
json-eof = le fichier se termine trop tôt : un crochet, une accolade ou un guillemet n'est pas fermé
json-control-character = caractère de contrôle trouvé dans un texte ; gardez chaque texte sur une seule ligne
json-invalid-escape = séquence d'échappement non valide après \
json-invalid-number = nombre non valide
json-too-deep = limite d'imbrication dépassée

## Sécurité

safety-not-advice = Posewise vous guide dans les exercices choisis par votre professionnel de santé. Il ne donne aucun conseil médical. Suivez le programme de votre kinésithérapeute ou de votre médecin, bougez en douceur, et arrêtez un exercice si votre douleur s'aggrave.
safety-red-flags-intro = Ne faites pas d'exercice si votre mal de dos s'accompagne de l'un des points suivants :
safety-emergency-heading = Consultez en urgence dès maintenant
safety-emergency-intro = Allez aux urgences ou appelez le numéro d'urgence dès maintenant si vous avez :
safety-same-day-heading = Consultez un médecin aujourd'hui
safety-same-day-intro = Appelez votre médecin ou un service de soins urgents aujourd'hui, avant de faire de l'exercice, si vous avez :
safety-outlook = Les contractures du dos s'atténuent généralement en trois à six semaines, et rester actif en douceur les aide à se calmer.

## Nombres, durées et dates

# Entre les éléments d'une liste : « 30 s × 3, des deux côtés, repos 10 s ».
list-separator = { ", " }
unit-seconds-short = { $seconds } s
duration-s = { $s } s
duration-min = { $m } min
duration-min-s = { $m } min { $s } s
duration-h-min = { $h } h { $m } min
date-long = { $day } { $month } { $year }
date-short = { $day } { $month }
month =
    { $month ->
        [jan] janvier
        [feb] février
        [mar] mars
        [apr] avril
        [may] mai
        [jun] juin
        [jul] juillet
        [aug] août
        [sep] septembre
        [oct] octobre
        [nov] novembre
       *[dec] décembre
    }
month-short =
    { $month ->
        [jan] janv.
        [feb] févr.
        [mar] mars
        [apr] avr.
        [may] mai
        [jun] juin
        [jul] juil.
        [aug] août
        [sep] sept.
        [oct] oct.
        [nov] nov.
       *[dec] déc.
    }
weekday =
    { $day ->
        [mon] lundi
        [tue] mardi
        [wed] mercredi
        [thu] jeudi
        [fri] vendredi
        [sat] samedi
       *[sun] dimanche
    }
weekday-short =
    { $day ->
        [mon] lun.
        [tue] mar.
        [wed] mer.
        [thu] jeu.
        [fri] ven.
        [sat] sam.
       *[sun] dim.
    }

## La dose d'une étape et la prescription d'un enchaînement

# « 30 s × 3 »
dose-reps = { $hold } × { $reps }
dose-sets = { $sets } séries
dose-both-sides = des deux côtés
dose-left-side = côté gauche
dose-right-side = côté droit
dose-rest = repos { $rest }
rhythm-in = inspirez { $seconds }
rhythm-hold = retenez { $seconds }
rhythm-out = expirez { $seconds }
rhythm-hold-empty = retenez poumons vides { $seconds }
often-times-a-day =
    { $count ->
        [1] Une fois par jour
        [2] Deux fois par jour
       *[other] { $count } fois par jour
    }
often-days-a-week =
    { $count ->
        [7] tous les jours
       *[other] { $count } jours par semaine
    }
often-weeks =
    { $count ->
        [one] pendant { $count } semaine
       *[other] pendant { $count } semaines
    }

## La fiche d'exercices

handout-from = De la part de { $author }
handout-length =
    { $steps ->
        [one] { $steps } étape, environ { $length } au total
       *[other] { $steps } étapes, environ { $length } au total
    }
handout-written = rédigée le { $date }
handout-how-often = Fréquence :
handout-stop-and-get-help = Arrêtez et demandez de l'aide
handout-about = environ { $length }
handout-note = Remarque :
handout-rhythm = Rythme : { $rhythm }.
handout-rhythm-nostrils = Rythme : { $rhythm }, en alternant les narines.
handout-breathing = Respiration :
handout-take-care = Précautions :
handout-avoid-if = À éviter si :

## La séance : les phases et le tableau du déroulement

phase-get-ready = Préparez-vous
phase-hold = Tenez
phase-rest = Repos
phase-switch-sides = Changez de côté
phase-set-rest = Repos entre les séries
phase-breathe-in = Inspirez
phase-hold-in = Retenez votre respiration
phase-breathe-out = Expirez
phase-hold-out = Retenez, poumons vides
side-left = gauche
side-right = droite
board-breath = Respiration { $n } sur { $of }
board-step = Étape { $n } sur { $of }
board-next = À suivre : { $pose }, { $length }
board-time-left = Il reste { $time }
board-left-next = Côté gauche ensuite
board-right-next = Côté droit ensuite
board-left-first = Côté gauche d'abord
board-right-first = Côté droit d'abord
board-left-side = Côté gauche
board-right-side = Côté droit
board-rep = Répétition { $n } sur { $of }
board-set = Série { $n } sur { $of }
runner-paused = En pause
runner-left-nostril = Narine gauche
runner-right-nostril = Narine droite
cli-error = erreur : { $message }
cli-valid =
    ok : « { $title } », { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    }, { $length }
cli-pose = { $kind }, { $seconds } s
cli-pose-each-side = { $kind }, de chaque côté, { $seconds } s
cli-unknown-pose-near = posture inconnue '{ $pose }' ; vouliez-vous dire '{ $near }' ?
cli-unknown-pose = posture inconnue '{ $pose }'
cli-no-illustration = la posture '{ $pose }' n'a pas d'illustration
cli-cannot-write-handout = impossible d'écrire la fiche d'exercices : { $error } ; choisissez un fichier dans un dossier où vous avez le droit d'écrire
cli-handout-written =
    fiche d'exercices pour « { $title } », { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    }

## Problèmes dans les fichiers : « fichier:ligne:colonne: erreur : … »

problem-error = erreur : { $message }
problem-more =
    { $count ->
        [one] … et { $count } autre problème
       *[other] … et { $count } autres problèmes
    }

## Types d'exercice

kind-stretch = étirement
kind-pose = posture
kind-breathing = respiration
kind-relaxation = relaxation
editor-unknown-pose = posture inconnue
editor-custom-exercise = exercice personnalisé
settings-title = Réglages
settings-sound = Son
settings-volume = Volume : { $percent } %
settings-mute = Couper tous les sons (M pendant une séance)
settings-voice = Annonces vocales
settings-beeps = Bips de compte à rebours avant chaque changement
settings-breath-tone = Un son doux qui suit chaque respiration
settings-sessions = Séances
settings-own-get-ready = Utiliser le temps de préparation propre à chaque enchaînement
settings-get-ready = Préparation : { $seconds } s avant chaque exercice
settings-looks = Apparence
settings-language = Langue
settings-language-system = Suivre le système
settings-theme = Thème
theme-system = Suivre le système
theme-light = Clair
theme-dark = Sombre
settings-reduce-motion = Réduire les animations : cercle de respiration immobile, commandes toujours visibles
settings-text-size = Taille du texte : { $percent } %
settings-your-data = Vos données
settings-open-folder = Ouvrir le dossier
settings-safety = Sécurité
settings-read-safety = Lire l'avertissement de sécurité et les signes d'alerte
tab-today = Aujourd'hui
tab-routines = Enchaînements
tab-poses = Postures
tab-history = Historique
tab-settings = Réglages
tab-safety = Sécurité
# Un raccourci clavier : Ctrl et un chiffre.
key-ctrl = Ctrl+{ $n }
key-enter = Entrée
key-space = Espace
key-esc = Échap
notice-dismiss = Fermer
safety-close = Fermer
safety-understood = J'ai compris
safety-before-you-start = Avant de commencer
safety-keys = Touches : Ctrl+1 à Ctrl+5 ouvrent Aujourd'hui, Enchaînements, Postures, Historique et Réglages ; F1 affiche de nouveau ce message. Pendant une séance : Espace met en pause, H signale que cela fait mal, Échap arrête.
# « dimanche 1 juin » : aujourd'hui, en haut de la page Aujourd'hui.
date-day = { $weekday } { $day } { $month }
settings-no-data-folder = Aucun dossier de données
settings-sound-opens-later = La sortie audio s'ouvre au début d'une séance.
today-interrupted = Séance arrêtée après { $into }, le { $date } à { $time }. Reprenez là où vous en étiez, ou abandonnez-la.
notice-write-unfinished = Posewise n'a pas pu terminer l'écriture d'un fichier.
notice-cannot-open-folder = Impossible d'ouvrir { $folder } ({ $error }) ; ouvrez-le dans votre gestionnaire de fichiers.
today-title = Aujourd'hui
today-no-routine = Aucun enchaînement pour l'instant
today-choose-routine = Choisir un enchaînement
# Le grand bouton : « Commencer : Soulager les contractures du dos (6 min) ».
today-start = Commencer : { $title } ({ $length })
today-start-short = Commencer
today-open = Ouvrir
today-enter-starts = Entrée pour commencer.
today-your-routines = Vos enchaînements
today-see-history = Voir l'historique
today-browse-poses = Parcourir les postures
today-new-routine = Nouvel enchaînement
today-due-now = À faire maintenant
today-due-at = { $title }, prévu à { $time }
today-interrupted-title = Séance « { $title } » interrompue
today-resume = Reprendre
today-discard = Abandonner
today-no-streak = Pas encore de jours consécutifs
today-streak =
    { $days ->
        [one] { $days } jour consécutif
       *[other] { $days } jours consécutifs
    }
today-last-pain = Dernière séance : douleur { $before } avant, { $after } après
today-no-pain = Pas encore d'évaluation de la douleur
today-done-over = Fait aujourd'hui : { $done } (prescrit : { $prescribed })
today-done-of = Fait aujourd'hui : { $done } sur { $prescribed }
today-done = Fait aujourd'hui
today-not-done = Pas fait aujourd'hui
days-every = Tous les jours
days-weekdays = Lun.–ven.
days-none = Aucun jour
reminder-not-a-time = « { $text } » n'est pas une heure : écrivez-la sous la forme 18:00
runner-controls-hidden = Espace met en pause · une touche ou un mouvement du pointeur affiche les commandes
runner-sound-starting = Préparation du son…
runner-hide = Masquer
runner-pain-before = Douleur actuelle, de 0 à 10 (facultatif)
runner-continue = Continuer
runner-pause = Pause
runner-sound-on = Activer le son
runner-mute = Couper le son
runner-back = Précédent
runner-next = Suivant
runner-hurts = J'ai mal
runner-quieter = Baisser le son
runner-louder = Monter le son
runner-stop = Arrêter
runner-stop-ask = Arrêter la séance ?
runner-stop-logged = Elle est enregistrée comme non terminée.
runner-keep-going = Continuer
runner-hurts-title = Vous avez mal : que faire ?
runner-hurts-noted = C'est noté pour votre kinésithérapeute. Douleur vive ou qui augmente : passez cet exercice ou arrêtez.
runner-hurts-easier = Plus facile : maintiens plus courts
runner-hurts-skip = Passer cet exercice
runner-hurts-gently = Continuer en douceur
runner-hurts-stop = Arrêter la séance
runner-take-care = Précautions
runner-avoid-if = À éviter si
key-left-arrow = Flèche gauche
key-right-arrow = Flèche droite
summary-detail =
    { $title } : { $active } d'exercice, { $done ->
        [one] { $done } étape
       *[other] { $done } étapes
    } sur { $total }.
summary-painful-marked = Les étapes douloureuses sont signalées dans votre historique.
summary-stopped = Séance arrêtée
summary-well-done = Bravo : séance terminée
summary-complete = Séance terminée
effort-easy = Facile
effort-right = Adapté
effort-hard = Difficile
summary-pain-now-before = Douleur actuelle, de 0 (aucune) à 10 (la pire) ; avant la séance : { $before }
summary-pain-now = Douleur actuelle, de 0 (aucune) à 10 (la pire)
summary-pain-went-up = Votre douleur est plus forte qu'avant la séance. Reposez-vous aujourd'hui et allez-y doucement ; si elle reste plus forte, parlez-en à votre kinésithérapeute avant la prochaine séance.
summary-how-hard = Comment avez-vous trouvé l'effort ?
summary-note = Remarque (facultatif)
summary-note-placeholder = Comment cela s'est-il passé ?
summary-discard-ask = Ne pas garder cette séance dans votre historique ?
summary-discard = Supprimer
summary-keep = La garder (Échap)
summary-save = Enregistrer
summary-discard-more = Supprimer…
summary-enter-saves = Entrée enregistre. Chaque évaluation est facultative.
range-in-weeks = sur les { $weeks } dernières semaines
range-in-months = sur les { $months } derniers mois
range-in-year = sur la dernière année
range-in-all = au total
range-weeks = { $weeks } dernières semaines
range-months = { $months } derniers mois
range-year = Dernière année
range-all = Depuis le début
history-all-routines = Tous les enchaînements
history-stopped-after =
    arrêtée après { $done ->
        [one] { $done } étape
       *[other] { $done } étapes
    } sur { $total }
history-pain = douleur { $before } → { $after }
history-effort = effort : { $effort }
history-effort-easy = facile
history-effort-right = adapté
history-effort-hard = difficile
# « dim. 1 juin 2025 à 18:00 »
history-when = { $weekday } { $date } à { $time }
history-adherence = { $title } : { $done } sur { $prescribed } séances prescrites, { $percent } %
history-adherence-free =
    { $title } : { $done ->
        [one] { $done } séance terminée (sans prescription)
       *[other] { $done } séances terminées (sans prescription)
    }
history-warning = { $warning } ({ $first } et { $second })
# « 24 séances, 310 min sur les 12 dernières semaines · 5 jours consécutifs (record : 12) »
history-headline =
    { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    }, { $minutes } min { $range } · { $streak ->
        [one] { $streak } jour consécutif
       *[other] { $streak } jours consécutifs
    } (record : { $longest })
warning-pain-rose = La douleur était supérieure d'au moins 2 points après la séance par rapport à avant, deux séances de suite : envisagez de contacter votre kinésithérapeute.
report-disclaimer = Posewise ne donne aucun conseil médical. Ce rapport présente ce que le patient a enregistré ; c'est le kinésithérapeute ou le médecin qui en juge.
history-save-report = Enregistrer le rapport…
key-ctrl-s = Ctrl+S
history-title = Historique
history-show = Afficher
history-empty = Aucune séance enregistrée pour l'instant : terminez une séance et elle apparaîtra ici.
history-go-today = Aller à Aujourd'hui
history-calendar-facts =
    { $days ->
        [one] { $days } jour d'exercice, { $minutes } min
       *[other] { $days } jours d'exercice, { $minutes } min
    }
history-adherence-title = Observance
history-pain-title = Douleur avant et après
history-pain-weekly = Nombreuses séances : chaque point est une moyenne sur une semaine.
history-pain-ring = Un cercle signale les séances où la douleur après était plus forte qu'avant.
history-minutes-title = Minutes par semaine
history-minutes-note = Chaque barre est une semaine, du lundi au dimanche, désignée par son lundi ; la dernière est la semaine en cours, jusqu'à aujourd'hui.
history-sessions = Séances
history-no-match = Aucune séance pour ces filtres.
history-earlier =
    { $count ->
        [one] … et { $count } séance antérieure
       *[other] … et { $count } séances antérieures
    }
# « La douleur après les séances a baissé de 4.3 à 1.7, puis remonté à 4.4 sur 5 semaines. »
pain-none = Aucune séance de cette période n'a de douleur évaluée avant et après.
pain-fell-rose =
    La douleur après les séances a baissé de { $from } à { $low }, puis remonté à { $to } sur { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }.
pain-rose-fell =
    La douleur après les séances a augmenté de { $from } à { $high }, puis baissé à { $to } sur { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }.
pain-stayed =
    La douleur après les séances est restée à environ { $at } sur { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }.
pain-fell =
    La douleur après les séances a baissé de { $from } à { $to } sur { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }.
pain-rose =
    La douleur après les séances a augmenté de { $from } à { $to } sur { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }.
chart-less = Moins
chart-more = Plus
chart-pain-axis = Douleur (0–10)
chart-before = avant
chart-after = après
chart-minutes = Minutes
chart-target = objectif { $minutes } min par semaine
back = ‹ Retour
# « étirement · 30 s de chaque côté »
pose-facts = { $kind } · { $hold }
pose-facts-each-side = { $kind } · { $hold } de chaque côté
routines-routines = Enchaînements
routines-open-a-file = Ouvrir un fichier…
routines-new-routine = Nouvel enchaînement
routines-up-and-down-choose = Haut et Bas choisissent, Entrée ouvre, Espace lance, F2 renomme, Suppr supprime, Ctrl+O ouvre un fichier.
routines-duplicate-it-to-change = Dupliquez-le pour le modifier ou le renommer
routines-start = Commencer
routines-rename-routine = Renommer l'enchaînement
routines-rename = Renommer
routines-cancel = Annuler
routines-the-file-is-removed = Le fichier est retiré de vos enchaînements. Votre historique garde ses séances.
routines-delete = Supprimer
pose-page-how-to-do-it = Comment faire
pose-page-what-it-helps = Bienfaits
pose-page-breathing = Respiration
pose-page-take-care = Précautions
pose-page-avoid-if = À éviter si
pose-page-enter-adds-it-esc = Entrée l'ajoute, Échap revient en arrière.
pose-page-add-to-a-routine = Ajouter à un enchaînement
pose-page-add-it-to = L'ajouter à
routine-page-start = Commencer
routine-page-enter-starts-esc-goes = Entrée lance, Échap revient en arrière, Ctrl+S enregistre une copie du fichier.
reminders-remind-me-at-these = Me rappeler à ces heures
reminders-at = À
reminders-remove = Retirer
reminders-add-a-time = Ajouter une heure
reminders-on = Jours
reminders-reminders = Rappels
reminders-pick-at-least-one = Choisissez au moins un jour, sinon il n'y a rien à rappeler.
reminders-add-a-time-or = Ajoutez une heure, sinon il n'y a rien à rappeler.
poses-back-to-the-editor = Retour à l'éditeur
routines-open = Ouvrir
routines-duplicate = Dupliquer
routines-bundled = Fourni avec Posewise
routines-own = Personnel
# « 6 min · 4 étapes · Personnel »
routines-line =
    { $length } · { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    } · { $origin }
routines-title-placeholder = Titre
routines-delete-ask = Supprimer « { $title } » ?
poses-no-match = Aucune posture ne correspond à « { $query } ». Essayez avec moins de lettres, ou ajoutez un exercice personnalisé dans l'éditeur.
poses-add-title = Ajouter une posture
poses-add-hint = Choisissez une posture pour « { $routine } ». Échap revient à l'éditeur.
poses-title = Postures
poses-hint = { $count } postures et exercices. Tapez pour rechercher ; Entrée ouvre le premier résultat.
poses-all = Tout
poses-stretches = Étirements
poses-poses = Postures
poses-breathing = Respiration
poses-relaxation = Relaxation
poses-shown =
    { $count ->
        [one] { $count } affiché
       *[other] { $count } affichés
    }
poses-search = Rechercher une posture : nom, sanskrit ou anglais
pose-page-being-edited = { $title } (en cours de modification)
pose-page-new-routine = Un nouvel enchaînement
routine-page-edit = Modifier
routine-page-edit-copy = Modifier une copie
routine-page-add-pose = Ajouter une posture
routine-page-see-history = Voir l'historique
routine-page-save-as = Enregistrer sous…
routine-page-handout = Fiche à imprimer…
routine-page-facts =
    { $steps ->
        [one] { $steps } étape, { $length } au total
       *[other] { $steps } étapes, { $length } au total
    }
routine-page-from = De la part de { $author }
reminders-explain-on = Une notification de bureau apparaît à chaque heure, avec Commencer et Plus tard (nouveau rappel dans 30 minutes), sauf si vous avez déjà fait l'enchaînement.
reminders-explain-off = Désactivés. Les heures proposées viennent de la prescription ; modifiez-les à votre guise.
files-added = Ajouté à vos enchaînements. Vous pouvez désormais le lancer depuis Aujourd'hui et Enchaînements.
files-already-bundled = Cet enchaînement est fourni avec Posewise : il figure donc déjà dans vos enchaînements.
files-already-there = Cet enchaînement figure déjà dans vos enchaînements : il n'a donc pas été copié une seconde fois.
files-cannot-open =
    Impossible d'ouvrir « { $name } » :
    { $error }
files-open-title = Ouvrir un enchaînement
files-filter-routine = Enchaînement Posewise
files-save-copy-title = Enregistrer une copie de l'enchaînement
files-saved-copy = Copie enregistrée dans { $path }
files-cannot-save = Impossible d'enregistrer dans { $path } : { $error }. Choisissez un dossier où vous avez le droit d'écrire.
files-save-handout-title = Enregistrer la fiche d'exercices
files-saved-handout = Fiche d'exercices enregistrée dans { $path } : ouvrez-la dans un navigateur web pour l'imprimer.
session-running = Une séance d'exercices guidée est en cours
session-sound-through = Le son passe par { $name }.
session-no-data-folder = Il n'y a pas de dossier de données : cette séance n'a donc pas été enregistrée.
session-waiting-saved = Les séances en attente sont maintenant enregistrées dans votre historique.
session-waiting-lost = Les séances en attente d'enregistrement ont été perdues.
reminders-check-failed = Impossible de mettre en place la vérification des rappels : { $error }
reminders-check-removed = Les rappels sont désactivés ; la vérification des rappels a été supprimée.
reminders-check-not-removed = Impossible de supprimer la vérification des rappels : { $error }
report-save-title = Enregistrer le rapport
report-filter-html = Page web (HTML)
report-filter-csv = Tableur (CSV)
report-cannot-save = Impossible d'enregistrer le rapport dans { $path } : { $error }. Choisissez un dossier où vous avez le droit d'écrire.
editor-sides-default = Comme l'indique l'exercice
editor-sides-both = Des deux côtés
editor-sides-left = Côté gauche seul
editor-sides-right = Côté droit seul
editor-sides-none = Sans côtés
editor-not-saved =
    { $count ->
        [one] Non enregistré : corrigez d'abord le problème signalé ci-dessous.
       *[other] Non enregistré : corrigez d'abord les { $count } problèmes signalés ci-dessous.
    }
session-kept-in-memory = Posewise garde la séance en mémoire et l'enregistre dès que possible
session-waiting = ({ $count } en attente) : il réessaie toutes les { $seconds } secondes et quand vous fermez la fenêtre.
editor-save = Enregistrer
editor-unsaved-changes = Modifications non enregistrées
editor-title = Titre
editor-from = De la part de
editor-get-ready-s = Préparation (s)
editor-times-a-day = Fois par jour
editor-days-a-week = Jours par semaine
editor-for-how-many-weeks = Pendant combien de semaines
editor-notes = Notes
editor-enter-saves-esc-keeps = Entrée enregistre, Échap continue la modification.
editor-drag = Glisser
editor-up = Monter
editor-down = Descendre
editor-duplicate = Dupliquer
editor-remove = Retirer
editor-remove-line = Retirer la ligne
editor-instructions = Consignes
editor-add-a-line = Ajouter une ligne
editor-done-on-each-side = Se fait de chaque côté
editor-own-breathing-rhythm = Rythme respiratoire propre
editor-alternate-nostrils = Alterner les narines
editor-edit-routine = Modifier l'enchaînement
editor-total =
    { $steps ->
        [one] { $steps } étape · { $length } au total
       *[other] { $steps } étapes · { $length } au total
    }
editor-total-unknown =
    { $steps ->
        [one] { $steps } étape · corrigez les champs signalés pour voir la durée totale
       *[other] { $steps } étapes · corrigez les champs signalés pour voir la durée totale
    }
editor-title-placeholder = Titre de l'enchaînement
editor-author-placeholder = Kinésithérapeute ou cabinet
editor-notes-placeholder = Pour le patient
editor-save-before-closing = Enregistrer vos modifications avant de fermer ?
editor-save-before-leaving = Enregistrer vos modifications avant de quitter ?
editor-unsaved-untitled = Cet enchaînement comporte des modifications qui ne sont pas encore enregistrées.
editor-unsaved-titled = « { $title } » comporte des modifications qui ne sont pas encore enregistrées.
editor-same-as-rest = comme le repos
editor-optional = Facultatif
editor-what-to-do = Que faire
editor-name-placeholder = p. ex. Rotations des épaules
editor-in-s = Inspiration (s)
editor-hold-s = Maintien (s)
editor-out-s = Expiration (s)
editor-hold-after-s = Poumons vides (s)
editor-step-field = Étape { $step }, { $field }
editor-more-problems =
    { $count ->
        [one] … et { $count } autre, signalé ci-dessous
       *[other] … et { $count } autres, signalés ci-dessous
    }
field-routine = Enchaînement
field-title = Titre
field-author = De la part de
field-notes = Notes
field-get-ready = Préparation
field-times-per-day = Fois par jour
field-days-per-week = Jours par semaine
field-weeks = Semaines
field-steps = Étapes
field-step = Étape
field-exercise = Exercice
field-name = Nom
field-instructions = Consignes
field-hold = Maintien
field-reps = Répétitions
field-sets = Séries
field-rest = Repos
field-set-rest = Repos entre les séries
field-sides = Côtés
field-breathing = Respiration
field-note = Remarque
editor-undo = Annuler
editor-redo = Rétablir
editor-save-changes = Enregistrer
editor-discard-changes = Ne pas enregistrer
editor-keep-editing = Continuer à modifier
editor-reps = Répétitions
editor-sets = Séries
editor-rest-s = Repos (s)
editor-rest-between-sets-s = Repos entre séries (s)
editor-sides = Côtés
editor-note-for-this-step = Remarque pour cette étape
editor-name = Nom
editor-add-pose = Ajouter une posture…
editor-add-custom-exercise = Ajouter un exercice personnalisé
sound-no-device = Aucun périphérique audio : les signaux sont affichés à l'écran.
sound-unsupported = Le périphérique audio ne peut pas jouer les signaux : ils sont affichés à l'écran.
report-title = Rapport Posewise
report-heading = Rapport d'exercices
report-heading-for = Rapport d'exercices — { $name }
report-meta =
    Du { $since } au { $until } · rédigé le { $written } · { $sessions ->
        [one] { $sessions } séance enregistrée
       *[other] { $sessions } séances enregistrées
    }
report-warning = { $warning } ({ $first } et { $second })
report-done-of = { $done } sur { $count }
report-card-completed = séances terminées
report-card-adherence = observance de la prescription
report-card-exercise = d'exercice
report-card-pain = douleur après − avant, en moyenne
report-no-prescription = sans prescription
report-times-a-day = { $count } fois par jour
report-routines = Enchaînement et prescription
report-routine = Enchaînement
report-prescription = Prescription
report-done = Réalisées
report-prescribed = Prescrites
report-adherence = Observance
report-per-week = Prescrit et réalisé, par semaine
report-sessions-per-week = séances par semaine
report-minutes-per-week = minutes par semaine
report-bars-key = Barres : séances terminées ; tirets : séances prescrites.
report-week-of = Semaine du
report-no-pain = Aucune séance n'a été évaluée.
report-pain-title = Douleur avant et après (0–10)
report-rated =
    { $count ->
        [one] { $count } séance évaluée du { $since } au { $until }
       *[other] { $count } séances évaluées du { $since } au { $until }
    }
report-painful = Exercices signalés comme douloureux
report-none = Aucun.
report-no-notes = Aucune remarque.
# Les lettres p, n, b, h, q sont des touches à taper : gardez-les.
play-keys = Touches (puis Entrée) : rien ou p pause/reprise, n suivant, b retour, h j'ai mal, q arrêter.
play-stopped-before-start = Arrêt avant le début.
play-pain-now = Douleur actuelle, 0–10 (Entrée pour passer) :
# « easy », « right » et « hard » sont des réponses à taper : gardez-les en anglais.
play-effort = Difficulté ressentie : easy (facile), right (adaptée), hard (difficile) ? (Entrée pour passer)
play-effort-again = Tapez easy, right ou hard.
play-paused = En pause. Appuyez sur Entrée pour continuer.
play-continuing = Reprise.
play-hurts-noted = Noté : l'étape { $step } fait mal. Ce sera indiqué dans le compte rendu de la séance. Continuez en douceur ; n passe cet exercice, q arrête.
play-complete = Séance terminée : { $active } d'exercice.
play-stopped-after = Arrêt après { $active }.
play-pain-again = Tapez un nombre entier de 0 à { $most }, ou appuyez sur Entrée pour passer.
play-rep = répétition { $n }/{ $of }
play-set = série { $n }/{ $of }
cli-saved-history = Enregistrée dans votre historique.
cli-expected-date = date attendue, par exemple 2026-03-01 (année-mois-jour)
cli-since-after-until = --since { $since } est postérieur à --until { $until } ; indiquez d'abord la date la plus ancienne
cli-no-such-routine-near = aucune séance d'un enchaînement '{ $routine }' dans { $file } ; vouliez-vous dire '{ $near }' ?
cli-no-such-routine = aucune séance d'un enchaînement '{ $routine }' dans { $file }
cli-no-sessions = Aucune séance enregistrée sur cette période pour l'instant.
cli-session-done = terminée, { $minutes } min
cli-session-stopped = arrêtée, { $minutes } min
cli-streak =
    Jours consécutifs : { $current ->
        [one] { $current } jour
       *[other] { $current } jours
    } (record : { $longest ->
        [one] { $longest } jour
       *[other] { $longest } jours
    }).
cli-adherence = Observance, { $title } : { $done } sur { $prescribed } séances prescrites ({ $percent } %), du { $since } au { $until }.
cli-adherence-free =
    { $title } : { $done ->
        [one] { $done } séance terminée
       *[other] { $done } séances terminées
    } ; aucune prescription à laquelle comparer.
cli-pain-change =
    Douleur : après moins avant vaut { $change } en moyenne sur { $count ->
        [one] { $count } séance évaluée
       *[other] { $count } séances évaluées
    }.
cli-marked-painful = Signalé comme douloureux : { $title }, étape { $step } { $name } ({ $count } fois).
cli-warning = Remarque ({ $first } et { $second }) : { $warning }
cli-too-many-files = { $count } fichiers indiqués ; importez-en au maximum { $most } à la fois
cli-imported = « { $title } » importé dans vos enchaînements sous { $path }
cli-already-there = « { $title } » figure déjà dans vos enchaînements ({ $path })
cli-already-bundled = « { $title } » figure déjà dans vos enchaînements : il est fourni avec Posewise
cli-no-routine-called = aucun enchaînement nommé « { $name } » dans vos enchaînements ; indiquez son titre ou son nom de fichier tels que `posewise` les affiche dans la page Enchaînements de l'application
cli-cannot-export-unreadable = cet enchaînement ne peut pas être lu, il ne peut donc pas être exporté ; corrigez le fichier
cli-file-exists = le fichier existe déjà ; indiquez un autre nom, ou ajoutez --force pour le remplacer
cli-export-not-read-back = le fichier exporté ne pourrait pas être relu
cli-export-not-same = le fichier exporté ne serait pas relu comme le même enchaînement
cli-cannot-write-routine = impossible d'écrire l'enchaînement : { $error } ; vérifiez que le dossier existe et que vous avez le droit d'y écrire
cli-exported = « { $title } » exporté vers { $path }
cli-out-is-folder = --out est un dossier ; indiquez un nom de fichier, par exemple report.html
cli-cannot-write-report = impossible d'écrire le rapport : { $error } ; choisissez un fichier dans un dossier où vous avez le droit d'écrire
cli-report-written =
    { $count ->
        [one] { $count } séance du { $since } au { $until }
       *[other] { $count } séances du { $since } au { $until }
    }
cli-no-data-folder = aucun dossier de données où enregistrer les séances ; définissez POSEWISE_DATA_DIR
cli-nothing-to-resume = Il n'y a aucune séance interrompue à reprendre.
cli-default-settings = { $reason } ; utilisation des réglages par défaut
cli-nothing-to-discard = Il n'y a aucune séance interrompue à abandonner.
cli-discarded-of = Séance interrompue de « { $title } » abandonnée.
cli-discarded = Séance interrompue abandonnée.
date-medium = { $day } { $month } { $year }

cli-no-display = aucun écran sur lequel ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n'est défini) ; les commandes de `posewise --help` fonctionnent sans écran
cli-cannot-open-window = impossible d'ouvrir la fenêtre : { $error }

library-not-found = l'enchaînement '{ $key }' ne figure pas dans vos enchaînements ; il a peut-être été supprimé entre-temps : rouvrez la page Enchaînements et choisissez-le de nouveau
library-read-only = « { $title } » est fourni avec Posewise et ne peut être ni modifié ni supprimé ; dupliquez-le pour en faire votre propre copie
library-broken =
    { $action ->
        [duplicated] cet enchaînement ne peut pas être lu, il ne peut donc pas être dupliqué ; corrigez le fichier ou supprimez-le
       *[renamed] cet enchaînement ne peut pas être lu, il ne peut donc pas être renommé ; corrigez le fichier ou supprimez-le
    }
library-title = un titre doit compter de 1 à { $most } caractères sur une seule ligne ; { $problem }
library-not-imported = Posewise ne l'a pas importé ; corrigez le fichier, ou choisissez-en un autre, puis importez-le de nouveau
library-cannot-delete = impossible de supprimer l'enchaînement : { $error } ; vérifiez que vous avez le droit d'écrire dans le dossier
library-full = le dossier contient déjà { $limit } enchaînements, le maximum que Posewise affiche ; supprimez-en quelques-uns avant d'en ajouter un autre
library-no-free-name = aucun nom de fichier disponible pour « { $title } » ; donnez un autre titre à l'enchaînement ou faites le tri dans le dossier
history-cannot-read = impossible de lire l'historique des séances : { $error } ; vérifiez les droits d'accès au fichier
history-cannot-write = impossible d'ajouter la séance à l'historique : { $error } ; vérifiez que le disque n'est pas plein et que vous avez le droit d'écrire dans le dossier
history-too-large = l'historique fait { $size } octets, plus que les { $limit } octets que Posewise peut lire ; renommez-le (conservez-le pour vos archives) et Posewise en commencera un nouveau
history-not-a-file = l'historique n'est pas un fichier ordinaire ; déplacez-le ailleurs pour que Posewise puisse tenir son historique à cet emplacement
history-no-data-folder = aucun dossier de données où garder l'historique ; définissez POSEWISE_DATA_DIR
routine-cannot-read = impossible de lire le fichier : { $error }
routine-cannot-save = impossible d'enregistrer l'enchaînement : { $error } ; vérifiez que le dossier existe et que vous avez le droit d'y écrire
file-missing = ce fichier n'existe pas
file-not-utf8 = le fichier n'est pas du texte UTF-8
file-not-object = objet JSON { "{" } … { "}" } attendu
file-cut-short = le fichier se termine trop tôt : il a été tronqué
settings-cannot-save = impossible d'enregistrer les réglages : { $error } ; vérifiez que vous avez le droit d'écrire dans le dossier et que le disque n'est pas plein
settings-unreadable = les réglages n'ont pas pu être lus ({ $reason })
settings-unreadable-defaults = les réglages n'ont pas pu être lus ({ $reason }) ; Posewise utilise ses réglages par défaut ; vérifiez les droits d'accès au fichier ou déplacez-le ailleurs
settings-set-aside = les réglages n'ont pas pu être lus ({ $reason }) ; Posewise utilise ses réglages par défaut et a conservé le fichier sous le nom { $name }
settings-not-set-aside = les réglages n'ont pas pu être lus ({ $reason }) ; Posewise utilise ses réglages par défaut, mais n'a pas pu renommer le fichier en { $name } ({ $error }) ; corrigez-le ou supprimez-le, sinon votre prochaine modification le remplacera
checkpoint-discard = lancez `posewise resume --discard` pour l'abandonner
checkpoint-cannot-save = impossible d'enregistrer le point de reprise de la séance : { $error } ; la séance continue, mais elle ne pourrait pas être reprise après un plantage
checkpoint-cannot-delete = impossible de supprimer le point de reprise de la séance : { $error } ; supprimez le fichier vous-même
checkpoint-cannot-read = impossible de lire le point de reprise de la séance : { $error } ; vérifiez ses droits d'accès, ou { $discard }
checkpoint-damaged = le point de reprise de la séance interrompue est endommagé : { $reason } ; { $discard }
checkpoint-newer = ce point de reprise a été créé avec une version plus récente de Posewise (version { $version } du format de point de reprise) ; mettez Posewise à jour, ou lancez `posewise resume --discard`
checkpoint-routine-invalid = l'enchaînement de la séance interrompue n'est pas valide ; { $discard }
library-not-a-file = c'est un dossier ou un périphérique, et non un fichier d'enchaînement
title-empty = il est vide : tapez-en un
title-line-break = il contient un saut de ligne ou un caractère de contrôle : gardez-le sur une seule ligne
title-too-long = il compte { $length } caractères : raccourcissez-le
history-line-skipped = avertissement : ligne de l'historique ignorée : { $reason } ; elle reste telle quelle dans le fichier
history-line-too-long = la ligne dépasse { $most } octets
history-line-not-utf8 = la ligne n'est pas du texte UTF-8
history-line-newer = écrite avec une version plus récente de Posewise (version { $version } du format des enregistrements) ; mettez Posewise à jour pour la lire
history-line-not-record = ce n'est pas un enregistrement de séance : { $error }
history-line-pain = "{ $field }" doit être compris entre 0 et { $most }
history-line-steps = des numéros d'étape dépassent le nombre d'étapes de l'enchaînement
history-line-note = la remarque dépasse { $most } caractères
history-line-times = "ended_at" est antérieur à "started_at"
history-line-week = "week" doit être compris entre 1 et { $most }
history-line-format = "format" vaut "{ $found }", et non "{ $format }"
history-line-version = version { $found } du format des enregistrements (cette version de Posewise lit la version { $version }) ; mettez Posewise à jour pour la lire

schedule-timer = Les rappels sont vérifiés toutes les 15 minutes (minuteur utilisateur systemd posewise-remind.timer).
schedule-at-login = Les rappels sont vérifiés lorsque vous vous connectez, et non au cours de la journée : { $reason }.
desktop-use-sudo = Lancez la commande avec sudo, ou utilisez --user pour ne le faire que pour vous.
desktop-cannot = impossible de { $doing } : { $error }
desktop-doing-install = installer les fichiers de bureau
desktop-doing-remove = supprimer les fichiers de bureau
desktop-doing-schedule = mettre en place la vérification des rappels
desktop-no-own-path = impossible de { $doing } : impossible de trouver le chemin de Posewise lui-même : { $error }
desktop-installed-into = Fichiers installés dans { $folder } :
desktop-menu-starts = L'entrée du menu lance { $program }.
desktop-default-set = Les fichiers d'enchaînement (*.posewise.json) s'ouvrent désormais dans Posewise (application par défaut définie dans { $list }).
desktop-offered = Posewise est désormais proposé pour ouvrir les fichiers d'enchaînement (*.posewise.json) ; chaque utilisateur peut en faire son application par défaut.
desktop-removed-check = Vérification des rappels supprimée :
desktop-nothing-to-remove = Rien à supprimer dans { $folder }.
desktop-removed-from = Fichiers supprimés de { $folder } :
desktop-no-longer-default = Posewise n'est plus l'application par défaut dans { $list }.
desktop-ran = { $program } a été exécuté.
desktop-skipped = { $program } ignoré : non installé (il fait partie du paquet { $package }).
desktop-tool-failed = avertissement : échec de { $program } : { $error } (les fichiers sont en place ; se déconnecter puis se reconnecter actualise aussi le menu).

## Added later: sound details, damaged checkpoints, desktop-install errors, and
## the command line's help and usage errors (see the English file for notes).

sound-no-output = Aucune sortie audio ({ $reason }) ; les signaux sont seulement affichés à l'écran.
sound-no-48k-stereo = La sortie audio ne peut pas jouer en stéréo 48 kHz ; les signaux sont seulement affichés à l'écran.
sound-no-default-device = aucun périphérique de sortie par défaut
sound-not-opened-again = réouverture impossible
player-notice = avis : { $text }
player-sound-output = son : { $name }
checkpoint-not-object = ce n'est pas un point de reprise Posewise (un objet JSON { "{" } … { "}" })
file-not-a-file = ce n'est pas un fichier
checkpoint-too-large = le fichier dépasse { $mib } MiB ; un point de reprise est un petit fichier texte, ce n'est donc pas Posewise qui a écrit celui-ci
checkpoint-missing = '{ $field }' est absent ; ce doit être { $what }
checkpoint-not = '{ $field }' doit être { $what }, et non { $found }
checkpoint-something-else = autre chose
checkpoint-kind-beeps = un nombre entier de bips
checkpoint-kind-segment = un numéro de segment
checkpoint-kind-milliseconds = un nombre entier de millisecondes
checkpoint-kind-path = un chemin de fichier
checkpoint-kind-moment = une date et une heure, par exemple "2025-01-31T08:00:00+01:00"
checkpoint-kind-steps = une liste de numéros d'étape
checkpoint-easier = 'easier' cite l'étape { $step } deux fois, ou une étape au-delà des { $steps } étapes de l'enchaînement (numérotées à partir de 0)
checkpoint-format = 'format' doit valoir "{ $format }" ; ce n'est pas un point de reprise Posewise
checkpoint-version = 'version' doit valoir { $version }
checkpoint-no-routine = 'routine' est absent
checkpoint-in-routine = dans l'enchaînement de la séance : { $problem }
checkpoint-segment = 'segment' vaut { $segment }, mais la séance ne compte que { $segments } segments
checkpoint-position = 'position_ms' vaut { $position } ms, au-delà de la fin de la séance ({ $total })
checkpoint-active = 'active_ms' vaut { $active_ms } ms ({ $active }), plus d'exercice qu'une séance ne peut en contenir
desktop-no-home = impossible de savoir où se trouve votre dossier de données : définissez HOME ou XDG_DATA_HOME
desktop-unusable-path = impossible d'utiliser { $path } dans l'entrée du menu : { $reason }
desktop-path-not-utf8 = ce n'est pas de l'UTF-8 valide
desktop-path-not-absolute = ce n'est pas un chemin absolu
desktop-path-control-character = il contient un caractère de contrôle
desktop-cannot-create = impossible de créer { $path } : { $error }
desktop-cannot-write = impossible d'écrire { $path } : { $error }
desktop-cannot-read = impossible de lire { $path } : { $error }
desktop-cannot-remove = impossible de supprimer { $path } : { $error }
cli-about = Séances guidées et minutées d'étirements et de yoga pour prendre soin de votre dos.
cli-about-long =
    Séances guidées et minutées d'étirements et de yoga pour prendre soin de votre dos.
    
    Lancez Posewise sans argument pour ouvrir l'application, ou indiquez un fichier d'enchaînement pour l'ouvrir.
    Posewise ne donne aucun conseil médical : suivez les indications de votre kinésithérapeute ou de votre médecin.
cli-heading-usage = Utilisation :
cli-heading-commands = Commandes
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-usage-options = [OPTIONS]
cli-builtin-help = Afficher l'aide
cli-builtin-help-more = Afficher l'aide (plus de détails avec '--help')
cli-builtin-help-summary = Afficher l'aide (résumé avec '-h')
cli-builtin-version = Afficher la version
cli-possible-values = [valeurs possibles : { $values }]
cli-default = [par défaut : { $value }]
cli-value-command = COMMANDE
cli-value-file = FICHIER
cli-value-files = FICHIERS
cli-value-code = CODE
cli-value-id = IDENTIFIANT
cli-value-n = N
cli-value-volume = VOLUME
cli-value-effort = EFFORT
cli-value-text = TEXTE
cli-value-routine = ENCHAÎNEMENT
cli-value-date = DATE
cli-value-name = NOM
cli-value-format = FORMAT
cli-value-seconds = SECONDES
cli-command-validate = Vérifier des fichiers d'enchaînement ; affiche chaque problème sous la forme fichier:ligne:colonne.
cli-command-poses = Lister les postures intégrées.
cli-command-pose-svg = Écrire l'illustration d'une posture (SVG) sur la sortie standard.
cli-command-plan = Afficher le déroulement d'un enchaînement : chaque segment et chaque signal.
cli-command-render-audio = Écrire toute la bande son de la séance (chaque signal à son moment) dans un fichier WAV stéréo 48 kHz.
cli-command-play = Lancer une séance dans le terminal, avec des signaux sonores et des lignes de progression.
cli-command-run = Ouvrir la fenêtre et lancer aussitôt cet enchaînement : un fichier, ou l'un de vos enchaînements désigné par son titre ou son nom de fichier (tel que la page Enchaînements l'affiche).
cli-command-import = Vérifier des fichiers d'enchaînement et les copier dans vos enchaînements (la bibliothèque de l'application) ; un enchaînement qui y figure déjà n'est pas copié une seconde fois.
cli-command-export = Écrire l'un de vos enchaînements (ou l'un de ceux fournis avec Posewise) dans un fichier à partager.
cli-command-resume = Reprendre la séance interrompue (plantage, arrêt forcé, coupure de courant).
cli-command-history = Lister les séances enregistrées avec un bilan : jours consécutifs, observance, évolution de la douleur et éventuels avertissements.
cli-command-report = Écrire un rapport pour le kinésithérapeute (CSV, JSON ou une page HTML autonome qui s'imprime au format A4).
cli-command-install-desktop = Ajouter Posewise au menu des applications et lui faire ouvrir les fichiers d'enchaînement (*.posewise.json) par un double-clic.
cli-command-uninstall-desktop = Retirer ce qu'a ajouté install-desktop.
cli-command-handout = Écrire une fiche d'exercices imprimable d'un enchaînement pour le patient : une page HTML autonome, avec l'illustration, la dose et les précautions de chaque étape, qui s'imprime au format A4.
cli-command-remind = Afficher une notification de bureau pour chaque enchaînement dont le rappel est dû ; un minuteur utilisateur systemd lance cette commande toutes les 15 minutes.
cli-command-help = Afficher cette aide, ou l'aide de la commande indiquée
cli-option-posewise-file = Un fichier d'enchaînement (*.posewise.json) à ouvrir dans l'application.
cli-option-file = Le fichier d'enchaînement (*.posewise.json).
cli-option-run-file = Un fichier d'enchaînement, ou l'un de vos enchaînements désigné par son titre ou son nom de fichier.
cli-option-files = Un ou plusieurs fichiers d'enchaînement (*.posewise.json).
cli-option-lang = La langue à utiliser : en, de, es, fr, pt-BR ou hi (par défaut : d'après LC_ALL, LC_MESSAGES ou LANG).
cli-option-poses-json = Afficher tout le catalogue en JSON.
cli-option-plan-json = Afficher du JSON : { "{" }"total_ms", "segments", "cues", "announcements"{ "}" }.
cli-option-history-json = Afficher du JSON : { "{" }"sessions", "summary", "skipped_lines"{ "}" }.
cli-option-pose-svg-id = Un identifiant ou un alias de posture, par exemple balasana ou child-pose.
cli-option-countdown = Bips de compte à rebours avant la fin de chaque maintien, repos et préparation (0 à 10 ; 0 les désactive). Par défaut 3, ou pour play le choix fait dans les réglages.
cli-option-render-audio-out = Le fichier WAV à écrire.
cli-option-volume = Volume sonore, de 0 à 1.
cli-option-no-window = Lancer sans fenêtre (le lecteur dans le terminal ; par défaut pour play).
cli-option-mute = Aucun son (les signaux restent affichés dans le terminal).
cli-option-no-voice = Ne pas annoncer le nom des postures (annonces vocales seulement si espeak-ng est installé).
cli-option-breath-tone = Un son doux qui monte à chaque inspiration et descend à chaque expiration.
cli-option-verbose = Indiquer quel système audio et quel périphérique jouent les signaux.
cli-option-pain-before = Douleur avant la séance, de 0 (aucune) à 10.
cli-option-pain-after = Douleur après la séance, de 0 (aucune) à 10.
cli-option-effort = Difficulté ressentie de la séance : easy (facile), right (adaptée) ou hard (difficile).
cli-option-note = Une remarque pour l'historique (et le rapport pour le kinésithérapeute).
cli-option-export-routine = Son titre ou son nom de fichier, tel que la page Enchaînements l'affiche.
cli-option-export-out = Le fichier à écrire.
cli-option-force = Remplacer le fichier s'il existe.
cli-option-discard = Abandonner plutôt la séance interrompue.
cli-option-routine = Le titre ou l'identifiant d'un enchaînement (tels que l'historique les affiche).
cli-option-since = Le premier jour, sous la forme 2026-03-01.
cli-option-until = Le dernier jour, sous la forme 2026-03-31.
cli-option-name = Le nom du patient, affiché en haut de la page.
cli-option-format = Le format à écrire.
cli-option-report-out = Le fichier à écrire (remplacé en entier, jamais laissé à moitié écrit).
cli-option-user = Pour vous seul, dans $XDG_DATA_HOME (par défaut ~/.local/share).
cli-option-system = Pour tous les utilisateurs, dans /usr/local/share (nécessite sudo).
cli-option-handout-out = Le fichier HTML à écrire (remplacé en entier, jamais laissé à moitié écrit), ou - pour la sortie standard.
cli-option-due = Annoncer les rappels à faire maintenant (le seul mode pour l'instant).
cli-option-remind-verbose = Indiquer ce qui a été décidé, et pourquoi.
cli-option-wait = Durée d'attente d'un clic sur Commencer ou Plus tard, en secondes (0 à 600).
cli-option-help-subcommand = La commande à expliquer.
cli-unexpected-argument = argument inattendu '{ $arg }'
cli-invalid-value = valeur non valide '{ $value }' pour '{ $arg }' : { $reason }
cli-invalid-value-choose = valeur non valide '{ $value }' pour '{ $arg }' ; utilisez l'une de ces valeurs : { $valid }
cli-value-needed = '{ $arg }' attend une valeur
cli-missing-arguments = ces arguments obligatoires n'ont pas été indiqués : { $args }
cli-conflict = '{ $arg }' ne peut pas être utilisé avec '{ $other }'
cli-given-twice = '{ $arg }' ne peut être indiqué qu'une seule fois
cli-wrong-number-of-values = nombre de valeurs incorrect pour '{ $arg }'
cli-unreadable-command-line = impossible de lire la ligne de commande
cli-tip-similar = astuce : il en existe un semblable : '{ $near }'
cli-try-help = Pour en savoir plus, essayez '--help'.
cli-expected-whole-number = nombre entier de 0 à { $most } attendu
cli-expected-volume = nombre de 0 à 1 attendu, par exemple 0.8
cli-expected-effort = easy, right ou hard attendu
cli-note-too-long = une remarque peut compter au maximum { $most } caractères
cli-expected-moment = date et heure attendues, par exemple 2026-11-27T18:00:00+01:00
cli-cannot-write-output = erreur : impossible d'écrire la sortie : { $error }
history-line-torn = la dernière ligne est tronquée (une séance était en cours d'écriture quand Posewise s'est arrêté) : { $reason }
settings-too-large = le fichier fait { $size } octets, plus que les { $kib } Kio autorisés pour un fichier de réglages

## Routine files of version 2: programmes that change week by week.

check-needs-version-2 = '{ $field }' nécessite "version": 2 en haut du fichier
check-id = 'id' doit comporter de 1 à { $most } lettres, chiffres, '-' ou '_', et non { $found }
check-starts = 'starts' doit être une date, par exemple "2026-12-07", et non { $found }
check-weeks-need-length = '{ $field }' nécessite la durée du programme : ajoutez "weeks" dans "prescription"
check-week-past-end = '{ $field }' indique la semaine { $week }, mais le programme ne compte que { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }
check-weeks-reversed = 'until_week' { $until } vient avant 'from_week' { $from } ; l'étape n'aurait jamais lieu
check-progress-not-list = 'progress' doit être une liste [ … ] de changements de dose, et non { $found }
check-too-many-changes = 'progress' peut contenir au maximum { $most } changements, un par semaine
check-what-change = le changement { $number } de 'progress'
check-change-order = 'from_week' { $week } doit venir après la semaine { $before }, celle du changement précédent
check-change-outside = 'from_week' { $week } se situe en dehors des semaines où l'étape a lieu (de { $from } à { $until })
check-change-nothing = ce changement n'indique aucune dose : ajoutez hold_seconds, reps, sets, rest_seconds, set_rest_seconds ou breathing
check-week-empty = aucune étape n'a lieu la semaine { $week } ; ajoutez une étape pour cette semaine ou réduisez "weeks"
check-week-too-long = pour la semaine { $week }, la séance durerait { $hours } heures, soit plus que le maximum de { $most } ; l'étape { $step } lui fait dépasser cette limite
cli-option-week = La semaine d'un programme qui évolue de semaine en semaine (par défaut : la semaine en cours).
cli-expected-week = numéro de semaine de 1 à { $most } attendu
plan-week = Semaine { $week } sur { $weeks }
plan-programme-complete = { $weeks ->
        [one] La semaine du programme est terminée
       *[other] Les { $weeks } semaines du programme sont terminées
    } ; la dose indiquée est celle de la dernière semaine. Demandez le programme suivant à votre kinésithérapeute.
today-programme-complete-title = Programme terminé
week-change-step = { $name } : { $changes }
week-change-new = Nouveau cette semaine : { $name }
week-change-over = Retiré : { $name } ne fait plus partie du programme
week-change-hold = maintien { $now } (avant : { $was })
week-change-reps = { $now ->
        [one] { $now } répétition
       *[other] { $now } répétitions
    } (avant : { $was })
week-change-sets = { $now ->
        [one] { $now } série
       *[other] { $now } séries
    } (avant : { $was })
week-change-rest = repos { $now } (avant : { $was })
week-change-set-rest = repos entre séries { $now } (avant : { $was })
week-change-breathing = rythme respiratoire ({ $now } ; avant : { $was })
field-from-week = À partir de la semaine
field-until-week = Jusqu'à la semaine
field-changes = Changements selon la semaine
field-change = Changement { $row } selon la semaine
editor-total-weeks =
    { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    } · { $weeks }
editor-total-week = Semaine { $week } : { $length }
editor-from-week = À partir de la semaine
editor-until-week = Jusqu'à la semaine (incluse)
editor-to-the-end = jusqu'à la fin
editor-add-change = Ajouter un changement à partir d'une semaine
editor-unchanged = inchangé
handout-week-by-week = Semaine par semaine
handout-exercise = Exercice
handout-week = Semaine { $week }
handout-weeks = Semaines { $first } à { $last }
handout-not-this-week = pas cette semaine
handout-session = Séance entière
handout-step-runs = Quand : { $weeks }.
handout-step-changes = La dose change selon la semaine : voir « Semaine par semaine ».
report-programme-title = { $title } : semaine par semaine
report-programme-week = Semaine du programme
report-programme-dose = Dose de cette semaine-là
history-too-many-files = { $count } fichiers d'historique, plus que les { $limit } qu'un dossier de données peut contenir ; déplacez hors de ce dossier les fichiers des ordinateurs qui ne servent plus
history-no-device-id = impossible de conserver l'identifiant de cet ordinateur : { $error } ; vérifiez que le dossier est accessible en écriture, ou définissez POSEWISE_STATE_DIR
routines-conflict-title = Une copie en conflit de « { $title } » venant d'un autre ordinateur
routines-conflict-detail = « { $title } » a été modifié sur deux ordinateurs en même temps, et votre service de synchronisation a gardé les deux versions. Voici la version de l'autre ordinateur. Gardez l'une des deux, ou les deux.
routines-conflict-keep-copy = Garder cette version
routines-conflict-keep-original = Garder l'autre version
routines-conflict-keep-both = Garder les deux
routines-conflict-other-title = { $title } (autre ordinateur)
move-inside = le nouveau dossier ne peut pas se trouver dans le dossier de données { $from }, ni le contenir ; choisissez un dossier à côté
move-failed = impossible de déplacer les données : { $error } ; rien n'a été changé, vos données sont toujours au même endroit
move-too-many = le dossier de données contient plus de { $most } fichiers ; sortez-en d'abord ce qui n'appartient pas à Posewise
move-check-failed = { $missing } séances ne sont pas arrivées dans le nouveau dossier ; rien n'a été changé, vos données sont toujours au même endroit
settings-move-to = Déplacer vers…
settings-move-title = Choisir le nouveau dossier de données
settings-move-hint = « Déplacer vers… » copie vos enchaînements, séances et réglages dans un autre dossier, par exemple un dossier que votre service de synchronisation garde à jour sur deux ordinateurs, vérifie la copie, puis l'utilise. Un dossier qui contient déjà des données Posewise est fusionné avec les vôtres. L'ancien dossier reste tel quel jusqu'à ce que vous le supprimiez.
settings-move-env = POSEWISE_DATA_DIR choisit le dossier de données : il ne peut donc pas être déplacé ici.
settings-moving = Copie et vérification de vos données…
settings-moved =
    Déplacé : { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } dans le nouveau dossier{ $conflicts ->
        [0] {""}
        [one] , et un enchaînement y existe dans une autre version (voir Enchaînements)
       *[other] , et { $conflicts } enchaînements y existent dans une autre version (voir Enchaînements)
    }. L'ancien dossier, { $old }, reste tel quel : supprimez-le quand le déplacement vous convient.
