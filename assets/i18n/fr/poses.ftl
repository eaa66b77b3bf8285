# Posewise : le catalogue des postures et les enchaînements fournis, en français.
#
# Traduction de en-poses.ftl : mêmes identifiants, même ordre. Dans une
# consigne de maintien, { $side } vaut "left" ou "right" ; on choisit les
# mots selon le côté avec un sélecteur sur une seule ligne :
#   { $side -> [left] gauche *[right] droite }

## Warning signs

red-flag-emergency-1 = Changements dans le contrôle de la vessie ou des selles : nouvelle difficulté à uriner, fuites, ou ne rien sentir quand vous urinez ou quand vous vous essuyez
red-flag-emergency-2 = Engourdissement ou fourmillements entre les jambes : autour des organes génitaux, des fesses ou de l'intérieur des cuisses (la zone dite « en selle »)
red-flag-emergency-3 = Nouveaux problèmes sexuels, ou perte de sensibilité des organes génitaux
red-flag-emergency-4 = Sciatique, engourdissement ou faiblesse dans les deux jambes
red-flag-emergency-5 = Faiblesse d'une jambe qui s'aggrave, ou un pied qui traîne ou qui lâche
red-flag-same-day-1 = De la fièvre, ou le fait d'avoir chaud et de vous sentir malade, en même temps que le mal de dos
red-flag-same-day-2 = Une perte de poids que vous ne pouvez pas expliquer
red-flag-same-day-3 = Un cancer, actuel ou passé
red-flag-same-day-4 = Une douleur apparue après une chute, un accident ou un coup dans le dos
red-flag-same-day-5 = Un mal de dos nouveau, apparu après l'âge de 50 ans, ou avant l'âge de 20 ans
red-flag-same-day-6 = Une douleur constante ou qui s'aggrave, ou forte la nuit et non soulagée par le repos
red-flag-same-day-7 = Un système immunitaire affaibli, des comprimés de corticoïdes pris au long cours, ou l'usage de drogues par injection
red-flag-same-day-8 = Ostéoporose ou corticoïdes au long cours, avec une douleur soudaine après un petit effort ou après avoir soulevé une petite charge
red-flag-same-day-9 = Une douleur dans le haut du dos, entre les omoplates

## knee-to-chest

pose-knee-to-chest-name = Étirement genou-poitrine
pose-knee-to-chest-english = Étirement genou-poitrine
pose-knee-to-chest-step-1 = Allongez-vous sur le dos, les deux genoux pliés et les pieds à plat sur le sol.
pose-knee-to-chest-step-2 = Ramenez un genou vers votre poitrine et tenez-le avec les deux mains derrière la cuisse.
pose-knee-to-chest-step-3 = Gardez l'autre pied au sol et laissez le bas de votre dos s'enfoncer dans le tapis.
pose-knee-to-chest-step-4 = Maintenez la position en douceur, sans tirer fort, puis redescendez lentement la jambe et changez de côté.
pose-knee-to-chest-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-knee-to-chest-caution-2 = Après une opération récente du dos, de la hanche ou du ventre, demandez d'abord l'avis de votre chirurgien ou de votre kinésithérapeute.
pose-knee-to-chest-caution-3 = Tenez l'arrière de la cuisse plutôt que le dessus du genou si votre genou est douloureux.
pose-knee-to-chest-caution-4 = À partir d'environ 20 semaines d'aménorrhée (SA), ne vous allongez pas à plat sur le dos ; demandez à votre kinésithérapeute une variante assise ou allongée sur le côté.
pose-knee-to-chest-caution-5 = Après la pose d'une prothèse de hanche, demandez l'avis de votre chirurgien ou de votre kinésithérapeute avant cette posture : elle plie ou tourne beaucoup la hanche.
pose-knee-to-chest-caution-6 = En cas d'ostéoporose, gardez le dos étiré et évitez les mouvements profonds ou forcés pour vous pencher en avant ou vous tourner en portant une charge, sauf si votre kinésithérapeute est d'accord.
pose-knee-to-chest-caution-7 = En cas de problème de disque intervertébral ou de sciatique, demandez à votre kinésithérapeute si le fait de vous pencher en avant vous convient : cela soulage certains dos et en aggrave d'autres.
pose-knee-to-chest-avoid-1 = À partir d'environ 20 semaines d'aménorrhée (SA) (position allongée sur le dos)
pose-knee-to-chest-avoid-2 = Une opération récente du dos, de la hanche ou du ventre
pose-knee-to-chest-avoid-3 = Une prothèse de hanche, sauf si votre chirurgien est d'accord
pose-knee-to-chest-hold-cue = Tenez l'arrière de votre cuisse { $side ->
        [left] gauche
       *[right] droite
    } et ramenez doucement le genou vers votre poitrine.
pose-knee-to-chest-helps = Étire en douceur le bas du dos, les fesses et les hanches.
pose-knee-to-chest-breathing = Respirez lentement par le nez et laissez le genou se rapprocher un peu plus à chaque expiration.

## prone-back-extension

pose-prone-back-extension-name = Extension du dos à plat ventre
pose-prone-back-extension-english = Extension du dos à plat ventre
pose-prone-back-extension-step-1 = Allongez-vous sur le ventre, les jambes tendues et les coudes pliés sous les épaules.
pose-prone-back-extension-step-2 = Appuyez doucement sur vos avant-bras pour soulever un peu la poitrine du sol.
pose-prone-back-extension-step-3 = Gardez les hanches et les jambes détendues au sol et la nuque étirée.
pose-prone-back-extension-step-4 = Tendez les bras pour monter plus haut, seulement si cela reste confortable.
pose-prone-back-extension-step-5 = Maintenez brièvement la position, puis redescendez lentement la poitrine jusqu'au sol.
pose-prone-back-extension-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-prone-back-extension-caution-2 = Ne faites pas cette posture si le fait de cambrer le dos rend votre mal de dos plus vif.
pose-prone-back-extension-caution-3 = À partir d'environ 12 semaines d'aménorrhée (SA), ne vous allongez pas sur le ventre.
pose-prone-back-extension-caution-4 = Après une opération récente du dos, de la hanche ou du ventre, demandez d'abord l'avis de votre chirurgien ou de votre kinésithérapeute.
pose-prone-back-extension-caution-5 = En cas de problème de disque intervertébral ou de sciatique, demandez à votre kinésithérapeute si le fait de vous pencher en arrière vous convient : cela soulage certains dos et en aggrave d'autres.
pose-prone-back-extension-caution-6 = En cas de canal rachidien étroit ou de spondylolisthésis, demandez l'avis de votre kinésithérapeute avant de vous pencher en arrière.
pose-prone-back-extension-caution-7 = En cas de problèmes de cou, gardez la tête dans l'alignement de la colonne vertébrale et arrêtez si vous avez mal au cou.
pose-prone-back-extension-avoid-1 = À partir d'environ 12 semaines d'aménorrhée (SA) (position allongée sur le ventre)
pose-prone-back-extension-avoid-2 = Le fait de cambrer le dos rend votre douleur plus vive
pose-prone-back-extension-avoid-3 = Une opération récente du dos ou du ventre
pose-prone-back-extension-hold-cue = Appuyez-vous sur vos avant-bras, la poitrine un peu soulevée et les hanches lourdes.
pose-prone-back-extension-helps = Cambre doucement le bas du dos, ce qui compense les longues périodes en position assise ou penchée en avant.
pose-prone-back-extension-breathing = Expirez en montant et continuez à respirer lentement et régulièrement pendant que vous maintenez la position.

