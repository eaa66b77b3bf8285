# Posewise: todos os textos que uma pessoa lê ou ouve, em português do Brasil.
#
# O inglês é a língua de origem e a língua de reserva. Cada outra língua tem
# um arquivo com os mesmos ids em assets/i18n/<língua>/. Para corrigir uma
# linha, altere o texto depois do "=" do id correspondente neste arquivo;
# mantenha cada { $variable } como está (o nome não é traduzido) e mantenha as
# formas de plural que o Fluent escolhe com [one] e *[other].


## A orientação falada

coach-switch-sides = Troque de lado.
coach-rest = Descanse.
coach-halfway = Você está na metade.
coach-done = Sessão concluída. Muito bem.
# "Alongamento joelho ao peito, 30 segundos"
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
coach-up-next-left = { $work }, primeiro o lado esquerdo.
coach-up-next-right = { $work }, lado direito.
# O exercício e, depois, a sua primeira instrução.
coach-introduce = { $work } { $instruction }
coach-next = A seguir: { $what }
coach-rep = { $pose }, repetição { $rep } de { $reps }
coach-set = { $pose }, série { $set } de { $sets }
# A palavra que une duas partes de uma instrução, onde uma instrução mais
# curta pode ser cortada.
coach-and = e
# Uma instrução encurtada.
coach-clause = { $clause }.

## A linha de comando

cli-unknown-language = O Posewise não fala “{ $code }”; use um destes idiomas: { $known }

## Verificação de um arquivo de rotina. Cada mensagem vem depois de "arquivo:linha:coluna: ".
## Os nomes de campos entre aspas simples ('hold_seconds') e os valores entre
## aspas duplas são escritos no arquivo assim mesmo: não os traduza.

check-what-routine = a rotina
check-what-step = a etapa { $number }
check-found-bool = true/false
check-found-number = um número
check-found-text = texto
check-found-list = uma lista
check-found-object = um objeto
check-not-object = { $what } deve ser um objeto { "{" } … { "}" }, encontrado: { $found }
check-unknown-field-near = { $what }: campo desconhecido '{ $field }'; você quis dizer '{ $near }'?
check-unknown-field = { $what }: campo desconhecido '{ $field }'; os campos permitidos são { $allowed }
check-needs = { $what } precisa de '{ $field }'
check-empty = '{ $field }' não pode estar vazio
check-too-long = '{ $field }' tem mais de { $longest } caracteres; encurte o texto
check-not-text = '{ $field }' deve ser um texto entre aspas, encontrado: { $found }
# $unit é um destes: seconds, times, days, weeks.
check-unit =
    { $unit ->
        [times] vezes
        [days] dias
        [weeks] semanas
       *[seconds] segundos
    }
check-not-whole = '{ $field }' deve ser um número inteiro de { $unit }, de { $min } a { $max }, encontrado: { $found }
check-not-tenths = '{ $field }' deve ser um número de segundos de { $min } a { $max }, com no máximo uma casa decimal, encontrado: { $found }
check-not-bool = '{ $field }' deve ser true ou false, encontrado: { $found }
check-format = 'format' deve ser "{ $format }", encontrado: { $found }; este é mesmo um arquivo de rotina do Posewise?
check-newer-version = este arquivo foi feito com uma versão mais nova do Posewise (versão { $found } do formato de rotina; esta versão lê a versão { $version }): atualize o Posewise para abri-lo
check-version = 'version' deve ser { $version }, encontrado: { $found }
check-steps-not-list = 'steps' deve ser uma lista [ … ] de etapas, encontrado: { $found }
check-steps-empty = 'steps' está vazio; adicione pelo menos uma etapa, como { "{" }"pose": "balasana", "hold_seconds": 30{ "}" }
check-too-many-steps = uma rotina pode ter no máximo { $most } etapas, e esta tem { $count }; divida-a em várias rotinas (as etapas depois da { $most }ª não foram verificadas)
check-custom-needs-hold = { $what } ({ $label }) precisa de 'hold_seconds'
check-pose-and-custom = { $what } tem 'pose' e 'custom' ao mesmo tempo; mantenha só um dos dois
check-needs-pose = { $what } precisa de 'pose' (um id do catálogo, como "balasana"; execute `posewise poses` para ver a lista) ou de 'custom'
check-pose-not-text = 'pose' deve ser um id de postura entre aspas, encontrado: { $found }
check-unknown-pose-near = postura desconhecida '{ $pose }'; você quis dizer '{ $near }'?
check-unknown-pose = postura desconhecida '{ $pose }'; execute `posewise poses` para ver a lista das posturas conhecidas ou descreva-a com 'custom'
check-instructions-not-list = 'instructions' deve ser uma lista de frases curtas, encontrado: { $found }
check-too-many-instructions = 'instructions' pode ter no máximo { $most } linhas; encurte a lista
check-unknown-sides-near = valor desconhecido '{ $sides }' em 'sides'; você quis dizer '{ $near }'? use um destes valores: "both", "left", "right", "none"
check-unknown-sides = valor desconhecido '{ $sides }' em 'sides'; use um destes valores: "both", "left", "right", "none"
check-sides-not-text = 'sides' deve ser um destes valores: "both", "left", "right", "none", encontrado: { $found }
check-sides-on-one-sided = '{ $label }' não se faz de cada lado, então não pode ter lados; remova 'sides'
check-breath-longer-than-hold = uma respiração leva { $breath } s, mas a etapa mantém a posição por apenas { $hold } s; aumente 'hold_seconds' ou encurte a respiração
check-twice = '{ $field }' aparece duas vezes; mantenha só um
check-invalid = rotina inválida: { $error }
check-file-too-large = o arquivo tem mais de { $kib } KiB; um arquivo de rotina é um texto pequeno, então verifique se este é o arquivo certo
check-not-utf8 = o arquivo não é um texto UTF-8; salve-o como UTF-8
check-not-json = JSON inválido: { $error }
check-session-too-long = a sessão duraria { $hours } horas; uma sessão dura no máximo { $most } horas, e a etapa { $step } ultrapassa esse limite: diminua as repetições ou séries das etapas, mantenha as posições por menos tempo ou divida a rotina em várias rotinas

## Erros de sintaxe JSON (o inglês mantém as palavras do próprio analisador)

json-expected-comma-or-brace = era esperado `,` ou `{ "}" }`
json-expected-comma-or-bracket = era esperado `,` ou `]`
json-expected-colon = era esperado `:`
json-expected-value = era esperado um valor
json-trailing-comma = vírgula a mais depois do último item
json-trailing-characters = há caracteres a mais depois do fim dos dados
json-key-not-string = o nome do campo deve ser um texto entre aspas
json-eof = o arquivo termina cedo demais: falta fechar um colchete, uma chave ou aspas
json-control-character = caractere de controle encontrado em um texto; mantenha cada texto em uma só linha
json-invalid-escape = sequência de escape inválida depois de \
json-invalid-number = número inválido
json-too-deep = limite de aninhamento excedido: há listas ou objetos demais um dentro do outro

## Segurança

safety-not-advice = O Posewise guia você nos exercícios que o seu profissional de saúde escolheu. Ele não dá nenhum aconselhamento médico. Siga o plano do seu fisioterapeuta ou médico, mova-se com suavidade e pare um exercício se a sua dor piorar.
safety-red-flags-intro = Não faça exercícios se a dor nas costas vier acompanhada de qualquer um destes sinais:
safety-emergency-heading = Procure atendimento de emergência agora
safety-emergency-intro = Vá a um pronto-socorro ou ligue para o número de emergência agora se você tiver:
safety-same-day-heading = Consulte um médico hoje
safety-same-day-intro = Ligue hoje para o seu médico ou para um serviço de pronto atendimento, antes de fazer exercícios, se você tiver:
safety-outlook = Os espasmos nas costas costumam melhorar em três a seis semanas, e continuar se movimentando com suavidade ajuda a acalmá-los.

