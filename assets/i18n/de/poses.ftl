# Posewise: Übungskatalog und mitgelieferte Programme, auf Deutsch.
#
# Übersetzt aus der englischen poses.ftl; die Nachrichten-IDs sind unverändert.
# In Haltehinweisen wird $side ("left" oder "right") über einen Selektor
# in die passenden deutschen Wörter umgesetzt.

## Warning signs

red-flag-emergency-1 = Veränderungen bei der Kontrolle über Blase oder Darm: neue Probleme beim Wasserlassen, ungewollter Verlust von Urin oder Stuhl, oder Sie spüren nichts beim Wasserlassen oder Abwischen
red-flag-emergency-2 = Taubheit oder Kribbeln zwischen den Beinen: im Bereich der Geschlechtsteile, des Gesäßes oder der Innenseiten der Oberschenkel (der sogenannte Reithosenbereich)
red-flag-emergency-3 = Neue Probleme beim Sex oder Verlust des Gefühls an den Geschlechtsteilen
red-flag-emergency-4 = Ischias, Taubheit oder Schwäche in beiden Beinen
red-flag-emergency-5 = Schwäche in einem Bein, die schlimmer wird, oder ein Fuß, der schleift oder wegknickt
red-flag-same-day-1 = Fieber, oder Sie fühlen sich heiß und krank – zusammen mit den Rückenschmerzen
red-flag-same-day-2 = Gewichtsverlust, den Sie sich nicht erklären können
red-flag-same-day-3 = Krebs, jetzt oder früher
red-flag-same-day-4 = Schmerzen, die nach einem Sturz, einem Unfall oder einem Schlag auf den Rücken begonnen haben
red-flag-same-day-5 = Rückenschmerzen, die neu aufgetreten sind, wenn Sie über 50 oder unter 20 Jahre alt sind
red-flag-same-day-6 = Schmerzen, die ständig da sind oder schlimmer werden, oder die nachts stark sind und in Ruhe nicht besser werden
red-flag-same-day-7 = Ein geschwächtes Immunsystem, die Einnahme von Kortisontabletten über lange Zeit oder das Spritzen von Drogen
red-flag-same-day-8 = Osteoporose oder Kortison über lange Zeit, zusammen mit plötzlichen Schmerzen nach einer kleinen Anstrengung oder nach leichtem Heben
red-flag-same-day-9 = Schmerzen im oberen Rücken, zwischen den Schulterblättern

## knee-to-chest

pose-knee-to-chest-name = Knie-zur-Brust-Dehnung
pose-knee-to-chest-english = Knie-zur-Brust-Dehnung
pose-knee-to-chest-step-1 = Legen Sie sich auf den Rücken, beide Knie gebeugt, die Füße flach auf dem Boden.
pose-knee-to-chest-step-2 = Bringen Sie ein Knie in Richtung Brust und fassen Sie es mit beiden Händen hinter dem Oberschenkel.
pose-knee-to-chest-step-3 = Lassen Sie den anderen Fuß auf dem Boden und Ihren unteren Rücken in die Matte sinken.
pose-knee-to-chest-step-4 = Halten Sie die Position sanft, ohne kräftig zu ziehen. Senken Sie dann das Bein langsam ab und wechseln Sie die Seite.
pose-knee-to-chest-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-knee-to-chest-caution-2 = Nach einer kürzlichen Operation an Rücken, Hüfte oder Bauch: Fragen Sie vorher Ihren Chirurgen oder Physiotherapeuten.
pose-knee-to-chest-caution-3 = Fassen Sie hinter den Oberschenkel statt auf das Knie, wenn Ihr Knie schmerzt.
pose-knee-to-chest-caution-4 = Ab etwa der 20. Schwangerschaftswoche: Verzichten Sie auf die flache Rückenlage. Fragen Sie Ihren Physiotherapeuten nach einer Variante im Sitzen oder in Seitenlage.
pose-knee-to-chest-caution-5 = Nach dem Einsetzen eines künstlichen Hüftgelenks: Fragen Sie Ihren Chirurgen oder Physiotherapeuten, bevor Sie diese Übung machen. Sie beugt oder dreht die Hüfte sehr weit.
pose-knee-to-chest-caution-6 = Bei Osteoporose: Halten Sie den Rücken lang und vermeiden Sie tiefes oder kräftiges Beugen nach vorn oder Drehen unter Belastung, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-knee-to-chest-caution-7 = Bei Bandscheibenproblemen oder Ischias: Fragen Sie Ihren Physiotherapeuten, ob Beugen nach vorn für Sie geeignet ist. Manchen Rücken hilft es, bei anderen werden die Beschwerden schlimmer.
pose-knee-to-chest-avoid-1 = Ab etwa der 20. Schwangerschaftswoche (Rückenlage)
pose-knee-to-chest-avoid-2 = Kürzliche Operation an Rücken, Hüfte oder Bauch
pose-knee-to-chest-avoid-3 = Künstliches Hüftgelenk, es sei denn, Ihr Chirurg ist einverstanden
pose-knee-to-chest-hold-cue = Fassen Sie hinter Ihren { $side ->
        [left] linken
       *[right] rechten
    } Oberschenkel und ziehen Sie das Knie sanft in Richtung Brust.
pose-knee-to-chest-helps = Dehnt sanft den unteren Rücken, das Gesäß und die Hüften.
pose-knee-to-chest-breathing = Atmen Sie langsam durch die Nase und lassen Sie das Knie bei jedem Ausatmen ein wenig näher kommen.

## prone-back-extension

pose-prone-back-extension-name = Rückenstreckung in Bauchlage
pose-prone-back-extension-english = Rückenstreckung in Bauchlage
pose-prone-back-extension-step-1 = Legen Sie sich auf den Bauch, die Beine gestreckt, die Ellbogen gebeugt unter den Schultern.
pose-prone-back-extension-step-2 = Drücken Sie sich sanft auf die Unterarme, um Ihre Brust ein wenig vom Boden abzuheben.
pose-prone-back-extension-step-3 = Lassen Sie Hüften und Beine entspannt auf dem Boden und halten Sie den Nacken lang.
pose-prone-back-extension-step-4 = Strecken Sie die Arme für eine höhere Position nur, wenn es angenehm bleibt.
pose-prone-back-extension-step-5 = Halten Sie die Position kurz und senken Sie dann die Brust langsam wieder zum Boden ab.
pose-prone-back-extension-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-prone-back-extension-caution-2 = Lassen Sie die Übung aus, wenn das Beugen nach hinten Ihre Rückenschmerzen stärker macht.
pose-prone-back-extension-caution-3 = Ab etwa der 12. Schwangerschaftswoche: Verzichten Sie auf die Bauchlage.
pose-prone-back-extension-caution-4 = Nach einer kürzlichen Operation an Rücken, Hüfte oder Bauch: Fragen Sie vorher Ihren Chirurgen oder Physiotherapeuten.
pose-prone-back-extension-caution-5 = Bei Bandscheibenproblemen oder Ischias: Fragen Sie Ihren Physiotherapeuten, ob Beugen nach hinten für Sie geeignet ist. Manchen Rücken hilft es, bei anderen werden die Beschwerden schlimmer.
pose-prone-back-extension-caution-6 = Bei Spinalkanalstenose oder Wirbelgleiten: Fragen Sie Ihren Physiotherapeuten, bevor Sie sich nach hinten beugen.
pose-prone-back-extension-caution-7 = Bei Nackenproblemen: Halten Sie den Kopf in einer Linie mit der Wirbelsäule und hören Sie auf, wenn Ihr Nacken schmerzt.
pose-prone-back-extension-avoid-1 = Ab etwa der 12. Schwangerschaftswoche (Bauchlage)
pose-prone-back-extension-avoid-2 = Beugen nach hinten macht Ihre Schmerzen stärker
pose-prone-back-extension-avoid-3 = Kürzliche Operation an Rücken oder Bauch
pose-prone-back-extension-hold-cue = Stützen Sie sich auf die Unterarme, die Brust leicht angehoben, die Hüften schwer.
pose-prone-back-extension-helps = Beugt den unteren Rücken sanft nach hinten und gleicht langes Sitzen oder Beugen nach vorn aus.
pose-prone-back-extension-breathing = Atmen Sie beim Anheben aus und atmen Sie langsam und gleichmäßig weiter, während Sie die Position halten.

