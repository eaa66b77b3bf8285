# Posewise: catálogo de posturas e rotinas incluídas, em português do Brasil.
#
# Tradução do arquivo em inglês (mesmos ids, mesma ordem).
# Nas frases de manter a posição (hold-cue), a variável side recebe "left" ou
# "right"; aqui ela é usada num seletor para concordar com o português
# (esquerdo/esquerda, direito/direita).

## Warning signs

red-flag-emergency-1 = Mudanças no controle da bexiga ou do intestino: dificuldade nova para urinar, perder urina ou fezes sem querer, ou não sentir quando você urina ou quando se limpa
red-flag-emergency-2 = Dormência ou formigamento entre as pernas: em volta dos órgãos genitais, das nádegas ou na parte interna das coxas (a chamada região da sela)
red-flag-emergency-3 = Problemas novos na vida sexual, ou perda de sensibilidade nos órgãos genitais
red-flag-emergency-4 = Ciática, dormência ou fraqueza nas duas pernas
red-flag-emergency-5 = Fraqueza em uma perna que está piorando, ou um pé que se arrasta ou que falha (cede)
red-flag-same-day-1 = Febre, ou sensação de calor e mal-estar, junto com a dor nas costas
red-flag-same-day-2 = Perda de peso que você não consegue explicar
red-flag-same-day-3 = Câncer, agora ou no passado
red-flag-same-day-4 = Dor que começou depois de uma queda, um acidente ou uma pancada nas costas
red-flag-same-day-5 = Dor nas costas nova, que começou depois dos 50 anos de idade ou antes dos 20 anos de idade
red-flag-same-day-6 = Dor constante ou que está piorando, ou dor forte à noite que não melhora com repouso
red-flag-same-day-7 = Sistema imunológico fraco (imunidade baixa), uso prolongado de corticoide em comprimidos, ou uso de drogas injetáveis
red-flag-same-day-8 = Osteoporose ou uso prolongado de corticoide, com dor repentina depois de um pequeno esforço ou de levantar algo leve
red-flag-same-day-9 = Dor na parte de cima das costas, entre as omoplatas

## knee-to-chest

pose-knee-to-chest-name = Alongamento joelho ao peito
pose-knee-to-chest-english = Alongamento joelho ao peito
pose-knee-to-chest-step-1 = Deite-se de costas, com os dois joelhos dobrados e os pés apoiados no chão.
pose-knee-to-chest-step-2 = Leve um joelho em direção ao peito e segure-o com as duas mãos atrás da coxa.
pose-knee-to-chest-step-3 = Mantenha o outro pé no chão e deixe a lombar afundar no tapete.
pose-knee-to-chest-step-4 = Mantenha a posição com suavidade, sem puxar com força; depois abaixe a perna devagar e troque de lado.
pose-knee-to-chest-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-knee-to-chest-caution-2 = Se você fez cirurgia recente nas costas, no quadril ou na barriga, pergunte antes ao seu cirurgião ou fisioterapeuta.
pose-knee-to-chest-caution-3 = Se o seu joelho estiver dolorido, segure atrás da coxa, e não em cima do joelho.
pose-knee-to-chest-caution-4 = A partir de cerca de 20 semanas de gravidez, não fique deitada de costas; peça ao seu fisioterapeuta uma versão sentada ou deitada de lado.
pose-knee-to-chest-caution-5 = Se você tem prótese de quadril, pergunte ao seu cirurgião ou fisioterapeuta antes de fazer esta postura: ela dobra ou gira muito o quadril.
pose-knee-to-chest-caution-6 = Se você tem osteoporose, mantenha as costas alongadas e evite curvar o corpo para a frente ou torcer o tronco de forma profunda ou com força, sob carga, a não ser que seu fisioterapeuta concorde.
pose-knee-to-chest-caution-7 = Se você tem problema de disco na coluna ou ciática, pergunte ao seu fisioterapeuta se curvar o corpo para a frente é adequado para você: em algumas pessoas isso alivia as costas, em outras piora.
pose-knee-to-chest-avoid-1 = A partir de cerca de 20 semanas de gravidez (deitada de costas)
pose-knee-to-chest-avoid-2 = Cirurgia recente nas costas, no quadril ou na barriga
pose-knee-to-chest-avoid-3 = Prótese de quadril, a não ser que seu cirurgião concorde
pose-knee-to-chest-hold-cue = Segure atrás da coxa { $side ->
        [left] esquerda
       *[right] direita
    } e puxe o joelho suavemente em direção ao peito.
pose-knee-to-chest-helps = Alonga suavemente a lombar, as nádegas e os quadris.
pose-knee-to-chest-breathing = Respire devagar pelo nariz e deixe o joelho se aproximar um pouco mais a cada expiração.

## prone-back-extension

pose-prone-back-extension-name = Extensão das costas de bruços
pose-prone-back-extension-english = Extensão das costas de bruços
pose-prone-back-extension-step-1 = Deite-se de bruços, com as pernas esticadas e os cotovelos dobrados embaixo dos ombros.
pose-prone-back-extension-step-2 = Pressione suavemente os antebraços no chão para levantar um pouco o peito.
pose-prone-back-extension-step-3 = Mantenha os quadris e as pernas relaxados no chão e o pescoço alongado.
pose-prone-back-extension-step-4 = Estique os braços para subir mais somente se continuar confortável.
pose-prone-back-extension-step-5 = Mantenha a posição por um instante e depois abaixe o peito devagar até o chão.
pose-prone-back-extension-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-prone-back-extension-caution-2 = Não faça este exercício se arquear as costas para trás deixar sua dor nas costas mais forte.
pose-prone-back-extension-caution-3 = A partir de cerca de 12 semanas de gravidez, não fique deitada de bruços.
pose-prone-back-extension-caution-4 = Se você fez cirurgia recente nas costas, no quadril ou na barriga, pergunte antes ao seu cirurgião ou fisioterapeuta.
pose-prone-back-extension-caution-5 = Se você tem problema de disco na coluna ou ciática, pergunte ao seu fisioterapeuta se curvar o corpo para trás é adequado para você: em algumas pessoas isso alivia as costas, em outras piora.
pose-prone-back-extension-caution-6 = Se você tem estenose da coluna ou espondilolistese, pergunte ao seu fisioterapeuta antes de curvar o corpo para trás.
pose-prone-back-extension-caution-7 = Se você tem problemas no pescoço, mantenha a cabeça alinhada com a coluna e pare se o pescoço doer.
pose-prone-back-extension-avoid-1 = A partir de cerca de 12 semanas de gravidez (deitada de bruços)
pose-prone-back-extension-avoid-2 = Arquear as costas para trás deixa sua dor mais forte
pose-prone-back-extension-avoid-3 = Cirurgia recente nas costas ou na barriga
pose-prone-back-extension-hold-cue = Apoie-se nos antebraços, com o peito um pouco levantado e os quadris pesados no chão.
pose-prone-back-extension-helps = Arqueia suavemente a lombar, equilibrando longos períodos na posição sentada ou com o corpo curvado para a frente.
pose-prone-back-extension-breathing = Expire ao subir e continue respirando de forma lenta e regular enquanto mantém a posição.

