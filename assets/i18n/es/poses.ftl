# Posewise: catálogo de posturas y rutinas incluidas, en español.
#
# Generado por tools/poses-ftl.py a partir de assets/catalogue.json y routines/:
# modifica esos archivos, no este. Mismos ids que el archivo en inglés.
# En las indicaciones de mantener la postura (hold-cue), la variable side vale
# "left" o "right"; aquí se usa un selector para concordar izquierdo/izquierda
# y derecho/derecha con el sustantivo.

## Warning signs

red-flag-emergency-1 = Cambios en el control de la vejiga o del intestino: nuevas dificultades para orinar, escapes de orina o de heces, o no sentir nada al orinar o al limpiarte
red-flag-emergency-2 = Entumecimiento u hormigueo entre las piernas: alrededor de los genitales, las nalgas o la parte interna de los muslos (la zona en «silla de montar»)
red-flag-emergency-3 = Problemas nuevos en las relaciones sexuales, o pérdida de sensibilidad en los genitales
red-flag-emergency-4 = Ciática, entumecimiento o debilidad en las dos piernas
red-flag-emergency-5 = Debilidad cada vez mayor en una pierna, o un pie que arrastras o que te falla
red-flag-same-day-1 = Fiebre, o sensación de calor y de encontrarte mal, junto con el dolor de espalda
red-flag-same-day-2 = Pérdida de peso que no puedes explicar
red-flag-same-day-3 = Tener o haber tenido cáncer
red-flag-same-day-4 = Dolor que empezó después de una caída, un accidente o un golpe en la espalda
red-flag-same-day-5 = Dolor de espalda que empieza después de los 50 años, o antes de los 20 años
red-flag-same-day-6 = Dolor constante o que va a peor, o intenso por la noche y que no se alivia con el reposo
red-flag-same-day-7 = Defensas bajas (sistema inmunitario débil), tomar corticoides en pastillas durante mucho tiempo, o inyectarte drogas
red-flag-same-day-8 = Osteoporosis o tomar corticoides durante mucho tiempo, con dolor repentino después de un pequeño esfuerzo o de levantar algo poco pesado
red-flag-same-day-9 = Dolor en la parte alta de la espalda, entre los omóplatos

## knee-to-chest

pose-knee-to-chest-name = Estiramiento de rodilla al pecho
pose-knee-to-chest-english = Estiramiento de rodilla al pecho
pose-knee-to-chest-step-1 = Acuéstate boca arriba con las dos rodillas dobladas y los pies apoyados en el suelo.
pose-knee-to-chest-step-2 = Lleva una rodilla hacia el pecho y sujétala con las dos manos por detrás del muslo.
pose-knee-to-chest-step-3 = Deja el otro pie en el suelo y deja que la zona lumbar se apoye bien en la colchoneta.
pose-knee-to-chest-step-4 = Mantén la postura con suavidad, sin tirar con fuerza; después baja la pierna despacio y cambia de lado.
pose-knee-to-chest-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-knee-to-chest-caution-2 = Tras una cirugía reciente de espalda, cadera o abdomen, consulta primero a tu cirujano o fisioterapeuta.
pose-knee-to-chest-caution-3 = Si te duele la rodilla, sujeta la pierna por detrás del muslo en lugar de por encima de la rodilla.
pose-knee-to-chest-caution-4 = A partir de la semana 20 de embarazo, aproximadamente, no hagas el ejercicio boca arriba; pide a tu fisioterapeuta una versión sentada o de lado.
pose-knee-to-chest-caution-5 = Si tienes una prótesis de cadera, consulta a tu cirujano o fisioterapeuta antes de hacer esta postura: dobla o gira mucho la cadera.
pose-knee-to-chest-caution-6 = Si tienes osteoporosis, mantén la espalda alargada y evita inclinarte hacia adelante o girar el tronco de forma profunda o forzada, o cargando peso, salvo que tu fisioterapeuta esté de acuerdo.
pose-knee-to-chest-caution-7 = Si tienes un problema de disco o ciática, pregunta a tu fisioterapeuta si te conviene inclinarte hacia adelante: con esto, algunas espaldas mejoran y otras empeoran.
pose-knee-to-chest-avoid-1 = A partir de la semana 20 de embarazo, aproximadamente (boca arriba)
pose-knee-to-chest-avoid-2 = Cirugía reciente de espalda, cadera o abdomen
pose-knee-to-chest-avoid-3 = Prótesis de cadera, salvo que tu cirujano esté de acuerdo
pose-knee-to-chest-hold-cue = Sujeta el muslo { $side ->
        [left] izquierdo
       *[right] derecho
    } por detrás y lleva la rodilla con suavidad hacia el pecho.
pose-knee-to-chest-helps = Estira suavemente la zona lumbar, los glúteos y las caderas.
pose-knee-to-chest-breathing = Respira despacio por la nariz y deja que la rodilla se acerque un poco más cada vez que exhalas.

## prone-back-extension

pose-prone-back-extension-name = Extensión de espalda boca abajo
pose-prone-back-extension-english = Extensión de espalda boca abajo
pose-prone-back-extension-step-1 = Acuéstate boca abajo con las piernas estiradas y los codos doblados debajo de los hombros.
pose-prone-back-extension-step-2 = Apóyate suavemente en los antebrazos para levantar un poco el pecho del suelo.
pose-prone-back-extension-step-3 = Mantén las caderas y las piernas relajadas en el suelo, y el cuello alargado.
pose-prone-back-extension-step-4 = Estira los brazos para subir más solo si sigue siendo cómodo.
pose-prone-back-extension-step-5 = Mantén la postura unos instantes y después baja el pecho despacio hasta el suelo.
pose-prone-back-extension-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-prone-back-extension-caution-2 = No hagas este ejercicio si arquear la espalda hacia atrás hace más agudo tu dolor de espalda.
pose-prone-back-extension-caution-3 = A partir de la semana 12 de embarazo, aproximadamente, no hagas el ejercicio boca abajo.
pose-prone-back-extension-caution-4 = Tras una cirugía reciente de espalda, cadera o abdomen, consulta primero a tu cirujano o fisioterapeuta.
pose-prone-back-extension-caution-5 = Si tienes un problema de disco o ciática, pregunta a tu fisioterapeuta si te conviene inclinarte hacia atrás: con esto, algunas espaldas mejoran y otras empeoran.
pose-prone-back-extension-caution-6 = Si tienes estenosis espinal o espondilolistesis, pregunta a tu fisioterapeuta antes de inclinarte hacia atrás.
pose-prone-back-extension-caution-7 = Si tienes problemas de cuello, mantén la cabeza alineada con la columna y detente si te duele el cuello.
pose-prone-back-extension-avoid-1 = A partir de la semana 12 de embarazo, aproximadamente (boca abajo)
pose-prone-back-extension-avoid-2 = Arquear la espalda hacia atrás hace más agudo tu dolor
pose-prone-back-extension-avoid-3 = Cirugía reciente de espalda o abdomen
pose-prone-back-extension-hold-cue = Apóyate en los antebrazos, con el pecho un poco levantado y las caderas pesadas sobre el suelo.
pose-prone-back-extension-helps = Arquea suavemente la zona lumbar y contrarresta los periodos largos en posición sentada o inclinada hacia adelante.
pose-prone-back-extension-breathing = Exhala al subir y sigue respirando de forma lenta y regular mientras mantienes la postura.