## trunk-rotation

pose-trunk-rotation-name = Rumpfdrehung
pose-trunk-rotation-english = Rumpfdrehung
pose-trunk-rotation-step-1 = Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße zusammen, die Arme seitlich ausgestreckt.
pose-trunk-rotation-step-2 = Lassen Sie beide Schultern auf dem Boden und die Knie langsam zu einer Seite sinken.
pose-trunk-rotation-step-3 = Gehen Sie nur so weit, wie es sich angenehm anfühlt, und ruhen Sie dort.
pose-trunk-rotation-step-4 = Bringen Sie die Knie mit Ihren Bauchmuskeln zurück zur Mitte und wiederholen Sie die Bewegung zur anderen Seite.
pose-trunk-rotation-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-trunk-rotation-caution-2 = Halten Sie die Bewegung klein, wenn das Drehen Ihre Schmerzen stärker macht.
pose-trunk-rotation-caution-3 = Nach einer kürzlichen Operation an Rücken, Hüfte oder Bauch: Fragen Sie vorher Ihren Chirurgen oder Physiotherapeuten.
pose-trunk-rotation-caution-4 = Ab etwa der 20. Schwangerschaftswoche: Verzichten Sie auf die flache Rückenlage. Fragen Sie Ihren Physiotherapeuten nach einer Variante im Sitzen oder in Seitenlage.
pose-trunk-rotation-caution-5 = Bei Osteoporose: Halten Sie den Rücken lang und vermeiden Sie tiefes oder kräftiges Beugen nach vorn oder Drehen unter Belastung, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-trunk-rotation-caution-6 = Nach dem Einsetzen eines künstlichen Hüftgelenks: Fragen Sie Ihren Chirurgen oder Physiotherapeuten, bevor Sie diese Übung machen. Sie beugt oder dreht die Hüfte sehr weit.
pose-trunk-rotation-avoid-1 = Ab etwa der 20. Schwangerschaftswoche (Rückenlage)
pose-trunk-rotation-avoid-2 = Kürzliche Operation an Rücken oder Bauch
pose-trunk-rotation-avoid-3 = Osteoporose, es sei denn, Ihr Physiotherapeut ist einverstanden
pose-trunk-rotation-avoid-4 = Künstliches Hüftgelenk, es sei denn, Ihr Chirurg ist einverstanden
pose-trunk-rotation-hold-cue = Lassen Sie Ihre Knie zur { $side ->
        [left] linken
       *[right] rechten
    } Seite hin ruhen, beide Schultern auf dem Boden.
pose-trunk-rotation-helps = Dreht und lockert sanft den unteren Rücken und die Seiten der Taille.
pose-trunk-rotation-breathing = Atmen Sie aus, während die Knie sinken, und atmen Sie gleichmäßig weiter, während Sie zur Seite hin ruhen.

## hamstring-stretch

pose-hamstring-stretch-name = Dehnung der Oberschenkelrückseite
pose-hamstring-stretch-english = Dehnung der Oberschenkelrückseite
pose-hamstring-stretch-step-1 = Legen Sie sich auf den Rücken, beide Knie gebeugt, die Füße flach auf dem Boden.
pose-hamstring-stretch-step-2 = Legen Sie ein Handtuch oder einen Gurt als Schlaufe unter eine Fußsohle und halten Sie in jeder Hand ein Ende. Oder fassen Sie mit beiden Händen hinter diesen Oberschenkel.
pose-hamstring-stretch-step-3 = Strecken Sie dieses Bein nach oben zur Decke, bis Sie eine leichte Dehnung hinten im Oberschenkel spüren.
pose-hamstring-stretch-step-4 = Lassen Sie Kopf, Schultern und unteren Rücken entspannt auf dem Boden.
pose-hamstring-stretch-step-5 = Halten Sie die Dehnung. Beugen Sie dann das Knie, setzen Sie den Fuß ab und wechseln Sie die Seite.
pose-hamstring-stretch-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-hamstring-stretch-caution-2 = Lassen Sie das Knie leicht gebeugt, statt das Bein mit Kraft zu strecken.
pose-hamstring-stretch-caution-3 = Vermeiden Sie die Übung bei einer kürzlichen Verletzung der hinteren Oberschenkelmuskeln oder der Hüfte, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-hamstring-stretch-caution-4 = Ab etwa der 20. Schwangerschaftswoche: Verzichten Sie auf die flache Rückenlage. Fragen Sie Ihren Physiotherapeuten nach einer Variante im Sitzen oder in Seitenlage.
pose-hamstring-stretch-caution-5 = Nach dem Einsetzen eines künstlichen Hüftgelenks: Fragen Sie Ihren Chirurgen oder Physiotherapeuten, bevor Sie diese Übung machen. Sie beugt oder dreht die Hüfte sehr weit.
pose-hamstring-stretch-caution-6 = Ziehen Sie Ihre Zehen nicht zu sich heran, wenn das Bein kribbelt.
pose-hamstring-stretch-avoid-1 = Ab etwa der 20. Schwangerschaftswoche (Rückenlage)
pose-hamstring-stretch-avoid-2 = Kürzliche Verletzung der hinteren Oberschenkelmuskeln oder der Hüfte
pose-hamstring-stretch-avoid-3 = Künstliches Hüftgelenk, es sei denn, Ihr Chirurg ist einverstanden
pose-hamstring-stretch-hold-cue = Heben Sie Ihr { $side ->
        [left] linkes
       *[right] rechtes
    } Bein, bis Sie eine leichte Dehnung hinten im Oberschenkel spüren.
pose-hamstring-stretch-helps = Dehnt sanft die Muskeln an der Rückseite des Oberschenkels, die sich bei Rückenschmerzen oft verspannt anfühlen.
pose-hamstring-stretch-breathing = Atmen Sie langsam und gleichmäßig und lassen Sie das Bein bei jedem Ausatmen etwas mehr entspannen.

## tadasana