## trunk-rotation

pose-trunk-rotation-name = Rotation du tronc
pose-trunk-rotation-english = Rotation du tronc
pose-trunk-rotation-step-1 = Allongez-vous sur le dos, les genoux pliés, les pieds joints et les bras écartés sur les côtés.
pose-trunk-rotation-step-2 = En gardant les deux épaules au sol, laissez vos genoux descendre lentement d'un côté.
pose-trunk-rotation-step-3 = Allez seulement aussi loin que c'est confortable et restez au repos dans cette position.
pose-trunk-rotation-step-4 = Utilisez vos abdominaux pour ramener les genoux au centre, puis recommencez de l'autre côté.
pose-trunk-rotation-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-trunk-rotation-caution-2 = Gardez un mouvement de petite amplitude si la torsion augmente votre douleur.
pose-trunk-rotation-caution-3 = Après une opération récente du dos, de la hanche ou du ventre, demandez d'abord l'avis de votre chirurgien ou de votre kinésithérapeute.
pose-trunk-rotation-caution-4 = À partir d'environ 20 semaines d'aménorrhée (SA), ne vous allongez pas à plat sur le dos ; demandez à votre kinésithérapeute une variante assise ou allongée sur le côté.
pose-trunk-rotation-caution-5 = En cas d'ostéoporose, gardez le dos étiré et évitez les mouvements profonds ou forcés pour vous pencher en avant ou vous tourner en portant une charge, sauf si votre kinésithérapeute est d'accord.
pose-trunk-rotation-caution-6 = Après la pose d'une prothèse de hanche, demandez l'avis de votre chirurgien ou de votre kinésithérapeute avant cette posture : elle plie ou tourne beaucoup la hanche.
pose-trunk-rotation-avoid-1 = À partir d'environ 20 semaines d'aménorrhée (SA) (position allongée sur le dos)
pose-trunk-rotation-avoid-2 = Une opération récente du dos ou du ventre
pose-trunk-rotation-avoid-3 = Ostéoporose, sauf si votre kinésithérapeute est d'accord
pose-trunk-rotation-avoid-4 = Une prothèse de hanche, sauf si votre chirurgien est d'accord
pose-trunk-rotation-hold-cue = Laissez vos genoux reposer { $side ->
        [left] vers la gauche
       *[right] vers la droite
    }, les deux épaules au sol.
pose-trunk-rotation-helps = Tourne et assouplit en douceur le bas du dos et les côtés de la taille.
pose-trunk-rotation-breathing = Expirez pendant que les genoux descendent et continuez à respirer régulièrement pendant que vous restez sur le côté.

## hamstring-stretch

pose-hamstring-stretch-name = Étirement des ischio-jambiers
pose-hamstring-stretch-english = Étirement des ischio-jambiers
pose-hamstring-stretch-step-1 = Allongez-vous sur le dos, les deux genoux pliés et les pieds à plat sur le sol.
pose-hamstring-stretch-step-2 = Passez une serviette ou une sangle sous la plante d'un pied et tenez une extrémité dans chaque main, ou tenez l'arrière de cette cuisse avec les deux mains.
pose-hamstring-stretch-step-3 = Tendez cette jambe vers le plafond jusqu'à sentir un léger étirement à l'arrière de la cuisse.
pose-hamstring-stretch-step-4 = Gardez la tête, les épaules et le bas du dos détendus au sol.
pose-hamstring-stretch-step-5 = Maintenez la position, puis pliez le genou, reposez le pied et changez de côté.
pose-hamstring-stretch-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-hamstring-stretch-caution-2 = Gardez le genou légèrement plié plutôt que de forcer pour tendre la jambe.
pose-hamstring-stretch-caution-3 = Évitez cette posture en cas de blessure récente des ischio-jambiers ou de la hanche, sauf si votre kinésithérapeute est d'accord.
pose-hamstring-stretch-caution-4 = À partir d'environ 20 semaines d'aménorrhée (SA), ne vous allongez pas à plat sur le dos ; demandez à votre kinésithérapeute une variante assise ou allongée sur le côté.
pose-hamstring-stretch-caution-5 = Après la pose d'une prothèse de hanche, demandez l'avis de votre chirurgien ou de votre kinésithérapeute avant cette posture : elle plie ou tourne beaucoup la hanche.
pose-hamstring-stretch-caution-6 = Ne tirez pas vos orteils vers vous si vous avez des fourmillements dans la jambe.
pose-hamstring-stretch-avoid-1 = À partir d'environ 20 semaines d'aménorrhée (SA) (position allongée sur le dos)
pose-hamstring-stretch-avoid-2 = Une blessure récente des ischio-jambiers ou de la hanche
pose-hamstring-stretch-avoid-3 = Une prothèse de hanche, sauf si votre chirurgien est d'accord
pose-hamstring-stretch-hold-cue = Levez votre jambe { $side ->
        [left] gauche
       *[right] droite
    } jusqu'à sentir un léger étirement à l'arrière de la cuisse.
pose-hamstring-stretch-helps = Allonge en douceur les muscles de l'arrière de la cuisse, que l'on sent souvent raides en cas de mal de dos.
pose-hamstring-stretch-breathing = Respirez lentement et régulièrement, en laissant la jambe se détendre un peu plus à chaque expiration.

## tadasana