## trunk-rotation

pose-trunk-rotation-name = Rotación del tronco
pose-trunk-rotation-english = Rotación del tronco
pose-trunk-rotation-step-1 = Acuéstate boca arriba con las rodillas dobladas, los pies juntos y los brazos abiertos hacia los lados.
pose-trunk-rotation-step-2 = Con los dos hombros en el suelo, deja caer despacio las rodillas hacia un lado.
pose-trunk-rotation-step-3 = Llega solo hasta donde te resulte cómodo y descansa ahí.
pose-trunk-rotation-step-4 = Usa los músculos abdominales para llevar las rodillas de vuelta al centro y después repite hacia el otro lado.
pose-trunk-rotation-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-trunk-rotation-caution-2 = Haz un movimiento pequeño si girar el tronco te aumenta el dolor.
pose-trunk-rotation-caution-3 = Tras una cirugía reciente de espalda, cadera o abdomen, consulta primero a tu cirujano o fisioterapeuta.
pose-trunk-rotation-caution-4 = A partir de la semana 20 de embarazo, aproximadamente, no hagas el ejercicio boca arriba; pide a tu fisioterapeuta una versión sentada o de lado.
pose-trunk-rotation-caution-5 = Si tienes osteoporosis, mantén la espalda alargada y evita inclinarte hacia adelante o girar el tronco de forma profunda o forzada, o cargando peso, salvo que tu fisioterapeuta esté de acuerdo.
pose-trunk-rotation-caution-6 = Si tienes una prótesis de cadera, consulta a tu cirujano o fisioterapeuta antes de hacer esta postura: dobla o gira mucho la cadera.
pose-trunk-rotation-avoid-1 = A partir de la semana 20 de embarazo, aproximadamente (boca arriba)
pose-trunk-rotation-avoid-2 = Cirugía reciente de espalda o abdomen
pose-trunk-rotation-avoid-3 = Osteoporosis, salvo que tu fisioterapeuta esté de acuerdo
pose-trunk-rotation-avoid-4 = Prótesis de cadera, salvo que tu cirujano esté de acuerdo
pose-trunk-rotation-hold-cue = Deja que las rodillas descansen hacia la { $side ->
        [left] izquierda
       *[right] derecha
    }, con los dos hombros en el suelo.
pose-trunk-rotation-helps = Gira y suelta suavemente la zona lumbar y los costados de la cintura.
pose-trunk-rotation-breathing = Exhala mientras bajan las rodillas y sigue respirando de forma regular mientras descansas con las rodillas hacia un lado.

## hamstring-stretch

pose-hamstring-stretch-name = Estiramiento de isquiotibiales
pose-hamstring-stretch-english = Estiramiento de isquiotibiales
pose-hamstring-stretch-step-1 = Acuéstate boca arriba con las dos rodillas dobladas y los pies apoyados en el suelo.
pose-hamstring-stretch-step-2 = Pasa una toalla o una cinta por debajo de la planta de un pie y sujeta un extremo con cada mano, o sujeta ese muslo por detrás con las dos manos.
pose-hamstring-stretch-step-3 = Estira esa pierna hacia el techo hasta notar un estiramiento suave detrás del muslo.
pose-hamstring-stretch-step-4 = Mantén la cabeza, los hombros y la zona lumbar relajados en el suelo.
pose-hamstring-stretch-step-5 = Mantén la postura; después dobla la rodilla, baja el pie y cambia de lado.
pose-hamstring-stretch-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-hamstring-stretch-caution-2 = Mantén la rodilla un poco doblada en lugar de forzar la pierna para estirarla del todo.
pose-hamstring-stretch-caution-3 = Evita este ejercicio si tienes una lesión reciente en los isquiotibiales o en la cadera, salvo que tu fisioterapeuta esté de acuerdo.
pose-hamstring-stretch-caution-4 = A partir de la semana 20 de embarazo, aproximadamente, no hagas el ejercicio boca arriba; pide a tu fisioterapeuta una versión sentada o de lado.
pose-hamstring-stretch-caution-5 = Si tienes una prótesis de cadera, consulta a tu cirujano o fisioterapeuta antes de hacer esta postura: dobla o gira mucho la cadera.
pose-hamstring-stretch-caution-6 = No tires de los dedos de los pies hacia ti si notas hormigueo en la pierna.
pose-hamstring-stretch-avoid-1 = A partir de la semana 20 de embarazo, aproximadamente (boca arriba)
pose-hamstring-stretch-avoid-2 = Lesión reciente en los isquiotibiales o en la cadera
pose-hamstring-stretch-avoid-3 = Prótesis de cadera, salvo que tu cirujano esté de acuerdo
pose-hamstring-stretch-hold-cue = Sube la pierna { $side ->
        [left] izquierda
       *[right] derecha
    } hasta notar un estiramiento suave detrás del muslo.
pose-hamstring-stretch-helps = Alarga suavemente los músculos de la parte de atrás del muslo, que a menudo están tensos cuando hay dolor de espalda.
pose-hamstring-stretch-breathing = Respira de forma lenta y regular, y deja que la pierna se relaje un poco más con cada exhalación.

## tadasana