pose-tadasana-name = Palmenhaltung
pose-tadasana-english = Palmenhaltung
pose-tadasana-step-1 = Stellen Sie sich aufrecht hin, die Füße hüftbreit auseinander, die Arme seitlich am Körper.
pose-tadasana-step-2 = Verschränken Sie die Finger und heben Sie die Arme über den Kopf. Drehen Sie dabei die Handflächen zur Decke.
pose-tadasana-step-3 = Kommen Sie langsam auf die Zehenspitzen und strecken Sie den ganzen Körper nach oben.
pose-tadasana-step-4 = Schauen Sie geradeaus und ziehen Sie den Bauch für das Gleichgewicht leicht ein.
pose-tadasana-step-5 = Senken Sie zuerst die Fersen, dann die Arme – langsam und kontrolliert.
pose-tadasana-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-tadasana-caution-2 = Stellen Sie sich neben eine Wand oder einen Stuhl oder lassen Sie die Fersen am Boden, wenn Ihr Gleichgewicht unsicher ist.
pose-tadasana-caution-3 = Verzichten Sie darauf, auf die Zehenspitzen zu kommen, wenn Ihnen schwindlig ist, und ab etwa der 20. Schwangerschaftswoche.
pose-tadasana-caution-4 = Senken Sie die Arme, wenn Sie Schmerzen in den Schultern oder eine Überlastung im unteren Rücken spüren.
pose-tadasana-caution-5 = Bei Osteoporose: Lassen Sie die Fersen am Boden und legen Sie eine Hand an eine Wand oder einen Stuhl. Ein Sturz kann zu einem Knochenbruch führen.
pose-tadasana-avoid-1 = Schwindel oder unsicheres Gleichgewicht (Fersen am Boden lassen)
pose-tadasana-avoid-2 = Ab etwa der 20. Schwangerschaftswoche (auf die Zehenspitzen kommen)
pose-tadasana-hold-cue = Stehen Sie aufrecht und strecken Sie sich bis in die Fingerspitzen nach oben. Atmen Sie dabei locker.
pose-tadasana-helps = Streckt den ganzen Körper von den Füßen bis zu den Fingerspitzen und hinterlässt ein ruhiges, entspanntes Gefühl.
pose-tadasana-breathing = Atmen Sie beim Hochkommen ein, atmen Sie gleichmäßig, während Sie die Position halten, und atmen Sie beim Absenken aus.

## parsvakonasana

pose-parsvakonasana-name = Seitwinkelhaltung
pose-parsvakonasana-english = Seitwinkelhaltung
pose-parsvakonasana-step-1 = Stellen Sie sich mit weit auseinanderstehenden Füßen hin: den rechten Fuß nach außen gedreht, den linken Fuß leicht nach innen, die linke Ferse am Boden.
pose-parsvakonasana-step-2 = Beugen Sie das rechte Knie, bis es über dem Knöchel steht, und legen Sie den rechten Unterarm auf den rechten Oberschenkel.
pose-parsvakonasana-step-3 = Führen Sie den linken Arm im Bogen nach oben und über Ihr Ohr, sodass Ihr Körper eine lange Linie von der linken Ferse bis zu den Fingerspitzen bildet.
pose-parsvakonasana-step-4 = Drehen Sie die Brust leicht nach oben und lassen Sie den Nacken entspannt.
pose-parsvakonasana-step-5 = Halten Sie die Position. Drücken Sie sich dann über die Füße langsam hoch und wiederholen Sie die Übung auf der anderen Seite.
pose-parsvakonasana-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-parsvakonasana-caution-2 = Halten Sie das vordere Knie über dem Knöchel. Bei einer Knie- oder Hüftverletzung lassen Sie die Übung aus oder stellen die Füße weniger weit auseinander.
pose-parsvakonasana-caution-3 = Schauen Sie nach vorn oder nach unten statt nach oben, wenn Sie Nackenprobleme haben.
pose-parsvakonasana-caution-4 = Hören Sie auf, wenn Sie ein Klemmen im unteren Rücken spüren.
pose-parsvakonasana-caution-5 = Bei Osteoporose: Halten Sie den Rücken lang und vermeiden Sie tiefes oder kräftiges Beugen nach vorn oder Drehen unter Belastung, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-parsvakonasana-caution-6 = Nach dem Einsetzen eines künstlichen Hüftgelenks: Fragen Sie Ihren Chirurgen oder Physiotherapeuten, bevor Sie diese Übung machen. Sie beugt oder dreht die Hüfte sehr weit.
pose-parsvakonasana-caution-7 = In der Schwangerschaft: Stellen Sie die Füße weniger weit auseinander und stehen Sie neben einer Wand oder einem Stuhl. Hören Sie auf, wenn Sie Schmerzen vorne oder hinten am Becken spüren.
pose-parsvakonasana-caution-8 = Bei Schulterproblemen: Lassen Sie die obere Hand auf der Hüfte, statt den Arm über den Kopf zu strecken.
pose-parsvakonasana-avoid-1 = Knie- oder Hüftverletzung
pose-parsvakonasana-avoid-2 = Osteoporose, es sei denn, Ihr Physiotherapeut ist einverstanden
pose-parsvakonasana-avoid-3 = Künstliches Hüftgelenk, es sei denn, Ihr Chirurg ist einverstanden
pose-parsvakonasana-hold-cue = Beugen Sie Ihr { $side ->
        [left] linkes
       *[right] rechtes
    } Knie, den Unterarm auf diesem Oberschenkel, und strecken Sie den anderen Arm lang über Ihr Ohr.
pose-parsvakonasana-helps = Öffnet die Brust und dehnt die Seiten der Taille und die Hüften.
pose-parsvakonasana-breathing = Atmen Sie langsam und tief in die gedehnte Seite Ihres Brustkorbs.

## makarasana

pose-makarasana-name = Krokodil
pose-makarasana-english = Krokodil
pose-makarasana-step-1 = Legen Sie sich auf den Bauch, die Beine bequem auseinander, die Zehen nach außen gedreht.
pose-makarasana-step-2 = Verschränken Sie die Unterarme vor sich und legen Sie Stirn oder Wange darauf.
pose-makarasana-step-3 = Lassen Sie Schultern, Rücken und Beine schwer werden und in den Boden sinken.
pose-makarasana-step-4 = Bleiben Sie ruhig liegen. Bringen Sie dann die Beine zusammen und rollen Sie sich zum Aufstehen auf eine Seite.
pose-makarasana-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-makarasana-caution-2 = Ab etwa der 12. Schwangerschaftswoche: Verzichten Sie auf die Bauchlage.
pose-makarasana-caution-3 = Nach einer kürzlichen Operation an Rücken, Hüfte oder Bauch: Fragen Sie vorher Ihren Chirurgen oder Physiotherapeuten.
pose-makarasana-caution-4 = Legen Sie ein dünnes Kissen unter Ihre Hüften, wenn die flache Bauchlage Ihren unteren Rücken belastet.
pose-makarasana-avoid-1 = Ab etwa der 12. Schwangerschaftswoche (Bauchlage)
pose-makarasana-avoid-2 = Kürzliche Operation an Rücken oder Bauch
pose-makarasana-hold-cue = Legen Sie die Stirn auf die verschränkten Unterarme und lassen Sie den Rücken weich werden.
pose-makarasana-helps = Lässt Rücken- und Beinmuskeln weich werden und gönnt Körper und Geist eine Pause von der Müdigkeit.
pose-makarasana-breathing = Atmen Sie langsam in den Bauch und spüren Sie, wie er bei jedem Einatmen sanft gegen den Boden drückt.

## yastikasana

