notify-summary = Hora da rotina: { $title }
notify-body = Horário: { $time } · { $minutes } min. Comece agora ou receba outro lembrete em 30 minutos.
notify-start = Iniciar
notify-later = Mais tarde
