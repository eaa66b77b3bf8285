notify-summary = Hora da rotina: { $title }
notify-body = Horário: { $time } · { $minutes } min. Comece agora ou receba outro lembrete em 30 minutos.
notify-start = Iniciar
notify-later = Mais tarde

## What `posewise remind --due --verbose` says.

remind-no-data-folder = não há pasta de dados: defina HOME ou POSEWISE_DATA_DIR
remind-nothing-due = nenhum lembrete está na hora
remind-cannot-notify = não é possível mostrar notificações: { $error }
remind-announced = { $title } (horário: { $time }) anunciada como notificação { $id }
remind-notification-failed = não foi possível mostrar a notificação: { $error }
remind-started = { $title } foi iniciada
remind-cannot-start = não foi possível iniciar { $title }: { $error }
remind-comes-back = o lembrete de { $title } volta às { $time }
remind-dismissed = o lembrete de { $title } foi dispensado
remind-starting-afresh = { $error }; começando do zero
remind-cannot-save-state = { $path }: não foi possível salvar quais lembretes foram mostrados: { $error }
remind-cannot-lock = { $path }: não foi possível bloquear os lembretes: { $error }
remind-no-settings = ainda não há ajustes, então não há lembretes
remind-fix-settings = { $error }; abra o Posewise para corrigir isso
remind-anyway = { $error }; lembrando mesmo assim
remind-no-such-routine = { $routine }: essa rotina não existe mais
remind-done-since = { $title } já foi feita depois das { $time }
dbus-no-runtime = não foi possível iniciar o ambiente de execução do D-Bus: { $error }
dbus-timeout = o barramento de sessão não respondeu em { $seconds } s