pose-yastikasana-name = Stockhaltung
pose-yastikasana-english = Stockhaltung
pose-yastikasana-step-1 = Legen Sie sich auf den Rücken, die Beine gestreckt und geschlossen.
pose-yastikasana-step-2 = Führen Sie die Arme am Boden entlang über den Kopf, gestreckt und nah an den Ohren.
pose-yastikasana-step-3 = Strecken Sie die Zehen und ziehen Sie die Finger in die entgegengesetzte Richtung, sodass der ganze Körper lang wird.
pose-yastikasana-step-4 = Halten Sie die Dehnung. Entspannen Sie sich dann und legen Sie die Arme wieder seitlich neben den Körper.
pose-yastikasana-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-yastikasana-caution-2 = Lassen Sie die Arme tiefer oder beugen Sie die Ellbogen, wenn Sie Schulterschmerzen haben.
pose-yastikasana-caution-3 = Beugen Sie die Knie, wenn Ihr unterer Rücken beim vollen Strecken ins Hohlkreuz geht oder schmerzt.
pose-yastikasana-caution-4 = Lösen Sie die Dehnung sofort, wenn ein Muskel zu krampfen beginnt.
pose-yastikasana-caution-5 = Ab etwa der 20. Schwangerschaftswoche: Verzichten Sie auf die flache Rückenlage. Fragen Sie Ihren Physiotherapeuten nach einer Variante im Sitzen oder in Seitenlage.
pose-yastikasana-avoid-1 = Ab etwa der 20. Schwangerschaftswoche (Rückenlage)
pose-yastikasana-avoid-2 = Schulterschmerzen, wenn die Arme über den Kopf gehen
pose-yastikasana-hold-cue = Strecken Sie sich lang von den Fingerspitzen bis zu den Zehen.
pose-yastikasana-helps = Streckt sanft den ganzen Körper, auch die kleinen Muskeln entlang der Wirbelsäule.
pose-yastikasana-breathing = Atmen Sie beim Strecken ein und atmen Sie dann langsam und voll weiter, während Sie die Dehnung halten.

## matsyasana

pose-matsyasana-name = Fisch
pose-matsyasana-english = Fisch
pose-matsyasana-step-1 = Rollen Sie eine gefaltete Decke zu einer festen Rolle und legen Sie sie quer auf die Matte, dort wo Ihre Schulterblätter liegen werden.
pose-matsyasana-step-2 = Setzen Sie sich davor und legen Sie sich langsam zurück, sodass die Decke Ihre Schulterblätter stützt und Ihr Kopf auf dem Boden liegt.
pose-matsyasana-step-3 = Lassen Sie die Beine gestreckt oder die Knie gebeugt und legen Sie die Arme neben den Körper, die Handflächen nach oben.
pose-matsyasana-step-4 = Lassen Sie die Brust sich sanft öffnen, während der Nacken lang und der Kopf auf dem Boden bleibt.
pose-matsyasana-step-5 = Zum Beenden rollen Sie sich auf eine Seite und drücken sich mit den Händen hoch.
pose-matsyasana-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-matsyasana-caution-2 = Bei Nackenproblemen: Halten Sie den Kopf in einer Linie mit der Wirbelsäule und hören Sie auf, wenn Ihr Nacken schmerzt.
pose-matsyasana-caution-3 = Vermeiden Sie die Übung bei hohem oder niedrigem Blutdruck oder wenn Ihnen schwindlig wird oder Sie Kopfschmerzen bekommen.
pose-matsyasana-caution-4 = Lassen Sie den Kopf auf dem Boden: Kippen Sie ihn nie nach hinten auf den Scheitel.
pose-matsyasana-caution-5 = Hören Sie auf, wenn das Beugen nach hinten Ihre Rückenschmerzen stärker macht.
pose-matsyasana-caution-6 = Bei Osteoporose: Halten Sie den Rücken lang und vermeiden Sie tiefes oder kräftiges Beugen nach vorn oder Drehen unter Belastung, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-matsyasana-caution-7 = Bei Bandscheibenproblemen oder Ischias: Fragen Sie Ihren Physiotherapeuten, ob Beugen nach hinten für Sie geeignet ist. Manchen Rücken hilft es, bei anderen werden die Beschwerden schlimmer.
pose-matsyasana-caution-8 = Bei Spinalkanalstenose oder Wirbelgleiten: Fragen Sie Ihren Physiotherapeuten, bevor Sie sich nach hinten beugen.
pose-matsyasana-caution-9 = Nach einer kürzlichen Operation an Rücken, Hüfte oder Bauch: Fragen Sie vorher Ihren Chirurgen oder Physiotherapeuten.
pose-matsyasana-caution-10 = Ab etwa der 20. Schwangerschaftswoche: Lassen Sie die Übung aus, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-matsyasana-avoid-1 = Hoher oder niedriger Blutdruck
pose-matsyasana-avoid-2 = Ab etwa der 20. Schwangerschaftswoche
pose-matsyasana-avoid-3 = Kürzliche Operation an Rücken oder Bauch
pose-matsyasana-hold-cue = Ruhen Sie auf der Decke, den Kopf auf dem Boden, und lassen Sie die Brust sich öffnen.
pose-matsyasana-helps = Öffnet die Brust und beugt den oberen Rücken sanft nach hinten, während der Kopf auf dem Boden liegt.
pose-matsyasana-breathing = Atmen Sie tief in die Brust und spüren Sie, wie sich Ihre Rippen bei jedem Einatmen weiten.

## adho-mukha-svanasana

pose-adho-mukha-svanasana-name = Herabschauender Hund
pose-adho-mukha-svanasana-english = Herabschauender Hund
pose-adho-mukha-svanasana-step-1 = Beginnen Sie im Vierfüßlerstand, die Hände etwas vor den Schultern.
pose-adho-mukha-svanasana-step-2 = Stellen Sie die Zehen auf und heben Sie die Hüften nach oben und hinten, sodass Ihr Körper ein umgedrehtes V bildet.
pose-adho-mukha-svanasana-step-3 = Beugen Sie die Knie so weit wie nötig, damit Ihr Rücken lang bleibt.
pose-adho-mukha-svanasana-step-4 = Drücken Sie die Hände in den Boden und lassen Sie den Kopf zwischen den Armen hängen.
pose-adho-mukha-svanasana-step-5 = Halten Sie die Position. Setzen Sie dann die Knie auf dem Boden ab und ruhen Sie sich aus.
pose-adho-mukha-svanasana-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-adho-mukha-svanasana-caution-2 = Lassen Sie die Übung aus, wenn Sie grünen Star (Glaukom) oder hohen Blutdruck haben oder wenn Ihnen schwindlig wird, sobald Ihr Kopf tiefer als Ihr Herz ist.
pose-adho-mukha-svanasana-caution-3 = Vermeiden Sie die Übung bei Verletzungen von Handgelenk oder Schulter, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-adho-mukha-svanasana-caution-4 = Ab etwa der 20. Schwangerschaftswoche: Lassen Sie die Übung aus, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-adho-mukha-svanasana-caution-5 = Bei Osteoporose: Halten Sie den Rücken lang und vermeiden Sie tiefes oder kräftiges Beugen nach vorn oder Drehen unter Belastung, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-adho-mukha-svanasana-caution-6 = Nach dem Einsetzen eines künstlichen Hüftgelenks: Fragen Sie Ihren Chirurgen oder Physiotherapeuten, bevor Sie diese Übung machen. Sie beugt oder dreht die Hüfte sehr weit.
pose-adho-mukha-svanasana-caution-7 = Bei Bandscheibenproblemen oder Ischias: Fragen Sie Ihren Physiotherapeuten, ob Beugen nach vorn für Sie geeignet ist. Manchen Rücken hilft es, bei anderen werden die Beschwerden schlimmer.
pose-adho-mukha-svanasana-caution-8 = Bei Nackenproblemen: Halten Sie den Kopf in einer Linie mit der Wirbelsäule und hören Sie auf, wenn Ihr Nacken schmerzt.
pose-adho-mukha-svanasana-avoid-1 = Hoher Blutdruck oder grüner Star (Glaukom)
pose-adho-mukha-svanasana-avoid-2 = Verletzung von Handgelenk oder Schulter
pose-adho-mukha-svanasana-avoid-3 = Ab etwa der 20. Schwangerschaftswoche
pose-adho-mukha-svanasana-avoid-4 = Osteoporose, es sei denn, Ihr Physiotherapeut ist einverstanden
pose-adho-mukha-svanasana-avoid-5 = Künstliches Hüftgelenk, es sei denn, Ihr Chirurg ist einverstanden
pose-adho-mukha-svanasana-hold-cue = Schieben Sie die Hüften nach oben und hinten; beugen Sie die Knie etwas, wenn nötig.
pose-adho-mukha-svanasana-helps = Streckt die Wirbelsäule und dehnt den unteren Rücken, die Schultern und die Rückseite der Beine.
pose-adho-mukha-svanasana-breathing = Atmen Sie gleichmäßig durch die Nase und machen Sie die Wirbelsäule bei jedem Ausatmen etwas länger.