pose-tadasana-name = Posture du palmier
pose-tadasana-english = Posture du palmier
pose-tadasana-step-1 = Debout, grandissez-vous, les pieds écartés de la largeur des hanches et les bras le long du corps.
pose-tadasana-step-2 = Croisez les doigts et levez les bras au-dessus de la tête, en tournant les paumes vers le plafond.
pose-tadasana-step-3 = Montez lentement sur la pointe des pieds et étirez tout votre corps vers le haut.
pose-tadasana-step-4 = Gardez le regard droit devant vous et le ventre légèrement rentré pour garder l'équilibre.
pose-tadasana-step-5 = Redescendez d'abord les talons, puis les bras, lentement et avec contrôle.
pose-tadasana-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-tadasana-caution-2 = Placez-vous à côté d'un mur ou d'une chaise, ou gardez les talons au sol, si votre équilibre est instable.
pose-tadasana-caution-3 = Ne montez pas sur la pointe des pieds si vous avez des vertiges, ni à partir d'environ 20 semaines d'aménorrhée (SA).
pose-tadasana-caution-4 = Baissez les bras si vous ressentez une douleur aux épaules ou une tension dans le bas du dos.
pose-tadasana-caution-5 = En cas d'ostéoporose, gardez les talons au sol et une main sur un mur ou une chaise : une chute peut provoquer une fracture.
pose-tadasana-avoid-1 = Vertiges ou équilibre instable (gardez les talons au sol)
pose-tadasana-avoid-2 = À partir d'environ 20 semaines d'aménorrhée (SA) (monter sur la pointe des pieds)
pose-tadasana-hold-cue = Grandissez-vous et étirez-vous vers le haut jusqu'au bout des doigts, en respirant tranquillement.
pose-tadasana-helps = Étire tout le corps, des pieds jusqu'au bout des doigts, et lui procure une sensation de calme et de détente.
pose-tadasana-breathing = Inspirez en montant, respirez régulièrement pendant que vous maintenez la position, et expirez en redescendant.

## parsvakonasana

pose-parsvakonasana-name = Posture de l'angle latéral
pose-parsvakonasana-english = Posture de l'angle latéral
pose-parsvakonasana-step-1 = Debout, écartez largement les pieds, le pied droit tourné vers l'extérieur et le pied gauche légèrement tourné vers l'intérieur, talon au sol.
pose-parsvakonasana-step-2 = Pliez le genou droit au-dessus de la cheville et posez l'avant-bras droit sur la cuisse droite.
pose-parsvakonasana-step-3 = Levez le bras gauche et passez-le au-dessus de l'oreille, pour que votre corps forme une longue ligne du talon gauche jusqu'au bout des doigts.
pose-parsvakonasana-step-4 = Tournez légèrement la poitrine vers le haut et gardez le cou détendu.
pose-parsvakonasana-step-5 = Maintenez la position, puis appuyez sur vos pieds pour remonter lentement, et recommencez de l'autre côté.
pose-parsvakonasana-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-parsvakonasana-caution-2 = Gardez le genou avant au-dessus de la cheville ; en cas de blessure au genou ou à la hanche, ne faites pas cette posture ou écartez moins les pieds.
pose-parsvakonasana-caution-3 = Regardez devant vous ou vers le bas plutôt que vers le haut si vous avez des problèmes de cou.
pose-parsvakonasana-caution-4 = Arrêtez si vous ressentez un pincement dans le bas du dos.
pose-parsvakonasana-caution-5 = En cas d'ostéoporose, gardez le dos étiré et évitez les mouvements profonds ou forcés pour vous pencher en avant ou vous tourner en portant une charge, sauf si votre kinésithérapeute est d'accord.
pose-parsvakonasana-caution-6 = Après la pose d'une prothèse de hanche, demandez l'avis de votre chirurgien ou de votre kinésithérapeute avant cette posture : elle plie ou tourne beaucoup la hanche.
pose-parsvakonasana-caution-7 = Pendant la grossesse, écartez moins les pieds et placez-vous à côté d'un mur ou d'une chaise, et arrêtez si vous ressentez une douleur à l'avant ou à l'arrière du bassin.
pose-parsvakonasana-caution-8 = En cas de problème d'épaule, gardez la main du haut sur la hanche au lieu de tendre le bras au-dessus de la tête.
pose-parsvakonasana-avoid-1 = Une blessure au genou ou à la hanche
pose-parsvakonasana-avoid-2 = Ostéoporose, sauf si votre kinésithérapeute est d'accord
pose-parsvakonasana-avoid-3 = Une prothèse de hanche, sauf si votre chirurgien est d'accord
pose-parsvakonasana-hold-cue = Pliez votre genou { $side ->
        [left] gauche
       *[right] droit
    }, l'avant-bras posé sur cette cuisse, et tendez l'autre bras loin au-dessus de l'oreille.
pose-parsvakonasana-helps = Ouvre la poitrine et étire les côtés de la taille et les hanches.
pose-parsvakonasana-breathing = Respirez lentement et profondément dans le côté étiré de vos côtes.

## makarasana

pose-makarasana-name = Posture du crocodile
pose-makarasana-english = Posture du crocodile
pose-makarasana-step-1 = Allongez-vous sur le ventre, les jambes confortablement écartées et les orteils tournés vers l'extérieur.
pose-makarasana-step-2 = Croisez les avant-bras devant vous et posez le front ou la joue dessus.
pose-makarasana-step-3 = Laissez les épaules, le dos et les jambes devenir lourds et s'enfoncer dans le sol.
pose-makarasana-step-4 = Restez immobile, puis rapprochez les jambes et roulez sur le côté pour vous relever.
pose-makarasana-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-makarasana-caution-2 = À partir d'environ 12 semaines d'aménorrhée (SA), ne vous allongez pas sur le ventre.
pose-makarasana-caution-3 = Après une opération récente du dos, de la hanche ou du ventre, demandez d'abord l'avis de votre chirurgien ou de votre kinésithérapeute.
pose-makarasana-caution-4 = Placez un coussin fin sous vos hanches si la position à plat ventre tire sur le bas de votre dos.
pose-makarasana-avoid-1 = À partir d'environ 12 semaines d'aménorrhée (SA) (position allongée sur le ventre)
pose-makarasana-avoid-2 = Une opération récente du dos ou du ventre
pose-makarasana-hold-cue = Posez le front sur vos avant-bras croisés et laissez votre dos se relâcher.
pose-makarasana-helps = Permet aux muscles du dos et des jambes de se relâcher et offre au corps et à l'esprit un repos contre la fatigue.
pose-makarasana-breathing = Respirez lentement dans le ventre et sentez-le appuyer doucement contre le sol à chaque inspiration.

## yastikasana