## trunk-rotation

pose-trunk-rotation-name = Rotação do tronco
pose-trunk-rotation-english = Rotação do tronco
pose-trunk-rotation-step-1 = Deite-se de costas, com os joelhos dobrados, os pés juntos e os braços abertos para os lados.
pose-trunk-rotation-step-2 = Mantendo os dois ombros no chão, deixe os joelhos caírem devagar para um lado.
pose-trunk-rotation-step-3 = Vá somente até onde for confortável e descanse nessa posição.
pose-trunk-rotation-step-4 = Use os músculos da barriga para trazer os joelhos de volta ao centro e depois repita do outro lado.
pose-trunk-rotation-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-trunk-rotation-caution-2 = Faça um movimento pequeno se torcer o tronco aumentar sua dor.
pose-trunk-rotation-caution-3 = Se você fez cirurgia recente nas costas, no quadril ou na barriga, pergunte antes ao seu cirurgião ou fisioterapeuta.
pose-trunk-rotation-caution-4 = A partir de cerca de 20 semanas de gravidez, não fique deitada de costas; peça ao seu fisioterapeuta uma versão sentada ou deitada de lado.
pose-trunk-rotation-caution-5 = Se você tem osteoporose, mantenha as costas alongadas e evite curvar o corpo para a frente ou torcer o tronco de forma profunda ou com força, sob carga, a não ser que seu fisioterapeuta concorde.
pose-trunk-rotation-caution-6 = Se você tem prótese de quadril, pergunte ao seu cirurgião ou fisioterapeuta antes de fazer esta postura: ela dobra ou gira muito o quadril.
pose-trunk-rotation-avoid-1 = A partir de cerca de 20 semanas de gravidez (deitada de costas)
pose-trunk-rotation-avoid-2 = Cirurgia recente nas costas ou na barriga
pose-trunk-rotation-avoid-3 = Osteoporose, a não ser que seu fisioterapeuta concorde
pose-trunk-rotation-avoid-4 = Prótese de quadril, a não ser que seu cirurgião concorde
pose-trunk-rotation-hold-cue = Deixe os joelhos descansarem para o lado { $side ->
        [left] esquerdo
       *[right] direito
    }, com os dois ombros no chão.
pose-trunk-rotation-helps = Torce e solta suavemente a lombar e as laterais da cintura.
pose-trunk-rotation-breathing = Expire enquanto os joelhos descem e continue respirando de forma regular enquanto descansa de lado.

## hamstring-stretch

pose-hamstring-stretch-name = Alongamento dos músculos posteriores da coxa
pose-hamstring-stretch-english = Alongamento dos músculos posteriores da coxa
pose-hamstring-stretch-step-1 = Deite-se de costas, com os dois joelhos dobrados e os pés apoiados no chão.
pose-hamstring-stretch-step-2 = Passe uma toalha ou faixa por baixo da sola de um pé e segure uma ponta em cada mão, ou segure atrás dessa coxa com as duas mãos.
pose-hamstring-stretch-step-3 = Estique essa perna para cima, em direção ao teto, até sentir um alongamento leve atrás da coxa.
pose-hamstring-stretch-step-4 = Mantenha a cabeça, os ombros e a lombar relaxados no chão.
pose-hamstring-stretch-step-5 = Mantenha a posição; depois dobre o joelho, abaixe o pé e troque de lado.
pose-hamstring-stretch-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-hamstring-stretch-caution-2 = Mantenha o joelho levemente dobrado, em vez de forçar a perna a ficar esticada.
pose-hamstring-stretch-caution-3 = Evite este exercício se você tem uma lesão recente nos músculos posteriores da coxa ou no quadril, a não ser que seu fisioterapeuta concorde.
pose-hamstring-stretch-caution-4 = A partir de cerca de 20 semanas de gravidez, não fique deitada de costas; peça ao seu fisioterapeuta uma versão sentada ou deitada de lado.
pose-hamstring-stretch-caution-5 = Se você tem prótese de quadril, pergunte ao seu cirurgião ou fisioterapeuta antes de fazer esta postura: ela dobra ou gira muito o quadril.
pose-hamstring-stretch-caution-6 = Não puxe os dedos dos pés na sua direção se a perna formigar.
pose-hamstring-stretch-avoid-1 = A partir de cerca de 20 semanas de gravidez (deitada de costas)
pose-hamstring-stretch-avoid-2 = Lesão recente nos músculos posteriores da coxa ou no quadril
pose-hamstring-stretch-avoid-3 = Prótese de quadril, a não ser que seu cirurgião concorde
pose-hamstring-stretch-hold-cue = Levante a perna { $side ->
        [left] esquerda
       *[right] direita
    } até sentir um alongamento leve atrás da coxa.
pose-hamstring-stretch-helps = Alonga suavemente os músculos da parte de trás da coxa, que muitas vezes ficam tensos quando há dor nas costas.
pose-hamstring-stretch-breathing = Respire de forma lenta e regular, deixando a perna relaxar um pouco mais a cada expiração.

## tadasana