## Números, durações e datas

# Entre os itens de uma lista: "30 s × 3, dos dois lados, descanso de 10 s".
list-separator = { ", " }
unit-seconds-short = { $seconds } s
duration-s = { $s } s
duration-min = { $m } min
duration-min-s = { $m } min { $s } s
duration-h-min = { $h } h { $m } min
date-long = { $day } de { $month } de { $year }
date-short = { $day } de { $month }
month =
    { $month ->
        [jan] janeiro
        [feb] fevereiro
        [mar] março
        [apr] abril
        [may] maio
        [jun] junho
        [jul] julho
        [aug] agosto
        [sep] setembro
        [oct] outubro
        [nov] novembro
       *[dec] dezembro
    }
month-short =
    { $month ->
        [jan] jan
        [feb] fev
        [mar] mar
        [apr] abr
        [may] mai
        [jun] jun
        [jul] jul
        [aug] ago
        [sep] set
        [oct] out
        [nov] nov
       *[dec] dez
    }
weekday =
    { $day ->
        [mon] segunda-feira
        [tue] terça-feira
        [wed] quarta-feira
        [thu] quinta-feira
        [fri] sexta-feira
        [sat] sábado
       *[sun] domingo
    }
weekday-short =
    { $day ->
        [mon] seg
        [tue] ter
        [wed] qua
        [thu] qui
        [fri] sex
        [sat] sáb
       *[sun] dom
    }

## A dose de uma etapa e a prescrição de uma rotina

# "30 s × 3"
dose-reps = { $hold } × { $reps }
dose-sets = { $sets } séries
dose-both-sides = dos dois lados
dose-left-side = lado esquerdo
dose-right-side = lado direito
dose-rest = descanso de { $rest }
rhythm-in = inspire { $seconds }
rhythm-hold = segure o ar { $seconds }
rhythm-out = expire { $seconds }
rhythm-hold-empty = segure sem ar { $seconds }
often-times-a-day =
    { $count ->
        [1] Uma vez por dia
        [2] Duas vezes por dia
       *[other] { $count } vezes por dia
    }
often-days-a-week =
    { $count ->
        [7] todos os dias
        [one] { $count } dia por semana
       *[other] { $count } dias por semana
    }
often-weeks =
    { $count ->
        [one] durante { $count } semana
       *[other] durante { $count } semanas
    }

## O folheto impresso

handout-from = De: { $author }
handout-length =
    { $steps ->
        [one] { $steps } etapa, cerca de { $length } no total
       *[other] { $steps } etapas, cerca de { $length } no total
    }
handout-written = escrito em { $date }
handout-how-often = Frequência:
handout-stop-and-get-help = Pare e procure ajuda
handout-about = cerca de { $length }
handout-note = Observação:
handout-rhythm = Ritmo: { $rhythm }.
handout-rhythm-nostrils = Ritmo: { $rhythm }, alternando as narinas.
handout-breathing = Respiração:
handout-take-care = Cuidados:
handout-avoid-if = Evite se:

## A sessão: fases e o painel de acompanhamento

phase-get-ready = Prepare-se
phase-hold = Mantenha
phase-rest = Descanso
phase-switch-sides = Troque de lado
phase-set-rest = Descanso entre séries
phase-breathe-in = Inspire
phase-hold-in = Segure o ar
phase-breathe-out = Expire
phase-hold-out = Segure, com os pulmões vazios
side-left = esquerdo
side-right = direito
board-breath = Respiração { $n } de { $of }
board-step = Etapa { $n } de { $of }
board-next = A seguir: { $pose }, { $length }
board-time-left = Tempo restante: { $time }
board-left-next = A seguir: lado esquerdo
board-right-next = A seguir: lado direito
board-left-first = Primeiro o lado esquerdo
board-right-first = Primeiro o lado direito
board-left-side = Lado esquerdo
board-right-side = Lado direito
board-rep = Repetição { $n } de { $of }
board-set = Série { $n } de { $of }
runner-paused = Em pausa
runner-left-nostril = Narina esquerda
runner-right-nostril = Narina direita
cli-error = erro: { $message }
cli-valid =
    ok: "{ $title }", { $steps ->
        [one] { $steps } etapa
       *[other] { $steps } etapas
    }, { $length }
cli-pose = { $kind }, { $seconds } s
cli-pose-each-side = { $kind }, de cada lado, { $seconds } s
cli-unknown-pose-near = postura desconhecida '{ $pose }'; você quis dizer '{ $near }'?
cli-unknown-pose = postura desconhecida '{ $pose }'
cli-no-illustration = '{ $pose }' não tem ilustração
cli-cannot-write-handout = não foi possível gravar o folheto: { $error }; escolha um arquivo em uma pasta onde você tenha permissão para gravar
cli-handout-written =
    folheto de "{ $title }", { $steps ->
        [one] { $steps } etapa
       *[other] { $steps } etapas
    }

## Problemas em arquivos: "arquivo:linha:coluna: erro: …"

problem-error = erro: { $message }
problem-more =
    { $count ->
        [one] … e mais { $count } problema
       *[other] … e mais { $count } problemas
    }

## Tipos de exercício

kind-stretch = alongamento
kind-pose = postura
kind-breathing = respiração
kind-relaxation = relaxamento
editor-unknown-pose = postura desconhecida
editor-custom-exercise = exercício personalizado
settings-title = Ajustes
settings-sound = Som
settings-volume = Volume: { $percent } %
settings-mute = Silenciar todos os sons (M durante uma sessão)
settings-voice = Avisos falados
settings-beeps = Bipes de contagem regressiva antes de cada mudança
settings-breath-tone = Um som suave que acompanha cada respiração
settings-sessions = Sessões
settings-own-get-ready = Usar o tempo de preparação de cada rotina
settings-get-ready = Prepare-se: { $seconds } s antes de cada exercício
settings-looks = Aparência
settings-language = Idioma
settings-language-system = Seguir o sistema
settings-theme = Tema
theme-system = Seguir o sistema
theme-light = Claro
theme-dark = Escuro
settings-reduce-motion = Reduzir movimento: círculo de respiração parado, controles sempre visíveis
settings-text-size = Tamanho do texto: { $percent } %
settings-your-data = Seus dados
settings-open-folder = Abrir a pasta
settings-safety = Segurança
settings-read-safety = Ler o aviso de segurança e os sinais de alerta
tab-today = Hoje
tab-routines = Rotinas
tab-poses = Posturas
tab-history = Histórico
tab-settings = Ajustes
tab-safety = Segurança
# Um atalho de teclado: Ctrl e um dígito.
key-ctrl = Ctrl+{ $n }
key-enter = Enter
key-space = Espaço
key-esc = Esc
notice-dismiss = Dispensar
safety-close = Fechar
safety-understood = Entendi
safety-before-you-start = Antes de começar
safety-keys = Teclas: Ctrl+1 a Ctrl+5 abrem Hoje, Rotinas, Posturas, Histórico e Ajustes; F1 mostra isto de novo. Em uma sessão: Espaço pausa, H avisa que está doendo, Esc encerra.
# "domingo, 1 de junho": a data de hoje, no alto da página Hoje.
date-day = { $weekday }, { $day } de { $month }
settings-no-data-folder = Sem pasta de dados
settings-sound-opens-later = A saída de som é aberta quando uma sessão começa.
today-interrupted = Interrompida aos { $into } de sessão, em { $date }, às { $time }. Retome de onde você parou ou descarte a sessão.
notice-write-unfinished = O Posewise não conseguiu terminar de gravar um arquivo.
notice-cannot-open-folder = Não foi possível abrir { $folder } ({ $error }); abra a pasta no seu gerenciador de arquivos.
today-title = Hoje
today-no-routine = Nenhuma rotina ainda
today-choose-routine = Escolher rotina
# O botão grande: "Iniciar: Alívio do espasmo nas costas (6 min)".
today-start = Iniciar: { $title } ({ $length })
today-start-short = Iniciar
today-open = Abrir
today-enter-starts = Enter inicia a rotina.
today-your-routines = Suas rotinas
today-see-history = Ver histórico
today-browse-poses = Ver posturas
today-new-routine = Nova rotina
today-due-now = Está na hora
today-due-at = { $title }, horário previsto: { $time }
today-interrupted-title = A rotina "{ $title }" foi interrompida
today-resume = Retomar
today-discard = Descartar
today-no-streak = Nenhuma sequência ainda
today-streak =
    { $days ->
        [one] Sequência de { $days } dia
       *[other] Sequência de { $days } dias
    }