pose-yastikasana-name = Posture du bâton
pose-yastikasana-english = Posture du bâton
pose-yastikasana-step-1 = Allongez-vous sur le dos, les jambes tendues et jointes.
pose-yastikasana-step-2 = Amenez les bras au-dessus de la tête le long du sol, en les gardant tendus et près des oreilles.
pose-yastikasana-step-3 = Pointez les orteils et tendez les doigts dans la direction opposée pour étirer tout votre corps en longueur.
pose-yastikasana-step-4 = Maintenez l'étirement, puis relâchez et ramenez les bras le long du corps.
pose-yastikasana-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-yastikasana-caution-2 = Gardez les bras plus bas ou pliez les coudes si vous avez une douleur à l'épaule.
pose-yastikasana-caution-3 = Pliez les genoux si le fait de vous étirer complètement cambre le bas de votre dos ou lui fait mal.
pose-yastikasana-caution-4 = Relâchez l'étirement immédiatement si une crampe commence dans un muscle.
pose-yastikasana-caution-5 = À partir d'environ 20 semaines d'aménorrhée (SA), ne vous allongez pas à plat sur le dos ; demandez à votre kinésithérapeute une variante assise ou allongée sur le côté.
pose-yastikasana-avoid-1 = À partir d'environ 20 semaines d'aménorrhée (SA) (position allongée sur le dos)
pose-yastikasana-avoid-2 = Une douleur à l'épaule quand les bras passent au-dessus de la tête
pose-yastikasana-hold-cue = Étirez-vous en longueur, du bout des doigts jusqu'aux orteils.
pose-yastikasana-helps = Allonge en douceur tout le corps, y compris les petits muscles le long de la colonne vertébrale.
pose-yastikasana-breathing = Inspirez en vous étirant, puis continuez à respirer lentement et pleinement pendant que vous maintenez la position.

## matsyasana

pose-matsyasana-name = Posture du poisson
pose-matsyasana-english = Posture du poisson
pose-matsyasana-step-1 = Roulez une couverture pliée pour en faire un rouleau ferme et posez-le en travers du tapis, à l'endroit où reposeront vos omoplates.
pose-matsyasana-step-2 = Asseyez-vous devant et allongez-vous lentement en arrière, de sorte que la couverture soutienne vos omoplates et que votre tête repose sur le sol.
pose-matsyasana-step-3 = Gardez les jambes tendues ou les genoux pliés, et posez les bras le long du corps, paumes vers le haut.
pose-matsyasana-step-4 = Laissez votre poitrine s'ouvrir doucement, tout en gardant la nuque étirée et la tête au sol.
pose-matsyasana-step-5 = Pour sortir de la posture, roulez sur le côté et redressez-vous en poussant avec les mains.
pose-matsyasana-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-matsyasana-caution-2 = En cas de problèmes de cou, gardez la tête dans l'alignement de la colonne vertébrale et arrêtez si vous avez mal au cou.
pose-matsyasana-caution-3 = Évitez cette posture en cas d'hypertension ou d'hypotension artérielle, ou si vous avez des vertiges ou un mal de tête.
pose-matsyasana-caution-4 = Gardez la tête au sol : ne la basculez jamais en arrière sur le sommet du crâne.
pose-matsyasana-caution-5 = Arrêtez si le fait de cambrer le dos rend votre mal de dos plus vif.
pose-matsyasana-caution-6 = En cas d'ostéoporose, gardez le dos étiré et évitez les mouvements profonds ou forcés pour vous pencher en avant ou vous tourner en portant une charge, sauf si votre kinésithérapeute est d'accord.
pose-matsyasana-caution-7 = En cas de problème de disque intervertébral ou de sciatique, demandez à votre kinésithérapeute si le fait de vous pencher en arrière vous convient : cela soulage certains dos et en aggrave d'autres.
pose-matsyasana-caution-8 = En cas de canal rachidien étroit ou de spondylolisthésis, demandez l'avis de votre kinésithérapeute avant de vous pencher en arrière.
pose-matsyasana-caution-9 = Après une opération récente du dos, de la hanche ou du ventre, demandez d'abord l'avis de votre chirurgien ou de votre kinésithérapeute.
pose-matsyasana-caution-10 = À partir d'environ 20 semaines d'aménorrhée (SA), ne faites pas cette posture, sauf si votre kinésithérapeute est d'accord.
pose-matsyasana-avoid-1 = Hypertension ou hypotension artérielle
pose-matsyasana-avoid-2 = À partir d'environ 20 semaines d'aménorrhée (SA)
pose-matsyasana-avoid-3 = Une opération récente du dos ou du ventre
pose-matsyasana-hold-cue = Reposez sur la couverture, la tête au sol, et laissez votre poitrine s'ouvrir.
pose-matsyasana-helps = Ouvre la poitrine et cambre doucement le haut du dos, la tête reposant sur le sol.
pose-matsyasana-breathing = Respirez profondément dans votre poitrine et sentez vos côtes s'écarter à chaque inspiration.

## adho-mukha-svanasana

pose-adho-mukha-svanasana-name = Chien tête en bas
pose-adho-mukha-svanasana-english = Chien tête en bas
pose-adho-mukha-svanasana-step-1 = Commencez à quatre pattes, les mains légèrement en avant des épaules.
pose-adho-mukha-svanasana-step-2 = Retournez les orteils pour prendre appui dessus et soulevez les hanches vers le haut et vers l'arrière pour former un V à l'envers.
pose-adho-mukha-svanasana-step-3 = Pliez les genoux autant que nécessaire pour garder le dos étiré.
pose-adho-mukha-svanasana-step-4 = Appuyez les mains dans le sol et laissez la tête pendre entre les bras.
pose-adho-mukha-svanasana-step-5 = Maintenez la position, puis reposez les genoux au sol et détendez-vous.
pose-adho-mukha-svanasana-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-adho-mukha-svanasana-caution-2 = Ne faites pas cette posture si vous avez un glaucome ou de l'hypertension artérielle, ou si vous avez des vertiges quand votre tête est plus basse que votre cœur.
pose-adho-mukha-svanasana-caution-3 = Évitez cette posture en cas de blessures aux poignets ou aux épaules, sauf si votre kinésithérapeute est d'accord.
pose-adho-mukha-svanasana-caution-4 = À partir d'environ 20 semaines d'aménorrhée (SA), ne faites pas cette posture, sauf si votre kinésithérapeute est d'accord.
pose-adho-mukha-svanasana-caution-5 = En cas d'ostéoporose, gardez le dos étiré et évitez les mouvements profonds ou forcés pour vous pencher en avant ou vous tourner en portant une charge, sauf si votre kinésithérapeute est d'accord.
pose-adho-mukha-svanasana-caution-6 = Après la pose d'une prothèse de hanche, demandez l'avis de votre chirurgien ou de votre kinésithérapeute avant cette posture : elle plie ou tourne beaucoup la hanche.
pose-adho-mukha-svanasana-caution-7 = En cas de problème de disque intervertébral ou de sciatique, demandez à votre kinésithérapeute si le fait de vous pencher en avant vous convient : cela soulage certains dos et en aggrave d'autres.
pose-adho-mukha-svanasana-caution-8 = En cas de problèmes de cou, gardez la tête dans l'alignement de la colonne vertébrale et arrêtez si vous avez mal au cou.
pose-adho-mukha-svanasana-avoid-1 = Hypertension artérielle ou glaucome
pose-adho-mukha-svanasana-avoid-2 = Une blessure au poignet ou à l'épaule
pose-adho-mukha-svanasana-avoid-3 = À partir d'environ 20 semaines d'aménorrhée (SA)
pose-adho-mukha-svanasana-avoid-4 = Ostéoporose, sauf si votre kinésithérapeute est d'accord
pose-adho-mukha-svanasana-avoid-5 = Une prothèse de hanche, sauf si votre chirurgien est d'accord
pose-adho-mukha-svanasana-hold-cue = Poussez les hanches vers le haut et vers l'arrière ; pliez un peu les genoux si nécessaire.
pose-adho-mukha-svanasana-helps = Allonge la colonne vertébrale et étire le bas du dos, les épaules et l'arrière des jambes.
pose-adho-mukha-svanasana-breathing = Respirez régulièrement par le nez, en allongeant votre colonne vertébrale à chaque expiration.