pose-tadasana-name = Postura da palmeira
pose-tadasana-english = Postura da palmeira
pose-tadasana-step-1 = Fique em pé com o corpo bem alongado, os pés afastados na largura do quadril e os braços ao lado do corpo.
pose-tadasana-step-2 = Entrelace os dedos e levante os braços acima da cabeça, virando as palmas das mãos para o teto.
pose-tadasana-step-3 = Suba devagar na ponta dos pés e estique o corpo todo para cima.
pose-tadasana-step-4 = Mantenha o olhar para a frente e a barriga levemente encolhida para ajudar no equilíbrio.
pose-tadasana-step-5 = Abaixe primeiro os calcanhares e depois os braços, devagar e com controle.
pose-tadasana-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-tadasana-caution-2 = Se o seu equilíbrio não estiver firme, fique ao lado de uma parede ou cadeira, ou mantenha os calcanhares no chão.
pose-tadasana-caution-3 = Não suba na ponta dos pés se sentir tontura, nem a partir de cerca de 20 semanas de gravidez.
pose-tadasana-caution-4 = Abaixe os braços se sentir dor nos ombros ou sobrecarga na lombar.
pose-tadasana-caution-5 = Se você tem osteoporose, mantenha os calcanhares no chão e uma mão apoiada na parede ou numa cadeira: uma queda pode quebrar um osso.
pose-tadasana-avoid-1 = Tontura ou equilíbrio instável (mantenha os calcanhares no chão)
pose-tadasana-avoid-2 = A partir de cerca de 20 semanas de gravidez (subir na ponta dos pés)
pose-tadasana-hold-cue = Fique em pé com o corpo bem alongado e estique-se para cima até a ponta dos dedos, respirando com tranquilidade.
pose-tadasana-helps = Alonga o corpo todo, dos pés até a ponta dos dedos das mãos, e deixa uma sensação de calma e relaxamento.
pose-tadasana-breathing = Inspire ao subir, respire de forma constante enquanto mantém a posição e expire ao descer.

## parsvakonasana

pose-parsvakonasana-name = Postura do ângulo lateral
pose-parsvakonasana-english = Postura do ângulo lateral
pose-parsvakonasana-step-1 = Fique em pé com os pés bem afastados, o pé direito virado para fora e o pé esquerdo levemente virado para dentro, com o calcanhar no chão.
pose-parsvakonasana-step-2 = Dobre o joelho direito, mantendo-o sobre o tornozelo, e apoie o antebraço direito na coxa direita.
pose-parsvakonasana-step-3 = Leve o braço esquerdo para cima e por cima da orelha, para que o corpo forme uma linha longa do calcanhar esquerdo até a ponta dos dedos.
pose-parsvakonasana-step-4 = Gire o peito levemente para cima e mantenha o pescoço relaxado.
pose-parsvakonasana-step-5 = Mantenha a posição; depois pressione os pés no chão para subir devagar e repita do outro lado.
pose-parsvakonasana-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-parsvakonasana-caution-2 = Mantenha o joelho da frente sobre o tornozelo; se você tem lesão no joelho ou no quadril, não faça este exercício ou deixe os pés menos afastados.
pose-parsvakonasana-caution-3 = Se você tem problemas no pescoço, olhe para a frente ou para baixo, em vez de olhar para cima.
pose-parsvakonasana-caution-4 = Pare se sentir pinçamento na lombar.
pose-parsvakonasana-caution-5 = Se você tem osteoporose, mantenha as costas alongadas e evite curvar o corpo para a frente ou torcer o tronco de forma profunda ou com força, sob carga, a não ser que seu fisioterapeuta concorde.
pose-parsvakonasana-caution-6 = Se você tem prótese de quadril, pergunte ao seu cirurgião ou fisioterapeuta antes de fazer esta postura: ela dobra ou gira muito o quadril.
pose-parsvakonasana-caution-7 = Na gravidez, deixe os pés menos afastados e fique ao lado de uma parede ou cadeira; pare se sentir dor na frente ou atrás da pelve.
pose-parsvakonasana-caution-8 = Se você tem problema no ombro, mantenha a mão de cima no quadril em vez de esticar o braço acima da cabeça.
pose-parsvakonasana-avoid-1 = Lesão no joelho ou no quadril
pose-parsvakonasana-avoid-2 = Osteoporose, a não ser que seu fisioterapeuta concorde
pose-parsvakonasana-avoid-3 = Prótese de quadril, a não ser que seu cirurgião concorde
pose-parsvakonasana-hold-cue = Dobre o joelho { $side ->
        [left] esquerdo
       *[right] direito
    }, com o antebraço apoiado nessa coxa, e estique o outro braço por cima da orelha.
pose-parsvakonasana-helps = Abre o peito e alonga as laterais da cintura e os quadris.
pose-parsvakonasana-breathing = Respire de forma lenta e profunda, levando o ar para o lado alongado das costelas.

## makarasana

pose-makarasana-name = Postura do crocodilo
pose-makarasana-english = Postura do crocodilo
pose-makarasana-step-1 = Deite-se de bruços, com as pernas afastadas de forma confortável e os dedos dos pés virados para fora.
pose-makarasana-step-2 = Cruze os antebraços à sua frente e apoie a testa ou a bochecha sobre eles.
pose-makarasana-step-3 = Deixe os ombros, as costas e as pernas ficarem pesados e afundarem no chão.
pose-makarasana-step-4 = Fique imóvel; depois junte as pernas e role para um lado para se levantar.
pose-makarasana-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-makarasana-caution-2 = A partir de cerca de 12 semanas de gravidez, não fique deitada de bruços.
pose-makarasana-caution-3 = Se você fez cirurgia recente nas costas, no quadril ou na barriga, pergunte antes ao seu cirurgião ou fisioterapeuta.
pose-makarasana-caution-4 = Coloque um travesseiro fino embaixo dos quadris se ficar de bruços com o corpo reto sobrecarregar sua lombar.
pose-makarasana-avoid-1 = A partir de cerca de 12 semanas de gravidez (deitada de bruços)
pose-makarasana-avoid-2 = Cirurgia recente nas costas ou na barriga
pose-makarasana-hold-cue = Apoie a testa nos antebraços cruzados e deixe as costas relaxarem.
pose-makarasana-helps = Deixa os músculos das costas e das pernas relaxarem e dá ao corpo e à mente um descanso do cansaço.
pose-makarasana-breathing = Respire devagar levando o ar para a barriga e sinta a barriga pressionar suavemente o chão a cada inspiração.

## yastikasana