pose-tadasana-name = Postura de la palmera
pose-tadasana-english = Postura de la palmera
pose-tadasana-step-1 = Ponte de pie con el cuerpo erguido, los pies separados al ancho de las caderas y los brazos a los lados del cuerpo.
pose-tadasana-step-2 = Entrelaza los dedos y sube los brazos por encima de la cabeza, con las palmas mirando al techo.
pose-tadasana-step-3 = Ponte de puntillas despacio y estira todo el cuerpo hacia arriba.
pose-tadasana-step-4 = Mira al frente y mantén el abdomen ligeramente metido para no perder el equilibrio.
pose-tadasana-step-5 = Baja primero los talones y después los brazos, despacio y con control.
pose-tadasana-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-tadasana-caution-2 = Si te cuesta mantener el equilibrio, ponte junto a una pared o una silla, o mantén los talones en el suelo.
pose-tadasana-caution-3 = No te pongas de puntillas si notas mareo, ni a partir de la semana 20 de embarazo, aproximadamente.
pose-tadasana-caution-4 = Baja los brazos si notas dolor en los hombros o tensión en la zona lumbar.
pose-tadasana-caution-5 = Si tienes osteoporosis, mantén los talones en el suelo y una mano apoyada en una pared o una silla: una caída puede romperte un hueso.
pose-tadasana-avoid-1 = Mareo o equilibrio inestable (mantén los talones en el suelo)
pose-tadasana-avoid-2 = A partir de la semana 20 de embarazo, aproximadamente (ponerte de puntillas)
pose-tadasana-hold-cue = Quédate de pie con el cuerpo erguido y estírate hacia arriba con las puntas de los dedos, respirando con calma.
pose-tadasana-helps = Estira todo el cuerpo, de los pies a las puntas de los dedos, y lo deja tranquilo y relajado.
pose-tadasana-breathing = Inhala al subir, respira de forma constante mientras mantienes la postura y exhala al bajar.

## parsvakonasana

pose-parsvakonasana-name = Postura del ángulo lateral
pose-parsvakonasana-english = Postura del ángulo lateral
pose-parsvakonasana-step-1 = Ponte de pie con los pies bien separados, el pie derecho girado hacia afuera y el izquierdo un poco hacia adentro, con el talón en el suelo.
pose-parsvakonasana-step-2 = Dobla la rodilla derecha hasta que quede encima del tobillo y apoya el antebrazo derecho en el muslo derecho.
pose-parsvakonasana-step-3 = Lleva el brazo izquierdo hacia arriba y por encima de la oreja, de modo que el cuerpo forme una línea larga desde el talón izquierdo hasta la punta de los dedos.
pose-parsvakonasana-step-4 = Gira el pecho ligeramente hacia arriba y mantén el cuello relajado.
pose-parsvakonasana-step-5 = Mantén la postura; después empuja con los pies para subir despacio y repite hacia el otro lado.
pose-parsvakonasana-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-parsvakonasana-caution-2 = Mantén la rodilla delantera encima del tobillo; si tienes una lesión de rodilla o de cadera, no hagas este ejercicio o separa menos los pies.
pose-parsvakonasana-caution-3 = Si tienes problemas de cuello, mira al frente o hacia abajo en lugar de hacia arriba.
pose-parsvakonasana-caution-4 = Detente si notas sensación de pinzamiento en la zona lumbar.
pose-parsvakonasana-caution-5 = Si tienes osteoporosis, mantén la espalda alargada y evita inclinarte hacia adelante o girar el tronco de forma profunda o forzada, o cargando peso, salvo que tu fisioterapeuta esté de acuerdo.
pose-parsvakonasana-caution-6 = Si tienes una prótesis de cadera, consulta a tu cirujano o fisioterapeuta antes de hacer esta postura: dobla o gira mucho la cadera.
pose-parsvakonasana-caution-7 = Durante el embarazo, separa poco los pies y ponte junto a una pared o una silla; detente si notas dolor en la parte delantera o trasera de la pelvis.
pose-parsvakonasana-caution-8 = Si tienes un problema de hombro, deja la mano de arriba en la cadera en lugar de estirar el brazo por encima de la cabeza.
pose-parsvakonasana-avoid-1 = Lesión de rodilla o de cadera
pose-parsvakonasana-avoid-2 = Osteoporosis, salvo que tu fisioterapeuta esté de acuerdo
pose-parsvakonasana-avoid-3 = Prótesis de cadera, salvo que tu cirujano esté de acuerdo
pose-parsvakonasana-hold-cue = Dobla la rodilla { $side ->
        [left] izquierda
       *[right] derecha
    }, apoya el antebrazo en ese muslo y estira bien el otro brazo por encima de la oreja.
pose-parsvakonasana-helps = Abre el pecho y estira los costados de la cintura y las caderas.
pose-parsvakonasana-breathing = Respira despacio y profundamente, llevando el aire hacia el lado estirado de las costillas.

## makarasana

pose-makarasana-name = Postura del cocodrilo
pose-makarasana-english = Postura del cocodrilo
pose-makarasana-step-1 = Acuéstate boca abajo con las piernas separadas de forma cómoda y las puntas de los pies hacia afuera.
pose-makarasana-step-2 = Cruza los antebrazos delante de ti y apoya en ellos la frente o la mejilla.
pose-makarasana-step-3 = Deja que los hombros, la espalda y las piernas se vuelvan pesados y se hundan en el suelo.
pose-makarasana-step-4 = Quédate sin moverte; después junta las piernas y gira hacia un lado para levantarte.
pose-makarasana-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-makarasana-caution-2 = A partir de la semana 12 de embarazo, aproximadamente, no hagas el ejercicio boca abajo.
pose-makarasana-caution-3 = Tras una cirugía reciente de espalda, cadera o abdomen, consulta primero a tu cirujano o fisioterapeuta.
pose-makarasana-caution-4 = Pon una almohada fina debajo de las caderas si al estar boca abajo notas tensión en la zona lumbar.
pose-makarasana-avoid-1 = A partir de la semana 12 de embarazo, aproximadamente (boca abajo)
pose-makarasana-avoid-2 = Cirugía reciente de espalda o abdomen
pose-makarasana-hold-cue = Apoya la frente sobre los antebrazos cruzados y deja que la espalda se relaje.
pose-makarasana-helps = Deja que los músculos de la espalda y de las piernas se relajen, y da al cuerpo y a la mente un descanso del cansancio.
pose-makarasana-breathing = Respira despacio llevando el aire al abdomen y nota cómo presiona suavemente contra el suelo cada vez que inhalas.

## yastikasana