## balasana

pose-balasana-name = Posture de l'enfant
pose-balasana-english = Posture de l'enfant
pose-balasana-step-1 = Mettez-vous à genoux sur le sol, les gros orteils qui se touchent et les genoux écartés de la largeur des hanches.
pose-balasana-step-2 = Asseyez-vous en arrière, les hanches vers les talons.
pose-balasana-step-3 = Penchez-vous en avant et posez le front sur le sol ou sur un coussin.
pose-balasana-step-4 = Laissez les bras reposer sur le sol, tendus vers l'avant ou le long du corps.
pose-balasana-step-5 = Gardez le corps détendu, puis ramenez progressivement les mains vers vous et redressez-vous lentement.
pose-balasana-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-balasana-caution-2 = Ne faites pas cette posture en cas de blessure au genou, ou placez un coussin entre vos talons et vos hanches.
pose-balasana-caution-3 = En cas d'ostéoporose, gardez le dos étiré et évitez les mouvements profonds ou forcés pour vous pencher en avant ou vous tourner en portant une charge, sauf si votre kinésithérapeute est d'accord.
pose-balasana-caution-4 = Après la pose d'une prothèse de hanche, demandez l'avis de votre chirurgien ou de votre kinésithérapeute avant cette posture : elle plie ou tourne beaucoup la hanche.
pose-balasana-caution-5 = En cas de problème de disque intervertébral ou de sciatique, demandez à votre kinésithérapeute si le fait de vous pencher en avant vous convient : cela soulage certains dos et en aggrave d'autres.
pose-balasana-caution-6 = Ne faites pas cette posture si vous avez un glaucome ou de l'hypertension artérielle, ou si vous avez des vertiges quand votre tête est plus basse que votre cœur.
pose-balasana-caution-7 = Après une opération récente du dos, de la hanche ou du ventre, demandez d'abord l'avis de votre chirurgien ou de votre kinésithérapeute.
pose-balasana-caution-8 = À partir d'environ 20 semaines d'aménorrhée (SA), ne faites pas cette posture, sauf si votre kinésithérapeute est d'accord.
pose-balasana-avoid-1 = Une blessure au genou
pose-balasana-avoid-2 = À partir d'environ 20 semaines d'aménorrhée (SA), ou une opération récente du ventre
pose-balasana-avoid-3 = Ostéoporose, sauf si votre kinésithérapeute est d'accord
pose-balasana-avoid-4 = Une prothèse de hanche, sauf si votre chirurgien est d'accord
pose-balasana-hold-cue = Asseyez-vous en arrière vers les talons et respirez dans votre dos.
pose-balasana-helps = Arrondit et détend doucement le dos et permet à tout le corps de se poser.
pose-balasana-breathing = Respirez lentement dans votre dos et sentez-le s'élargir à chaque inspiration.

## bhujangasana

pose-bhujangasana-name = Posture du cobra
pose-bhujangasana-english = Posture du cobra
pose-bhujangasana-step-1 = Allongez-vous sur le ventre, les jambes jointes et les mains à plat sous les épaules.
pose-bhujangasana-step-2 = Gardez les coudes près du corps et appuyez le dessus des pieds contre le sol.
pose-bhujangasana-step-3 = Appuyez doucement sur les mains et laissez vos bras soulever la tête et la poitrine, en gardant les muscles du dos détendus.
pose-bhujangasana-step-4 = Gardez les hanches au sol et les épaules loin des oreilles.
pose-bhujangasana-step-5 = Maintenez brièvement la position, puis redescendez lentement la poitrine.
pose-bhujangasana-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-bhujangasana-caution-2 = Ne faites pas cette posture si le fait de vous pencher en arrière rend votre mal de dos plus vif.
pose-bhujangasana-caution-3 = Montez peu si vous avez des problèmes de poignet ou de cou.
pose-bhujangasana-caution-4 = En cas de problème de disque intervertébral ou de sciatique, demandez à votre kinésithérapeute si le fait de vous pencher en arrière vous convient : cela soulage certains dos et en aggrave d'autres.
pose-bhujangasana-caution-5 = En cas de canal rachidien étroit ou de spondylolisthésis, demandez l'avis de votre kinésithérapeute avant de vous pencher en arrière.
pose-bhujangasana-caution-6 = Après une opération récente du dos, de la hanche ou du ventre, demandez d'abord l'avis de votre chirurgien ou de votre kinésithérapeute.
pose-bhujangasana-caution-7 = À partir d'environ 12 semaines d'aménorrhée (SA), ne vous allongez pas sur le ventre.
pose-bhujangasana-avoid-1 = À partir d'environ 12 semaines d'aménorrhée (SA) (position allongée sur le ventre)
pose-bhujangasana-avoid-2 = Le fait de vous pencher en arrière rend votre douleur plus vive
pose-bhujangasana-avoid-3 = Une opération récente du ventre
pose-bhujangasana-hold-cue = Soulevez doucement la poitrine, les coudes près du corps et les hanches au sol.
pose-bhujangasana-helps = Penche doucement le dos vers l'arrière et allonge l'avant du corps et les hanches.
pose-bhujangasana-breathing = Inspirez en montant, respirez régulièrement pendant que vous maintenez la position, et expirez en redescendant.