pose-yastikasana-name = Postura do bastão
pose-yastikasana-english = Postura do bastão
pose-yastikasana-step-1 = Deite-se de costas, com as pernas esticadas e juntas.
pose-yastikasana-step-2 = Leve os braços acima da cabeça, apoiados no chão, mantendo-os esticados e perto das orelhas.
pose-yastikasana-step-3 = Estique a ponta dos pés e leve os dedos das mãos no sentido oposto, para alongar o corpo todo.
pose-yastikasana-step-4 = Mantenha o alongamento; depois relaxe e traga os braços de volta para os lados do corpo.
pose-yastikasana-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-yastikasana-caution-2 = Se você tem dor no ombro, mantenha os braços mais baixos ou dobre os cotovelos.
pose-yastikasana-caution-3 = Dobre os joelhos se esticar o corpo todo fizer sua lombar arquear ou doer.
pose-yastikasana-caution-4 = Solte o alongamento imediatamente se um músculo começar a ter cãibra.
pose-yastikasana-caution-5 = A partir de cerca de 20 semanas de gravidez, não fique deitada de costas; peça ao seu fisioterapeuta uma versão sentada ou deitada de lado.
pose-yastikasana-avoid-1 = A partir de cerca de 20 semanas de gravidez (deitada de costas)
pose-yastikasana-avoid-2 = Dor no ombro quando os braços vão acima da cabeça
pose-yastikasana-hold-cue = Alongue o corpo, da ponta dos dedos das mãos até os dedos dos pés.
pose-yastikasana-helps = Alonga suavemente o corpo todo, incluindo os pequenos músculos ao longo da coluna.
pose-yastikasana-breathing = Inspire ao alongar o corpo e depois continue respirando de forma lenta e completa enquanto mantém a posição.

## matsyasana

pose-matsyasana-name = Postura do peixe
pose-matsyasana-english = Postura do peixe
pose-matsyasana-step-1 = Enrole um cobertor dobrado até formar um rolo firme e coloque-o atravessado no tapete, no lugar onde suas omoplatas vão ficar.
pose-matsyasana-step-2 = Sente-se na frente dele e deite-se para trás devagar, de modo que o cobertor apoie suas omoplatas e a cabeça fique apoiada no chão.
pose-matsyasana-step-3 = Mantenha as pernas esticadas ou os joelhos dobrados e apoie os braços ao lado do corpo, com as palmas das mãos para cima.
pose-matsyasana-step-4 = Deixe o peito se abrir suavemente enquanto o pescoço continua alongado e a cabeça continua no chão.
pose-matsyasana-step-5 = Para sair, role para um lado e use as mãos para se levantar.
pose-matsyasana-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-matsyasana-caution-2 = Se você tem problemas no pescoço, mantenha a cabeça alinhada com a coluna e pare se o pescoço doer.
pose-matsyasana-caution-3 = Evite este exercício se você tem pressão alta ou pressão baixa, ou se sentir tontura ou tiver dor de cabeça.
pose-matsyasana-caution-4 = Mantenha a cabeça no chão: nunca a incline para trás até apoiar o topo da cabeça.
pose-matsyasana-caution-5 = Pare se arquear as costas deixar sua dor nas costas mais forte.
pose-matsyasana-caution-6 = Se você tem osteoporose, mantenha as costas alongadas e evite curvar o corpo para a frente ou torcer o tronco de forma profunda ou com força, sob carga, a não ser que seu fisioterapeuta concorde.
pose-matsyasana-caution-7 = Se você tem problema de disco na coluna ou ciática, pergunte ao seu fisioterapeuta se curvar o corpo para trás é adequado para você: em algumas pessoas isso alivia as costas, em outras piora.
pose-matsyasana-caution-8 = Se você tem estenose da coluna ou espondilolistese, pergunte ao seu fisioterapeuta antes de curvar o corpo para trás.
pose-matsyasana-caution-9 = Se você fez cirurgia recente nas costas, no quadril ou na barriga, pergunte antes ao seu cirurgião ou fisioterapeuta.
pose-matsyasana-caution-10 = A partir de cerca de 20 semanas de gravidez, não faça este exercício, a não ser que seu fisioterapeuta concorde.
pose-matsyasana-avoid-1 = Pressão alta ou pressão baixa
pose-matsyasana-avoid-2 = A partir de cerca de 20 semanas de gravidez
pose-matsyasana-avoid-3 = Cirurgia recente nas costas ou na barriga
pose-matsyasana-hold-cue = Descanse sobre o cobertor, com a cabeça no chão, e deixe o peito se abrir.
pose-matsyasana-helps = Abre o peito e arqueia suavemente a parte de cima das costas, com a cabeça apoiada no chão.
pose-matsyasana-breathing = Respire profundamente levando o ar para o peito e sinta as costelas se abrirem a cada inspiração.

## adho-mukha-svanasana

pose-adho-mukha-svanasana-name = Cachorro olhando para baixo
pose-adho-mukha-svanasana-english = Cachorro olhando para baixo
pose-adho-mukha-svanasana-step-1 = Comece na posição de quatro apoios, com as mãos um pouco à frente dos ombros.
pose-adho-mukha-svanasana-step-2 = Apoie os dedos dos pés no chão e levante o quadril para cima e para trás, formando um V de cabeça para baixo.
pose-adho-mukha-svanasana-step-3 = Dobre os joelhos o quanto precisar para que as costas continuem alongadas.
pose-adho-mukha-svanasana-step-4 = Pressione as mãos no chão e deixe a cabeça solta entre os braços.
pose-adho-mukha-svanasana-step-5 = Mantenha a posição; depois apoie os joelhos no chão e descanse.
pose-adho-mukha-svanasana-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-adho-mukha-svanasana-caution-2 = Não faça este exercício se você tem glaucoma ou pressão alta, ou se sentir tontura com a cabeça abaixo do coração.
pose-adho-mukha-svanasana-caution-3 = Evite este exercício se você tem lesão no punho ou no ombro, a não ser que seu fisioterapeuta concorde.
pose-adho-mukha-svanasana-caution-4 = A partir de cerca de 20 semanas de gravidez, não faça este exercício, a não ser que seu fisioterapeuta concorde.
pose-adho-mukha-svanasana-caution-5 = Se você tem osteoporose, mantenha as costas alongadas e evite curvar o corpo para a frente ou torcer o tronco de forma profunda ou com força, sob carga, a não ser que seu fisioterapeuta concorde.
pose-adho-mukha-svanasana-caution-6 = Se você tem prótese de quadril, pergunte ao seu cirurgião ou fisioterapeuta antes de fazer esta postura: ela dobra ou gira muito o quadril.
pose-adho-mukha-svanasana-caution-7 = Se você tem problema de disco na coluna ou ciática, pergunte ao seu fisioterapeuta se curvar o corpo para a frente é adequado para você: em algumas pessoas isso alivia as costas, em outras piora.
pose-adho-mukha-svanasana-caution-8 = Se você tem problemas no pescoço, mantenha a cabeça alinhada com a coluna e pare se o pescoço doer.
pose-adho-mukha-svanasana-avoid-1 = Pressão alta ou glaucoma
pose-adho-mukha-svanasana-avoid-2 = Lesão no punho ou no ombro
pose-adho-mukha-svanasana-avoid-3 = A partir de cerca de 20 semanas de gravidez
pose-adho-mukha-svanasana-avoid-4 = Osteoporose, a não ser que seu fisioterapeuta concorde
pose-adho-mukha-svanasana-avoid-5 = Prótese de quadril, a não ser que seu cirurgião concorde
pose-adho-mukha-svanasana-hold-cue = Empurre o quadril para cima e para trás; dobre um pouco os joelhos se precisar.
pose-adho-mukha-svanasana-helps = Alonga a coluna, a lombar, os ombros e a parte de trás das pernas.
pose-adho-mukha-svanasana-breathing = Respire de forma constante pelo nariz, alongando a coluna a cada expiração.