## balasana

pose-balasana-name = Stellung des Kindes
pose-balasana-english = Stellung des Kindes
pose-balasana-step-1 = Knien Sie sich auf den Boden, die großen Zehen berühren sich, die Knie hüftbreit auseinander.
pose-balasana-step-2 = Schieben Sie das Gesäß nach hinten in Richtung Fersen.
pose-balasana-step-3 = Beugen Sie sich nach vorn und legen Sie die Stirn auf den Boden oder auf ein Kissen.
pose-balasana-step-4 = Lassen Sie die Arme auf dem Boden liegen, entweder nach vorn ausgestreckt oder neben dem Körper.
pose-balasana-step-5 = Bleiben Sie entspannt. Wandern Sie dann mit den Händen zurück und richten Sie sich langsam auf.
pose-balasana-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-balasana-caution-2 = Lassen Sie die Übung bei einer Knieverletzung aus, oder legen Sie ein Kissen zwischen Fersen und Gesäß.
pose-balasana-caution-3 = Bei Osteoporose: Halten Sie den Rücken lang und vermeiden Sie tiefes oder kräftiges Beugen nach vorn oder Drehen unter Belastung, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-balasana-caution-4 = Nach dem Einsetzen eines künstlichen Hüftgelenks: Fragen Sie Ihren Chirurgen oder Physiotherapeuten, bevor Sie diese Übung machen. Sie beugt oder dreht die Hüfte sehr weit.
pose-balasana-caution-5 = Bei Bandscheibenproblemen oder Ischias: Fragen Sie Ihren Physiotherapeuten, ob Beugen nach vorn für Sie geeignet ist. Manchen Rücken hilft es, bei anderen werden die Beschwerden schlimmer.
pose-balasana-caution-6 = Lassen Sie die Übung aus, wenn Sie grünen Star (Glaukom) oder hohen Blutdruck haben oder wenn Ihnen schwindlig wird, sobald Ihr Kopf tiefer als Ihr Herz ist.
pose-balasana-caution-7 = Nach einer kürzlichen Operation an Rücken, Hüfte oder Bauch: Fragen Sie vorher Ihren Chirurgen oder Physiotherapeuten.
pose-balasana-caution-8 = Ab etwa der 20. Schwangerschaftswoche: Lassen Sie die Übung aus, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-balasana-avoid-1 = Knieverletzung
pose-balasana-avoid-2 = Ab etwa der 20. Schwangerschaftswoche oder kürzliche Operation am Bauch
pose-balasana-avoid-3 = Osteoporose, es sei denn, Ihr Physiotherapeut ist einverstanden
pose-balasana-avoid-4 = Künstliches Hüftgelenk, es sei denn, Ihr Chirurg ist einverstanden
pose-balasana-hold-cue = Setzen Sie sich nach hinten in Richtung Fersen und atmen Sie in Ihren Rücken.
pose-balasana-helps = Rundet und entspannt sanft den Rücken und lässt den ganzen Körper zur Ruhe kommen.
pose-balasana-breathing = Atmen Sie langsam in den Rücken und spüren Sie, wie er bei jedem Einatmen breiter wird.

## bhujangasana

pose-bhujangasana-name = Kobra
pose-bhujangasana-english = Kobra
pose-bhujangasana-step-1 = Legen Sie sich auf den Bauch, die Beine geschlossen, die Hände flach unter den Schultern.
pose-bhujangasana-step-2 = Halten Sie die Ellbogen nah am Körper und drücken Sie die Fußrücken in den Boden.
pose-bhujangasana-step-3 = Drücken Sie sanft mit den Händen und lassen Sie Kopf und Brust von den Armen anheben. Die Rückenmuskeln bleiben dabei entspannt.
pose-bhujangasana-step-4 = Lassen Sie die Hüften auf dem Boden und die Schultern weg von den Ohren.
pose-bhujangasana-step-5 = Halten Sie die Position kurz und senken Sie dann die Brust langsam wieder ab.
pose-bhujangasana-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-bhujangasana-caution-2 = Lassen Sie die Übung aus, wenn das Beugen nach hinten Ihre Rückenschmerzen stärker macht.
pose-bhujangasana-caution-3 = Heben Sie sich nur wenig an, wenn Sie Probleme mit den Handgelenken oder dem Nacken haben.
pose-bhujangasana-caution-4 = Bei Bandscheibenproblemen oder Ischias: Fragen Sie Ihren Physiotherapeuten, ob Beugen nach hinten für Sie geeignet ist. Manchen Rücken hilft es, bei anderen werden die Beschwerden schlimmer.
pose-bhujangasana-caution-5 = Bei Spinalkanalstenose oder Wirbelgleiten: Fragen Sie Ihren Physiotherapeuten, bevor Sie sich nach hinten beugen.
pose-bhujangasana-caution-6 = Nach einer kürzlichen Operation an Rücken, Hüfte oder Bauch: Fragen Sie vorher Ihren Chirurgen oder Physiotherapeuten.
pose-bhujangasana-caution-7 = Ab etwa der 12. Schwangerschaftswoche: Verzichten Sie auf die Bauchlage.
pose-bhujangasana-avoid-1 = Ab etwa der 12. Schwangerschaftswoche (Bauchlage)
pose-bhujangasana-avoid-2 = Beugen nach hinten macht Ihre Schmerzen stärker
pose-bhujangasana-avoid-3 = Kürzliche Operation am Bauch
pose-bhujangasana-hold-cue = Heben Sie die Brust sanft an, die Ellbogen nah am Körper, die Hüften auf dem Boden.
pose-bhujangasana-helps = Beugt den Rücken sanft nach hinten und dehnt die Vorderseite des Körpers und die Hüften.
pose-bhujangasana-breathing = Atmen Sie beim Anheben ein, atmen Sie gleichmäßig, während Sie die Position halten, und atmen Sie beim Absenken aus.