## wall-plank

pose-wall-plank-name = Planche contre le mur
pose-wall-plank-english = Planche contre le mur
pose-wall-plank-step-1 = Tenez-vous debout face à un mur, à environ une longueur de bras.
pose-wall-plank-step-2 = Posez les paumes à plat sur le mur, à hauteur des épaules et écartées de la largeur des épaules.
pose-wall-plank-step-3 = Reculez les pieds pour que votre corps forme une ligne droite et inclinée de la tête aux talons.
pose-wall-plank-step-4 = Contractez légèrement le ventre et les fesses pour que vos hanches ne s'affaissent pas et ne ressortent pas.
pose-wall-plank-step-5 = Maintenez la position, puis rapprochez vos pieds du mur à petits pas pour terminer.
pose-wall-plank-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-wall-plank-caution-2 = Rapprochez-vous du mur si vous ressentez une tension dans le bas du dos ou dans les épaules.
pose-wall-plank-caution-3 = Ne faites pas cette posture en cas de blessure au poignet ou à l'épaule, sauf si votre kinésithérapeute est d'accord.
pose-wall-plank-caution-4 = Portez des chaussures ou utilisez une surface antidérapante pour que vos pieds ne glissent pas.
pose-wall-plank-avoid-1 = Une blessure au poignet ou à l'épaule
pose-wall-plank-hold-cue = Gardez une seule ligne droite de la tête aux talons, le ventre légèrement contracté.
pose-wall-plank-helps = Renforce en douceur le tronc, les bras et les jambes, avec peu de charge sur le dos.
pose-wall-plank-breathing = Respirez régulièrement et ne retenez jamais votre respiration pendant que vous maintenez la planche.

## shavasana

pose-shavasana-name = Posture du cadavre
pose-shavasana-english = Posture du cadavre
pose-shavasana-step-1 = Allongez-vous sur le dos, les jambes légèrement écartées et les bras un peu éloignés du corps.
pose-shavasana-step-2 = Tournez les paumes vers le haut, fermez les yeux et laissez vos pieds tomber vers l'extérieur.
pose-shavasana-step-3 = Laissez tout votre corps devenir lourd, en relâchant chaque partie, des pieds jusqu'au visage.
pose-shavasana-step-4 = Restez immobile et laissez votre respiration trouver d'elle-même un rythme tranquille.
pose-shavasana-step-5 = Pour terminer, bougez les doigts et les orteils, roulez sur le côté et asseyez-vous lentement.
pose-shavasana-caution-1 = Placez un coussin sous vos genoux si la position à plat sur le dos tire sur le bas de votre dos.
pose-shavasana-caution-2 = À partir d'environ 20 semaines d'aménorrhée (SA), allongez-vous sur le côté gauche plutôt que sur le dos.
pose-shavasana-caution-3 = Relevez-vous lentement, car vous pouvez ressentir une sensation d'étourdissement après le repos.
pose-shavasana-avoid-1 = À partir d'environ 20 semaines d'aménorrhée (SA), sur le dos (allongez-vous plutôt sur le côté gauche)
pose-shavasana-hold-cue = Restez immobile, les yeux fermés, et laissez tout votre corps devenir lourd.
pose-shavasana-helps = Permet à tout le corps de se détendre et apaise le stress et les tensions musculaires accumulés.
pose-shavasana-breathing = Respirez naturellement et laissez chaque expiration se faire lentement, sans effort.

## saithalyasana

pose-saithalyasana-name = Posture de relaxation de l'animal
pose-saithalyasana-english = Posture de relaxation de l'animal
pose-saithalyasana-step-1 = Asseyez-vous sur le sol, les jambes tendues devant vous.
pose-saithalyasana-step-2 = Pliez le genou droit et posez la plante du pied droit contre l'intérieur de la cuisse gauche.
pose-saithalyasana-step-3 = Pliez le genou gauche vers l'arrière et placez le pied gauche à côté de la hanche gauche.
pose-saithalyasana-step-4 = Levez les bras au-dessus de la tête, puis penchez-vous en avant à partir des hanches, au-dessus du genou avant.
pose-saithalyasana-step-5 = Posez les avant-bras et les mains sur le sol, et le front sur le sol ou sur une couverture pliée ou un coussin, et détendez-vous.
pose-saithalyasana-step-6 = Redressez-vous lentement, tendez les jambes et recommencez de l'autre côté.
pose-saithalyasana-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-saithalyasana-caution-2 = Ne faites pas cette posture en cas de blessure ou de douleur au genou, car le genou arrière se plie fortement.
pose-saithalyasana-caution-3 = En cas d'ostéoporose, gardez le dos étiré et évitez les mouvements profonds ou forcés pour vous pencher en avant ou vous tourner en portant une charge, sauf si votre kinésithérapeute est d'accord.
pose-saithalyasana-caution-4 = Après la pose d'une prothèse de hanche, demandez l'avis de votre chirurgien ou de votre kinésithérapeute avant cette posture : elle plie ou tourne beaucoup la hanche.
pose-saithalyasana-caution-5 = En cas de problème de disque intervertébral ou de sciatique, demandez à votre kinésithérapeute si le fait de vous pencher en avant vous convient : cela soulage certains dos et en aggrave d'autres.
pose-saithalyasana-caution-6 = Ne faites pas cette posture si vous avez un glaucome ou de l'hypertension artérielle, ou si vous avez des vertiges quand votre tête est plus basse que votre cœur.
pose-saithalyasana-caution-7 = Après une opération récente du dos, de la hanche ou du ventre, demandez d'abord l'avis de votre chirurgien ou de votre kinésithérapeute.
pose-saithalyasana-caution-8 = À partir d'environ 20 semaines d'aménorrhée (SA), ne faites pas cette posture, sauf si votre kinésithérapeute est d'accord.
pose-saithalyasana-avoid-1 = Une blessure ou une douleur au genou
pose-saithalyasana-avoid-2 = Une prothèse de hanche
pose-saithalyasana-avoid-3 = À partir d'environ 20 semaines d'aménorrhée (SA)
pose-saithalyasana-avoid-4 = Ostéoporose, sauf si votre kinésithérapeute est d'accord
pose-saithalyasana-hold-cue = Penchez-vous en avant au-dessus de votre genou { $side ->
        [left] gauche
       *[right] droit
    } et posez le front.