## balasana

pose-balasana-name = Postura da criança
pose-balasana-english = Postura da criança
pose-balasana-step-1 = Ajoelhe-se no chão, com os dedões dos pés se tocando e os joelhos afastados na largura do quadril.
pose-balasana-step-2 = Leve o quadril para trás, em direção aos calcanhares.
pose-balasana-step-3 = Incline o corpo para a frente e apoie a testa no chão ou numa almofada.
pose-balasana-step-4 = Deixe os braços apoiados no chão, esticados para a frente ou ao lado do corpo.
pose-balasana-step-5 = Relaxe nessa posição; depois traga as mãos de volta aos poucos e sente-se devagar.
pose-balasana-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-balasana-caution-2 = Se você tem lesão no joelho, não faça este exercício ou coloque uma almofada entre os calcanhares e o quadril.
pose-balasana-caution-3 = Se você tem osteoporose, mantenha as costas alongadas e evite curvar o corpo para a frente ou torcer o tronco de forma profunda ou com força, sob carga, a não ser que seu fisioterapeuta concorde.
pose-balasana-caution-4 = Se você tem prótese de quadril, pergunte ao seu cirurgião ou fisioterapeuta antes de fazer esta postura: ela dobra ou gira muito o quadril.
pose-balasana-caution-5 = Se você tem problema de disco na coluna ou ciática, pergunte ao seu fisioterapeuta se curvar o corpo para a frente é adequado para você: em algumas pessoas isso alivia as costas, em outras piora.
pose-balasana-caution-6 = Não faça este exercício se você tem glaucoma ou pressão alta, ou se sentir tontura com a cabeça abaixo do coração.
pose-balasana-caution-7 = Se você fez cirurgia recente nas costas, no quadril ou na barriga, pergunte antes ao seu cirurgião ou fisioterapeuta.
pose-balasana-caution-8 = A partir de cerca de 20 semanas de gravidez, não faça este exercício, a não ser que seu fisioterapeuta concorde.
pose-balasana-avoid-1 = Lesão no joelho
pose-balasana-avoid-2 = A partir de cerca de 20 semanas de gravidez, ou cirurgia recente na barriga
pose-balasana-avoid-3 = Osteoporose, a não ser que seu fisioterapeuta concorde
pose-balasana-avoid-4 = Prótese de quadril, a não ser que seu cirurgião concorde
pose-balasana-hold-cue = Leve o quadril para trás, em direção aos calcanhares, e respire levando o ar para as costas.
pose-balasana-helps = Arredonda e relaxa suavemente as costas e deixa o corpo todo se acomodar.
pose-balasana-breathing = Respire devagar levando o ar para as costas e sinta as costas se alargarem a cada inspiração.

## bhujangasana

pose-bhujangasana-name = Postura da cobra
pose-bhujangasana-english = Postura da cobra
pose-bhujangasana-step-1 = Deite-se de bruços, com as pernas juntas e as palmas das mãos apoiadas no chão embaixo dos ombros.
pose-bhujangasana-step-2 = Mantenha os cotovelos perto do corpo e pressione o peito dos pés no chão.
pose-bhujangasana-step-3 = Pressione suavemente as mãos no chão e deixe os braços levantarem a cabeça e o peito, mantendo os músculos das costas relaxados.
pose-bhujangasana-step-4 = Mantenha o quadril no chão e os ombros longe das orelhas.
pose-bhujangasana-step-5 = Mantenha a posição por um instante e depois abaixe o peito devagar.
pose-bhujangasana-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-bhujangasana-caution-2 = Não faça este exercício se curvar o corpo para trás deixar sua dor nas costas mais forte.
pose-bhujangasana-caution-3 = Se você tem problemas no punho ou no pescoço, levante o corpo só um pouco.
pose-bhujangasana-caution-4 = Se você tem problema de disco na coluna ou ciática, pergunte ao seu fisioterapeuta se curvar o corpo para trás é adequado para você: em algumas pessoas isso alivia as costas, em outras piora.
pose-bhujangasana-caution-5 = Se você tem estenose da coluna ou espondilolistese, pergunte ao seu fisioterapeuta antes de curvar o corpo para trás.
pose-bhujangasana-caution-6 = Se você fez cirurgia recente nas costas, no quadril ou na barriga, pergunte antes ao seu cirurgião ou fisioterapeuta.
pose-bhujangasana-caution-7 = A partir de cerca de 12 semanas de gravidez, não fique deitada de bruços.
pose-bhujangasana-avoid-1 = A partir de cerca de 12 semanas de gravidez (deitada de bruços)
pose-bhujangasana-avoid-2 = Curvar o corpo para trás deixa sua dor mais forte
pose-bhujangasana-avoid-3 = Cirurgia recente na barriga
pose-bhujangasana-hold-cue = Levante o peito suavemente, com os cotovelos perto do corpo e o quadril no chão.
pose-bhujangasana-helps = Curva suavemente as costas para trás e alonga a frente do corpo e os quadris.
pose-bhujangasana-breathing = Inspire ao subir, respire de forma regular enquanto mantém a posição e expire ao descer.

## wall-plank