pose-yastikasana-name = Postura del palo
pose-yastikasana-english = Postura del palo
pose-yastikasana-step-1 = Acuéstate boca arriba con las piernas estiradas y juntas.
pose-yastikasana-step-2 = Lleva los brazos por encima de la cabeza a lo largo del suelo, estirados y cerca de las orejas.
pose-yastikasana-step-3 = Estira las puntas de los pies y lleva los dedos de las manos en la dirección contraria para alargar todo el cuerpo.
pose-yastikasana-step-4 = Mantén el estiramiento; después relájate y vuelve a bajar los brazos a los lados del cuerpo.
pose-yastikasana-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-yastikasana-caution-2 = Si te duele el hombro, mantén los brazos más bajos o dobla los codos.
pose-yastikasana-caution-3 = Dobla las rodillas si al estirarte del todo la zona lumbar se arquea o te duele.
pose-yastikasana-caution-4 = Suelta el estiramiento enseguida si un músculo empieza a darte un calambre.
pose-yastikasana-caution-5 = A partir de la semana 20 de embarazo, aproximadamente, no hagas el ejercicio boca arriba; pide a tu fisioterapeuta una versión sentada o de lado.
pose-yastikasana-avoid-1 = A partir de la semana 20 de embarazo, aproximadamente (boca arriba)
pose-yastikasana-avoid-2 = Dolor de hombro al subir los brazos por encima de la cabeza
pose-yastikasana-hold-cue = Estírate a lo largo, desde las puntas de los dedos de las manos hasta los dedos de los pies.
pose-yastikasana-helps = Alarga suavemente todo el cuerpo, incluidos los pequeños músculos a lo largo de la columna.
pose-yastikasana-breathing = Inhala al estirarte y después sigue respirando despacio y a fondo mientras mantienes la postura.

## matsyasana

pose-matsyasana-name = Postura del pez
pose-matsyasana-english = Postura del pez
pose-matsyasana-step-1 = Enrolla una manta doblada hasta formar un rollo firme y colócalo de través sobre la colchoneta, donde vas a apoyar los omóplatos.
pose-matsyasana-step-2 = Siéntate delante del rollo y échate hacia atrás despacio, de modo que la manta sostenga los omóplatos y la cabeza quede apoyada en el suelo.
pose-matsyasana-step-3 = Deja las piernas estiradas o las rodillas dobladas, y los brazos a los lados del cuerpo con las palmas hacia arriba.
pose-matsyasana-step-4 = Deja que el pecho se abra suavemente mientras el cuello sigue alargado y la cabeza sigue en el suelo.
pose-matsyasana-step-5 = Para salir, gira hacia un lado y empújate con las manos para incorporarte.
pose-matsyasana-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-matsyasana-caution-2 = Si tienes problemas de cuello, mantén la cabeza alineada con la columna y detente si te duele el cuello.
pose-matsyasana-caution-3 = Evita este ejercicio si tienes la presión arterial alta o baja, o si notas mareo o te da dolor de cabeza.
pose-matsyasana-caution-4 = Mantén la cabeza en el suelo: nunca la eches hacia atrás hasta apoyarla sobre la coronilla.
pose-matsyasana-caution-5 = Detente si arquear la espalda hace más agudo tu dolor de espalda.
pose-matsyasana-caution-6 = Si tienes osteoporosis, mantén la espalda alargada y evita inclinarte hacia adelante o girar el tronco de forma profunda o forzada, o cargando peso, salvo que tu fisioterapeuta esté de acuerdo.
pose-matsyasana-caution-7 = Si tienes un problema de disco o ciática, pregunta a tu fisioterapeuta si te conviene inclinarte hacia atrás: con esto, algunas espaldas mejoran y otras empeoran.
pose-matsyasana-caution-8 = Si tienes estenosis espinal o espondilolistesis, pregunta a tu fisioterapeuta antes de inclinarte hacia atrás.
pose-matsyasana-caution-9 = Tras una cirugía reciente de espalda, cadera o abdomen, consulta primero a tu cirujano o fisioterapeuta.
pose-matsyasana-caution-10 = A partir de la semana 20 de embarazo, aproximadamente, no hagas este ejercicio salvo que tu fisioterapeuta esté de acuerdo.
pose-matsyasana-avoid-1 = Presión arterial alta o baja
pose-matsyasana-avoid-2 = A partir de la semana 20 de embarazo, aproximadamente
pose-matsyasana-avoid-3 = Cirugía reciente de espalda o abdomen
pose-matsyasana-hold-cue = Descansa sobre la manta con la cabeza en el suelo y deja que el pecho se abra.
pose-matsyasana-helps = Abre el pecho y arquea suavemente la parte alta de la espalda, con la cabeza apoyada en el suelo.
pose-matsyasana-breathing = Respira profundamente llevando el aire al pecho y nota cómo se ensanchan las costillas en cada inhalación.

## adho-mukha-svanasana

pose-adho-mukha-svanasana-name = Perro boca abajo
pose-adho-mukha-svanasana-english = Perro boca abajo
pose-adho-mukha-svanasana-step-1 = Empieza con las manos y las rodillas en el suelo, con las manos un poco por delante de los hombros.
pose-adho-mukha-svanasana-step-2 = Apoya las puntas de los dedos de los pies en el suelo y sube las caderas hacia arriba y hacia atrás, formando una V invertida.
pose-adho-mukha-svanasana-step-3 = Dobla las rodillas todo lo que necesites para que la espalda siga alargada.
pose-adho-mukha-svanasana-step-4 = Presiona el suelo con las manos y deja que la cabeza cuelgue entre los brazos.
pose-adho-mukha-svanasana-step-5 = Mantén la postura; después baja las rodillas al suelo y descansa.
pose-adho-mukha-svanasana-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-adho-mukha-svanasana-caution-2 = No hagas este ejercicio si tienes glaucoma o presión arterial alta, o si notas mareo con la cabeza por debajo del corazón.
pose-adho-mukha-svanasana-caution-3 = Evita este ejercicio si tienes lesiones de muñeca o de hombro, salvo que tu fisioterapeuta esté de acuerdo.
pose-adho-mukha-svanasana-caution-4 = A partir de la semana 20 de embarazo, aproximadamente, no hagas este ejercicio salvo que tu fisioterapeuta esté de acuerdo.
pose-adho-mukha-svanasana-caution-5 = Si tienes osteoporosis, mantén la espalda alargada y evita inclinarte hacia adelante o girar el tronco de forma profunda o forzada, o cargando peso, salvo que tu fisioterapeuta esté de acuerdo.
pose-adho-mukha-svanasana-caution-6 = Si tienes una prótesis de cadera, consulta a tu cirujano o fisioterapeuta antes de hacer esta postura: dobla o gira mucho la cadera.
pose-adho-mukha-svanasana-caution-7 = Si tienes un problema de disco o ciática, pregunta a tu fisioterapeuta si te conviene inclinarte hacia adelante: con esto, algunas espaldas mejoran y otras empeoran.
pose-adho-mukha-svanasana-caution-8 = Si tienes problemas de cuello, mantén la cabeza alineada con la columna y detente si te duele el cuello.
pose-adho-mukha-svanasana-avoid-1 = Presión arterial alta o glaucoma
pose-adho-mukha-svanasana-avoid-2 = Lesión de muñeca o de hombro
pose-adho-mukha-svanasana-avoid-3 = A partir de la semana 20 de embarazo, aproximadamente
pose-adho-mukha-svanasana-avoid-4 = Osteoporosis, salvo que tu fisioterapeuta esté de acuerdo
pose-adho-mukha-svanasana-avoid-5 = Prótesis de cadera, salvo que tu cirujano esté de acuerdo
pose-adho-mukha-svanasana-hold-cue = Empuja las caderas hacia arriba y hacia atrás; dobla un poco las rodillas si lo necesitas.
pose-adho-mukha-svanasana-helps = Alarga la columna y estira la zona lumbar, los hombros y la parte de atrás de las piernas.
pose-adho-mukha-svanasana-breathing = Respira de forma constante por la nariz y alarga la columna cada vez que exhalas.

