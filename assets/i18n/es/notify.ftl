notify-summary = Hora de { $title }
notify-body = Para las { $time } · { $minutes } min. Empieza ahora o recibe otro aviso dentro de 30 minutos.
notify-start = Empezar
notify-later = Más tarde

## What `posewise remind --due --verbose` says.

remind-no-data-folder = no hay carpeta de datos: define HOME o POSEWISE_DATA_DIR
remind-nothing-due = no hay nada pendiente
remind-cannot-notify = no se pueden mostrar notificaciones: { $error }
remind-announced = se anunció «{ $title }» (para las { $time }) como notificación { $id }
remind-notification-failed = no se puede mostrar la notificación: { $error }
remind-started = se inició «{ $title }»
remind-cannot-start = no se puede iniciar «{ $title }»: { $error }
remind-comes-back = «{ $title }» se volverá a recordar a las { $time }
remind-dismissed = se cerró el recordatorio de «{ $title }»
remind-starting-afresh = { $error }; se empieza de cero
remind-cannot-save-state = { $path }: no se puede guardar qué recordatorios se han mostrado: { $error }
remind-cannot-lock = { $path }: no se pueden bloquear los recordatorios: { $error }
remind-no-settings = aún no hay ajustes, así que no hay recordatorios
remind-fix-settings = { $error }; abre Posewise para corregirlo
remind-anyway = { $error }; se recuerda de todos modos
remind-no-such-routine = { $routine }: esa rutina ya no existe
remind-done-since = «{ $title }» ya se ha hecho desde las { $time }
dbus-no-runtime = no se puede iniciar el entorno de ejecución de D-Bus: { $error }
dbus-timeout = el bus de sesión no respondió en { $seconds } s