## wall-plank

pose-wall-plank-name = Planke an der Wand
pose-wall-plank-english = Planke an der Wand
pose-wall-plank-step-1 = Stellen Sie sich mit dem Gesicht zur Wand, etwa eine Armlänge entfernt.
pose-wall-plank-step-2 = Legen Sie die Handflächen flach an die Wand, in Schulterhöhe und schulterbreit auseinander.
pose-wall-plank-step-3 = Gehen Sie mit den Füßen zurück, bis Ihr Körper eine gerade, schräge Linie vom Kopf bis zu den Fersen bildet.
pose-wall-plank-step-4 = Spannen Sie Bauch und Gesäß leicht an, damit Ihre Hüften weder durchhängen noch herausstehen.
pose-wall-plank-step-5 = Halten Sie die Position. Gehen Sie dann zum Beenden mit den Füßen zurück zur Wand.
pose-wall-plank-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-wall-plank-caution-2 = Stellen Sie sich näher an die Wand, wenn Sie eine Überlastung im unteren Rücken oder in den Schultern spüren.
pose-wall-plank-caution-3 = Lassen Sie die Übung bei einer Verletzung von Handgelenk oder Schulter aus, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-wall-plank-caution-4 = Tragen Sie Schuhe oder nutzen Sie einen rutschfesten Untergrund, damit Ihre Füße nicht wegrutschen.
pose-wall-plank-avoid-1 = Verletzung von Handgelenk oder Schulter
pose-wall-plank-hold-cue = Halten Sie eine gerade Linie vom Kopf bis zu den Fersen, der Bauch ist leicht angespannt.
pose-wall-plank-helps = Baut sanft Kraft in Rumpf, Armen und Beinen auf, bei wenig Belastung für den Rücken.
pose-wall-plank-breathing = Atmen Sie gleichmäßig und halten Sie nie den Atem an, während Sie die Planke halten.

## shavasana

pose-shavasana-name = Totenstellung
pose-shavasana-english = Totenstellung
pose-shavasana-step-1 = Legen Sie sich auf den Rücken, die Beine leicht geöffnet, die Arme etwas vom Körper entfernt.
pose-shavasana-step-2 = Drehen Sie die Handflächen nach oben, schließen Sie die Augen und lassen Sie die Füße nach außen fallen.
pose-shavasana-step-3 = Lassen Sie den ganzen Körper schwer werden und entspannen Sie ihn von den Füßen bis zum Gesicht.
pose-shavasana-step-4 = Bleiben Sie ruhig liegen und lassen Sie Ihren Atem seinen eigenen, leichten Rhythmus finden.
pose-shavasana-step-5 = Zum Beenden bewegen Sie Finger und Zehen, rollen sich auf eine Seite und setzen sich langsam auf.
pose-shavasana-caution-1 = Legen Sie ein Kissen unter die Knie, wenn das flache Liegen an Ihrem unteren Rücken zieht.
pose-shavasana-caution-2 = Ab etwa der 20. Schwangerschaftswoche: Legen Sie sich auf die linke Seite statt auf den Rücken.
pose-shavasana-caution-3 = Stehen Sie langsam auf, denn nach dem Ausruhen können Sie sich benommen fühlen.
pose-shavasana-avoid-1 = Ab etwa der 20. Schwangerschaftswoche in Rückenlage (legen Sie sich stattdessen auf die linke Seite)
pose-shavasana-hold-cue = Liegen Sie mit geschlossenen Augen still und lassen Sie den ganzen Körper schwer werden.
pose-shavasana-helps = Lässt den ganzen Körper zur Ruhe kommen und löst angestauten Stress und Muskelverspannungen.
pose-shavasana-breathing = Atmen Sie natürlich und lassen Sie jedes Ausatmen langsam und entspannt sein.

## saithalyasana

pose-saithalyasana-name = Tier-Entspannungshaltung
pose-saithalyasana-english = Tier-Entspannungshaltung
pose-saithalyasana-step-1 = Setzen Sie sich auf den Boden, die Beine vor sich ausgestreckt.
pose-saithalyasana-step-2 = Beugen Sie das rechte Knie und legen Sie die rechte Fußsohle an die Innenseite des linken Oberschenkels.
pose-saithalyasana-step-3 = Beugen Sie das linke Knie nach hinten und legen Sie den linken Fuß neben Ihre linke Hüfte.
pose-saithalyasana-step-4 = Heben Sie die Arme über den Kopf und beugen Sie sich dann aus der Hüfte nach vorn über das vordere Knie.
pose-saithalyasana-step-5 = Legen Sie Unterarme und Hände auf den Boden und die Stirn auf den Boden oder auf eine gefaltete Decke oder ein Kissen, und entspannen Sie sich.
pose-saithalyasana-step-6 = Richten Sie sich langsam auf, strecken Sie die Beine und wiederholen Sie die Übung auf der anderen Seite.
pose-saithalyasana-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-saithalyasana-caution-2 = Lassen Sie die Übung bei einer Knieverletzung oder Knieschmerzen aus, da das hintere Knie stark gebeugt wird.
pose-saithalyasana-caution-3 = Bei Osteoporose: Halten Sie den Rücken lang und vermeiden Sie tiefes oder kräftiges Beugen nach vorn oder Drehen unter Belastung, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-saithalyasana-caution-4 = Nach dem Einsetzen eines künstlichen Hüftgelenks: Fragen Sie Ihren Chirurgen oder Physiotherapeuten, bevor Sie diese Übung machen. Sie beugt oder dreht die Hüfte sehr weit.
pose-saithalyasana-caution-5 = Bei Bandscheibenproblemen oder Ischias: Fragen Sie Ihren Physiotherapeuten, ob Beugen nach vorn für Sie geeignet ist. Manchen Rücken hilft es, bei anderen werden die Beschwerden schlimmer.
pose-saithalyasana-caution-6 = Lassen Sie die Übung aus, wenn Sie grünen Star (Glaukom) oder hohen Blutdruck haben oder wenn Ihnen schwindlig wird, sobald Ihr Kopf tiefer als Ihr Herz ist.
pose-saithalyasana-caution-7 = Nach einer kürzlichen Operation an Rücken, Hüfte oder Bauch: Fragen Sie vorher Ihren Chirurgen oder Physiotherapeuten.
pose-saithalyasana-caution-8 = Ab etwa der 20. Schwangerschaftswoche: Lassen Sie die Übung aus, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-saithalyasana-avoid-1 = Knieverletzung oder Knieschmerzen
pose-saithalyasana-avoid-2 = Künstliches Hüftgelenk
pose-saithalyasana-avoid-3 = Ab etwa der 20. Schwangerschaftswoche
pose-saithalyasana-avoid-4 = Osteoporose, es sei denn, Ihr Physiotherapeut ist einverstanden
pose-saithalyasana-hold-cue = Beugen Sie sich über Ihr { $side ->
        [left] linkes
       *[right] rechtes
    } Knie nach vorn und legen Sie die Stirn ab.
pose-saithalyasana-helps = Beugt und lockert sanft eine steife Wirbelsäule und entspannt dabei Rücken und Hüften.
pose-saithalyasana-breathing = Atmen Sie aus, während Sie sich nach vorn beugen, und atmen Sie dann langsam und ruhig, während Sie ruhen.

## anulom-vilom