## balasana

pose-balasana-name = Postura del niño
pose-balasana-english = Postura del niño
pose-balasana-step-1 = Arrodíllate en el suelo con los dedos gordos de los pies tocándose y las rodillas separadas al ancho de las caderas.
pose-balasana-step-2 = Lleva las caderas hacia atrás, hacia los talones.
pose-balasana-step-3 = Inclínate hacia adelante y apoya la frente en el suelo o en un cojín.
pose-balasana-step-4 = Deja los brazos apoyados en el suelo, estirados hacia adelante o junto al cuerpo.
pose-balasana-step-5 = Permanece en la postura sin tensión; después acerca las manos poco a poco hacia ti e incorpórate despacio.
pose-balasana-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-balasana-caution-2 = Si tienes una lesión de rodilla, no hagas este ejercicio o pon un cojín entre los talones y las caderas.
pose-balasana-caution-3 = Si tienes osteoporosis, mantén la espalda alargada y evita inclinarte hacia adelante o girar el tronco de forma profunda o forzada, o cargando peso, salvo que tu fisioterapeuta esté de acuerdo.
pose-balasana-caution-4 = Si tienes una prótesis de cadera, consulta a tu cirujano o fisioterapeuta antes de hacer esta postura: dobla o gira mucho la cadera.
pose-balasana-caution-5 = Si tienes un problema de disco o ciática, pregunta a tu fisioterapeuta si te conviene inclinarte hacia adelante: con esto, algunas espaldas mejoran y otras empeoran.
pose-balasana-caution-6 = No hagas este ejercicio si tienes glaucoma o presión arterial alta, o si notas mareo con la cabeza por debajo del corazón.
pose-balasana-caution-7 = Tras una cirugía reciente de espalda, cadera o abdomen, consulta primero a tu cirujano o fisioterapeuta.
pose-balasana-caution-8 = A partir de la semana 20 de embarazo, aproximadamente, no hagas este ejercicio salvo que tu fisioterapeuta esté de acuerdo.
pose-balasana-avoid-1 = Lesión de rodilla
pose-balasana-avoid-2 = A partir de la semana 20 de embarazo, aproximadamente, o cirugía reciente de abdomen
pose-balasana-avoid-3 = Osteoporosis, salvo que tu fisioterapeuta esté de acuerdo
pose-balasana-avoid-4 = Prótesis de cadera, salvo que tu cirujano esté de acuerdo
pose-balasana-hold-cue = Lleva las caderas hacia los talones y respira llevando el aire hacia la espalda.
pose-balasana-helps = Redondea y relaja suavemente la espalda, y deja que todo el cuerpo se asiente.
pose-balasana-breathing = Respira despacio llevando el aire hacia la espalda y nota cómo se ensancha cada vez que inhalas.

## bhujangasana

pose-bhujangasana-name = Postura de la cobra
pose-bhujangasana-english = Postura de la cobra
pose-bhujangasana-step-1 = Acuéstate boca abajo con las piernas juntas y las palmas de las manos apoyadas debajo de los hombros.
pose-bhujangasana-step-2 = Mantén los codos pegados al cuerpo y presiona el empeine de los pies contra el suelo.
pose-bhujangasana-step-3 = Empuja suavemente con las manos y deja que los brazos levanten la cabeza y el pecho, con los músculos de la espalda relajados.
pose-bhujangasana-step-4 = Mantén las caderas en el suelo y los hombros lejos de las orejas.
pose-bhujangasana-step-5 = Mantén la postura unos instantes y después baja el pecho despacio.
pose-bhujangasana-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-bhujangasana-caution-2 = No hagas este ejercicio si inclinarte hacia atrás hace más agudo tu dolor de espalda.
pose-bhujangasana-caution-3 = Si tienes problemas de muñeca o de cuello, no subas mucho.
pose-bhujangasana-caution-4 = Si tienes un problema de disco o ciática, pregunta a tu fisioterapeuta si te conviene inclinarte hacia atrás: con esto, algunas espaldas mejoran y otras empeoran.
pose-bhujangasana-caution-5 = Si tienes estenosis espinal o espondilolistesis, pregunta a tu fisioterapeuta antes de inclinarte hacia atrás.
pose-bhujangasana-caution-6 = Tras una cirugía reciente de espalda, cadera o abdomen, consulta primero a tu cirujano o fisioterapeuta.
pose-bhujangasana-caution-7 = A partir de la semana 12 de embarazo, aproximadamente, no hagas el ejercicio boca abajo.
pose-bhujangasana-avoid-1 = A partir de la semana 12 de embarazo, aproximadamente (boca abajo)
pose-bhujangasana-avoid-2 = Inclinarte hacia atrás hace más agudo tu dolor
pose-bhujangasana-avoid-3 = Cirugía reciente de abdomen
pose-bhujangasana-hold-cue = Levanta el pecho con suavidad, con los codos pegados al cuerpo y las caderas en el suelo.
pose-bhujangasana-helps = Inclina la espalda suavemente hacia atrás y alarga la parte delantera del cuerpo y las caderas.
pose-bhujangasana-breathing = Inhala al subir, respira de forma regular mientras mantienes la postura y exhala al bajar.