pose-saithalyasana-helps = Plie et assouplit en douceur une colonne vertébrale raide, tout en détendant le dos et les hanches.
pose-saithalyasana-breathing = Expirez en vous penchant en avant, puis respirez lentement et calmement pendant que vous restez au repos.

## anulom-vilom

pose-anulom-vilom-name = Respiration alternée par les narines
pose-anulom-vilom-english = Respiration alternée par les narines
pose-anulom-vilom-step-1 = Asseyez-vous confortablement, le dos droit, en tailleur sur le sol ou sur une chaise.
pose-anulom-vilom-step-2 = Posez la main gauche sur votre genou et amenez la main droite vers votre nez.
pose-anulom-vilom-step-3 = Fermez la narine droite avec le pouce et inspirez lentement par la narine gauche.
pose-anulom-vilom-step-4 = Fermez la narine gauche avec l'annulaire, relâchez le pouce et expirez par la narine droite.
pose-anulom-vilom-step-5 = Inspirez par la narine droite, changez de doigt, et expirez par la narine gauche pour terminer un cycle.
pose-anulom-vilom-step-6 = Gardez une respiration fluide et silencieuse et continuez pendant plusieurs cycles.
pose-anulom-vilom-caution-1 = Arrêtez et respirez normalement si vous avez des vertiges, une sensation d'étourdissement ou un essoufflement.
pose-anulom-vilom-caution-2 = Ne faites pas cet exercice tant que vous avez le nez bouché ou un rhume.
pose-anulom-vilom-caution-3 = N'ajoutez pas de moments où vous retenez votre respiration si vous avez de l'hypertension artérielle ou des problèmes cardiaques, ou si vous êtes enceinte.
pose-anulom-vilom-avoid-1 = Un nez bouché ou un rhume
pose-anulom-vilom-avoid-2 = Retenir votre respiration en cas d'hypertension artérielle, de problèmes cardiaques ou de grossesse
pose-anulom-vilom-hold-cue = Respirez lentement par une seule narine à la fois.
pose-anulom-vilom-helps = Ralentit et régularise la respiration, ce qui aide le corps et les muscles à se détendre.
pose-anulom-vilom-breathing = Inspirez pendant environ quatre secondes et expirez pendant environ six secondes, en changeant de narine comme indiqué.

## deep-breathing

pose-deep-breathing-name = Respiration profonde
pose-deep-breathing-english = Respiration profonde
pose-deep-breathing-step-1 = Asseyez-vous confortablement ou allongez-vous sur le dos, les genoux pliés.
pose-deep-breathing-step-2 = Posez une main sur votre ventre et l'autre sur votre poitrine.
pose-deep-breathing-step-3 = Inspirez lentement par le nez pour que votre ventre se soulève sous votre main.
pose-deep-breathing-step-4 = Faites une courte pause, puis expirez lentement par la bouche pendant que votre ventre redescend.
pose-deep-breathing-step-5 = Gardez la main posée sur la poitrine à peu près immobile et recommencez à un rythme tranquille.
pose-deep-breathing-caution-1 = Arrêtez et revenez à une respiration normale si vous avez des vertiges ou une sensation d'étourdissement.
pose-deep-breathing-caution-2 = Ne forcez jamais la respiration ; gardez-la douce et confortable.
pose-deep-breathing-caution-3 = À partir d'environ 20 semaines d'aménorrhée (SA), faites cet exercice en position assise ou allongée sur le côté plutôt qu'à plat sur le dos.
pose-deep-breathing-avoid-1 = Des vertiges qui ne passent pas quand vous respirez normalement
pose-deep-breathing-hold-cue = Respirez lentement et profondément dans votre ventre.
pose-deep-breathing-helps = Ralentit la respiration et aide les muscles tendus, y compris ceux du dos, à se relâcher.
pose-deep-breathing-breathing = Inspirez doucement par le nez pendant environ quatre secondes et expirez par la bouche pendant environ six secondes.

## cat-cow

pose-cat-cow-name = Étirement chat-vache
pose-cat-cow-english = Étirement chat-vache
pose-cat-cow-step-1 = Commencez à quatre pattes, les mains sous les épaules et les genoux sous les hanches.
pose-cat-cow-step-2 = Inspirez et laissez votre ventre descendre en soulevant doucement la poitrine et le coccyx, la nuque étirée.
pose-cat-cow-step-3 = Expirez et arrondissez le dos vers le plafond, en rentrant le menton et le coccyx.
pose-cat-cow-step-4 = Passez lentement d'une position à l'autre, en restant dans une amplitude confortable.
pose-cat-cow-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-cat-cow-caution-2 = Gardez un mouvement de petite amplitude si le fait de cambrer ou d'arrondir le dos augmente votre douleur.
pose-cat-cow-caution-3 = Placez une couverture pliée sous vos genoux, et ne faites pas cette posture en cas de blessure douloureuse au genou ou au poignet.
pose-cat-cow-caution-4 = En cas d'ostéoporose, gardez le dos étiré et évitez les mouvements profonds ou forcés pour vous pencher en avant ou vous tourner en portant une charge, sauf si votre kinésithérapeute est d'accord.
pose-cat-cow-caution-5 = En cas de problèmes de cou, gardez la tête dans l'alignement de la colonne vertébrale et arrêtez si vous avez mal au cou.
pose-cat-cow-avoid-1 = Une blessure douloureuse au genou ou au poignet
pose-cat-cow-hold-cue = Passez lentement du dos cambré au dos arrondi, au rythme de votre respiration.
pose-cat-cow-helps = Fait bouger doucement la colonne vertébrale en l'arrondissant puis en la cambrant, pour soulager la raideur.
pose-cat-cow-breathing = Inspirez quand votre dos se cambre et expirez quand il s'arrondit, en laissant la respiration guider le mouvement.

## pelvic-tilt