pose-wall-plank-name = Prancha na parede
pose-wall-plank-english = Prancha na parede
pose-wall-plank-step-1 = Fique em pé de frente para uma parede, a mais ou menos um braço de distância.
pose-wall-plank-step-2 = Apoie as palmas das mãos na parede, na altura dos ombros e afastadas na largura dos ombros.
pose-wall-plank-step-3 = Dê alguns passos para trás, para que o corpo forme uma linha reta e inclinada da cabeça aos calcanhares.
pose-wall-plank-step-4 = Contraia levemente a barriga e as nádegas para que o quadril não caia nem fique empinado.
pose-wall-plank-step-5 = Mantenha a posição; depois caminhe com os pés de volta em direção à parede para terminar.
pose-wall-plank-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-wall-plank-caution-2 = Fique mais perto da parede se sentir sobrecarga na lombar ou nos ombros.
pose-wall-plank-caution-3 = Não faça este exercício se você tem lesão no punho ou no ombro, a não ser que seu fisioterapeuta concorde.
pose-wall-plank-caution-4 = Use calçados ou uma superfície antiderrapante para que seus pés não escorreguem.
pose-wall-plank-avoid-1 = Lesão no punho ou no ombro
pose-wall-plank-hold-cue = Mantenha uma linha reta da cabeça aos calcanhares, com a barriga levemente firme.
pose-wall-plank-helps = Desenvolve força de forma suave no tronco, nos braços e nas pernas, com pouca carga sobre as costas.
pose-wall-plank-breathing = Respire de forma constante e nunca prenda a respiração enquanto mantém a prancha.

## shavasana

pose-shavasana-name = Postura do cadáver
pose-shavasana-english = Postura do cadáver
pose-shavasana-step-1 = Deite-se de costas, com as pernas levemente afastadas e os braços um pouco afastados do corpo.
pose-shavasana-step-2 = Vire as palmas das mãos para cima, feche os olhos e deixe os pés caírem para os lados.
pose-shavasana-step-3 = Deixe o corpo todo ficar pesado, relaxando dos pés até o rosto.
pose-shavasana-step-4 = Fique imóvel e deixe a respiração encontrar o próprio ritmo, de forma tranquila.
pose-shavasana-step-5 = Para terminar, mexa os dedos das mãos e dos pés, role para um lado e sente-se devagar.
pose-shavasana-caution-1 = Coloque um travesseiro embaixo dos joelhos se deitar com o corpo reto repuxar sua lombar.
pose-shavasana-caution-2 = A partir de cerca de 20 semanas de gravidez, deite-se sobre o lado esquerdo em vez de ficar de costas.
pose-shavasana-caution-3 = Levante-se devagar, pois você pode ter sensação de cabeça leve depois de descansar.
pose-shavasana-avoid-1 = A partir de cerca de 20 semanas de gravidez, de costas (em vez disso, deite-se sobre o lado esquerdo)
pose-shavasana-hold-cue = Fique imóvel, de olhos fechados, e deixe o corpo todo ficar pesado.
pose-shavasana-helps = Ajuda o corpo todo a relaxar e alivia o estresse e a tensão muscular acumulados.
pose-shavasana-breathing = Respire naturalmente e deixe cada expiração ser lenta e relaxada.

## saithalyasana

pose-saithalyasana-name = Postura de relaxamento do animal
pose-saithalyasana-english = Postura de relaxamento do animal
pose-saithalyasana-step-1 = Sente-se no chão, com as pernas esticadas à sua frente.
pose-saithalyasana-step-2 = Dobre o joelho direito e apoie a sola do pé direito na parte interna da coxa esquerda.
pose-saithalyasana-step-3 = Dobre o joelho esquerdo para trás e coloque o pé esquerdo ao lado do quadril, do lado esquerdo.
pose-saithalyasana-step-4 = Levante os braços acima da cabeça e depois incline o corpo para a frente, a partir do quadril, sobre o joelho da frente.
pose-saithalyasana-step-5 = Apoie os antebraços e as mãos no chão e a testa no chão ou sobre um cobertor dobrado ou uma almofada, e relaxe.
pose-saithalyasana-step-6 = Volte devagar à posição sentada, estique as pernas e repita do outro lado.
pose-saithalyasana-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-saithalyasana-caution-2 = Não faça este exercício se você tem lesão no joelho ou dor no joelho, pois o joelho de trás fica muito dobrado.
pose-saithalyasana-caution-3 = Se você tem osteoporose, mantenha as costas alongadas e evite curvar o corpo para a frente ou torcer o tronco de forma profunda ou com força, sob carga, a não ser que seu fisioterapeuta concorde.
pose-saithalyasana-caution-4 = Se você tem prótese de quadril, pergunte ao seu cirurgião ou fisioterapeuta antes de fazer esta postura: ela dobra ou gira muito o quadril.
pose-saithalyasana-caution-5 = Se você tem problema de disco na coluna ou ciática, pergunte ao seu fisioterapeuta se curvar o corpo para a frente é adequado para você: em algumas pessoas isso alivia as costas, em outras piora.
pose-saithalyasana-caution-6 = Não faça este exercício se você tem glaucoma ou pressão alta, ou se sentir tontura com a cabeça abaixo do coração.
pose-saithalyasana-caution-7 = Se você fez cirurgia recente nas costas, no quadril ou na barriga, pergunte antes ao seu cirurgião ou fisioterapeuta.
pose-saithalyasana-caution-8 = A partir de cerca de 20 semanas de gravidez, não faça este exercício, a não ser que seu fisioterapeuta concorde.
pose-saithalyasana-avoid-1 = Lesão no joelho ou dor no joelho
pose-saithalyasana-avoid-2 = Prótese de quadril
pose-saithalyasana-avoid-3 = A partir de cerca de 20 semanas de gravidez
pose-saithalyasana-avoid-4 = Osteoporose, a não ser que seu fisioterapeuta concorde
pose-saithalyasana-hold-cue = Incline o corpo para a frente sobre o joelho { $side ->
        [left] esquerdo
       *[right] direito
    } e apoie a testa.
pose-saithalyasana-helps = Dobra e solta suavemente a coluna rígida, enquanto relaxa as costas e os quadris.
pose-saithalyasana-breathing = Expire ao inclinar o corpo para a frente e depois respire de forma lenta e calma enquanto descansa.

## anulom-vilom