## wall-plank

pose-wall-plank-name = Plancha en la pared
pose-wall-plank-english = Plancha en la pared
pose-wall-plank-step-1 = Ponte de pie frente a una pared, a la distancia de un brazo, más o menos.
pose-wall-plank-step-2 = Apoya las palmas de las manos en la pared, a la altura de los hombros y separadas al ancho de los hombros.
pose-wall-plank-step-3 = Lleva los pies hacia atrás para que el cuerpo forme una línea recta e inclinada de la cabeza a los talones.
pose-wall-plank-step-4 = Aprieta un poco el abdomen y los glúteos para que las caderas no se hundan ni sobresalgan.
pose-wall-plank-step-5 = Mantén la postura; después acerca los pies a la pared, paso a paso, para terminar.
pose-wall-plank-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-wall-plank-caution-2 = Acércate más a la pared si notas tensión en la zona lumbar o en los hombros.
pose-wall-plank-caution-3 = No hagas este ejercicio si tienes una lesión de muñeca o de hombro, salvo que tu fisioterapeuta esté de acuerdo.
pose-wall-plank-caution-4 = Usa calzado o una superficie antideslizante para que los pies no resbalen.
pose-wall-plank-avoid-1 = Lesión de muñeca o de hombro
pose-wall-plank-hold-cue = Mantén una línea recta de la cabeza a los talones, con el abdomen suavemente firme.
pose-wall-plank-helps = Fortalece con suavidad el tronco, los brazos y las piernas, con poca carga sobre la espalda.
pose-wall-plank-breathing = Respira de forma constante y nunca contengas la respiración mientras mantienes la plancha.

## shavasana

pose-shavasana-name = Postura del cadáver
pose-shavasana-english = Postura del cadáver
pose-shavasana-step-1 = Acuéstate boca arriba con las piernas un poco separadas y los brazos algo alejados del cuerpo.
pose-shavasana-step-2 = Pon las palmas hacia arriba, cierra los ojos y deja que los pies caigan hacia los lados.
pose-shavasana-step-3 = Deja que todo el cuerpo se vuelva pesado y relájalo desde los pies hasta la cara.
pose-shavasana-step-4 = Quédate sin moverte y deja que la respiración encuentre su propio ritmo tranquilo.
pose-shavasana-step-5 = Para terminar, mueve los dedos de las manos y de los pies, gira hacia un lado y siéntate despacio.
pose-shavasana-caution-1 = Pon una almohada debajo de las rodillas si al estar boca arriba notas tirantez en la zona lumbar.
pose-shavasana-caution-2 = A partir de la semana 20 de embarazo, aproximadamente, acuéstate sobre el lado izquierdo en lugar de boca arriba.
pose-shavasana-caution-3 = Levántate despacio, porque después de descansar puedes notar aturdimiento.
pose-shavasana-avoid-1 = A partir de la semana 20 de embarazo, aproximadamente, boca arriba (en su lugar, acuéstate sobre el lado izquierdo)
pose-shavasana-hold-cue = Quédate sin moverte, con los ojos cerrados, y deja que todo el cuerpo se vuelva pesado.
pose-shavasana-helps = Permite que todo el cuerpo se relaje y alivia el estrés acumulado y la tensión muscular.
pose-shavasana-breathing = Respira con naturalidad y deja que cada exhalación sea lenta y relajada.

## saithalyasana

pose-saithalyasana-name = Postura de relajación del animal
pose-saithalyasana-english = Postura de relajación del animal
pose-saithalyasana-step-1 = Siéntate en el suelo con las piernas estiradas delante de ti.
pose-saithalyasana-step-2 = Dobla la rodilla derecha y apoya la planta del pie derecho contra la parte interna del muslo izquierdo.
pose-saithalyasana-step-3 = Dobla la rodilla izquierda hacia atrás y coloca el pie izquierdo junto a la cadera izquierda.
pose-saithalyasana-step-4 = Sube los brazos por encima de la cabeza y después inclínate hacia adelante desde las caderas, sobre la rodilla delantera.
pose-saithalyasana-step-5 = Apoya los antebrazos y las manos en el suelo, y la frente en el suelo o sobre una manta doblada o un cojín, y relájate.
pose-saithalyasana-step-6 = Incorpórate despacio, estira las piernas y repite hacia el otro lado.
pose-saithalyasana-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-saithalyasana-caution-2 = No hagas este ejercicio si tienes una lesión o dolor de rodilla, porque la rodilla trasera se dobla mucho.
pose-saithalyasana-caution-3 = Si tienes osteoporosis, mantén la espalda alargada y evita inclinarte hacia adelante o girar el tronco de forma profunda o forzada, o cargando peso, salvo que tu fisioterapeuta esté de acuerdo.
pose-saithalyasana-caution-4 = Si tienes una prótesis de cadera, consulta a tu cirujano o fisioterapeuta antes de hacer esta postura: dobla o gira mucho la cadera.
pose-saithalyasana-caution-5 = Si tienes un problema de disco o ciática, pregunta a tu fisioterapeuta si te conviene inclinarte hacia adelante: con esto, algunas espaldas mejoran y otras empeoran.
pose-saithalyasana-caution-6 = No hagas este ejercicio si tienes glaucoma o presión arterial alta, o si notas mareo con la cabeza por debajo del corazón.
pose-saithalyasana-caution-7 = Tras una cirugía reciente de espalda, cadera o abdomen, consulta primero a tu cirujano o fisioterapeuta.
pose-saithalyasana-caution-8 = A partir de la semana 20 de embarazo, aproximadamente, no hagas este ejercicio salvo que tu fisioterapeuta esté de acuerdo.
pose-saithalyasana-avoid-1 = Lesión o dolor de rodilla
pose-saithalyasana-avoid-2 = Prótesis de cadera
pose-saithalyasana-avoid-3 = A partir de la semana 20 de embarazo, aproximadamente
pose-saithalyasana-avoid-4 = Osteoporosis, salvo que tu fisioterapeuta esté de acuerdo
pose-saithalyasana-hold-cue = Inclínate hacia adelante sobre la rodilla { $side ->
        [left] izquierda
       *[right] derecha
    } y apoya la frente.