today-last-pain = Última sessão: dor { $before } antes, { $after } depois
today-no-pain = Nenhuma avaliação de dor ainda
today-done-over = Feitas hoje: { $done } (prescrição: { $prescribed })
today-done-of = { $done } de { $prescribed } feitas hoje
today-done = Feita hoje
today-not-done = Não feita hoje
days-every = Todos os dias
days-weekdays = Seg–Sex
days-none = Nenhum dia
reminder-not-a-time = “{ $text }” não é um horário: escreva-o como 18:00
runner-controls-hidden = Espaço pausa · qualquer tecla ou movimento do ponteiro mostra os controles
runner-sound-starting = Preparando o som…
runner-hide = Ocultar
runner-pain-before = Dor agora, de 0 a 10 (opcional)
runner-continue = Continuar
runner-pause = Pausar
runner-sound-on = Ativar som
runner-mute = Silenciar
runner-back = Voltar
runner-next = Avançar
runner-hurts = Está doendo
runner-quieter = Som mais baixo
runner-louder = Som mais alto
runner-stop = Parar
runner-stop-ask = Parar a sessão?
runner-stop-logged = Ela fica registrada como não concluída.
runner-keep-going = Continuar
runner-hurts-title = Está doendo: e agora?
runner-hurts-noted = Isso fica anotado para o seu fisioterapeuta. Dor aguda ou que está aumentando: pule este exercício ou pare.
runner-hurts-easier = Mais fácil: manter por menos tempo
runner-hurts-skip = Pular este exercício
runner-hurts-gently = Continuar com suavidade
runner-hurts-stop = Parar a sessão
runner-take-care = Cuidados
runner-avoid-if = Evite se
key-left-arrow = Seta esquerda
key-right-arrow = Seta direita
summary-detail = { $title }: { $active } de exercício, { $done } de { $total } etapas.
summary-painful-marked = As etapas dolorosas ficam marcadas no seu histórico.
summary-stopped = Sessão interrompida
summary-well-done = Muito bem: sessão concluída
summary-complete = Sessão concluída
effort-easy = Fácil
effort-right = Na medida certa
effort-hard = Difícil
summary-pain-now-before = Dor agora, de 0 (nenhuma) a 10 (a pior); antes da sessão: { $before }
summary-pain-now = Dor agora, de 0 (nenhuma) a 10 (a pior)
summary-pain-went-up = Sua dor está mais forte do que antes da sessão. Descanse hoje e mova-se com suavidade; se ela continuar mais forte, avise o seu fisioterapeuta antes da próxima sessão.
summary-how-hard = Quão difícil foi?
summary-note = Observação (opcional)
summary-note-placeholder = Como foi?
summary-discard-ask = Deixar esta sessão fora do seu histórico?
summary-discard = Descartar
summary-keep = Manter (Esc)
summary-save = Salvar
summary-discard-more = Descartar…
summary-enter-saves = Enter salva. Todas as avaliações são opcionais.
range-in-weeks = nas últimas { $weeks } semanas
range-in-months = nos últimos { $months } meses
range-in-year = no último ano
range-in-all = no total
range-weeks = Últimas { $weeks } semanas
range-months = Últimos { $months } meses
range-year = Último ano
range-all = Todo o período
history-all-routines = Todas as rotinas
history-stopped-after = interrompida após { $done } de { $total } etapas
history-pain = dor { $before } → { $after }
history-effort = esforço: { $effort }
history-effort-easy = fácil
history-effort-right = na medida certa
history-effort-hard = difícil
# "dom, 1 de junho de 2025, 18:00"
history-when = { $weekday }, { $date }, { $time }
history-adherence = { $title }: { $done } de { $prescribed } sessões prescritas, { $percent } %
history-adherence-free =
    { $title }: { $done ->
        [one] { $done } sessão concluída (sem prescrição)
       *[other] { $done } sessões concluídas (sem prescrição)
    }
history-warning = { $warning } ({ $first } e { $second })
# "24 sessões, 310 min nas últimas 12 semanas · sequência de 5 dias (recorde: 12)"
history-headline =
    { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    }, { $minutes } min { $range } · sequência de { $streak ->
        [one] { $streak } dia
       *[other] { $streak } dias
    } (recorde: { $longest })
warning-pain-rose = A dor ficou 2 ou mais pontos mais alta depois da sessão do que antes dela, em duas sessões seguidas: considere entrar em contato com o seu fisioterapeuta.
report-disclaimer = O Posewise não dá nenhum aconselhamento médico. Este relatório lista o que o paciente registrou; quem o avalia é o fisioterapeuta ou o médico.
history-save-report = Salvar relatório…
key-ctrl-s = Ctrl+S
history-title = Histórico
history-show = Mostrar
history-empty = Nenhuma sessão registrada ainda: conclua uma sessão e ela aparecerá aqui.
history-go-today = Ir para Hoje
history-calendar-facts =
    { $days ->
        [one] { $days } dia com exercício, { $minutes } min
       *[other] { $days } dias com exercício, { $minutes } min
    }
history-adherence-title = Adesão
history-pain-title = Dor antes e depois
history-pain-weekly = Muitas sessões: cada ponto é a média de uma semana.
history-pain-ring = Um anel marca quando a dor depois foi maior do que antes.
history-minutes-title = Minutos por semana
history-minutes-note = Cada barra é uma semana, de segunda a domingo, identificada pela sua segunda-feira; a última é a semana atual até agora.
history-sessions = Sessões
history-no-match = Nenhuma sessão com estes filtros.
history-earlier =
    { $count ->
        [one] … e { $count } sessão anterior
       *[other] … e { $count } sessões anteriores
    }