pose-anulom-vilom-name = Wechselatmung
pose-anulom-vilom-english = Wechselatmung
pose-anulom-vilom-step-1 = Setzen Sie sich bequem mit geradem Rücken hin, im Schneidersitz auf den Boden oder auf einen Stuhl.
pose-anulom-vilom-step-2 = Legen Sie die linke Hand auf Ihr Knie und führen Sie die rechte Hand zur Nase.
pose-anulom-vilom-step-3 = Verschließen Sie das rechte Nasenloch mit dem Daumen und atmen Sie langsam durch das linke Nasenloch ein.
pose-anulom-vilom-step-4 = Verschließen Sie das linke Nasenloch mit dem Ringfinger, lösen Sie den Daumen und atmen Sie durch das rechte Nasenloch aus.
pose-anulom-vilom-step-5 = Atmen Sie durch das rechte Nasenloch ein, wechseln Sie die Finger und atmen Sie durch das linke Nasenloch aus. Damit ist eine Runde beendet.
pose-anulom-vilom-step-6 = Atmen Sie fließend und leise und machen Sie mehrere Runden.
pose-anulom-vilom-caution-1 = Hören Sie auf und atmen Sie normal, wenn Ihnen schwindlig ist, Sie sich benommen fühlen oder kurzatmig sind.
pose-anulom-vilom-caution-2 = Lassen Sie die Übung aus, solange Ihre Nase verstopft ist oder Sie erkältet sind.
pose-anulom-vilom-caution-3 = Halten Sie zwischendurch nicht den Atem an, wenn Sie hohen Blutdruck oder Herzprobleme haben oder schwanger sind.
pose-anulom-vilom-avoid-1 = Verstopfte Nase oder Erkältung
pose-anulom-vilom-avoid-2 = Atem anhalten bei hohem Blutdruck, Herzproblemen oder in der Schwangerschaft
pose-anulom-vilom-hold-cue = Atmen Sie langsam durch jeweils ein Nasenloch.
pose-anulom-vilom-helps = Verlangsamt und beruhigt den Atem und hilft Körper und Muskeln, sich zu entspannen.
pose-anulom-vilom-breathing = Atmen Sie etwa vier Sekunden lang ein und etwa sechs Sekunden lang aus und wechseln Sie dabei die Nasenlöcher wie beschrieben.

## deep-breathing

pose-deep-breathing-name = Tiefes Atmen
pose-deep-breathing-english = Tiefes Atmen
pose-deep-breathing-step-1 = Setzen Sie sich bequem hin oder legen Sie sich mit gebeugten Knien auf den Rücken.
pose-deep-breathing-step-2 = Legen Sie eine Hand auf den Bauch und die andere auf die Brust.
pose-deep-breathing-step-3 = Atmen Sie langsam durch die Nase ein, sodass sich Ihr Bauch unter Ihrer Hand hebt.
pose-deep-breathing-step-4 = Machen Sie eine kurze Pause und atmen Sie dann langsam durch den Mund aus, während sich Ihr Bauch senkt.
pose-deep-breathing-step-5 = Lassen Sie die Hand auf der Brust weitgehend ruhig und wiederholen Sie das in einem angenehmen Tempo.
pose-deep-breathing-caution-1 = Hören Sie auf und atmen Sie wieder normal, wenn Ihnen schwindlig ist oder Sie sich benommen fühlen.
pose-deep-breathing-caution-2 = Erzwingen Sie den Atem nie; atmen Sie sanft und angenehm.
pose-deep-breathing-caution-3 = Ab etwa der 20. Schwangerschaftswoche: Üben Sie im Sitzen oder in Seitenlage statt in flacher Rückenlage.
pose-deep-breathing-avoid-1 = Schwindel, der nicht vergeht, wenn Sie normal atmen
pose-deep-breathing-hold-cue = Atmen Sie langsam und tief in Ihren Bauch.
pose-deep-breathing-helps = Verlangsamt den Atem und hilft angespannten Muskeln, auch denen im Rücken, sich zu lösen.
pose-deep-breathing-breathing = Atmen Sie etwa vier Sekunden lang sanft durch die Nase ein und etwa sechs Sekunden lang durch den Mund aus.

## cat-cow

pose-cat-cow-name = Katze-Kuh-Dehnung
pose-cat-cow-english = Katze-Kuh-Dehnung
pose-cat-cow-step-1 = Beginnen Sie im Vierfüßlerstand, die Hände unter den Schultern, die Knie unter den Hüften.
pose-cat-cow-step-2 = Atmen Sie ein und lassen Sie den Bauch sinken, während Sie Brust und Steißbein sanft anheben. Halten Sie dabei den Nacken lang.
pose-cat-cow-step-3 = Atmen Sie aus und machen Sie den Rücken rund zur Decke hin. Ziehen Sie dabei Kinn und Steißbein ein.
pose-cat-cow-step-4 = Bewegen Sie sich langsam zwischen den beiden Positionen und bleiben Sie in einem angenehmen Bewegungsbereich.
pose-cat-cow-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-cat-cow-caution-2 = Halten Sie die Bewegung klein, wenn das Hohlkreuz oder das Runden des Rückens Ihre Schmerzen stärker macht.
pose-cat-cow-caution-3 = Legen Sie eine gefaltete Decke unter Ihre Knie. Bei einer schmerzhaften Verletzung von Knie oder Handgelenk lassen Sie die Übung aus.
pose-cat-cow-caution-4 = Bei Osteoporose: Halten Sie den Rücken lang und vermeiden Sie tiefes oder kräftiges Beugen nach vorn oder Drehen unter Belastung, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-cat-cow-caution-5 = Bei Nackenproblemen: Halten Sie den Kopf in einer Linie mit der Wirbelsäule und hören Sie auf, wenn Ihr Nacken schmerzt.
pose-cat-cow-avoid-1 = Schmerzhafte Verletzung von Knie oder Handgelenk
pose-cat-cow-hold-cue = Wechseln Sie im Rhythmus Ihres Atems langsam zwischen Hohlkreuz und rundem Rücken.
pose-cat-cow-helps = Bewegt die Wirbelsäule sanft zwischen rundem Rücken und Hohlkreuz, um Steifheit zu lösen.
pose-cat-cow-breathing = Atmen Sie ein, wenn Ihr Rücken ins Hohlkreuz geht, und atmen Sie aus, wenn er sich rundet. Lassen Sie den Atem die Bewegung führen.

## pelvic-tilt