pose-saithalyasana-helps = Dobla y suelta suavemente una columna rígida mientras relaja la espalda y las caderas.
pose-saithalyasana-breathing = Exhala al inclinarte hacia adelante y después respira de forma lenta y tranquila mientras descansas.

## anulom-vilom

pose-anulom-vilom-name = Respiración alterna por las fosas nasales
pose-anulom-vilom-english = Respiración alterna por las fosas nasales
pose-anulom-vilom-step-1 = Siéntate en una postura cómoda con la espalda recta, con las piernas cruzadas en el suelo o en una silla.
pose-anulom-vilom-step-2 = Apoya la mano izquierda en la rodilla y lleva la mano derecha a la nariz.
pose-anulom-vilom-step-3 = Tapa la fosa nasal derecha con el pulgar e inhala despacio por la fosa nasal izquierda.
pose-anulom-vilom-step-4 = Tapa la fosa nasal izquierda con el dedo anular, suelta el pulgar y exhala por la derecha.
pose-anulom-vilom-step-5 = Inhala por la derecha, cambia de dedo y exhala por la izquierda para completar una ronda.
pose-anulom-vilom-step-6 = Respira de forma suave y silenciosa, y continúa durante varias rondas.
pose-anulom-vilom-caution-1 = Detente y respira con normalidad si notas mareo, aturdimiento o falta de aire.
pose-anulom-vilom-caution-2 = No hagas este ejercicio mientras tengas la nariz tapada o un resfriado.
pose-anulom-vilom-caution-3 = No añadas pausas conteniendo la respiración si tienes la presión arterial alta o problemas de corazón, o si estás embarazada.
pose-anulom-vilom-avoid-1 = Nariz tapada o resfriado
pose-anulom-vilom-avoid-2 = Pausas conteniendo la respiración si hay presión arterial alta, problemas de corazón o embarazo
pose-anulom-vilom-hold-cue = Respira despacio por una sola fosa nasal cada vez.
pose-anulom-vilom-helps = Hace la respiración más lenta y estable, y ayuda a relajar el cuerpo y los músculos.
pose-anulom-vilom-breathing = Inhala durante unos cuatro segundos y exhala durante unos seis, cambiando de fosa nasal como se ha explicado.

## deep-breathing

pose-deep-breathing-name = Respiración profunda
pose-deep-breathing-english = Respiración profunda
pose-deep-breathing-step-1 = Siéntate en una postura cómoda o acuéstate boca arriba con las rodillas dobladas.
pose-deep-breathing-step-2 = Pon una mano sobre el abdomen y la otra sobre el pecho.
pose-deep-breathing-step-3 = Inhala despacio por la nariz, de modo que el abdomen se eleve bajo tu mano.
pose-deep-breathing-step-4 = Haz una breve pausa y después exhala despacio por la boca mientras el abdomen baja.
pose-deep-breathing-step-5 = Mantén bastante quieta la mano del pecho y repite a un ritmo cómodo.
pose-deep-breathing-caution-1 = Detente y vuelve a respirar con normalidad si notas mareo o aturdimiento.
pose-deep-breathing-caution-2 = Nunca fuerces la respiración; que sea suave y cómoda.
pose-deep-breathing-caution-3 = A partir de la semana 20 de embarazo, aproximadamente, haz las respiraciones sentada o de lado, en lugar de boca arriba.
pose-deep-breathing-avoid-1 = Mareo que no se pasa al respirar con normalidad
pose-deep-breathing-hold-cue = Respira despacio y profundamente, llevando el aire al abdomen.
pose-deep-breathing-helps = Hace la respiración más lenta y ayuda a soltar los músculos tensos, también los de la espalda.
pose-deep-breathing-breathing = Inhala suavemente por la nariz durante unos cuatro segundos y exhala por la boca durante unos seis.

## cat-cow

pose-cat-cow-name = Estiramiento gato-vaca
pose-cat-cow-english = Estiramiento gato-vaca
pose-cat-cow-step-1 = Empieza con las manos y las rodillas en el suelo, las manos debajo de los hombros y las rodillas debajo de las caderas.
pose-cat-cow-step-2 = Inhala y deja que el abdomen baje mientras levantas suavemente el pecho y el coxis, con el cuello alargado.
pose-cat-cow-step-3 = Exhala y redondea la espalda hacia el techo, metiendo la barbilla y el coxis.
pose-cat-cow-step-4 = Muévete despacio entre las dos posiciones, sin salir de un rango cómodo.
pose-cat-cow-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-cat-cow-caution-2 = Haz un movimiento pequeño si arquear o redondear la espalda te aumenta el dolor.
pose-cat-cow-caution-3 = Pon una manta doblada debajo de las rodillas, y no hagas este ejercicio si tienes una lesión dolorosa de rodilla o de muñeca.
pose-cat-cow-caution-4 = Si tienes osteoporosis, mantén la espalda alargada y evita inclinarte hacia adelante o girar el tronco de forma profunda o forzada, o cargando peso, salvo que tu fisioterapeuta esté de acuerdo.
pose-cat-cow-caution-5 = Si tienes problemas de cuello, mantén la cabeza alineada con la columna y detente si te duele el cuello.
pose-cat-cow-avoid-1 = Lesión dolorosa de rodilla o de muñeca
pose-cat-cow-hold-cue = Muévete despacio entre arquear y redondear la espalda, al ritmo de tu respiración.
pose-cat-cow-helps = Mueve suavemente la columna, redondeándola y arqueándola, para aliviar la rigidez.
pose-cat-cow-breathing = Inhala al arquear la espalda y exhala al redondearla, dejando que la respiración guíe el movimiento.

## pelvic-tilt