pose-anulom-vilom-name = Respiração alternada pelas narinas
pose-anulom-vilom-english = Respiração alternada pelas narinas
pose-anulom-vilom-step-1 = Sente-se confortavelmente com as costas retas, de pernas cruzadas no chão ou numa cadeira.
pose-anulom-vilom-step-2 = Apoie a mão esquerda no joelho e leve a mão direita até o nariz.
pose-anulom-vilom-step-3 = Feche a narina direita com o polegar e inspire devagar pela narina esquerda.
pose-anulom-vilom-step-4 = Feche a narina esquerda com o dedo anelar, solte o polegar e expire pela narina direita.
pose-anulom-vilom-step-5 = Inspire pela direita, troque os dedos e expire pela esquerda para completar uma rodada.
pose-anulom-vilom-step-6 = Mantenha a respiração suave e silenciosa e continue por várias rodadas.
pose-anulom-vilom-caution-1 = Pare e respire normalmente se sentir tontura, sensação de cabeça leve ou falta de ar.
pose-anulom-vilom-caution-2 = Não faça este exercício enquanto estiver com o nariz entupido ou com resfriado.
pose-anulom-vilom-caution-3 = Não acrescente pausas prendendo a respiração se você tem pressão alta ou problemas no coração, ou se está grávida.
pose-anulom-vilom-avoid-1 = Nariz entupido ou resfriado
pose-anulom-vilom-avoid-2 = Prender a respiração em caso de pressão alta, problemas no coração ou gravidez
pose-anulom-vilom-hold-cue = Respire devagar por uma narina de cada vez.
pose-anulom-vilom-helps = Deixa a respiração mais lenta e regular, ajudando o corpo e os músculos a relaxarem.
pose-anulom-vilom-breathing = Inspire por cerca de quatro segundos e expire por cerca de seis, trocando de narina como descrito.

## deep-breathing

pose-deep-breathing-name = Respiração profunda
pose-deep-breathing-english = Respiração profunda
pose-deep-breathing-step-1 = Sente-se confortavelmente ou deite-se de costas com os joelhos dobrados.
pose-deep-breathing-step-2 = Coloque uma mão na barriga e a outra no peito.
pose-deep-breathing-step-3 = Inspire devagar pelo nariz, de modo que a barriga suba embaixo da sua mão.
pose-deep-breathing-step-4 = Faça uma pequena pausa e depois expire devagar pela boca, enquanto a barriga desce.
pose-deep-breathing-step-5 = Mantenha a mão do peito quase parada e repita num ritmo tranquilo.
pose-deep-breathing-caution-1 = Pare e volte a respirar normalmente se sentir tontura ou sensação de cabeça leve.
pose-deep-breathing-caution-2 = Nunca force a respiração; mantenha-a suave e confortável.
pose-deep-breathing-caution-3 = A partir de cerca de 20 semanas de gravidez, faça a respiração sentada ou deitada de lado, e não deitada de costas.
pose-deep-breathing-avoid-1 = Tontura que não passa quando você respira normalmente
pose-deep-breathing-hold-cue = Respire de forma lenta e profunda, levando o ar para a barriga.
pose-deep-breathing-helps = Deixa a respiração mais lenta e ajuda os músculos tensos, incluindo os das costas, a relaxarem.
pose-deep-breathing-breathing = Inspire suavemente pelo nariz por cerca de quatro segundos e expire pela boca por cerca de seis.

## cat-cow

pose-cat-cow-name = Alongamento gato-vaca
pose-cat-cow-english = Alongamento gato-vaca
pose-cat-cow-step-1 = Comece na posição de quatro apoios, com as mãos embaixo dos ombros e os joelhos embaixo do quadril.
pose-cat-cow-step-2 = Inspire e deixe a barriga descer enquanto levanta suavemente o peito e o cóccix, mantendo o pescoço alongado.
pose-cat-cow-step-3 = Expire e arredonde as costas para cima, em direção ao teto, recolhendo o queixo e o cóccix.
pose-cat-cow-step-4 = Mova-se devagar entre as duas posições, sem sair de uma amplitude confortável.
pose-cat-cow-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-cat-cow-caution-2 = Faça um movimento pequeno se arquear ou arredondar as costas aumentar sua dor.
pose-cat-cow-caution-3 = Coloque um cobertor dobrado embaixo dos joelhos; não faça este exercício se você tem uma lesão dolorosa no joelho ou no punho.
pose-cat-cow-caution-4 = Se você tem osteoporose, mantenha as costas alongadas e evite curvar o corpo para a frente ou torcer o tronco de forma profunda ou com força, sob carga, a não ser que seu fisioterapeuta concorde.
pose-cat-cow-caution-5 = Se você tem problemas no pescoço, mantenha a cabeça alinhada com a coluna e pare se o pescoço doer.
pose-cat-cow-avoid-1 = Lesão dolorosa no joelho ou no punho
pose-cat-cow-hold-cue = Mova-se devagar entre arquear e arredondar as costas, acompanhando a respiração.
pose-cat-cow-helps = Movimenta suavemente a coluna, arredondando e arqueando, para aliviar a rigidez.
pose-cat-cow-breathing = Inspire quando as costas arquearem e expire quando se arredondarem, deixando a respiração guiar o movimento.

## pelvic-tilt

pose-pelvic-tilt-name = Inclinação pélvica
pose-pelvic-tilt-english = Inclinação pélvica
pose-pelvic-tilt-step-1 = Deite-se de costas, com os joelhos dobrados, os pés apoiados no chão e os braços ao lado do corpo.
pose-pelvic-tilt-step-2 = Contraia suavemente os músculos da barriga.
pose-pelvic-tilt-step-3 = Incline suavemente a pelve para que o vão da lombar fique achatado contra o chão, sem levantar o quadril.
pose-pelvic-tilt-step-4 = Mantenha a posição por alguns segundos; depois relaxe e deixe as costas voltarem à curva natural.
pose-pelvic-tilt-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-pelvic-tilt-caution-2 = Faça um movimento pequeno e pare se isso deixar sua dor nas costas mais forte.
pose-pelvic-tilt-caution-3 = Se você fez cirurgia recente nas costas, no quadril ou na barriga, pergunte antes ao seu cirurgião ou fisioterapeuta.
pose-pelvic-tilt-caution-4 = A partir de cerca de 20 semanas de gravidez, faça em pé, com as costas encostadas numa parede, em vez de deitada.
pose-pelvic-tilt-avoid-1 = A partir de cerca de 20 semanas de gravidez, deitada (faça em pé, encostada numa parede)
pose-pelvic-tilt-avoid-2 = Cirurgia recente na barriga ou nas costas
pose-pelvic-tilt-hold-cue = Mantenha o vão das costas suavemente achatado contra o chão e depois solte.
pose-pelvic-tilt-helps = Trabalha suavemente os músculos profundos da barriga e coloca a lombar em movimento com delicadeza.
pose-pelvic-tilt-breathing = Expire ao achatar as costas contra o chão e continue respirando normalmente enquanto mantém a posição.

