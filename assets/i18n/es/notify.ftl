notify-summary = Hora de { $title }
notify-body = Para las { $time } · { $minutes } min. Empieza ahora o recibe otro aviso dentro de 30 minutos.
notify-start = Empezar
notify-later = Más tarde