pose-pelvic-tilt-name = Beckenkippen
pose-pelvic-tilt-english = Beckenkippen
pose-pelvic-tilt-step-1 = Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße flach auf dem Boden, die Arme neben dem Körper.
pose-pelvic-tilt-step-2 = Spannen Sie sanft Ihre Bauchmuskeln an.
pose-pelvic-tilt-step-3 = Kippen Sie Ihr Becken sanft, sodass sich die Wölbung Ihres unteren Rückens flach an den Boden legt, ohne die Hüften anzuheben.
pose-pelvic-tilt-step-4 = Halten Sie die Position einige Sekunden. Entspannen Sie dann und lassen Sie Ihren Rücken in seine natürliche Krümmung zurückkehren.
pose-pelvic-tilt-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-pelvic-tilt-caution-2 = Halten Sie die Bewegung klein und hören Sie auf, wenn sie Ihre Rückenschmerzen stärker macht.
pose-pelvic-tilt-caution-3 = Nach einer kürzlichen Operation an Rücken, Hüfte oder Bauch: Fragen Sie vorher Ihren Chirurgen oder Physiotherapeuten.
pose-pelvic-tilt-caution-4 = Ab etwa der 20. Schwangerschaftswoche: Machen Sie die Übung im Stehen mit dem Rücken an einer Wand statt im Liegen.
pose-pelvic-tilt-avoid-1 = Ab etwa der 20. Schwangerschaftswoche im Liegen (machen Sie die Übung im Stehen an einer Wand)
pose-pelvic-tilt-avoid-2 = Kürzliche Operation an Bauch oder Rücken
pose-pelvic-tilt-hold-cue = Halten Sie die Wölbung Ihres Rückens sanft flach am Boden und lassen Sie dann wieder los.
pose-pelvic-tilt-helps = Trainiert sanft die tiefen Bauchmuskeln und bringt den unteren Rücken behutsam in Bewegung.
pose-pelvic-tilt-breathing = Atmen Sie aus, während Sie den Rücken flach machen, und atmen Sie normal weiter, während Sie die Position halten.

## bridge

pose-bridge-name = Brücke
pose-bridge-english = Brücke
pose-bridge-step-1 = Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit auseinander, die Arme neben dem Körper.
pose-bridge-step-2 = Drücken Sie die Füße in den Boden und spannen Sie das Gesäß an.
pose-bridge-step-3 = Heben Sie die Hüften langsam an, bis Ihr Körper eine gerade Linie von den Schultern bis zu den Knien bildet. Die Knie sind dabei über den Knöcheln.
pose-bridge-step-4 = Tragen Sie Ihr Gewicht auf Schultern und Füßen, nicht auf dem Nacken.
pose-bridge-step-5 = Halten Sie die Position. Rollen Sie dann die Wirbelsäule langsam zum Boden ab.
pose-bridge-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-bridge-caution-2 = Heben Sie nur ein wenig an, wenn Sie ein Klemmen im unteren Rücken spüren.
pose-bridge-caution-3 = Lassen Sie die Übung bei Nackenproblemen aus, oder heben Sie nur wenig an, sodass kein Gewicht auf Ihrem Nacken liegt.
pose-bridge-caution-4 = Bei Bandscheibenproblemen oder Ischias: Fragen Sie Ihren Physiotherapeuten, ob Beugen nach hinten für Sie geeignet ist. Manchen Rücken hilft es, bei anderen werden die Beschwerden schlimmer.
pose-bridge-caution-5 = Lassen Sie die Übung aus, wenn Sie grünen Star (Glaukom) oder hohen Blutdruck haben oder wenn Ihnen schwindlig wird, sobald Ihr Kopf tiefer als Ihr Herz ist.
pose-bridge-caution-6 = Nach einer kürzlichen Operation an Rücken, Hüfte oder Bauch: Fragen Sie vorher Ihren Chirurgen oder Physiotherapeuten.
pose-bridge-caution-7 = Ab etwa der 20. Schwangerschaftswoche: Lassen Sie die Übung aus, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-bridge-avoid-1 = Nackenprobleme
pose-bridge-avoid-2 = Ab etwa der 20. Schwangerschaftswoche
pose-bridge-avoid-3 = Kürzliche Operation an Rücken oder Bauch
pose-bridge-hold-cue = Heben Sie die Hüften, drücken Sie die Füße in den Boden und halten Sie die Knie in einer Linie.
pose-bridge-helps = Kräftigt das Gesäß und die Muskeln, die den unteren Rücken stützen.
pose-bridge-breathing = Atmen Sie beim Anheben aus, atmen Sie gleichmäßig, während Sie die Position halten, und atmen Sie beim Absenken ein.

## piriformis-stretch

pose-piriformis-stretch-name = Piriformis-Dehnung
pose-piriformis-stretch-english = Piriformis-Dehnung
pose-piriformis-stretch-step-1 = Legen Sie sich auf den Rücken, beide Knie gebeugt, die Füße flach auf dem Boden.
pose-piriformis-stretch-step-2 = Legen Sie Ihren rechten Knöchel über Ihr linkes Knie, sodass Ihre Beine eine Vier bilden.
pose-piriformis-stretch-step-3 = Fassen Sie hinter Ihren linken Oberschenkel und ziehen Sie ihn sanft in Richtung Brust.
pose-piriformis-stretch-step-4 = Ziehen Sie nur so weit, bis Sie eine Dehnung tief in Ihrer rechten Gesäßhälfte spüren, und halten Sie die Dehnung dort.
pose-piriformis-stretch-step-5 = Lösen Sie die Dehnung langsam und wiederholen Sie die Übung mit dem anderen Bein.
pose-piriformis-stretch-caution-1 = Hören Sie auf, wenn Schmerzen in ein Bein ausstrahlen oder Sie Taubheit oder Kribbeln spüren.
pose-piriformis-stretch-caution-2 = Lassen Sie die Übung bei einer Knie- oder Hüftverletzung oder nach dem Einsetzen eines künstlichen Hüftgelenks aus, es sei denn, Ihr Physiotherapeut ist einverstanden.
pose-piriformis-stretch-caution-3 = Ab etwa der 20. Schwangerschaftswoche: Verzichten Sie auf die flache Rückenlage. Fragen Sie Ihren Physiotherapeuten nach einer Variante im Sitzen oder in Seitenlage.
pose-piriformis-stretch-caution-4 = Nach dem Einsetzen eines künstlichen Hüftgelenks: Fragen Sie Ihren Chirurgen oder Physiotherapeuten, bevor Sie diese Übung machen. Sie beugt oder dreht die Hüfte sehr weit.
pose-piriformis-stretch-avoid-1 = Knie- oder Hüftverletzung oder künstliches Hüftgelenk
pose-piriformis-stretch-avoid-2 = Ab etwa der 20. Schwangerschaftswoche (Rückenlage)
pose-piriformis-stretch-hold-cue = Ziehen Sie die Beine sanft zu sich heran, um die { $side ->
        [left] linke
       *[right] rechte
    } Gesäßhälfte zu dehnen.
pose-piriformis-stretch-helps = Dehnt sanft die tiefen Muskeln des Gesäßes und die äußere Hüfte.
pose-piriformis-stretch-breathing = Atmen Sie langsam und lassen Sie die Hüfte bei jedem Ausatmen etwas mehr los.

## The routines that come with Posewise

routine-back-spasm-relief-title = Hilfe bei Rückenkrämpfen
routine-back-spasm-relief-notes = Vier sanfte Dehnübungen für einen steifen oder verkrampften unteren Rücken. Bewegen Sie sich langsam, bleiben Sie in einem angenehmen Bewegungsbereich und hören Sie auf, wenn Schmerzen sich ausbreiten oder schlimmer werden.
routine-gentle-back-yoga-title = Sanftes Rücken-Yoga
routine-gentle-back-yoga-notes = Eine ruhige Yoga-Folge für den Rücken, vom Stehen bis zum Liegen, mit einer tiefen Entspannung am Ende. Lassen Sie jede Übung aus, die schmerzt.
routine-breathing-reset-title = Atempause
routine-breathing-reset-notes = Langsames Atmen, um angespannte Rückenmuskeln zu entspannen. Sitzen oder liegen Sie bequem; halten Sie den Atem nie mit Anstrengung an.

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
