# Posewise: todos los textos que se leen o se oyen, en español.
#
# El inglés es el idioma de origen y el de reserva. Cada idioma tiene un
# archivo con los mismos ids en assets/i18n/<idioma>/. Para corregir una línea,
# cambia el texto que va después de "=" en su id en ese archivo; deja cada
# { $variable } tal como está (su nombre no se traduce) y conserva las formas
# de plural entre las que Fluent elige con [one] y *[other].


## La guía hablada

coach-switch-sides = Cambia de lado.
coach-rest = Descansa.
coach-halfway = Ya vas por la mitad.
coach-done = Sesión terminada. Buen trabajo.
# "Estiramiento de rodilla al pecho, 30 segundos"
coach-work = { $pose }, { $length }
coach-seconds =
    { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
coach-minutes =
    { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
coach-up-next = { $work }.
coach-up-next-left = { $work }, primero el lado izquierdo.
coach-up-next-right = { $work }, lado derecho.
# El ejercicio y, después, su primera indicación.
coach-introduce = { $work } { $instruction }
coach-next = A continuación: { $what }
coach-rep = { $pose }, repetición { $rep } de { $reps }
coach-set = { $pose }, serie { $set } de { $sets }
# La palabra que une dos partes de una indicación, por donde se puede cortar
# una indicación más corta.
coach-and = y
# Una indicación acortada.
coach-clause = { $clause }.

## La línea de comandos

cli-unknown-language = Posewise no habla «{ $code }»; usa uno de estos idiomas: { $known }

## Comprobación de un archivo de rutina. Cada mensaje va después de "archivo:línea:columna: ".
## Los nombres de campo entre comillas simples ('hold_seconds') y los valores entre
## comillas dobles se escriben en el archivo tal cual: no se traducen.

check-what-routine = la rutina
check-what-step = el paso { $number }
check-found-bool = true/false
check-found-number = un número
check-found-text = un texto
check-found-list = una lista
check-found-object = un objeto
check-not-object = { $what } debe ser un objeto { "{" } … { "}" }, pero se encontró { $found }
check-unknown-field-near = campo desconocido '{ $field }' en { $what }; ¿querías decir '{ $near }'?
check-unknown-field = campo desconocido '{ $field }' en { $what }; los campos permitidos son { $allowed }
check-needs = { $what } necesita '{ $field }'
check-empty = '{ $field }' no puede estar vacío
check-too-long = '{ $field }' tiene más de { $longest } caracteres; acórtalo
check-not-text = '{ $field }' debe ser un texto entre comillas, pero se encontró { $found }
# $unit es uno de estos: seconds, times, days, weeks.
check-unit =
    { $unit ->
        [times] veces
        [days] días
        [weeks] semanas
       *[seconds] segundos
    }
check-not-whole = '{ $field }' debe ser un número entero de { $unit } entre { $min } y { $max }, pero se encontró { $found }
check-not-tenths = '{ $field }' debe ser un número de segundos entre { $min } y { $max }, en pasos de 0.1, pero se encontró { $found }
check-not-bool = '{ $field }' debe ser true o false, pero se encontró { $found }
check-format = 'format' debe ser "{ $format }", pero se encontró { $found }; ¿es este un archivo de rutina de Posewise?
check-newer-version = este archivo se creó con una versión más reciente de Posewise (versión { $found } del formato de rutina; esta versión lee la versión { $version }): actualiza Posewise para abrirlo
check-version = 'version' debe ser { $version }, pero se encontró { $found }
check-steps-not-list = 'steps' debe ser una lista [ … ] de pasos, pero se encontró { $found }
check-steps-empty = 'steps' está vacío; añade al menos un paso, por ejemplo { "{" }"pose": "balasana", "hold_seconds": 30{ "}" }
check-too-many-steps = una rutina puede tener como máximo { $most } pasos y esta tiene { $count }; divídela en varias rutinas (no se han comprobado los pasos que van después del paso { $most })
check-custom-needs-hold = { $what } ({ $label }) necesita 'hold_seconds'
check-pose-and-custom = { $what } tiene a la vez 'pose' y 'custom'; deja solo uno
check-needs-pose = { $what } necesita 'pose' (un id del catálogo, como "balasana"; ejecuta `posewise poses` para ver la lista) o 'custom'
check-pose-not-text = 'pose' debe ser un id de postura entre comillas, pero se encontró { $found }
check-unknown-pose-near = postura desconocida '{ $pose }'; ¿querías decir '{ $near }'?
check-unknown-pose = postura desconocida '{ $pose }'; ejecuta `posewise poses` para ver las posturas disponibles, o descríbela con 'custom'
check-instructions-not-list = 'instructions' debe ser una lista de frases cortas, pero se encontró { $found }
check-too-many-instructions = 'instructions' puede tener como máximo { $most } líneas; acorta la lista
check-unknown-sides-near = valor desconocido '{ $sides }' en 'sides'; ¿querías decir '{ $near }'? Usa uno de estos: "both", "left", "right", "none"
check-unknown-sides = valor desconocido '{ $sides }' en 'sides'; usa uno de estos: "both", "left", "right", "none"
check-sides-not-text = 'sides' debe ser uno de estos valores: "both", "left", "right", "none", pero se encontró { $found }
check-sides-on-one-sided = '{ $label }' no se hace por lados, así que no puede llevar 'sides'; quita 'sides'
check-breath-longer-than-hold = una respiración dura { $breath } s, pero el paso solo mantiene la postura { $hold } s; aumenta 'hold_seconds' o acorta la respiración
check-twice = '{ $field }' aparece dos veces; deja solo uno
check-invalid = rutina no válida: { $error }
check-file-too-large = el archivo ocupa más de { $kib } KiB; un archivo de rutina es un texto pequeño, así que comprueba que sea el archivo correcto
check-not-utf8 = el archivo no es texto UTF-8; guárdalo como UTF-8
check-not-json = JSON no válido: { $error }
check-session-too-long = la sesión duraría { $hours } horas; una sesión dura como máximo { $most } horas, y con el paso { $step } se supera ese límite: pon menos repeticiones o series en los pasos, o mantén las posturas menos tiempo, o divide la rutina en varias rutinas

## Errores de sintaxis JSON (el inglés conserva las palabras del propio analizador)

json-expected-comma-or-brace = se esperaba `,` o `{ "}" }`
json-expected-comma-or-bracket = se esperaba `,` o `]`
json-expected-colon = se esperaba `:`
json-expected-value = se esperaba un valor
json-trailing-comma = sobra una coma al final
json-trailing-characters = sobran caracteres al final
json-key-not-string = la clave debe ser un texto entre comillas
json-eof = el archivo termina antes de tiempo: falta cerrar un corchete, una llave o unas comillas
json-control-character = hay un carácter de control dentro de un texto; escribe cada texto en una sola línea
json-invalid-escape = secuencia de escape no válida después de \
json-invalid-number = número no válido
json-too-deep = hay demasiados niveles anidados

## Seguridad

safety-not-advice = Posewise te guía en los ejercicios que eligió tu profesional de la salud. No da consejos médicos. Sigue el plan de tu fisioterapeuta o de tu médico, muévete con suavidad y detén un ejercicio si tu dolor empeora.
safety-red-flags-intro = No hagas ejercicio si el dolor de espalda viene acompañado de alguna de estas situaciones:
safety-emergency-heading = Busca atención de urgencia ahora
safety-emergency-intro = Ve a un servicio de urgencias o llama al número de emergencias ahora mismo si tienes:
safety-same-day-heading = Consulta hoy a un médico
safety-same-day-intro = Llama hoy a tu médico o a un servicio de atención urgente, antes de hacer ejercicio, si tienes:
safety-outlook = Los espasmos de espalda suelen aliviarse en un plazo de tres a seis semanas, y mantener una actividad suave ayuda a que se calmen.

## Números, duraciones y fechas

# Entre los elementos de una lista: "30 s × 3, los dos lados, descanso de 10 s".
list-separator = { ", " }
unit-seconds-short = { $seconds } s
duration-s = { $s } s
duration-min = { $m } min
duration-min-s = { $m } min { $s } s
duration-h-min = { $h } h { $m } min
date-long = { $day } de { $month } de { $year }
date-short = { $day } { $month }
month =
    { $month ->
        [jan] enero
        [feb] febrero
        [mar] marzo
        [apr] abril
        [may] mayo
        [jun] junio
        [jul] julio
        [aug] agosto
        [sep] septiembre
        [oct] octubre
        [nov] noviembre
       *[dec] diciembre
    }
month-short =
    { $month ->
        [jan] ene
        [feb] feb
        [mar] mar
        [apr] abr
        [may] may
        [jun] jun
        [jul] jul
        [aug] ago
        [sep] sept
        [oct] oct
        [nov] nov
       *[dec] dic
    }
weekday =
    { $day ->
        [mon] lunes
        [tue] martes
        [wed] miércoles
        [thu] jueves
        [fri] viernes
        [sat] sábado
       *[sun] domingo
    }
weekday-short =
    { $day ->
        [mon] lun
        [tue] mar
        [wed] mié
        [thu] jue
        [fri] vie
        [sat] sáb
       *[sun] dom
    }

## La dosis de un paso y la pauta de una rutina

# "30 s × 3"
dose-reps = { $hold } × { $reps }
dose-sets =
    { $sets ->
        [one] { $sets } serie
       *[other] { $sets } series
    }
dose-both-sides = los dos lados
dose-left-side = lado izquierdo
dose-right-side = lado derecho
dose-rest = descanso de { $rest }
rhythm-in = inhala { $seconds }
rhythm-hold = retén el aire { $seconds }
rhythm-out = exhala { $seconds }
rhythm-hold-empty = retén sin aire { $seconds }
often-times-a-day =
    { $count ->
        [1] Una vez al día
        [2] Dos veces al día
       *[other] { $count } veces al día
    }
often-days-a-week =
    { $count ->
        [7] todos los días
        [one] { $count } día a la semana
       *[other] { $count } días a la semana
    }
often-weeks =
    { $count ->
        [one] durante { $count } semana
       *[other] durante { $count } semanas
    }

## La hoja de ejercicios

handout-from = De parte de { $author }
handout-length =
    { $steps ->
        [one] { $steps } paso, aprox. { $length } en total
       *[other] { $steps } pasos, aprox. { $length } en total
    }
handout-written = escrito el { $date }
handout-how-often = Frecuencia:
handout-stop-and-get-help = Detente y pide ayuda
handout-about = aprox. { $length }
handout-note = Nota:
handout-rhythm = Ritmo: { $rhythm }.
handout-rhythm-nostrils = Ritmo: { $rhythm }, alternando las fosas nasales.
handout-breathing = Respiración:
handout-take-care = Precauciones:
handout-avoid-if = Evítalo si:

## La sesión: fases y panel del reproductor

phase-get-ready = Prepárate
phase-hold = Mantén
phase-rest = Descansa
phase-switch-sides = Cambia de lado
phase-set-rest = Descanso entre series
phase-breathe-in = Inhala
phase-hold-in = Retén el aire
phase-breathe-out = Exhala
phase-hold-out = Retén con los pulmones vacíos
side-left = izquierda
side-right = derecha
board-breath = Respiración { $n } de { $of }
board-step = Paso { $n } de { $of }
board-next = A continuación: { $pose }, { $length }
board-time-left = Tiempo restante: { $time }
board-left-next = A continuación, lado izquierdo
board-right-next = A continuación, lado derecho
board-left-first = Primero el lado izquierdo
board-right-first = Primero el lado derecho
board-left-side = Lado izquierdo
board-right-side = Lado derecho
board-rep = Repetición { $n } de { $of }
board-set = Serie { $n } de { $of }
runner-paused = En pausa
runner-left-nostril = Fosa nasal izquierda
runner-right-nostril = Fosa nasal derecha
cli-error = error: { $message }
cli-valid =
    ok: «{ $title }», { $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    }, { $length }
cli-pose = { $kind }, { $seconds } s
cli-pose-each-side = { $kind }, por lado, { $seconds } s
cli-unknown-pose-near = postura desconocida '{ $pose }'; ¿querías decir '{ $near }'?
cli-unknown-pose = postura desconocida '{ $pose }'
cli-no-illustration = '{ $pose }' no tiene ilustración
cli-cannot-write-handout = no se puede escribir la hoja de ejercicios: { $error }; elige un archivo en una carpeta en la que puedas escribir
cli-handout-written =
    hoja de ejercicios de «{ $title }», { $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    }

## Problemas en archivos: "archivo:línea:columna: error: …"

problem-error = error: { $message }
problem-more =
    { $count ->
        [one] … y { $count } problema más
       *[other] … y { $count } problemas más
    }

## Tipos de ejercicio

kind-stretch = estiramiento
kind-pose = postura
kind-breathing = respiración
kind-relaxation = relajación
editor-unknown-pose = postura desconocida
editor-custom-exercise = ejercicio personalizado
settings-title = Ajustes
settings-sound = Sonido
settings-volume = Volumen: { $percent } %
settings-mute = Silenciar todo el sonido (M durante una sesión)
settings-voice = Avisos hablados
settings-beeps = Pitidos de cuenta atrás antes de cada cambio
settings-breath-tone = Un tono suave que acompaña cada respiración
settings-sessions = Sesiones
settings-own-get-ready = Usar el tiempo de preparación de cada rutina
settings-get-ready = Preparación: { $seconds } s antes de cada ejercicio
settings-looks = Aspecto
settings-language = Idioma
settings-language-system = Idioma del sistema
settings-theme = Tema
theme-system = Tema del sistema
theme-light = Claro
theme-dark = Oscuro
settings-reduce-motion = Reducir el movimiento: círculo de respiración fijo, controles siempre visibles
settings-text-size = Tamaño del texto: { $percent } %
settings-your-data = Tus datos
settings-open-folder = Abrir la carpeta
settings-safety = Seguridad
settings-read-safety = Leer el aviso de seguridad y las señales de alarma
tab-today = Hoy
tab-routines = Rutinas
tab-poses = Posturas
tab-history = Historial
tab-settings = Ajustes
tab-safety = Seguridad
# Un atajo de teclado: Ctrl y una cifra.
key-ctrl = Ctrl+{ $n }
key-enter = Intro
key-space = Espacio
key-esc = Esc
notice-dismiss = Cerrar
safety-close = Cerrar
safety-understood = Entendido
safety-before-you-start = Antes de empezar
safety-keys = Teclas: de Ctrl+1 a Ctrl+5 abren Hoy, Rutinas, Posturas, Historial y Ajustes; F1 vuelve a mostrar esto. En una sesión: Espacio pone en pausa, H indica que duele, Esc detiene la sesión.
# "domingo, 1 de junio": hoy, arriba en Hoy.
date-day = { $weekday }, { $day } de { $month }
settings-no-data-folder = No hay carpeta de datos
settings-sound-opens-later = La salida de sonido se abre al empezar una sesión.
today-interrupted = Se detuvo tras { $into } de sesión, el { $date } a las { $time }. Reanúdala donde la dejaste o descártala.
notice-write-unfinished = Posewise no pudo terminar de escribir un archivo.
notice-cannot-open-folder = No se pudo abrir { $folder } ({ $error }); ábrela en tu gestor de archivos.
today-title = Hoy
today-no-routine = Aún no hay ninguna rutina
today-choose-routine = Elige una rutina
# El botón grande: "Empezar: Alivio de espasmos de espalda (6 min)".
today-start = Empezar: { $title } ({ $length })
today-start-short = Empezar
today-open = Abrir
today-enter-starts = Intro la inicia.
today-your-routines = Tus rutinas
today-see-history = Ver historial
today-browse-poses = Ver posturas
today-new-routine = Nueva rutina
today-due-now = Pendiente ahora
today-due-at = { $title }, a las { $time }
today-interrupted-title = «{ $title }» se interrumpió
today-resume = Reanudar
today-discard = Descartar
today-no-streak = Aún no hay racha
today-streak =
    { $days ->
        [one] Racha de { $days } día
       *[other] Racha de { $days } días
    }
today-last-pain = Última sesión: dolor { $before } antes, { $after } después
today-no-pain = Aún no hay valoraciones del dolor
today-done-over = Hoy has hecho { $done } (pautadas: { $prescribed })
today-done-of = Hoy has hecho { $done } de { $prescribed }
today-done = Hecha hoy
today-not-done = Sin hacer hoy
days-every = Todos los días
days-weekdays = Lun–vie
days-none = Ningún día
reminder-not-a-time = «{ $text }» no es una hora del día: escríbela como 18:00
runner-controls-hidden = Espacio pone en pausa · pulsa cualquier tecla o mueve el puntero para ver los controles
runner-sound-starting = Preparando el sonido…
runner-hide = Ocultar
runner-pain-before = Dolor ahora, de 0 a 10 (opcional)
runner-continue = Continuar
runner-pause = Pausa
runner-sound-on = Activar sonido
runner-mute = Silenciar
runner-back = Atrás
runner-next = Siguiente
runner-hurts = Me duele
runner-quieter = Bajar volumen
runner-louder = Subir volumen
runner-stop = Detener
runner-stop-ask = ¿Detener la sesión?
runner-stop-logged = Se registra como no terminada.
runner-keep-going = Seguir
runner-hurts-title = Me duele: ¿qué hago?
runner-hurts-noted = Queda anotado para tu fisioterapeuta. Dolor agudo o que va en aumento: sáltate este ejercicio o detente.
runner-hurts-easier = Más fácil: mantener menos tiempo
runner-hurts-skip = Saltar este ejercicio
runner-hurts-gently = Seguir con suavidad
runner-hurts-stop = Detener la sesión
runner-take-care = Precauciones
runner-avoid-if = Evítalo si
key-left-arrow = Flecha izquierda
key-right-arrow = Flecha derecha
summary-detail = { $title }: { $active } de ejercicio, { $done } de { $total } pasos.
summary-painful-marked = Los pasos dolorosos quedan marcados en tu historial.
summary-stopped = Sesión detenida
summary-well-done = Buen trabajo: sesión terminada
summary-complete = Sesión terminada
effort-easy = Fácil
effort-right = Adecuado
effort-hard = Difícil
summary-pain-now-before = Dolor ahora, de 0 (ninguno) a 10 (el peor); antes de la sesión: { $before }
summary-pain-now = Dolor ahora, de 0 (ninguno) a 10 (el peor)
summary-pain-went-up = Tu dolor es mayor que antes de la sesión. Descansa hoy y muévete con suavidad; si sigue alto, díselo a tu fisioterapeuta antes de la próxima sesión.
summary-how-hard = ¿Cuánto esfuerzo te costó?
summary-note = Nota (opcional)
summary-note-placeholder = ¿Qué tal te fue?
summary-discard-ask = ¿Dejar esta sesión fuera de tu historial?
summary-discard = Descartar
summary-keep = Conservarla (Esc)
summary-save = Guardar
summary-discard-more = Descartar…
summary-enter-saves = Intro guarda. Todas las valoraciones son opcionales.
range-in-weeks = en las últimas { $weeks } semanas
range-in-months = en los últimos { $months } meses
range-in-year = en el último año
range-in-all = en total
range-weeks = Últimas { $weeks } semanas
range-months = Últimos { $months } meses
range-year = Último año
range-all = Todo
history-all-routines = Todas las rutinas
history-stopped-after = detenida tras { $done } de { $total } pasos
history-pain = dolor { $before } → { $after }
history-effort = esfuerzo: { $effort }
history-effort-easy = fácil
history-effort-right = adecuado
history-effort-hard = difícil
# "dom, 1 de junio de 2025, 18:00"
history-when = { $weekday }, { $date }, { $time }
history-adherence = { $title }: { $done } de { $prescribed } sesiones pautadas, { $percent } %
history-adherence-free =
    { $title }: { $done ->
        [one] { $done } sesión completada (sin pauta)
       *[other] { $done } sesiones completadas (sin pauta)
    }
history-warning = { $warning } ({ $first } y { $second })
# "24 sesiones, 310 min en las últimas 12 semanas · racha de 5 días (la más larga: 12)"
history-headline =
    { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }, { $minutes } min { $range } · racha de { $streak ->
        [one] { $streak } día
       *[other] { $streak } días
    } (la más larga: { $longest })
warning-pain-rose = El dolor fue 2 puntos o más alto después de la sesión que antes de ella, en dos sesiones seguidas: considera ponerte en contacto con tu fisioterapeuta.
report-disclaimer = Posewise no da consejos médicos. Este informe recoge lo que registró el paciente; quien lo valora es el fisioterapeuta o el médico.
history-save-report = Guardar informe…
key-ctrl-s = Ctrl+S
history-title = Historial
history-show = Mostrar
history-empty = Aún no hay sesiones registradas: termina una sesión y aparecerá aquí.
history-go-today = Ir a Hoy
history-calendar-facts =
    { $days ->
        [one] { $days } día con ejercicio, { $minutes } min
       *[other] { $days } días con ejercicio, { $minutes } min
    }
history-adherence-title = Cumplimiento
history-pain-title = Dolor antes y después
history-pain-weekly = Muchas sesiones: cada punto es la media de una semana.
history-pain-ring = Un aro marca dónde el dolor después fue mayor que antes.
history-minutes-title = Minutos por semana
history-minutes-note = Cada barra es una semana, de lunes a domingo, con la fecha de su lunes; la última es lo que va de esta semana.
history-sessions = Sesiones
history-no-match = No hay sesiones con estos filtros.
history-earlier =
    { $count ->
        [one] … y { $count } sesión anterior
       *[other] … y { $count } sesiones anteriores
    }
# "El dolor después de las sesiones bajó de 4.3 a 1.7 y luego subió a 4.4 en 5 semanas."
pain-none = Ninguna sesión de este periodo tiene el dolor valorado antes y después.
pain-fell-rose =
    El dolor después de las sesiones bajó de { $from } a { $low } y luego subió a { $to } en { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
pain-rose-fell =
    El dolor después de las sesiones subió de { $from } a { $high } y luego bajó a { $to } en { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
pain-stayed =
    El dolor después de las sesiones se mantuvo en torno a { $at } durante { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
pain-fell =
    El dolor después de las sesiones bajó de { $from } a { $to } en { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
pain-rose =
    El dolor después de las sesiones subió de { $from } a { $to } en { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
chart-less = Menos
chart-more = Más
chart-pain-axis = Dolor (0–10)
chart-before = antes
chart-after = después
chart-minutes = Minutos
chart-target = objetivo: { $minutes } min a la semana
back = ‹ Atrás
# "estiramiento · 30 s por lado"
pose-facts = { $kind } · { $hold }
pose-facts-each-side = { $kind } · { $hold } por lado
routines-routines = Rutinas
routines-open-a-file = Abrir un archivo…
routines-new-routine = Nueva rutina
routines-up-and-down-choose = Las flechas arriba y abajo eligen, Intro abre, Espacio inicia, F2 cambia el nombre, Supr elimina, Ctrl+O abre un archivo.
routines-duplicate-it-to-change = Duplícala para cambiarla o cambiarle el nombre
routines-start = Empezar
routines-rename-routine = Renombrar rutina
routines-rename = Renombrar
routines-cancel = Cancelar
routines-the-file-is-removed = El archivo se quita de tus rutinas. Tu historial conserva sus sesiones.
routines-delete = Eliminar
pose-page-how-to-do-it = Cómo se hace
pose-page-what-it-helps = Para qué sirve
pose-page-breathing = Respiración
pose-page-take-care = Precauciones
pose-page-avoid-if = Evítalo si
pose-page-enter-adds-it-esc = Intro la añade, Esc vuelve atrás.
pose-page-add-to-a-routine = Añadir a una rutina
pose-page-add-it-to = Añadirla a
routine-page-start = Empezar
routine-page-enter-starts-esc-goes = Intro la inicia, Esc vuelve atrás, Ctrl+S guarda una copia del archivo.
reminders-remind-me-at-these = Recordármelo a estas horas
reminders-at = A las
reminders-remove = Quitar
reminders-add-a-time = Añadir una hora
reminders-on = Los días
reminders-reminders = Recordatorios
reminders-pick-at-least-one = Elige al menos un día; si no, no hay nada que recordar.
reminders-add-a-time-or = Añade una hora; si no, no hay nada que recordar.
poses-back-to-the-editor = Volver al editor
routines-open = Abrir
routines-duplicate = Duplicar
routines-bundled = Incluida en Posewise
routines-own = Tuya
# "6 min · 4 pasos · Tuya"
routines-line =
    { $length } · { $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    } · { $origin }
routines-title-placeholder = Título
routines-delete-ask = ¿Eliminar «{ $title }»?
poses-no-match = Ninguna postura coincide con «{ $query }». Prueba con menos letras o añade un ejercicio personalizado en el editor.
poses-add-title = Añadir una postura
poses-add-hint = Elige una postura para «{ $routine }». Esc vuelve al editor.
poses-title = Posturas
poses-hint = { $count } posturas y ejercicios. Escribe para buscar; Intro abre la primera.
poses-all = Todas
poses-stretches = Estiramientos
poses-poses = Posturas
poses-breathing = Respiración
poses-relaxation = Relajación
poses-shown =
    { $count ->
        [one] { $count } mostrada
       *[other] { $count } mostradas
    }
poses-search = Buscar posturas: nombre, sánscrito o inglés
pose-page-being-edited = { $title } (en edición)
pose-page-new-routine = Una rutina nueva
routine-page-edit = Editar
routine-page-edit-copy = Editar una copia
routine-page-add-pose = Añadir postura
routine-page-see-history = Ver historial
routine-page-save-as = Guardar como…
routine-page-handout = Hoja de ejercicios para imprimir…
routine-page-facts =
    { $steps ->
        [one] { $steps } paso, { $length } en total
       *[other] { $steps } pasos, { $length } en total
    }
routine-page-from = De parte de { $author }
reminders-explain-on = A cada una de las horas elegidas llega una notificación de escritorio, con Empezar y Más tarde (de nuevo en 30 minutos), salvo que ya hayas hecho la rutina.
reminders-explain-off = Desactivados. Las horas parten de la pauta; cámbialas como quieras.
files-added = Añadida a tus rutinas. A partir de ahora puedes empezarla desde Hoy y desde Rutinas.
files-already-bundled = Esta rutina viene incluida en Posewise, así que ya está en tus rutinas.
files-already-there = Esta rutina ya está en tus rutinas, así que no se ha vuelto a copiar.
files-cannot-open =
    No se pudo abrir «{ $name }»:
    { $error }
files-open-title = Abrir una rutina
files-filter-routine = Rutina de Posewise
files-save-copy-title = Guardar una copia de la rutina
files-saved-copy = Copia guardada en { $path }
files-cannot-save = No se pudo guardar en { $path }: { $error }. Elige una carpeta en la que puedas escribir.
files-save-handout-title = Guardar la hoja de ejercicios
files-saved-handout = Hoja de ejercicios guardada en { $path }: ábrela en un navegador web para imprimirla.
session-running = Hay una sesión de ejercicios guiada en curso
session-sound-through = El sonido se reproduce por { $name }.
session-no-data-folder = No hay carpeta de datos, así que esta sesión no se ha registrado.
session-waiting-saved = Las sesiones que estaban pendientes ya se han guardado en tu historial.
session-waiting-lost = Se han perdido las sesiones que estaban pendientes de guardar.
reminders-check-failed = No se pudo configurar la comprobación de recordatorios: { $error }
reminders-check-removed = Los recordatorios están desactivados; se ha quitado la comprobación de recordatorios.
reminders-check-not-removed = No se pudo quitar la comprobación de recordatorios: { $error }
report-save-title = Guardar el informe
report-filter-html = Página web (HTML)
report-filter-csv = Hoja de cálculo (CSV)
report-cannot-save = No se pudo guardar el informe en { $path }: { $error }. Elige una carpeta en la que puedas escribir.
editor-sides-default = Según el ejercicio
editor-sides-both = Los dos lados
editor-sides-left = Solo lado izquierdo
editor-sides-right = Solo lado derecho
editor-sides-none = Sin lados
editor-not-saved =
    { $count ->
        [one] No se ha guardado: primero corrige el problema marcado abajo.
       *[other] No se ha guardado: primero corrige los { $count } problemas marcados abajo.
    }
session-kept-in-memory = Posewise conserva la sesión en memoria y la guarda en cuanto puede
session-waiting = ({ $count } en espera): lo vuelve a intentar cada { $seconds } segundos y cuando cierras la ventana.
editor-save = Guardar
editor-unsaved-changes = Cambios sin guardar
editor-title = Título
editor-from = De parte de
editor-get-ready-s = Preparación (s)
editor-times-a-day = Veces al día
editor-days-a-week = Días a la semana
editor-for-how-many-weeks = Durante cuántas semanas
editor-notes = Notas
editor-enter-saves-esc-keeps = Intro guarda, Esc sigue editando.
editor-drag = Arrastrar
editor-up = Subir
editor-down = Bajar
editor-duplicate = Duplicar
editor-remove = Quitar
editor-remove-line = Quitar línea
editor-instructions = Instrucciones
editor-add-a-line = Añadir una línea
editor-done-on-each-side = Se hace en cada lado
editor-own-breathing-rhythm = Ritmo de respiración propio
editor-alternate-nostrils = Alternar fosas nasales
editor-edit-routine = Editar rutina
editor-total =
    { $steps ->
        [one] { $steps } paso · { $length } en total
       *[other] { $steps } pasos · { $length } en total
    }
editor-total-unknown =
    { $steps ->
        [one] { $steps } paso · corrige los campos marcados para ver el tiempo total
       *[other] { $steps } pasos · corrige los campos marcados para ver el tiempo total
    }
editor-title-placeholder = Título de la rutina
editor-author-placeholder = Fisioterapeuta o clínica
editor-notes-placeholder = Para el paciente
editor-save-before-closing = ¿Guardar los cambios antes de cerrar?
editor-save-before-leaving = ¿Guardar los cambios antes de salir?
editor-unsaved-untitled = Esta rutina tiene cambios que aún no se han guardado.
editor-unsaved-titled = «{ $title }» tiene cambios que aún no se han guardado.
editor-same-as-rest = igual que el descanso
editor-optional = Opcional
editor-what-to-do = Qué hacer
editor-name-placeholder = p. ej., Círculos con los hombros
editor-in-s = Inhala (s)
editor-hold-s = Mantener (s)
editor-out-s = Exhala (s)
editor-hold-after-s = Retén sin aire (s)
editor-step-field = Paso { $step }, { $field }
editor-more-problems =
    { $count ->
        [one] … y { $count } problema más, marcado abajo
       *[other] … y { $count } problemas más, marcados abajo
    }
field-routine = Rutina
field-title = Título
field-author = De parte de
field-notes = Notas
field-get-ready = Preparación
field-times-per-day = Veces al día
field-days-per-week = Días a la semana
field-weeks = Semanas
field-steps = Pasos
field-step = Paso
field-exercise = Ejercicio
field-name = Nombre
field-instructions = Instrucciones
field-hold = Mantener
field-reps = Repeticiones
field-sets = Series
field-rest = Descanso
field-set-rest = Descanso entre series
field-sides = Lados
field-breathing = Respiración
field-note = Nota
editor-undo = Deshacer
editor-redo = Rehacer
editor-save-changes = Guardar cambios
editor-discard-changes = Descartar cambios
editor-keep-editing = Seguir editando
editor-reps = Repeticiones
editor-sets = Series
editor-rest-s = Descanso (s)
editor-rest-between-sets-s = Descanso entre series (s)
editor-sides = Lados
editor-note-for-this-step = Nota para este paso
editor-name = Nombre
editor-add-pose = Añadir postura…
editor-add-custom-exercise = Añadir ejercicio personalizado
sound-no-device = No hay dispositivo de sonido: los avisos se muestran en pantalla.
sound-unsupported = El dispositivo de sonido no puede reproducir los avisos: se muestran en pantalla.
report-title = Informe de Posewise
report-heading = Informe de ejercicio
report-heading-for = Informe de ejercicio — { $name }
report-meta =
    Del { $since } al { $until } · escrito el { $written } · { $sessions ->
        [one] { $sessions } sesión registrada
       *[other] { $sessions } sesiones registradas
    }
report-warning = { $warning } ({ $first } y { $second })
report-done-of = { $done } de { $count }
report-card-completed = sesiones completadas
report-card-adherence = cumplimiento de la pauta
report-card-exercise = de ejercicio
report-card-pain = dolor después − antes, de media
report-no-prescription = sin pauta
report-times-a-day = { $count }× al día
report-routines = Rutina y pauta
report-routine = Rutina
report-prescription = Pauta
report-done = Hechas
report-prescribed = Pautadas
report-adherence = Cumplimiento
report-per-week = Pautadas y hechas, por semana
report-sessions-per-week = sesiones por semana
report-minutes-per-week = minutos por semana
report-bars-key = Barras: sesiones completadas; guiones: sesiones pautadas.
report-week-of = Semana del
report-no-pain = No se valoró ninguna sesión.
report-pain-title = Dolor antes y después (0–10)
report-rated =
    { $count ->
        [one] { $count } sesión valorada del { $since } al { $until }
       *[other] { $count } sesiones valoradas del { $since } al { $until }
    }
report-painful = Ejercicios marcados como dolorosos
report-none = Ninguno.
report-no-notes = Sin notas.
# Las letras p, n, b, h, q son teclas que se escriben: se mantienen.
play-keys = Teclas (y después Intro): nada o p pausa/continúa, n siguiente, b atrás, h me duele, q detener.
play-stopped-before-start = Detenida antes de empezar.
play-pain-now = Dolor ahora, 0–10 (Intro para omitir):
# "easy", "right" y "hard" son respuestas que se escriben: se mantienen en inglés.
play-effort = ¿Cuánto esfuerzo te costó: easy (fácil), right (adecuado) o hard (difícil)? (Intro para omitir)
play-effort-again = Escribe easy, right o hard.
play-paused = En pausa. Pulsa Intro para continuar.
play-continuing = Seguimos.
play-hurts-noted = Anotado: el paso { $step } duele. Quedará en el registro de la sesión. Sigue con suavidad; n se salta este ejercicio, q detiene la sesión.
play-complete = Sesión terminada: { $active } de ejercicio.
play-stopped-after = Detenida tras { $active }.
play-pain-again = Escribe un número entero del 0 al { $most } o pulsa Intro para omitir.
play-rep = repetición { $n }/{ $of }
play-set = serie { $n }/{ $of }
cli-saved-history = Guardada en tu historial.
cli-expected-date = se esperaba una fecha como 2026-03-01 (año-mes-día)
cli-since-after-until = --since { $since } es posterior a --until { $until }; indica primero la fecha anterior
cli-no-such-routine-near = no hay ninguna sesión de una rutina '{ $routine }' en { $file }; ¿querías decir '{ $near }'?
cli-no-such-routine = no hay ninguna sesión de una rutina '{ $routine }' en { $file }
cli-no-sessions = Aún no hay sesiones registradas en este periodo.
cli-session-done = hecha, { $minutes } min
cli-session-stopped = detenida, { $minutes } min
cli-streak =
    Racha: { $current ->
        [one] { $current } día
       *[other] { $current } días
    } (la más larga: { $longest ->
        [one] { $longest } día
       *[other] { $longest } días
    }).
cli-adherence = Cumplimiento, { $title }: { $done } de { $prescribed } sesiones pautadas ({ $percent } %), del { $since } al { $until }.
cli-adherence-free =
    { $title }: { $done ->
        [one] { $done } sesión hecha
       *[other] { $done } sesiones hechas
    }; no hay pauta con la que comparar.
cli-pain-change =
    Dolor: después menos antes es { $change } de media en { $count ->
        [one] { $count } sesión valorada
       *[other] { $count } sesiones valoradas
    }.
cli-marked-painful =
    Marcado como doloroso: { $title }, paso { $step } { $name } ({ $count ->
        [one] { $count } vez
       *[other] { $count } veces
    }).
cli-warning = Nota ({ $first } y { $second }): { $warning }
cli-too-many-files = se han indicado { $count } archivos; importa como máximo { $most } a la vez
cli-imported = se importó «{ $title }» a tus rutinas como { $path }
cli-already-there = «{ $title }» ya está en tus rutinas ({ $path })
cli-already-bundled = «{ $title }» ya está en tus rutinas: viene incluida en Posewise
cli-no-routine-called = no hay ninguna rutina llamada «{ $name }» en tus rutinas; indica su título o el nombre de su archivo, tal como los muestra `posewise` en la página Rutinas de la aplicación
cli-cannot-export-unreadable = esta rutina no se puede leer, así que no se puede exportar; corrige el archivo
cli-file-exists = el archivo ya existe; indica otro nombre o añade --force para reemplazarlo
cli-export-not-read-back = la exportación no se podría volver a leer
cli-export-not-same = la exportación no se volvería a leer como la misma rutina
cli-cannot-write-routine = no se puede escribir la rutina: { $error }; comprueba que la carpeta existe y que se puede escribir en ella
cli-exported = se exportó «{ $title }» a { $path }
cli-out-is-folder = --out es una carpeta; indica un nombre de archivo como report.html
cli-cannot-write-report = no se puede escribir el informe: { $error }; elige un archivo en una carpeta en la que puedas escribir
cli-report-written =
    { $count ->
        [one] { $count } sesión del { $since } al { $until }
       *[other] { $count } sesiones del { $since } al { $until }
    }
cli-no-data-folder = no hay carpeta de datos donde guardar las sesiones; define POSEWISE_DATA_DIR
cli-nothing-to-resume = No hay ninguna sesión interrumpida que reanudar.
cli-default-settings = { $reason }; se usan los ajustes predeterminados
cli-nothing-to-discard = No hay ninguna sesión interrumpida que descartar.
cli-discarded-of = Se descartó la sesión interrumpida de «{ $title }».
cli-discarded = Se descartó la sesión interrumpida.
date-medium = { $day } { $month } { $year }

cli-no-display = no hay ninguna pantalla donde abrir la ventana (no están definidas ni DISPLAY ni WAYLAND_DISPLAY); las órdenes de `posewise --help` funcionan sin ella
cli-cannot-open-window = no se puede abrir la ventana: { $error }

library-not-found = no hay ninguna rutina '{ $key }' entre tus rutinas; puede que se haya eliminado mientras tanto: vuelve a abrir la lista de rutinas y elígela de nuevo
library-read-only = «{ $title }» viene incluida en Posewise y no se puede cambiar ni eliminar; duplícala para tener una copia propia
library-broken =
    { $action ->
        [duplicated] esta rutina no se puede leer, así que no se puede duplicar; corrige el archivo o elimínalo
       *[renamed] esta rutina no se puede leer, así que no se puede renombrar; corrige el archivo o elimínalo
    }
library-title = el título debe tener entre 1 y { $most } caracteres en una sola línea; { $problem }
library-not-imported = Posewise no ha importado la rutina; corrige el archivo, o elige otro, y vuelve a importarlo
library-cannot-delete = no se puede eliminar la rutina: { $error }; comprueba que se puede escribir en la carpeta
library-full = la carpeta ya contiene { $limit } rutinas, el máximo que muestra Posewise; elimina alguna antes de añadir otra
library-no-free-name = no hay ningún nombre de archivo libre para «{ $title }»; ponle otro título a la rutina u ordena la carpeta
history-cannot-read = no se puede leer el historial de sesiones: { $error }; comprueba los permisos del archivo
history-cannot-write = no se puede añadir la sesión al historial: { $error }; comprueba que el disco no está lleno y que se puede escribir en la carpeta
history-too-large = el historial ocupa { $size } bytes, más de los { $limit } bytes que lee Posewise; cámbiale el nombre (y consérvalo como registro) y Posewise empezará uno nuevo
history-not-a-file = el historial no es un archivo normal; muévelo a otro sitio para que Posewise pueda guardar ahí su historial
history-no-data-folder = no hay carpeta de datos donde guardar el historial; define POSEWISE_DATA_DIR
routine-cannot-read = no se puede leer el archivo: { $error }
routine-cannot-save = no se puede guardar la rutina: { $error }; comprueba que la carpeta existe y que se puede escribir en ella
file-missing = no existe ese archivo
file-not-utf8 = el archivo no es texto UTF-8
file-not-object = se esperaba un objeto JSON { "{" } … { "}" }
file-cut-short = el archivo termina antes de tiempo: está cortado
settings-cannot-save = no se pueden guardar los ajustes: { $error }; comprueba que se puede escribir en la carpeta y que el disco no está lleno
settings-unreadable = no se pudieron leer los ajustes ({ $reason })
settings-unreadable-defaults = no se pudieron leer los ajustes ({ $reason }); Posewise usa los ajustes predeterminados; comprueba los permisos del archivo o muévelo a otro sitio
settings-set-aside = no se pudieron leer los ajustes ({ $reason }); Posewise usa los ajustes predeterminados y ha conservado el archivo como { $name }
settings-not-set-aside = no se pudieron leer los ajustes ({ $reason }); Posewise usa los ajustes predeterminados, pero no pudo cambiar el nombre del archivo a { $name } ({ $error }); corrígelo o elimínalo, o tu próximo cambio lo reemplazará
checkpoint-discard = ejecuta `posewise resume --discard` para descartarlo
checkpoint-cannot-save = no se puede guardar el punto de control de la sesión: { $error }; la sesión continúa, pero no se podría reanudar tras un cierre inesperado
checkpoint-cannot-delete = no se puede eliminar el punto de control de la sesión: { $error }; elimina el archivo a mano
checkpoint-cannot-read = no se puede leer el punto de control de la sesión: { $error }; comprueba sus permisos o { $discard }
checkpoint-damaged = el punto de control de la sesión interrumpida está dañado: { $reason }; { $discard }
checkpoint-newer = este punto de control se creó con una versión más reciente de Posewise (versión { $version } del punto de control); actualiza Posewise o ejecuta `posewise resume --discard`
checkpoint-routine-invalid = la rutina de la sesión interrumpida no es válida; { $discard }
library-not-a-file = es una carpeta o un dispositivo, no un archivo de rutina
title-empty = está vacío: escribe uno
title-line-break = tiene un salto de línea o un carácter de control: escríbelo en una sola línea
title-too-long = tiene { $length } caracteres: acórtalo
history-line-skipped = aviso: se ha omitido esta línea del historial: { $reason }; se deja en el archivo tal como está
history-line-too-long = la línea tiene más de { $most } bytes
history-line-not-utf8 = la línea no es texto UTF-8
history-line-newer = escrita con una versión más reciente de Posewise (versión { $version } del registro); actualiza Posewise para leerla
history-line-not-record = no es un registro de sesión: { $error }
history-line-pain = "{ $field }" debe estar entre 0 y { $most }
history-line-steps = hay números de paso que superan los pasos de la rutina
history-line-note = la nota tiene más de { $most } caracteres
history-line-times = "ended_at" es anterior a "started_at"
history-line-week = "week" debe estar entre 1 y { $most }
history-line-format = "format" es "{ $found }", no "{ $format }"
history-line-version = versión { $found } del registro (esta versión de Posewise lee la versión { $version }); actualiza Posewise para leerla

schedule-timer = Los recordatorios se comprueban cada 15 minutos (temporizador de usuario de systemd posewise-remind.timer).
schedule-at-login = Los recordatorios se comprueban al iniciar sesión, no a lo largo del día: { $reason }.
desktop-use-sudo = Ejecuta la orden con sudo, o usa --user para hacerlo solo para ti.
desktop-cannot = no es posible { $doing }: { $error }
desktop-doing-install = instalar los archivos de integración con el escritorio
desktop-doing-remove = eliminar los archivos de integración con el escritorio
desktop-doing-schedule = configurar la comprobación de recordatorios
desktop-no-own-path = no es posible { $doing }: no se encuentra la ruta del propio Posewise: { $error }
desktop-installed-into = Archivos instalados en { $folder }:
desktop-menu-starts = La entrada del menú inicia { $program }.
desktop-default-set = Los archivos de rutina (*.posewise.json) se abren ahora con Posewise (aplicación predeterminada definida en { $list }).
desktop-offered = Posewise aparece ahora como opción para abrir los archivos de rutina (*.posewise.json); cada usuario puede elegirlo como aplicación predeterminada.
desktop-removed-check = Se ha quitado la comprobación de recordatorios:
desktop-nothing-to-remove = No hay nada que eliminar en { $folder }.
desktop-removed-from = Archivos eliminados de { $folder }:
desktop-no-longer-default = Posewise ya no es la aplicación predeterminada en { $list }.
desktop-ran = Se ejecutó { $program }.
desktop-skipped = Se omitió { $program }: no está instalado (está en el paquete { $package }).
desktop-tool-failed = aviso: { $program } falló: { $error } (los archivos ya están en su sitio; cerrar la sesión y volver a iniciarla también actualiza el menú).

## Added later: sound details, damaged checkpoints, desktop-install errors, and
## the command line's help and usage errors (see the English file for notes).

sound-no-output = No hay salida de sonido ({ $reason }); los avisos solo se muestran en pantalla.
sound-no-48k-stereo = La salida de sonido no puede reproducir estéreo a 48 kHz; los avisos solo se muestran en pantalla.
sound-no-default-device = no hay ningún dispositivo de salida predeterminado
sound-not-opened-again = no se pudo volver a abrir
player-notice = aviso: { $text }
player-sound-output = sonido: { $name }
checkpoint-not-object = no es un punto de control de Posewise (un objeto JSON { "{" } … { "}" })
file-not-a-file = no es un archivo
checkpoint-too-large = el archivo ocupa más de { $mib } MiB; un punto de control es un texto pequeño, así que este no lo ha escrito Posewise
checkpoint-missing = falta '{ $field }'; debe ser { $what }
checkpoint-not = '{ $field }' debe ser { $what }, pero se encontró { $found }
checkpoint-something-else = otra cosa
checkpoint-kind-beeps = un número entero de pitidos
checkpoint-kind-segment = un número de segmento
checkpoint-kind-milliseconds = un número entero de milisegundos
checkpoint-kind-path = una ruta de archivo
checkpoint-kind-moment = una fecha y hora como "2025-01-31T08:00:00+01:00"
checkpoint-kind-steps = una lista de números de paso
checkpoint-easier = 'easier' indica dos veces el paso { $step }, o un paso que va más allá de los { $steps } pasos de la rutina (numerados desde 0)
checkpoint-format = 'format' debe ser "{ $format }"; este archivo no es un punto de control de Posewise
checkpoint-version = 'version' debe ser { $version }
checkpoint-no-routine = falta 'routine'
checkpoint-in-routine = en la rutina de la sesión: { $problem }
checkpoint-segment = 'segment' es { $segment }, pero la sesión solo tiene { $segments } segmentos
checkpoint-position = 'position_ms' es { $position } ms, más allá del final de la sesión ({ $total })
checkpoint-active = 'active_ms' es { $active_ms } ms ({ $active }), más ejercicio del que cabe en una sesión
desktop-no-home = no se sabe dónde está tu carpeta de datos: define HOME o XDG_DATA_HOME
desktop-unusable-path = no se puede usar { $path } en la entrada del menú: { $reason }
desktop-path-not-utf8 = no es texto UTF-8 válido
desktop-path-not-absolute = no es una ruta absoluta
desktop-path-control-character = contiene un carácter de control
desktop-cannot-create = no se puede crear { $path }: { $error }
desktop-cannot-write = no se puede escribir { $path }: { $error }
desktop-cannot-read = no se puede leer { $path }: { $error }
desktop-cannot-remove = no se puede eliminar { $path }: { $error }
cli-about = Sesiones guiadas y cronometradas de estiramientos y yoga para cuidar la espalda.
cli-about-long =
    Sesiones guiadas y cronometradas de estiramientos y yoga para cuidar la espalda.
    
    Ejecútalo sin argumentos para abrir la aplicación, o indica un archivo de rutina para abrirlo.
    Posewise no da consejos médicos: sigue las indicaciones de tu fisioterapeuta o de tu médico.
cli-heading-usage = Uso:
cli-heading-commands = Órdenes
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
cli-usage-options = [OPCIONES]
cli-builtin-help = Muestra la ayuda
cli-builtin-help-more = Muestra la ayuda (más detalles con '--help')
cli-builtin-help-summary = Muestra la ayuda (un resumen con '-h')
cli-builtin-version = Muestra la versión
cli-possible-values = [valores posibles: { $values }]
cli-default = [valor predeterminado: { $value }]
cli-value-command = ORDEN
cli-value-file = ARCHIVO
cli-value-files = ARCHIVOS
cli-value-code = CÓDIGO
cli-value-id = ID
cli-value-n = N
cli-value-volume = VOLUMEN
cli-value-effort = ESFUERZO
cli-value-text = TEXTO
cli-value-routine = RUTINA
cli-value-date = FECHA
cli-value-name = NOMBRE
cli-value-format = FORMATO
cli-value-seconds = SEGUNDOS
cli-command-validate = Comprueba archivos de rutina; muestra cada problema como archivo:línea:columna.
cli-command-poses = Enumera las posturas incluidas en Posewise.
cli-command-pose-svg = Escribe la ilustración de una postura (SVG) en la salida estándar.
cli-command-plan = Muestra la secuencia temporal de una rutina: cada segmento y cada aviso.
cli-command-render-audio = Escribe todo el sonido de la sesión (cada aviso en su momento) como un archivo WAV estéreo de 48 kHz.
cli-command-play = Hace una sesión en el terminal, con avisos sonoros y líneas de progreso.
cli-command-run = Abre la ventana y empieza esta rutina en el acto: un archivo, o una de tus rutinas por su título o su nombre de archivo (tal como aparece en la página Rutinas).
cli-command-import = Comprueba archivos de rutina y los copia en tus rutinas (la biblioteca de la aplicación); las que ya están no se vuelven a copiar.
cli-command-export = Escribe en un archivo una de tus rutinas (o una incluida en Posewise) para compartirla.
cli-command-resume = Continúa la sesión que se interrumpió (cierre inesperado, cierre forzado, corte de luz).
cli-command-history = Enumera las sesiones registradas con un resumen: racha, cumplimiento, evolución del dolor y cualquier aviso.
cli-command-report = Escribe un informe para el fisioterapeuta (CSV, JSON o una única página HTML autónoma que se imprime en A4).
cli-command-install-desktop = Añade Posewise al menú de aplicaciones y hace que los archivos de rutina (*.posewise.json) se abran con él al hacer doble clic.
cli-command-uninstall-desktop = Quita lo que añadió install-desktop.
cli-command-handout = Escribe una hoja de ejercicios imprimible de una rutina para el paciente: una única página HTML autónoma, con la imagen, la dosis y las precauciones de cada paso, que se imprime en A4.
cli-command-remind = Muestra una notificación de escritorio por cada rutina cuyo recordatorio esté pendiente; un temporizador de usuario de systemd lo ejecuta cada 15 minutos.
cli-command-help = Muestra esta ayuda, o la ayuda de la orden indicada
cli-option-posewise-file = Un archivo de rutina (*.posewise.json) que se abre en la aplicación.
cli-option-file = El archivo de rutina (*.posewise.json).
cli-option-run-file = Un archivo de rutina, o una de tus rutinas por su título o su nombre de archivo.
cli-option-files = Uno o varios archivos de rutina (*.posewise.json).
cli-option-lang = El idioma: en, de, es, fr, pt-BR o hi (predeterminado: según LC_ALL, LC_MESSAGES o LANG).
cli-option-poses-json = Muestra el catálogo completo en JSON.
cli-option-plan-json = Muestra JSON: { "{" }"total_ms", "segments", "cues", "announcements"{ "}" }.
cli-option-history-json = Muestra JSON: { "{" }"sessions", "summary", "skipped_lines"{ "}" }.
cli-option-pose-svg-id = Un id o un alias de postura, como balasana o child-pose.
cli-option-countdown = Pitidos de cuenta atrás antes del final de cada postura mantenida, cada descanso y cada preparación (de 0 a 10; 0 los desactiva). El valor predeterminado es 3 o, para play, el que se eligió en los ajustes.
cli-option-render-audio-out = El archivo WAV que se escribe.
cli-option-volume = Volumen, de 0 a 1.
cli-option-no-window = Sin ventana (el reproductor en el terminal; es lo predeterminado para play).
cli-option-mute = Sin ningún sonido (los avisos se siguen escribiendo).
cli-option-no-voice = No dice en voz alta los nombres de las posturas (solo se dicen si espeak-ng está instalado).
cli-option-breath-tone = Un tono suave que sube con cada inhalación y baja con cada exhalación.
cli-option-verbose = Indica qué sistema de sonido y qué dispositivo reproducen los avisos.
cli-option-pain-before = Dolor antes de la sesión, de 0 (ninguno) a 10.
cli-option-pain-after = Dolor después de la sesión, de 0 (ninguno) a 10.
cli-option-effort = Cuánto esfuerzo costó la sesión: easy, right o hard.
cli-option-note = Una nota para el registro (y para el informe del fisioterapeuta).
cli-option-export-routine = Su título o su nombre de archivo, tal como aparece en la página Rutinas.
cli-option-export-out = El archivo que se escribe.
cli-option-force = Reemplaza el archivo si ya existe.
cli-option-discard = Descarta la sesión interrumpida en lugar de reanudarla.
cli-option-routine = El título o el id de una rutina (tal como los muestra history).
cli-option-since = El primer día, por ejemplo 2026-03-01.
cli-option-until = El último día, por ejemplo 2026-03-31.
cli-option-name = El nombre del paciente, que aparece en la parte superior.
cli-option-format = Qué se escribe.
cli-option-report-out = El archivo que se escribe (se reemplaza entero; nunca queda a medio escribir).
cli-option-user = Solo para ti, en $XDG_DATA_HOME (predeterminado: ~/.local/share).
cli-option-system = Para todos los usuarios, en /usr/local/share (requiere sudo).
cli-option-handout-out = El archivo HTML que se escribe (se reemplaza entero; nunca queda a medio escribir), o - para la salida estándar.
cli-option-due = Anuncia los recordatorios que están pendientes ahora (por ahora, el único modo).
cli-option-remind-verbose = Explica qué se decidió y por qué.
cli-option-wait = Cuánto se espera a que se pulse Empezar o Más tarde, en segundos (de 0 a 600).
cli-option-help-subcommand = La orden que se explica.
cli-unexpected-argument = argumento inesperado '{ $arg }'
cli-invalid-value = valor no válido '{ $value }' para '{ $arg }': { $reason }
cli-invalid-value-choose = valor no válido '{ $value }' para '{ $arg }'; usa uno de estos: { $valid }
cli-value-needed = '{ $arg }' necesita un valor
cli-missing-arguments = faltan estos argumentos, que son obligatorios: { $args }
cli-conflict = '{ $arg }' no se puede usar junto con '{ $other }'
cli-given-twice = '{ $arg }' solo se puede indicar una vez
cli-wrong-number-of-values = número de valores incorrecto para '{ $arg }'
cli-unreadable-command-line = no se puede leer la línea de comandos
cli-tip-similar = sugerencia: existe uno parecido: '{ $near }'
cli-try-help = Para más información, prueba con '--help'.
cli-expected-whole-number = se esperaba un número entero del 0 al { $most }
cli-expected-volume = se esperaba un número del 0 al 1, como 0.8
cli-expected-effort = se esperaba easy, right o hard
cli-note-too-long = una nota puede tener como máximo { $most } caracteres
cli-expected-moment = se esperaba una fecha y hora como 2026-11-27T18:00:00+01:00
cli-cannot-write-output = error: no se puede escribir la salida: { $error }
history-line-torn = la última línea está cortada (se estaba escribiendo una sesión cuando Posewise se cerró): { $reason }
settings-too-large = el archivo ocupa { $size } bytes, más de los { $kib } KiB que puede tener un archivo de ajustes

## Routine files of version 2: programmes that change week by week.

check-needs-version-2 = '{ $field }' necesita "version": 2 al principio del archivo
check-id = 'id' debe tener de 1 a { $most } caracteres, solo letras, cifras, '-' o '_', pero se encontró { $found }
check-starts = 'starts' debe ser una fecha como "2026-12-07", pero se encontró { $found }
check-weeks-need-length = '{ $field }' necesita la duración del programa: añade "weeks" a "prescription"
check-week-past-end =
    '{ $field }' es la semana { $week }, pero el programa solo tiene { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }
check-weeks-reversed = 'until_week' { $until } es anterior a 'from_week' { $from }; el paso no se haría nunca
check-progress-not-list = 'progress' debe ser una lista [ … ] de cambios de dosis, pero se encontró { $found }
check-too-many-changes = 'progress' puede tener como máximo { $most } cambios, uno por semana
check-what-change = el cambio { $number } de 'progress'
check-change-order = 'from_week' { $week } debe ser posterior a la semana { $before }, la del cambio anterior
check-change-outside = 'from_week' { $week } está fuera de las semanas en las que se hace el paso (de la { $from } a la { $until })
check-change-nothing = este cambio no indica ninguna dosis: añade hold_seconds, reps, sets, rest_seconds, set_rest_seconds o breathing
check-week-empty = ningún paso se hace en la semana { $week }; añade un paso para esa semana o reduce "weeks"
check-week-too-long = en la semana { $week } la sesión duraría { $hours } horas, más de { $most }; con el paso { $step } se supera ese límite
cli-option-week = La semana de un programa que cambia semana a semana (predeterminado: la semana actual).
cli-expected-week = se esperaba un número de semana del 1 al { $most }
plan-week = Semana { $week } de { $weeks }
plan-programme-complete =
    El programa de { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } ha terminado; esta es la dosis de la última semana. Pide a tu fisioterapeuta el siguiente programa.
today-programme-complete-title = Programa terminado
week-change-step = { $name }: { $changes }
week-change-new = Nuevo esta semana: { $name }
week-change-over = Retirado: { $name } ya no forma parte del programa
week-change-hold = mantener { $now } (antes { $was })
week-change-reps = { $now ->
        [one] { $now } repetición
       *[other] { $now } repeticiones
    } (antes { $was })
week-change-sets = { $now ->
        [one] { $now } serie
       *[other] { $now } series
    } (antes { $was })
week-change-rest = descanso de { $now } (antes { $was })
week-change-set-rest = descanso de { $now } entre series (antes { $was })
week-change-breathing = ritmo de respiración ({ $now }; antes { $was })
field-from-week = Desde la semana
field-until-week = Hasta la semana
field-changes = Cambios según la semana
field-change = Cambio { $row } según la semana
editor-total-weeks =
    { $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    } · { $weeks }
editor-total-week = Semana { $week }: { $length }
editor-from-week = Desde la semana
editor-until-week = Hasta la semana (incluida)
editor-to-the-end = hasta el final
editor-add-change = Añadir un cambio a partir de una semana
editor-unchanged = sin cambios
handout-week-by-week = Semana a semana
handout-exercise = Ejercicio
handout-week = Semana { $week }
handout-weeks = Semanas { $first }–{ $last }
handout-not-this-week = esta semana no
handout-session = Sesión completa
handout-step-runs = Cuándo: { $weeks }.
handout-step-changes = La dosis cambia según la semana: consulta «Semana a semana».
report-programme-title = { $title }: semana a semana
report-programme-week = Semana del programa
report-programme-dose = Dosis de esa semana
history-too-many-files = { $count } archivos de historial, más de los { $limit } que puede tener una carpeta de datos; saca de esta carpeta los archivos de los ordenadores que ya no usas
history-no-device-id = no se puede guardar el identificador de este ordenador: { $error }; comprueba que se puede escribir en la carpeta o define POSEWISE_STATE_DIR
routines-conflict-title = Una copia en conflicto de «{ $title }» de otro ordenador
routines-conflict-detail = «{ $title }» se cambió en dos ordenadores a la vez, y tu servicio de sincronización guardó las dos versiones. Esta es la versión del otro ordenador. Quédate con una de ellas o con las dos.
routines-conflict-keep-copy = Quedarme con esta versión
routines-conflict-keep-original = Quedarme con la otra versión
routines-conflict-keep-both = Quedarme con las dos
routines-conflict-other-title = { $title } (otro ordenador)
move-inside = la carpeta nueva no puede estar dentro de la carpeta de datos { $from } ni contenerla; elige una carpeta al lado
move-failed = no se pudieron mover los datos: { $error }; no se cambió nada y tus datos siguen donde estaban
move-too-many = la carpeta de datos tiene más de { $most } archivos; saca primero lo que no sea de Posewise
move-check-failed = { $missing } sesiones no llegaron a la carpeta nueva; no se cambió nada y tus datos siguen donde estaban
settings-move-to = Mover a…
settings-move-title = Elige la nueva carpeta de datos
settings-move-hint = «Mover a…» copia tus rutinas, sesiones y ajustes a otra carpeta, por ejemplo una que tu servicio de sincronización mantiene igual en dos ordenadores, comprueba la copia y después la usa. Si la carpeta ya tiene datos de Posewise, se combinan con los tuyos. La carpeta antigua se queda como está hasta que la borres.
settings-move-env = POSEWISE_DATA_DIR elige la carpeta de datos, así que aquí no se puede mover.
settings-moving = Copiando y comprobando tus datos…
settings-moved =
    Movido: { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } en la carpeta nueva{ $conflicts ->
        [0] {""}
        [one] , y una rutina tiene allí otra versión (mira Rutinas)
       *[other] , y { $conflicts } rutinas tienen allí otra versión (mira Rutinas)
    }. La carpeta antigua, { $old }, se queda como estaba: bórrala cuando estés conforme con el cambio.