## bridge

pose-bridge-name = Postura da ponte
pose-bridge-english = Postura da ponte
pose-bridge-step-1 = Deite-se de costas, com os joelhos dobrados, os pés apoiados no chão e afastados na largura do quadril, e os braços ao lado do corpo.
pose-bridge-step-2 = Pressione os pés no chão e contraia as nádegas.
pose-bridge-step-3 = Levante o quadril devagar até o corpo formar uma linha reta dos ombros aos joelhos, com os joelhos acima dos tornozelos.
pose-bridge-step-4 = Mantenha o peso nos ombros e nos pés, e não no pescoço.
pose-bridge-step-5 = Mantenha a posição; depois desenrole a coluna devagar até o chão.
pose-bridge-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-bridge-caution-2 = Levante só um pouco se sentir pinçamento na lombar.
pose-bridge-caution-3 = Não faça este exercício se você tem problemas no pescoço, ou levante o quadril só um pouco, para que nenhum peso fique sobre o pescoço.
pose-bridge-caution-4 = Se você tem problema de disco na coluna ou ciática, pergunte ao seu fisioterapeuta se curvar o corpo para trás é adequado para você: em algumas pessoas isso alivia as costas, em outras piora.
pose-bridge-caution-5 = Não faça este exercício se você tem glaucoma ou pressão alta, ou se sentir tontura com a cabeça abaixo do coração.
pose-bridge-caution-6 = Se você fez cirurgia recente nas costas, no quadril ou na barriga, pergunte antes ao seu cirurgião ou fisioterapeuta.
pose-bridge-caution-7 = A partir de cerca de 20 semanas de gravidez, não faça este exercício, a não ser que seu fisioterapeuta concorde.
pose-bridge-avoid-1 = Problemas no pescoço
pose-bridge-avoid-2 = A partir de cerca de 20 semanas de gravidez
pose-bridge-avoid-3 = Cirurgia recente nas costas ou na barriga
pose-bridge-hold-cue = Levante o quadril, pressione os pés no chão e mantenha os joelhos alinhados.
pose-bridge-helps = Fortalece as nádegas e os músculos que sustentam a lombar.
pose-bridge-breathing = Expire ao subir, respire de forma constante enquanto mantém a posição e inspire ao descer.

## piriformis-stretch

pose-piriformis-stretch-name = Alongamento do piriforme
pose-piriformis-stretch-english = Alongamento do piriforme
pose-piriformis-stretch-step-1 = Deite-se de costas, com os dois joelhos dobrados e os pés apoiados no chão.
pose-piriformis-stretch-step-2 = Cruze o tornozelo direito sobre o joelho esquerdo, formando um número 4.
pose-piriformis-stretch-step-3 = Segure atrás da coxa esquerda e puxe-a suavemente em direção ao peito.
pose-piriformis-stretch-step-4 = Pare quando sentir um alongamento profundo na nádega direita e mantenha a posição.
pose-piriformis-stretch-step-5 = Solte devagar e repita com a outra perna.
pose-piriformis-stretch-caution-1 = Pare se a dor descer por uma perna ou se você sentir dormência ou formigamento.
pose-piriformis-stretch-caution-2 = Não faça este exercício se você tem lesão no joelho ou no quadril, ou prótese de quadril, a não ser que seu fisioterapeuta concorde.
pose-piriformis-stretch-caution-3 = A partir de cerca de 20 semanas de gravidez, não fique deitada de costas; peça ao seu fisioterapeuta uma versão sentada ou deitada de lado.
pose-piriformis-stretch-caution-4 = Se você tem prótese de quadril, pergunte ao seu cirurgião ou fisioterapeuta antes de fazer esta postura: ela dobra ou gira muito o quadril.
pose-piriformis-stretch-avoid-1 = Lesão no joelho ou no quadril, ou prótese de quadril
pose-piriformis-stretch-avoid-2 = A partir de cerca de 20 semanas de gravidez (deitada de costas)
pose-piriformis-stretch-hold-cue = Puxe as pernas suavemente na sua direção para alongar a nádega { $side ->
        [left] esquerda
       *[right] direita
    }.
pose-piriformis-stretch-helps = Alonga suavemente os músculos profundos da nádega e a parte de fora do quadril.
pose-piriformis-stretch-breathing = Respire devagar e deixe o quadril relaxar um pouco mais a cada expiração.

## The routines that come with Posewise

routine-back-spasm-relief-title = Alívio do espasmo nas costas
routine-back-spasm-relief-notes = Quatro alongamentos suaves para a lombar rígida ou com espasmos. Mova-se devagar, fique dentro de uma amplitude confortável e pare se a dor se espalhar ou piorar.
routine-gentle-back-yoga-title = Yoga suave para as costas
routine-gentle-back-yoga-notes = Uma sequência tranquila de yoga para as costas, da posição em pé até a posição deitada, terminando com um relaxamento profundo. Não faça nenhuma postura que cause dor.
routine-breathing-reset-title = Respiração para reequilibrar
routine-breathing-reset-notes = Respiração lenta para relaxar os músculos tensos das costas. Sente-se ou deite-se confortavelmente; nunca faça esforço para prender a respiração.

## Sanskrit names

pose-tadasana-sanskrit = Tadasana
pose-parsvakonasana-sanskrit = Parsvakonasana
pose-makarasana-sanskrit = Makarasana
pose-yastikasana-sanskrit = Yastikasana
pose-matsyasana-sanskrit = Matsyasana
pose-adho-mukha-svanasana-sanskrit = Adho Mukha Svanasana
pose-balasana-sanskrit = Balasana
pose-bhujangasana-sanskrit = Bhujangasana
pose-shavasana-sanskrit = Shavasana
pose-saithalyasana-sanskrit = Saithalyasana
pose-anulom-vilom-sanskrit = Anulom Vilom Pranayama
pose-cat-cow-sanskrit = Marjaryasana-Bitilasana
pose-bridge-sanskrit = Setu Bandhasana