pose-pelvic-tilt-name = Bascule du bassin
pose-pelvic-tilt-english = Bascule du bassin
pose-pelvic-tilt-step-1 = Allongez-vous sur le dos, les genoux pliés, les pieds à plat sur le sol et les bras le long du corps.
pose-pelvic-tilt-step-2 = Contractez doucement vos abdominaux.
pose-pelvic-tilt-step-3 = Basculez doucement votre bassin pour que le creux du bas de votre dos s'aplatisse contre le sol, sans soulever les hanches.
pose-pelvic-tilt-step-4 = Maintenez la position quelques secondes, puis relâchez et laissez votre dos reprendre sa courbure naturelle.
pose-pelvic-tilt-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-pelvic-tilt-caution-2 = Gardez un mouvement de petite amplitude et arrêtez s'il rend votre mal de dos plus vif.
pose-pelvic-tilt-caution-3 = Après une opération récente du dos, de la hanche ou du ventre, demandez d'abord l'avis de votre chirurgien ou de votre kinésithérapeute.
pose-pelvic-tilt-caution-4 = À partir d'environ 20 semaines d'aménorrhée (SA), faites cet exercice debout, le dos contre un mur, plutôt qu'en position allongée.
pose-pelvic-tilt-avoid-1 = À partir d'environ 20 semaines d'aménorrhée (SA), en position allongée (faites-le debout contre un mur)
pose-pelvic-tilt-avoid-2 = Une opération récente du ventre ou du dos
pose-pelvic-tilt-hold-cue = Gardez le creux de votre dos doucement plaqué contre le sol, puis relâchez.
pose-pelvic-tilt-helps = Fait travailler en douceur les abdominaux profonds et remet progressivement le bas du dos en mouvement.
pose-pelvic-tilt-breathing = Expirez en aplatissant le dos et continuez à respirer normalement pendant que vous maintenez la position.

## bridge

pose-bridge-name = Posture du pont
pose-bridge-english = Posture du pont
pose-bridge-step-1 = Allongez-vous sur le dos, les genoux pliés, les pieds à plat et écartés de la largeur des hanches, et les bras le long du corps.
pose-bridge-step-2 = Appuyez les pieds dans le sol et contractez les fesses.
pose-bridge-step-3 = Soulevez lentement les hanches jusqu'à ce que votre corps forme une ligne droite des épaules aux genoux, les genoux au-dessus des chevilles.
pose-bridge-step-4 = Gardez votre poids sur les épaules et les pieds, pas sur le cou.
pose-bridge-step-5 = Maintenez la position, puis déroulez lentement la colonne vertébrale jusqu'au sol.
pose-bridge-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-bridge-caution-2 = Montez seulement un peu si vous ressentez un pincement dans le bas du dos.
pose-bridge-caution-3 = Ne faites pas cette posture en cas de problèmes de cou, ou montez peu pour qu'aucun poids ne repose sur votre cou.
pose-bridge-caution-4 = En cas de problème de disque intervertébral ou de sciatique, demandez à votre kinésithérapeute si le fait de vous pencher en arrière vous convient : cela soulage certains dos et en aggrave d'autres.
pose-bridge-caution-5 = Ne faites pas cette posture si vous avez un glaucome ou de l'hypertension artérielle, ou si vous avez des vertiges quand votre tête est plus basse que votre cœur.
pose-bridge-caution-6 = Après une opération récente du dos, de la hanche ou du ventre, demandez d'abord l'avis de votre chirurgien ou de votre kinésithérapeute.
pose-bridge-caution-7 = À partir d'environ 20 semaines d'aménorrhée (SA), ne faites pas cette posture, sauf si votre kinésithérapeute est d'accord.
pose-bridge-avoid-1 = Des problèmes de cou
pose-bridge-avoid-2 = À partir d'environ 20 semaines d'aménorrhée (SA)
pose-bridge-avoid-3 = Une opération récente du dos ou du ventre
pose-bridge-hold-cue = Soulevez les hanches, poussez sur vos pieds et gardez les genoux alignés.
pose-bridge-helps = Renforce les fesses et les muscles qui soutiennent le bas du dos.
pose-bridge-breathing = Expirez en montant, respirez régulièrement pendant que vous maintenez la position, et inspirez en redescendant.

## piriformis-stretch

pose-piriformis-stretch-name = Étirement du muscle piriforme
pose-piriformis-stretch-english = Étirement du muscle piriforme
pose-piriformis-stretch-step-1 = Allongez-vous sur le dos, les deux genoux pliés et les pieds à plat sur le sol.
pose-piriformis-stretch-step-2 = Croisez la cheville droite sur le genou gauche pour former un chiffre 4.
pose-piriformis-stretch-step-3 = Tenez l'arrière de votre cuisse gauche et ramenez-la doucement vers votre poitrine.
pose-piriformis-stretch-step-4 = Arrêtez-vous quand vous sentez un étirement en profondeur dans la fesse droite et maintenez la position.
pose-piriformis-stretch-step-5 = Relâchez lentement et recommencez avec l'autre jambe.
pose-piriformis-stretch-caution-1 = Arrêtez si la douleur descend dans une jambe ou si vous ressentez un engourdissement ou des fourmillements.
pose-piriformis-stretch-caution-2 = Ne faites pas cette posture en cas de blessure au genou ou à la hanche, ou après la pose d'une prothèse de hanche, sauf si votre kinésithérapeute est d'accord.
pose-piriformis-stretch-caution-3 = À partir d'environ 20 semaines d'aménorrhée (SA), ne vous allongez pas à plat sur le dos ; demandez à votre kinésithérapeute une variante assise ou allongée sur le côté.
pose-piriformis-stretch-caution-4 = Après la pose d'une prothèse de hanche, demandez l'avis de votre chirurgien ou de votre kinésithérapeute avant cette posture : elle plie ou tourne beaucoup la hanche.
pose-piriformis-stretch-avoid-1 = Une blessure au genou ou à la hanche, ou une prothèse de hanche
pose-piriformis-stretch-avoid-2 = À partir d'environ 20 semaines d'aménorrhée (SA) (position allongée sur le dos)
pose-piriformis-stretch-hold-cue = Ramenez doucement vos jambes vers vous pour étirer la fesse { $side ->
        [left] gauche
       *[right] droite
    }.
pose-piriformis-stretch-helps = Étire en douceur les muscles profonds de la fesse et l'extérieur de la hanche.
pose-piriformis-stretch-breathing = Respirez lentement et laissez la hanche se relâcher un peu plus à chaque expiration.

## The routines that come with Posewise

routine-back-spasm-relief-title = Soulager les contractures du dos
routine-back-spasm-relief-notes = Quatre étirements doux pour un bas du dos raide ou contracturé. Bougez lentement, restez dans une amplitude confortable, et arrêtez si la douleur s'étend ou s'aggrave.
routine-gentle-back-yoga-title = Yoga doux pour le dos
routine-gentle-back-yoga-notes = Un enchaînement de yoga calme pour le dos, de la position debout à la position allongée, qui se termine par une relaxation profonde. Ne faites aucune posture qui vous fait mal.
routine-breathing-reset-title = Retour au calme par la respiration
routine-breathing-reset-notes = Une respiration lente pour détendre les muscles du dos tendus. Asseyez-vous ou allongez-vous confortablement ; ne forcez jamais pour retenir votre respiration.

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