pose-pelvic-tilt-name = Basculación pélvica
pose-pelvic-tilt-english = Basculación pélvica
pose-pelvic-tilt-step-1 = Acuéstate boca arriba con las rodillas dobladas, los pies apoyados en el suelo y los brazos a los lados del cuerpo.
pose-pelvic-tilt-step-2 = Aprieta suavemente los músculos abdominales.
pose-pelvic-tilt-step-3 = Inclina suavemente la pelvis para que el hueco de la zona lumbar se aplane contra el suelo, sin levantar las caderas.
pose-pelvic-tilt-step-4 = Mantén la postura unos segundos; después relájate y deja que la espalda vuelva a su curva natural.
pose-pelvic-tilt-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-pelvic-tilt-caution-2 = Haz un movimiento pequeño y detente si hace más agudo tu dolor de espalda.
pose-pelvic-tilt-caution-3 = Tras una cirugía reciente de espalda, cadera o abdomen, consulta primero a tu cirujano o fisioterapeuta.
pose-pelvic-tilt-caution-4 = A partir de la semana 20 de embarazo, aproximadamente, haz el ejercicio de pie con la espalda apoyada en una pared, en lugar de acostarte.
pose-pelvic-tilt-avoid-1 = A partir de la semana 20 de embarazo, aproximadamente, hacerlo acostada (hazlo de pie contra una pared)
pose-pelvic-tilt-avoid-2 = Cirugía reciente de abdomen o espalda
pose-pelvic-tilt-hold-cue = Mantén el hueco de la espalda suavemente aplanado contra el suelo y después suéltalo.
pose-pelvic-tilt-helps = Trabaja suavemente los músculos profundos del abdomen y ayuda a la zona lumbar a empezar a moverse.
pose-pelvic-tilt-breathing = Exhala al aplanar la espalda y sigue respirando con normalidad mientras mantienes la postura.

## bridge

pose-bridge-name = Postura del puente
pose-bridge-english = Postura del puente
pose-bridge-step-1 = Acuéstate boca arriba con las rodillas dobladas, los pies apoyados y separados al ancho de las caderas, y los brazos a los lados del cuerpo.
pose-bridge-step-2 = Presiona el suelo con los pies y aprieta los glúteos.
pose-bridge-step-3 = Sube las caderas despacio hasta que el cuerpo forme una línea recta de los hombros a las rodillas, con las rodillas encima de los tobillos.
pose-bridge-step-4 = Mantén el peso sobre los hombros y los pies, no sobre el cuello.
pose-bridge-step-5 = Mantén la postura; después baja la espalda despacio hasta el suelo, vértebra a vértebra.
pose-bridge-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-bridge-caution-2 = Sube solo un poco si notas sensación de pinzamiento en la zona lumbar.
pose-bridge-caution-3 = Si tienes problemas de cuello, no hagas este ejercicio o sube poco las caderas para que el cuello no cargue peso.
pose-bridge-caution-4 = Si tienes un problema de disco o ciática, pregunta a tu fisioterapeuta si te conviene inclinarte hacia atrás: con esto, algunas espaldas mejoran y otras empeoran.
pose-bridge-caution-5 = No hagas este ejercicio si tienes glaucoma o presión arterial alta, o si notas mareo con la cabeza por debajo del corazón.
pose-bridge-caution-6 = Tras una cirugía reciente de espalda, cadera o abdomen, consulta primero a tu cirujano o fisioterapeuta.
pose-bridge-caution-7 = A partir de la semana 20 de embarazo, aproximadamente, no hagas este ejercicio salvo que tu fisioterapeuta esté de acuerdo.
pose-bridge-avoid-1 = Problemas de cuello
pose-bridge-avoid-2 = A partir de la semana 20 de embarazo, aproximadamente
pose-bridge-avoid-3 = Cirugía reciente de espalda o abdomen
pose-bridge-hold-cue = Sube las caderas, empuja con los pies y mantén las rodillas alineadas.
pose-bridge-helps = Fortalece los glúteos y los músculos que sostienen la zona lumbar.
pose-bridge-breathing = Exhala al subir, respira de forma constante mientras mantienes la postura e inhala al bajar.

## piriformis-stretch

pose-piriformis-stretch-name = Estiramiento del piriforme
pose-piriformis-stretch-english = Estiramiento del piriforme
pose-piriformis-stretch-step-1 = Acuéstate boca arriba con las dos rodillas dobladas y los pies apoyados en el suelo.
pose-piriformis-stretch-step-2 = Cruza el tobillo derecho sobre la rodilla izquierda, formando un número cuatro.
pose-piriformis-stretch-step-3 = Sujeta el muslo izquierdo por detrás y acércalo suavemente al pecho.
pose-piriformis-stretch-step-4 = Para de acercarlo cuando notes un estiramiento en lo profundo del glúteo derecho y mantén la postura ahí.
pose-piriformis-stretch-step-5 = Suelta despacio y repite con la otra pierna.
pose-piriformis-stretch-caution-1 = Detente si el dolor baja por una pierna o si notas entumecimiento u hormigueo.
pose-piriformis-stretch-caution-2 = No hagas este ejercicio si tienes una lesión de rodilla o de cadera, o una prótesis de cadera, salvo que tu fisioterapeuta esté de acuerdo.
pose-piriformis-stretch-caution-3 = A partir de la semana 20 de embarazo, aproximadamente, no hagas el ejercicio boca arriba; pide a tu fisioterapeuta una versión sentada o de lado.
pose-piriformis-stretch-caution-4 = Si tienes una prótesis de cadera, consulta a tu cirujano o fisioterapeuta antes de hacer esta postura: dobla o gira mucho la cadera.
pose-piriformis-stretch-avoid-1 = Lesión de rodilla o de cadera, o prótesis de cadera
pose-piriformis-stretch-avoid-2 = A partir de la semana 20 de embarazo, aproximadamente (boca arriba)
pose-piriformis-stretch-hold-cue = Lleva las piernas suavemente hacia ti para estirar el glúteo { $side ->
        [left] izquierdo
       *[right] derecho
    }.
pose-piriformis-stretch-helps = Estira suavemente los músculos profundos del glúteo y la parte externa de la cadera.
pose-piriformis-stretch-breathing = Respira despacio y deja que la cadera se relaje un poco más cada vez que exhalas.

## The routines that come with Posewise

routine-back-spasm-relief-title = Alivio de espasmos de espalda
routine-back-spasm-relief-notes = Cuatro estiramientos suaves para una zona lumbar rígida o con espasmos. Muévete despacio, no salgas de un rango cómodo y detente si el dolor se extiende o empeora.
routine-gentle-back-yoga-title = Yoga suave para la espalda
routine-gentle-back-yoga-notes = Una secuencia tranquila de yoga para la espalda, desde posturas de pie hasta posturas en el suelo, que termina con una relajación profunda. No hagas ninguna postura que te duela.
routine-breathing-reset-title = Reinicio con la respiración
routine-breathing-reset-notes = Respiración lenta para relajar los músculos tensos de la espalda. Siéntate o acuéstate en una postura cómoda; nunca te esfuerces por contener la respiración.

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