# "A dor depois das sessões caiu de 4,3 para 1,7 e então subiu para 4,4 em 5 semanas."
pain-none = Nenhuma sessão neste período tem a dor avaliada antes e depois.
pain-fell-rose =
    A dor depois das sessões caiu de { $from } para { $low } e então subiu para { $to } em { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
pain-rose-fell =
    A dor depois das sessões subiu de { $from } para { $high } e então caiu para { $to } em { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
pain-stayed =
    A dor depois das sessões ficou em cerca de { $at } ao longo de { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
pain-fell =
    A dor depois das sessões caiu de { $from } para { $to } em { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
pain-rose =
    A dor depois das sessões subiu de { $from } para { $to } em { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
chart-less = Menos
chart-more = Mais
chart-pain-axis = Dor (0–10)
chart-before = antes
chart-after = depois
chart-minutes = Minutos
chart-target = meta de { $minutes } min por semana
back = ‹ Voltar
# "alongamento · 30 s de cada lado"
pose-facts = { $kind } · { $hold }
pose-facts-each-side = { $kind } · { $hold } de cada lado
routines-routines = Rotinas
routines-open-a-file = Abrir arquivo…
routines-new-routine = Nova rotina
routines-up-and-down-choose = As setas para cima e para baixo escolhem, Enter abre, Espaço inicia, F2 renomeia, Delete exclui, Ctrl+O abre um arquivo.
routines-duplicate-it-to-change = Duplique-a para alterá-la ou renomeá-la
routines-start = Iniciar
routines-rename-routine = Renomear rotina
routines-rename = Renomear
routines-cancel = Cancelar
routines-the-file-is-removed = O arquivo é removido das suas rotinas. O seu histórico mantém as sessões dessa rotina.
routines-delete = Excluir
pose-page-how-to-do-it = Como fazer
pose-page-what-it-helps = Para que serve
pose-page-breathing = Respiração
pose-page-take-care = Cuidados
pose-page-avoid-if = Evite se
pose-page-enter-adds-it-esc = Enter adiciona, Esc volta.
pose-page-add-to-a-routine = Adicionar a uma rotina
pose-page-add-it-to = Adicionar a
routine-page-start = Iniciar
routine-page-enter-starts-esc-goes = Enter inicia, Esc volta, Ctrl+S salva uma cópia do arquivo.
reminders-remind-me-at-these = Lembrar-me nestes horários
reminders-at = Às
reminders-remove = Remover
reminders-add-a-time = Adicionar horário
reminders-on = Nos dias
reminders-reminders = Lembretes
reminders-pick-at-least-one = Escolha pelo menos um dia; caso contrário, não há do que lembrar.
reminders-add-a-time-or = Adicione um horário; caso contrário, não há do que lembrar.
poses-back-to-the-editor = Voltar ao editor
routines-open = Abrir
routines-duplicate = Duplicar
routines-bundled = Vem com o Posewise
routines-own = Sua
# "6 min · 4 etapas · Sua"
routines-line =
    { $length } · { $steps ->
        [one] { $steps } etapa
       *[other] { $steps } etapas
    } · { $origin }
routines-title-placeholder = Título
routines-delete-ask = Excluir "{ $title }"?
poses-no-match = Nenhuma postura corresponde a “{ $query }”. Tente com menos letras ou adicione um exercício personalizado no editor.
poses-add-title = Adicionar uma postura
poses-add-hint = Escolha uma postura para “{ $routine }”. Esc volta ao editor.
poses-title = Posturas
poses-hint = { $count } posturas e exercícios. Digite para pesquisar; Enter abre a primeira.
poses-all = Todas
poses-stretches = Alongamentos
poses-poses = Posturas
poses-breathing = Respiração
poses-relaxation = Relaxamento
poses-shown = Exibidas: { $count }
poses-search = Pesquisar posturas: nome, sânscrito ou inglês
pose-page-being-edited = { $title } (em edição)
pose-page-new-routine = Uma nova rotina
routine-page-edit = Editar
routine-page-edit-copy = Editar uma cópia
routine-page-add-pose = Adicionar postura
routine-page-see-history = Ver histórico
routine-page-save-as = Salvar como…
routine-page-handout = Folheto para imprimir…
routine-page-facts =
    { $steps ->
        [one] { $steps } etapa, { $length } no total
       *[other] { $steps } etapas, { $length } no total
    }
routine-page-from = De: { $author }
reminders-explain-on = Uma notificação na área de trabalho aparece em cada horário, com Iniciar e Mais tarde (de novo em 30 minutos), a menos que você já tenha feito a rotina.
reminders-explain-off = Desativados. Os horários iniciais vêm da prescrição; altere-os como quiser.
files-added = Adicionada às suas rotinas. A partir de agora, você pode iniciá-la em Hoje e em Rotinas.
files-already-bundled = Esta rotina vem com o Posewise, então ela já está nas suas rotinas.
files-already-there = Esta rotina já está nas suas rotinas, então não foi copiada de novo.
files-cannot-open =
    Não foi possível abrir “{ $name }”:
    { $error }
files-open-title = Abrir uma rotina
files-filter-routine = Rotina do Posewise
files-save-copy-title = Salvar uma cópia da rotina
files-saved-copy = Cópia salva em { $path }
files-cannot-save = Não foi possível salvar em { $path }: { $error }. Escolha uma pasta onde você tenha permissão para gravar.
files-save-handout-title = Salvar o folheto
files-saved-handout = Folheto salvo em { $path }: abra-o em um navegador para imprimi-lo.
session-running = Uma sessão de exercícios guiada está em andamento
session-sound-through = O som sai por { $name }.
session-no-data-folder = Não há pasta de dados, então esta sessão não foi registrada.
session-waiting-saved = As sessões que estavam aguardando agora estão salvas no seu histórico.
session-waiting-lost = As sessões que aguardavam para ser salvas foram perdidas.
reminders-check-failed = Não foi possível configurar a verificação de lembretes: { $error }
reminders-check-removed = Os lembretes estão desativados; a verificação de lembretes foi removida.
reminders-check-not-removed = Não foi possível remover a verificação de lembretes: { $error }
report-save-title = Salvar o relatório
report-filter-html = Página da web (HTML)
report-filter-csv = Planilha (CSV)
report-cannot-save = Não foi possível salvar o relatório em { $path }: { $error }. Escolha uma pasta onde você tenha permissão para gravar.
editor-sides-default = Como o exercício indica
editor-sides-both = Os dois lados
editor-sides-left = Só o esquerdo
editor-sides-right = Só o direito
editor-sides-none = Sem lados
editor-not-saved =
    { $count ->
        [one] Não salvo: primeiro corrija o problema marcado abaixo.
       *[other] Não salvo: primeiro corrija os { $count } problemas marcados abaixo.
    }
session-kept-in-memory = O Posewise mantém a sessão na memória e a salva assim que puder
session-waiting = ({ $count } aguardando): ele tenta de novo a cada { $seconds } segundos e quando você fecha a janela.
editor-save = Salvar
editor-unsaved-changes = Alterações não salvas
editor-title = Título
editor-from = De
editor-get-ready-s = Preparação (s)
editor-times-a-day = Vezes por dia
editor-days-a-week = Dias por semana
editor-for-how-many-weeks = Por quantas semanas
editor-notes = Observações
editor-enter-saves-esc-keeps = Enter salva, Esc continua a edição.
editor-drag = Arrastar
editor-up = Subir
editor-down = Descer
editor-duplicate = Duplicar
editor-remove = Remover
editor-remove-line = Remover linha
editor-instructions = Instruções
editor-add-a-line = Adicionar linha
editor-done-on-each-side = Feito de cada lado
editor-own-breathing-rhythm = Ritmo de respiração próprio
editor-alternate-nostrils = Alternar as narinas
editor-edit-routine = Editar rotina
editor-total =
    { $steps ->
        [one] { $steps } etapa · { $length } no total
       *[other] { $steps } etapas · { $length } no total
    }
editor-total-unknown =
    { $steps ->
        [one] { $steps } etapa · corrija os campos marcados para ver o tempo total
       *[other] { $steps } etapas · corrija os campos marcados para ver o tempo total
    }
editor-title-placeholder = Título da rotina
editor-author-placeholder = Fisioterapeuta ou clínica
editor-notes-placeholder = Para o paciente
editor-save-before-closing = Salvar as alterações antes de fechar?
editor-save-before-leaving = Salvar as alterações antes de sair?
editor-unsaved-untitled = Esta rotina tem alterações que ainda não foram salvas.
editor-unsaved-titled = “{ $title }” tem alterações que ainda não foram salvas.
editor-same-as-rest = igual ao descanso
editor-optional = Opcional
editor-what-to-do = O que fazer
editor-name-placeholder = ex.: Rotação dos ombros
editor-in-s = Inspirar (s)
editor-hold-s = Manter (s)
editor-out-s = Expirar (s)
editor-hold-after-s = Manter sem ar (s)
editor-step-field = Etapa { $step }, { $field }
editor-more-problems = … e mais { $count }, marcados abaixo
field-routine = Rotina
field-title = Título
field-author = De
field-notes = Observações
field-get-ready = Preparação
field-times-per-day = Vezes por dia
field-days-per-week = Dias por semana
field-weeks = Semanas
field-steps = Etapas
field-step = Etapa
field-exercise = Exercício
field-name = Nome
field-instructions = Instruções
field-hold = Manter
field-reps = Repetições
field-sets = Séries
field-rest = Descanso
field-set-rest = Descanso entre séries
field-sides = Lados
field-breathing = Respiração
field-note = Observação
editor-undo = Desfazer
editor-redo = Refazer
editor-save-changes = Salvar alterações
editor-discard-changes = Descartar alterações
editor-keep-editing = Continuar editando
editor-reps = Repetições
editor-sets = Séries
editor-rest-s = Descanso (s)
editor-rest-between-sets-s = Descanso entre séries (s)
editor-sides = Lados
editor-note-for-this-step = Observação para esta etapa
editor-name = Nome
editor-add-pose = Adicionar postura…
editor-add-custom-exercise = Adicionar exercício personalizado
sound-no-device = Nenhum dispositivo de som: os avisos aparecem na tela.
sound-unsupported = O dispositivo de som não consegue tocar os avisos: eles aparecem na tela.
report-title = Relatório do Posewise
report-heading = Relatório de exercícios
report-heading-for = Relatório de exercícios — { $name }
report-meta =
    { $since } a { $until } · escrito em { $written } · { $sessions ->
        [one] { $sessions } sessão registrada
       *[other] { $sessions } sessões registradas
    }
report-warning = { $warning } ({ $first } e { $second })
report-done-of = { $done } de { $count }
report-card-completed = sessões concluídas
report-card-adherence = adesão à prescrição
report-card-exercise = de exercício
report-card-pain = dor depois − antes, em média
report-no-prescription = sem prescrição
report-times-a-day = { $count }× por dia
report-routines = Rotina e prescrição
report-routine = Rotina
report-prescription = Prescrição
report-done = Feitas
report-prescribed = Prescritas
report-adherence = Adesão
report-per-week = Prescritas e feitas, por semana
report-sessions-per-week = sessões por semana
report-minutes-per-week = minutos por semana
report-bars-key = Barras: sessões concluídas; traços: sessões prescritas.
report-week-of = Semana de
report-no-pain = Nenhuma sessão teve a dor avaliada.
report-pain-title = Dor antes e depois (0–10)
report-rated = Sessões avaliadas de { $since } a { $until }: { $count }
report-painful = Exercícios marcados como dolorosos
report-none = Nenhum.
report-no-notes = Nenhuma observação.
# As letras p, n, b, h, q são teclas digitadas: mantenha-as.
play-keys = Teclas (depois Enter): nada ou p pausa/continua, n avança, b volta, h está doendo, q encerra.
play-stopped-before-start = Interrompida antes do início.
play-pain-now = Dor agora, 0–10 (Enter para pular):
# "easy", "right" e "hard" são respostas digitadas: mantenha-as em inglês.
play-effort = Quão difícil foi: easy (fácil), right (na medida certa), hard (difícil)? (Enter para pular)
play-effort-again = Digite easy, right ou hard.
play-paused = Em pausa. Pressione Enter para continuar.
play-continuing = Continuando.
play-hurts-noted = Anotado: a etapa { $step } está doendo. Isso ficará no registro da sessão. Continue com suavidade; n pula este exercício, q encerra.
play-complete = Sessão concluída: { $active } de exercício.
play-stopped-after = Interrompida após { $active }.
play-pain-again = Digite um número inteiro de 0 a { $most } ou pressione Enter para pular.
play-rep = repetição { $n }/{ $of }
play-set = série { $n }/{ $of }
cli-saved-history = Salva no seu histórico.
cli-expected-date = era esperada uma data como 2026-03-01 (ano-mês-dia)
cli-since-after-until = --since { $since } é posterior a --until { $until }; informe primeiro a data mais antiga
cli-no-such-routine-near = nenhuma sessão de uma rotina '{ $routine }' em { $file }; você quis dizer '{ $near }'?
cli-no-such-routine = nenhuma sessão de uma rotina '{ $routine }' em { $file }
cli-no-sessions = Nenhuma sessão registrada neste período ainda.
cli-session-done = concluída, { $minutes } min
cli-session-stopped = interrompida, { $minutes } min
cli-streak =
    Sequência: { $current ->
        [one] { $current } dia
       *[other] { $current } dias
    } (recorde: { $longest ->
        [one] { $longest } dia
       *[other] { $longest } dias
    }).
cli-adherence = Adesão, { $title }: { $done } de { $prescribed } sessões prescritas ({ $percent } %), de { $since } a { $until }.
cli-adherence-free =
    { $title }: { $done ->
        [one] { $done } sessão concluída
       *[other] { $done } sessões concluídas
    }; sem prescrição para comparar.
cli-pain-change =
    Dor: depois menos antes dá { $change }, em média, em { $count ->
        [one] { $count } sessão avaliada
       *[other] { $count } sessões avaliadas
    }.
cli-marked-painful =
    Marcada como dolorosa: { $title }, etapa { $step } { $name } ({ $count ->
        [one] { $count } vez
       *[other] { $count } vezes
    }).
cli-warning = Observação ({ $first } e { $second }): { $warning }
cli-too-many-files = { $count } arquivos informados; importe no máximo { $most } de cada vez
cli-imported = "{ $title }" importada para as suas rotinas como { $path }
cli-already-there = "{ $title }" já está nas suas rotinas ({ $path })
cli-already-bundled = "{ $title }" já está nas suas rotinas: ela vem com o Posewise
cli-no-routine-called = nenhuma rotina chamada "{ $name }" nas suas rotinas; informe o título ou o nome do arquivo dela como o `posewise` os mostra na página Rotinas do aplicativo
cli-cannot-export-unreadable = esta rotina não pode ser lida, então não pode ser exportada; corrija o arquivo
cli-file-exists = o arquivo já existe; escolha outro nome ou adicione --force para substituí-lo
cli-export-not-read-back = o arquivo exportado não poderia ser lido de volta
cli-export-not-same = o arquivo exportado não seria lido de volta como a mesma rotina
cli-cannot-write-routine = não foi possível gravar a rotina: { $error }; verifique se a pasta existe e se você tem permissão para gravar nela
cli-exported = "{ $title }" exportada para { $path }
cli-out-is-folder = --out é uma pasta; informe um nome de arquivo como report.html
cli-cannot-write-report = não foi possível gravar o relatório: { $error }; escolha um arquivo em uma pasta onde você tenha permissão para gravar
cli-report-written =
    { $count ->
        [one] { $count } sessão de { $since } a { $until }
       *[other] { $count } sessões de { $since } a { $until }
    }
cli-no-data-folder = não há pasta de dados para guardar as sessões; defina POSEWISE_DATA_DIR
cli-nothing-to-resume = Não há nenhuma sessão interrompida para retomar.
cli-default-settings = { $reason }; usando as configurações padrão
cli-nothing-to-discard = Não há nenhuma sessão interrompida para descartar.
cli-discarded-of = A sessão interrompida de "{ $title }" foi descartada.
cli-discarded = A sessão interrompida foi descartada.
date-medium = { $day } de { $month } de { $year }

cli-no-display = não há tela para abrir a janela (nem DISPLAY nem WAYLAND_DISPLAY está definido); os comandos de `posewise --help` funcionam sem tela
cli-cannot-open-window = não é possível abrir a janela: { $error }

library-not-found = não há nenhuma rotina '{ $key }' nas suas rotinas; ela pode ter sido excluída nesse meio-tempo: abra de novo a página Rotinas e escolha-a outra vez
library-read-only = "{ $title }" vem com o Posewise e não pode ser alterada nem excluída; duplique-a para ter uma cópia sua
library-broken =
    { $action ->
        [duplicated] esta rotina não pode ser lida, então não pode ser duplicada; corrija o arquivo ou exclua-o
       *[renamed] esta rotina não pode ser lida, então não pode ser renomeada; corrija o arquivo ou exclua-o
    }
library-title = um título deve ter de 1 a { $most } caracteres em uma só linha; { $problem }
library-not-imported = O Posewise não importou este arquivo; corrija-o ou escolha outro e importe-o de novo
library-cannot-delete = não foi possível excluir a rotina: { $error }; verifique se você tem permissão para gravar na pasta
library-full = a pasta já tem { $limit } rotinas, o máximo que o Posewise lista; exclua algumas antes de adicionar outra
library-no-free-name = não há um nome de arquivo livre para "{ $title }"; dê outro título à rotina ou organize a pasta
history-cannot-read = não foi possível ler o histórico de sessões: { $error }; verifique as permissões do arquivo
history-cannot-write = não foi possível adicionar a sessão ao histórico: { $error }; verifique se o disco não está cheio e se você tem permissão para gravar na pasta
history-too-large = o histórico tem { $size } bytes, mais do que os { $limit } bytes que o Posewise lê; renomeie o arquivo (guarde-o para os seus registros) e o Posewise começará um novo
history-not-a-file = o histórico não é um arquivo comum; mova-o para outro lugar para que o Posewise possa guardar o histórico ali
history-no-data-folder = não há pasta de dados para guardar o histórico; defina POSEWISE_DATA_DIR
routine-cannot-read = não foi possível ler o arquivo: { $error }
routine-cannot-save = não foi possível salvar a rotina: { $error }; verifique se a pasta existe e se você tem permissão para gravar nela
file-missing = esse arquivo não existe
file-not-utf8 = o arquivo não é um texto UTF-8
file-not-object = era esperado um objeto JSON { "{" } … { "}" }
file-cut-short = o arquivo termina cedo demais: ele está incompleto
settings-cannot-save = não foi possível salvar os ajustes: { $error }; verifique se você tem permissão para gravar na pasta e se o disco não está cheio
settings-unreadable = não foi possível ler os ajustes ({ $reason })
settings-unreadable-defaults = não foi possível ler os ajustes ({ $reason }); o Posewise está usando os valores padrão; verifique as permissões do arquivo ou mova-o para outro lugar
settings-set-aside = não foi possível ler os ajustes ({ $reason }); o Posewise está usando os valores padrão e guardou o arquivo como { $name }
settings-not-set-aside = não foi possível ler os ajustes ({ $reason }); o Posewise está usando os valores padrão, mas não conseguiu renomear o arquivo para { $name } ({ $error }); corrija-o ou exclua-o, senão a sua próxima alteração vai substituí-lo
checkpoint-discard = execute `posewise resume --discard` para descartar a sessão interrompida
checkpoint-cannot-save = não foi possível salvar o ponto de retomada da sessão: { $error }; a sessão continua, mas não poderá ser retomada se o Posewise fechar inesperadamente
checkpoint-cannot-delete = não foi possível excluir o ponto de retomada da sessão: { $error }; exclua o arquivo manualmente
checkpoint-cannot-read = não foi possível ler o ponto de retomada da sessão: { $error }; verifique as permissões do arquivo ou { $discard }
checkpoint-damaged = o ponto de retomada da sessão interrompida está danificado: { $reason }; { $discard }
checkpoint-newer = este ponto de retomada foi gravado por uma versão mais nova do Posewise (versão { $version } do ponto de retomada); atualize o Posewise ou execute `posewise resume --discard`
checkpoint-routine-invalid = a rotina da sessão interrompida não é válida; { $discard }
library-not-a-file = é uma pasta ou um dispositivo, não um arquivo de rotina
title-empty = ele está vazio: digite um
title-line-break = ele tem uma quebra de linha ou um caractere de controle: mantenha-o em uma só linha
title-too-long = ele tem { $length } caracteres: encurte-o
history-line-skipped = aviso: esta linha do histórico foi ignorada: { $reason }; ela continua no arquivo do jeito que está
history-line-too-long = a linha tem mais de { $most } bytes
history-line-not-utf8 = a linha não é um texto UTF-8
history-line-newer = gravada por uma versão mais nova do Posewise (versão { $version } do registro); atualize o Posewise para lê-la
history-line-not-record = não é um registro de sessão: { $error }
history-line-pain = "{ $field }" deve ser de 0 a { $most }
history-line-steps = números de etapa além das etapas da rotina
history-line-note = a observação tem mais de { $most } caracteres
history-line-times = "ended_at" é anterior a "started_at"
history-line-week = "week" deve estar entre 1 e { $most }
history-line-format = "format" é "{ $found }", e não "{ $format }"
history-line-version = versão { $found } do registro (esta versão do Posewise lê a versão { $version }); atualize o Posewise para lê-la

schedule-timer = Os lembretes são verificados a cada 15 minutos (timer de usuário do systemd posewise-remind.timer).
schedule-at-login = Os lembretes são verificados quando você faz login, não ao longo do dia: { $reason }.
desktop-use-sudo = Execute com sudo ou use --user para fazer isso só para você.
desktop-cannot = não foi possível { $doing }: { $error }
desktop-doing-install = instalar os arquivos de integração com a área de trabalho
desktop-doing-remove = remover os arquivos de integração com a área de trabalho
desktop-doing-schedule = configurar a verificação de lembretes
desktop-no-own-path = não foi possível { $doing }: não foi possível encontrar o caminho do próprio Posewise: { $error }
desktop-installed-into = Instalado em { $folder }:
desktop-menu-starts = O item do menu inicia { $program }.
desktop-default-set = Os arquivos de rotina (*.posewise.json) agora abrem no Posewise (padrão definido em { $list }).
desktop-offered = O Posewise agora aparece como opção para abrir arquivos de rotina (*.posewise.json); cada usuário pode defini-lo como padrão.
desktop-removed-check = Verificação de lembretes removida:
desktop-nothing-to-remove = Nada a remover em { $folder }.
desktop-removed-from = Removido de { $folder }:
desktop-no-longer-default = O Posewise não é mais o padrão em { $list }.
desktop-ran = { $program } foi executado.
desktop-skipped = { $program } foi ignorado: não está instalado (ele faz parte do pacote { $package }).
desktop-tool-failed = aviso: { $program } falhou: { $error } (os arquivos estão no lugar; fazer logout e login de novo também atualiza o menu).

## Added later: sound details, damaged checkpoints, desktop-install errors, and
## the command line's help and usage errors (see the English file for notes).

sound-no-output = Nenhuma saída de som ({ $reason }); os avisos aparecem só na tela.
sound-no-48k-stereo = A saída de som não consegue tocar som estéreo de 48 kHz; os avisos aparecem só na tela.
sound-no-default-device = não há dispositivo de saída padrão
sound-not-opened-again = não foi possível abri-la de novo
player-notice = nota: { $text }
player-sound-output = som: { $name }
checkpoint-not-object = não é um ponto de retomada do Posewise (um objeto JSON { "{" } … { "}" })
file-not-a-file = não é um arquivo
checkpoint-too-large = o arquivo tem mais de { $mib } MiB; um ponto de retomada é um texto pequeno, então não foi o Posewise que gravou este
checkpoint-missing = '{ $field }' está faltando; deve ser { $what }
checkpoint-not = '{ $field }' deve ser { $what }, encontrado: { $found }
checkpoint-something-else = outra coisa
checkpoint-kind-beeps = um número inteiro de bipes
checkpoint-kind-segment = um número de segmento
checkpoint-kind-milliseconds = um número inteiro de milissegundos
checkpoint-kind-path = um caminho de arquivo
checkpoint-kind-moment = uma data e hora como "2025-01-31T08:00:00+01:00"
checkpoint-kind-steps = uma lista de números de etapa
checkpoint-easier = 'easier' menciona a etapa { $step } duas vezes ou uma etapa além das { $steps } etapas da rotina (numeradas a partir de 0)
checkpoint-format = 'format' deve ser "{ $format }"; isto não é um ponto de retomada do Posewise
checkpoint-version = 'version' deve ser { $version }
checkpoint-no-routine = 'routine' está faltando
checkpoint-in-routine = na rotina da sessão: { $problem }
checkpoint-segment = 'segment' é { $segment }, mas a sessão tem só { $segments } segmentos
checkpoint-position = 'position_ms' é { $position } ms, além do fim da sessão ({ $total })
checkpoint-active = 'active_ms' é { $active_ms } ms ({ $active }), mais exercício do que cabe em uma sessão
desktop-no-home = não é possível saber onde fica a sua pasta de dados: defina HOME ou XDG_DATA_HOME
desktop-unusable-path = não é possível usar { $path } no item do menu: { $reason }
desktop-path-not-utf8 = não é um texto UTF-8 válido
desktop-path-not-absolute = não é um caminho absoluto
desktop-path-control-character = contém um caractere de controle
desktop-cannot-create = não foi possível criar { $path }: { $error }
desktop-cannot-write = não foi possível gravar { $path }: { $error }
desktop-cannot-read = não foi possível ler { $path }: { $error }
desktop-cannot-remove = não foi possível remover { $path }: { $error }
cli-about = Sessões guiadas e cronometradas de alongamento e yoga para cuidar das costas.
cli-about-long =
    Sessões guiadas e cronometradas de alongamento e yoga para cuidar das costas.
    
    Execute sem argumentos para abrir o aplicativo ou informe um arquivo de rotina para abri-lo.
    O Posewise não dá nenhum aconselhamento médico: siga o seu fisioterapeuta ou médico.
cli-heading-usage = Uso:
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opções
cli-usage-options = [OPÇÕES]
cli-builtin-help = Mostra a ajuda
cli-builtin-help-more = Mostra a ajuda (veja mais com '--help')
cli-builtin-help-summary = Mostra a ajuda (veja um resumo com '-h')
cli-builtin-version = Mostra a versão
cli-possible-values = [valores possíveis: { $values }]
cli-default = [padrão: { $value }]
cli-value-command = COMANDO
cli-value-file = ARQUIVO
cli-value-files = ARQUIVOS
cli-value-code = CÓDIGO
cli-value-id = ID
cli-value-n = N
cli-value-volume = VOLUME
cli-value-effort = ESFORÇO
cli-value-text = TEXTO
cli-value-routine = ROTINA
cli-value-date = DATA
cli-value-name = NOME
cli-value-format = FORMATO
cli-value-seconds = SEGUNDOS
cli-command-validate = Verifica arquivos de rotina; mostra cada problema como arquivo:linha:coluna.
cli-command-poses = Lista as posturas incluídas.
cli-command-pose-svg = Escreve a ilustração de uma postura (SVG) na saída padrão.
cli-command-plan = Mostra a linha do tempo de uma rotina: cada segmento e cada aviso.
cli-command-render-audio = Grava toda a trilha sonora da sessão (cada aviso no seu momento) como um arquivo WAV estéreo de 48 kHz.
cli-command-play = Executa uma sessão no terminal, com avisos sonoros e linhas de progresso.
cli-command-run = Abre a janela e inicia esta rotina imediatamente: um arquivo ou uma das suas rotinas, pelo título ou pelo nome do arquivo (como a página Rotinas a mostra).
cli-command-import = Verifica arquivos de rotina e os copia para as suas rotinas (a biblioteca do aplicativo); uma rotina que já está lá não é copiada de novo.
cli-command-export = Grava uma das suas rotinas (ou uma que vem com o Posewise) em um arquivo para compartilhar.
cli-command-resume = Retoma a sessão que foi interrompida (travamento, encerramento forçado, falta de energia).
cli-command-history = Lista as sessões registradas com um resumo: sequência, adesão, tendência da dor e eventuais alertas.
cli-command-report = Grava um relatório para o fisioterapeuta (CSV, JSON ou uma única página HTML independente, que pode ser impressa em A4).
cli-command-install-desktop = Adiciona o Posewise ao menu de aplicativos e faz com que os arquivos de rotina (*.posewise.json) abram nele com um clique duplo.
cli-command-uninstall-desktop = Remove o que install-desktop adicionou.
cli-command-handout = Grava um folheto de uma rotina para imprimir e entregar ao paciente: uma única página HTML independente, com a imagem, a dose e os cuidados de cada etapa, que pode ser impressa em A4.
cli-command-remind = Mostra uma notificação na área de trabalho para cada rotina cujo lembrete está na hora; um timer de usuário do systemd executa isto a cada 15 minutos.
cli-command-help = Mostra esta ajuda ou a ajuda do comando indicado
cli-option-posewise-file = Um arquivo de rotina (*.posewise.json) para abrir no aplicativo.
cli-option-file = O arquivo de rotina (*.posewise.json).
cli-option-run-file = Um arquivo de rotina ou uma das suas rotinas, pelo título ou pelo nome do arquivo.
cli-option-files = Um ou mais arquivos de rotina (*.posewise.json).
cli-option-lang = O idioma a usar: en, de, es, fr, pt-BR ou hi (padrão: o de LC_ALL, LC_MESSAGES ou LANG).
cli-option-poses-json = Mostra o catálogo completo em JSON.
cli-option-plan-json = Mostra em JSON: { "{" }"total_ms", "segments", "cues", "announcements"{ "}" }.
cli-option-history-json = Mostra em JSON: { "{" }"sessions", "summary", "skipped_lines"{ "}" }.
cli-option-pose-svg-id = Um id ou nome alternativo de postura, como balasana ou child-pose.
cli-option-countdown = Bipes de contagem regressiva antes do fim de cada posição mantida, descanso e preparação (0 a 10; 0 os desativa). O padrão é 3 ou, para play, o valor escolhido nos ajustes.
cli-option-render-audio-out = O arquivo WAV a gravar.
cli-option-volume = Volume, de 0 a 1.
cli-option-no-window = Executa sem janela (o reprodutor no terminal; o padrão para play).
cli-option-mute = Sem nenhum som (os avisos continuam sendo escritos no terminal).
cli-option-no-voice = Não fala os nomes das posturas (eles só são falados quando o espeak-ng está instalado).
cli-option-breath-tone = Um som suave que sobe a cada inspiração e desce a cada expiração.
cli-option-verbose = Informa qual sistema de som e qual dispositivo tocam os avisos.
cli-option-pain-before = Dor antes da sessão, de 0 (nenhuma) a 10.
cli-option-pain-after = Dor depois da sessão, de 0 (nenhuma) a 10.
cli-option-effort = Quão difícil foi a sessão: easy, right ou hard.
cli-option-note = Uma observação para o registro (e para o relatório do fisioterapeuta).
cli-option-export-routine = O título ou o nome do arquivo dela, como a página Rotinas os mostra.
cli-option-export-out = O arquivo a gravar.
cli-option-force = Substitui o arquivo se ele já existir.
cli-option-discard = Descarta a sessão interrompida em vez de retomá-la.
cli-option-routine = O título ou o id de uma rotina (como o histórico os mostra).
cli-option-since = O primeiro dia, como 2026-03-01.
cli-option-until = O último dia, como 2026-03-31.
cli-option-name = O nome do paciente, mostrado no alto.
cli-option-format = O que gravar.
cli-option-report-out = O arquivo a gravar (substituído por inteiro, nunca deixado pela metade).
cli-option-user = Só para você, em $XDG_DATA_HOME (padrão: ~/.local/share).
cli-option-system = Para todos, em /usr/local/share (requer sudo).
cli-option-handout-out = O arquivo HTML a gravar (substituído por inteiro, nunca deixado pela metade) ou - para a saída padrão.
cli-option-due = Anuncia os lembretes que estão na hora agora (o único modo por enquanto).
cli-option-remind-verbose = Informa o que foi decidido e por quê.
cli-option-wait = Quanto tempo esperar por Iniciar ou Mais tarde, em segundos (0 a 600).
cli-option-help-subcommand = O comando a explicar.
cli-unexpected-argument = argumento inesperado '{ $arg }'
cli-invalid-value = valor inválido '{ $value }' para '{ $arg }': { $reason }
cli-invalid-value-choose = valor inválido '{ $value }' para '{ $arg }'; use um destes: { $valid }
cli-value-needed = '{ $arg }' precisa de um valor
cli-missing-arguments = estes são obrigatórios e não foram informados: { $args }
cli-conflict = '{ $arg }' não pode ser usado junto com '{ $other }'
cli-given-twice = '{ $arg }' só pode ser informado uma vez
cli-wrong-number-of-values = número errado de valores para '{ $arg }'
cli-unreadable-command-line = não é possível ler a linha de comando
cli-tip-similar = dica: existe um parecido: '{ $near }'
cli-try-help = Para mais informações, tente '--help'.
cli-expected-whole-number = era esperado um número inteiro de 0 a { $most }
cli-expected-volume = era esperado um número de 0 a 1, como 0.8
cli-expected-effort = era esperado easy, right ou hard
cli-note-too-long = uma observação pode ter no máximo { $most } caracteres
cli-expected-moment = era esperada uma data e hora como 2026-11-27T18:00:00+01:00
cli-cannot-write-output = erro: não foi possível gravar a saída: { $error }
history-line-torn = a última linha está cortada (uma sessão estava sendo gravada quando o Posewise foi encerrado): { $reason }
settings-too-large = o arquivo tem { $size } bytes, mais do que os { $kib } KiB que um arquivo de ajustes pode ter

## Routine files of version 2: programmes that change week by week.

check-needs-version-2 = '{ $field }' precisa de "version": 2 no início do arquivo
check-id = 'id' deve ter de 1 a { $most } letras, dígitos, '-' ou '_', encontrado: { $found }
check-starts = 'starts' deve ser uma data como "2026-12-07", encontrado: { $found }
check-weeks-need-length = '{ $field }' precisa da duração do programa: adicione "weeks" à "prescription"
check-week-past-end = '{ $field }' é a semana { $week }, mas o programa tem só { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }
check-weeks-reversed = 'until_week' { $until } vem antes de 'from_week' { $from }; a etapa nunca seria executada
check-progress-not-list = 'progress' deve ser uma lista [ … ] de mudanças de dose, encontrado: { $found }
check-too-many-changes = 'progress' pode ter no máximo { $most } mudanças, uma por semana
check-what-change = a mudança { $number } de 'progress'
check-change-order = 'from_week' { $week } deve vir depois da semana { $before }, a semana da mudança anterior
check-change-outside = 'from_week' { $week } está fora das semanas em que a etapa é executada ({ $from } a { $until })
check-change-nothing = esta mudança não define nenhuma dose: adicione hold_seconds, reps, sets, rest_seconds, set_rest_seconds ou breathing
check-week-empty = nenhuma etapa é executada na semana { $week }; inclua uma etapa nessa semana ou diminua "weeks"
check-week-too-long = na semana { $week }, a sessão duraria { $hours } horas, mais do que { $most }; ela ultrapassa esse limite na etapa { $step }
cli-option-week = A semana de um programa que muda de semana para semana (padrão: a semana em que cai a data de hoje).
cli-expected-week = era esperado um número de semana de 1 a { $most }
plan-week = Semana { $week } de { $weeks }
plan-programme-complete = { $weeks ->
        [one] A semana do programa terminou
       *[other] As { $weeks } semanas do programa terminaram
    }; esta é a dose da última semana. Peça ao seu fisioterapeuta o próximo programa.
today-programme-complete-title = Programa concluído
week-change-step = { $name }: { $changes }
week-change-new = Novo nesta semana: { $name }
week-change-over = Removido: { $name } não faz mais parte do programa
week-change-hold = manter { $now } (antes { $was })
week-change-reps = { $now ->
        [one] { $now } repetição
       *[other] { $now } repetições
    } (antes { $was })
week-change-sets = { $now ->
        [one] { $now } série
       *[other] { $now } séries
    } (antes { $was })
week-change-rest = descanso de { $now } (antes { $was })
week-change-set-rest = descanso de { $now } entre séries (antes { $was })
week-change-breathing = ritmo da respiração ({ $now }; antes { $was })
field-from-week = A partir da semana
field-until-week = Até a semana
field-changes = Mudanças conforme a semana
field-change = Mudança { $row } conforme a semana
editor-total-weeks =
    { $steps ->
        [one] { $steps } etapa
       *[other] { $steps } etapas
    } · { $weeks }
editor-total-week = Semana { $week }: { $length }
editor-from-week = A partir da semana
editor-until-week = Até a semana (inclusive)
editor-to-the-end = até o fim
editor-add-change = Adicionar uma mudança a partir de uma semana
editor-unchanged = sem alteração
handout-week-by-week = Semana a semana
handout-exercise = Exercício
handout-week = Semana { $week }
handout-weeks = Semanas { $first }–{ $last }
handout-not-this-week = não nesta semana
handout-session = Sessão inteira
handout-step-runs = Quando: { $weeks }.
handout-step-changes = A dose varia conforme a semana: veja "Semana a semana".
report-programme-title = { $title }: semana a semana
report-programme-week = Semana do programa
report-programme-dose = Dose daquela semana
history-too-many-files = { $count } arquivos de histórico, mais do que os { $limit } que uma pasta de dados pode ter; mova para fora desta pasta os arquivos dos computadores que não são mais usados
history-no-device-id = não é possível guardar o identificador deste computador: { $error }; verifique se a pasta permite gravação ou defina POSEWISE_STATE_DIR
routines-conflict-title = Uma cópia em conflito de "{ $title }" vinda de outro computador
routines-conflict-detail = "{ $title }" foi alterada em dois computadores ao mesmo tempo, e seu serviço de sincronização guardou as duas versões. Esta é a versão do outro computador. Fique com uma delas ou com as duas.
routines-conflict-keep-copy = Ficar com esta versão
routines-conflict-keep-original = Ficar com a outra versão
routines-conflict-keep-both = Ficar com as duas
routines-conflict-other-title = { $title } (outro computador)
move-inside = a nova pasta não pode ficar dentro da pasta de dados { $from } nem contê-la; escolha uma pasta ao lado
move-failed = não foi possível mover os dados: { $error }; nada foi trocado, e seus dados continuam onde estavam
move-too-many = a pasta de dados tem mais de { $most } arquivos; tire dela primeiro o que não for do Posewise
move-check-failed = { $missing } sessões não chegaram à nova pasta; nada foi trocado, e seus dados continuam onde estavam
settings-move-to = Mover para…
settings-move-title = Escolha a nova pasta de dados
settings-move-hint = "Mover para…" copia suas rotinas, sessões e configurações para outra pasta, como uma que seu serviço de sincronização mantém igual em dois computadores, confere a cópia e então passa a usá-la. Uma pasta que já tem dados do Posewise é combinada com os seus. A pasta antiga fica como está até você removê-la.
settings-move-env = POSEWISE_DATA_DIR escolhe a pasta de dados, então ela não pode ser movida aqui.
settings-moving = Copiando e conferindo seus dados…
settings-moved =
    Movido: { $sessions ->
        [one] { $sessions } sessão
       *[other] { $sessions } sessões
    } na nova pasta{ $conflicts ->
        [0] {""}
        [one] , e uma rotina tem lá outra versão (veja Rotinas)
       *[other] , e { $conflicts } rotinas têm lá outra versão (veja Rotinas)
    }. A pasta antiga, { $old }, fica como estava: remova-a quando estiver satisfeito com a mudança.
