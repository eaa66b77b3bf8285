# Posewise: the pose catalogue and the bundled routines, in English.
#
# Written by tools/poses-ftl.py from assets/catalogue.json and routines/:
# change those, not this file. Each other language has a poses.ftl with
# the same ids. In a hold cue, { $side } is "left" or "right"; a
# translation may choose its words by side:
#   { $side ->
#       [left] …
#      *[right] …
#   }

## Warning signs

red-flag-emergency-1 = Changes in bladder or bowel control: new trouble passing urine, leaking, or not feeling it when you pass urine or wipe
red-flag-emergency-2 = Numbness or tingling between the legs: around the genitals, bottom or inner thighs (the saddle area)
red-flag-emergency-3 = New problems with sex, or loss of feeling in the genitals
red-flag-emergency-4 = Sciatica, numbness or weakness in both legs
red-flag-emergency-5 = Weakness in a leg that is getting worse, or a foot that drags or gives way
red-flag-same-day-1 = A fever, or feeling hot and unwell, along with the back pain
red-flag-same-day-2 = Weight loss you cannot explain
red-flag-same-day-3 = Cancer, now or in the past
red-flag-same-day-4 = Pain that started after a fall, an accident or a blow to the back
red-flag-same-day-5 = Back pain that is new after the age of 50, or before the age of 20
red-flag-same-day-6 = Pain that is constant or getting worse, or severe at night and not eased by rest
red-flag-same-day-7 = A weak immune system, long-term steroid tablets, or injecting drugs
red-flag-same-day-8 = Osteoporosis or long-term steroids, with sudden pain after a small strain or lift
red-flag-same-day-9 = Pain in the upper back, between the shoulder blades

## knee-to-chest

pose-knee-to-chest-name = Knee-to-chest stretch
pose-knee-to-chest-english = Knee-to-chest stretch
pose-knee-to-chest-step-1 = Lie on your back with both knees bent and your feet flat on the floor.
pose-knee-to-chest-step-2 = Bring one knee towards your chest and hold it with both hands behind the thigh.
pose-knee-to-chest-step-3 = Keep the other foot on the floor and let your lower back sink into the mat.
pose-knee-to-chest-step-4 = Hold gently without pulling hard, then lower the leg slowly and switch sides.
pose-knee-to-chest-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-knee-to-chest-caution-2 = After recent back, hip or belly surgery, ask your surgeon or physiotherapist first.
pose-knee-to-chest-caution-3 = Hold behind the thigh rather than over the knee if your knee is sore.
pose-knee-to-chest-caution-4 = From about 20 weeks of pregnancy, skip lying flat on your back; ask your physiotherapist for a seated or side-lying version.
pose-knee-to-chest-caution-5 = After a hip replacement, ask your surgeon or physiotherapist before this pose: it bends or turns the hip a long way.
pose-knee-to-chest-caution-6 = With osteoporosis, keep the back long and avoid deep or forceful bending forwards or twisting under load unless your physiotherapist agrees.
pose-knee-to-chest-caution-7 = With a disc problem or sciatica, ask your physiotherapist whether bending forwards suits you: some backs are eased by it, others made worse.
pose-knee-to-chest-avoid-1 = From about 20 weeks of pregnancy (lying on your back)
pose-knee-to-chest-avoid-2 = Recent back, hip or belly surgery
pose-knee-to-chest-avoid-3 = A hip replacement, unless your surgeon agrees
pose-knee-to-chest-hold-cue = Hold behind your { $side } thigh and draw the knee gently towards your chest.
pose-knee-to-chest-helps = Gently stretches the lower back, buttocks and hips.
pose-knee-to-chest-breathing = Breathe slowly through your nose and let the knee settle a little closer each time you breathe out.

## prone-back-extension

pose-prone-back-extension-name = Prone back extension
pose-prone-back-extension-english = Prone back extension
pose-prone-back-extension-step-1 = Lie face down with your legs straight and your elbows bent under your shoulders.
pose-prone-back-extension-step-2 = Press gently into your forearms to lift your chest a little off the floor.
pose-prone-back-extension-step-3 = Keep your hips and legs relaxed on the floor and your neck long.
pose-prone-back-extension-step-4 = Straighten your arms for a higher lift only if it stays comfortable.
pose-prone-back-extension-step-5 = Hold briefly, then lower your chest slowly back to the floor.
pose-prone-back-extension-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-prone-back-extension-caution-2 = Skip it if arching backwards makes your back pain sharper.
pose-prone-back-extension-caution-3 = From about 12 weeks of pregnancy, skip lying on your belly.
pose-prone-back-extension-caution-4 = After recent back, hip or belly surgery, ask your surgeon or physiotherapist first.
pose-prone-back-extension-caution-5 = With a disc problem or sciatica, ask your physiotherapist whether bending backwards suits you: some backs are eased by it, others made worse.
pose-prone-back-extension-caution-6 = With spinal stenosis or spondylolisthesis, ask your physiotherapist before bending backwards.
pose-prone-back-extension-caution-7 = With neck problems, keep your head in line with your spine and stop if your neck hurts.
pose-prone-back-extension-avoid-1 = From about 12 weeks of pregnancy (lying on your belly)
pose-prone-back-extension-avoid-2 = Arching backwards sharpens your pain
pose-prone-back-extension-avoid-3 = Recent back or belly surgery
pose-prone-back-extension-hold-cue = Rest on your forearms with your chest lifted a little and your hips heavy.
pose-prone-back-extension-helps = Gently arches the lower back, balancing out long periods of sitting or bending forward.
pose-prone-back-extension-breathing = Breathe out as you lift and keep breathing slowly and evenly while you hold.

## trunk-rotation

pose-trunk-rotation-name = Trunk rotation
pose-trunk-rotation-english = Trunk rotation
pose-trunk-rotation-step-1 = Lie on your back with your knees bent, feet together and arms out to the sides.
pose-trunk-rotation-step-2 = Keeping both shoulders on the floor, let your knees drop slowly to one side.
pose-trunk-rotation-step-3 = Go only as far as feels comfortable and rest there.
pose-trunk-rotation-step-4 = Use your stomach muscles to bring the knees back to the middle, then repeat on the other side.
pose-trunk-rotation-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-trunk-rotation-caution-2 = Keep the movement small if twisting increases your pain.
pose-trunk-rotation-caution-3 = After recent back, hip or belly surgery, ask your surgeon or physiotherapist first.
pose-trunk-rotation-caution-4 = From about 20 weeks of pregnancy, skip lying flat on your back; ask your physiotherapist for a seated or side-lying version.
pose-trunk-rotation-caution-5 = With osteoporosis, keep the back long and avoid deep or forceful bending forwards or twisting under load unless your physiotherapist agrees.
pose-trunk-rotation-caution-6 = After a hip replacement, ask your surgeon or physiotherapist before this pose: it bends or turns the hip a long way.
pose-trunk-rotation-avoid-1 = From about 20 weeks of pregnancy (lying on your back)
pose-trunk-rotation-avoid-2 = Recent back or belly surgery
pose-trunk-rotation-avoid-3 = Osteoporosis, unless your physiotherapist agrees
pose-trunk-rotation-avoid-4 = A hip replacement, unless your surgeon agrees
pose-trunk-rotation-hold-cue = Let your knees rest towards the { $side }, both shoulders on the floor.
pose-trunk-rotation-helps = Gently twists and loosens the lower back and the sides of the waist.
pose-trunk-rotation-breathing = Breathe out as the knees lower and keep breathing evenly while you rest to the side.

## hamstring-stretch

pose-hamstring-stretch-name = Hamstring stretch
pose-hamstring-stretch-english = Hamstring stretch
pose-hamstring-stretch-step-1 = Lie on your back with both knees bent and your feet flat on the floor.
pose-hamstring-stretch-step-2 = Loop a towel or strap under the sole of one foot and hold one end in each hand, or hold behind that thigh with both hands.
pose-hamstring-stretch-step-3 = Straighten that leg up towards the ceiling until you feel a mild stretch behind the thigh.
pose-hamstring-stretch-step-4 = Keep your head, shoulders and lower back relaxed on the floor.
pose-hamstring-stretch-step-5 = Hold, then bend the knee, lower the foot and switch sides.
pose-hamstring-stretch-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-hamstring-stretch-caution-2 = Keep a slight bend in the knee rather than forcing the leg straight.
pose-hamstring-stretch-caution-3 = Avoid with a recent hamstring or hip injury unless your physiotherapist agrees.
pose-hamstring-stretch-caution-4 = From about 20 weeks of pregnancy, skip lying flat on your back; ask your physiotherapist for a seated or side-lying version.
pose-hamstring-stretch-caution-5 = After a hip replacement, ask your surgeon or physiotherapist before this pose: it bends or turns the hip a long way.
pose-hamstring-stretch-caution-6 = Do not pull your toes towards you if the leg tingles.
pose-hamstring-stretch-avoid-1 = From about 20 weeks of pregnancy (lying on your back)
pose-hamstring-stretch-avoid-2 = A recent hamstring or hip injury
pose-hamstring-stretch-avoid-3 = A hip replacement, unless your surgeon agrees
pose-hamstring-stretch-hold-cue = Raise your { $side } leg until you feel a mild stretch behind the thigh.
pose-hamstring-stretch-helps = Gently lengthens the muscles at the back of the thigh, which often feel tight alongside back pain.
pose-hamstring-stretch-breathing = Breathe slowly and evenly, letting the leg relax a little more on each breath out.

## tadasana

pose-tadasana-name = Palm tree pose
pose-tadasana-english = Palm tree pose
pose-tadasana-sanskrit = Tadasana
pose-tadasana-step-1 = Stand tall with your feet hip-width apart and your arms by your sides.
pose-tadasana-step-2 = Interlock your fingers and raise your arms overhead, turning your palms to face the ceiling.
pose-tadasana-step-3 = Rise slowly onto your toes and stretch your whole body upwards.
pose-tadasana-step-4 = Keep your gaze straight ahead and your stomach lightly drawn in for balance.
pose-tadasana-step-5 = Lower your heels first, then your arms, slowly and with control.
pose-tadasana-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-tadasana-caution-2 = Stand beside a wall or chair, or keep your heels down, if your balance is unsteady.
pose-tadasana-caution-3 = Skip rising onto your toes if you feel dizzy, and from about 20 weeks of pregnancy.
pose-tadasana-caution-4 = Lower your arms if you feel pain in your shoulders or strain in your lower back.
pose-tadasana-caution-5 = With osteoporosis, keep your heels down and a hand on a wall or chair: a fall can break a bone.
pose-tadasana-avoid-1 = Dizziness or unsteady balance (keep your heels down)
pose-tadasana-avoid-2 = From about 20 weeks of pregnancy (rising onto your toes)
pose-tadasana-hold-cue = Stand tall and reach up through your fingertips, breathing easily.
pose-tadasana-helps = Stretches the whole body from the feet to the fingertips and leaves it feeling calm and relaxed.
pose-tadasana-breathing = Breathe in as you rise, breathe steadily while you hold, and breathe out as you come down.

## parsvakonasana

pose-parsvakonasana-name = Lateral angle pose
pose-parsvakonasana-english = Lateral angle pose
pose-parsvakonasana-sanskrit = Parsvakonasana
pose-parsvakonasana-step-1 = Stand with your feet wide apart, right foot turned out and left foot turned slightly in, its heel on the floor.
pose-parsvakonasana-step-2 = Bend your right knee over your ankle and rest your right forearm on your right thigh.
pose-parsvakonasana-step-3 = Sweep your left arm up and over your ear so your body makes one long line from your left heel to your fingertips.
pose-parsvakonasana-step-4 = Turn your chest slightly upwards and keep your neck relaxed.
pose-parsvakonasana-step-5 = Hold, then press into your feet to come up slowly and repeat on the other side.
pose-parsvakonasana-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-parsvakonasana-caution-2 = Keep the front knee over the ankle, and skip or use a shorter stance with a knee or hip injury.
pose-parsvakonasana-caution-3 = Look forward or down rather than up if you have neck problems.
pose-parsvakonasana-caution-4 = Stop if you feel pinching in your lower back.
pose-parsvakonasana-caution-5 = With osteoporosis, keep the back long and avoid deep or forceful bending forwards or twisting under load unless your physiotherapist agrees.
pose-parsvakonasana-caution-6 = After a hip replacement, ask your surgeon or physiotherapist before this pose: it bends or turns the hip a long way.
pose-parsvakonasana-caution-7 = In pregnancy, use a short stance beside a wall or chair, and stop if you feel pain at the front or back of your pelvis.
pose-parsvakonasana-caution-8 = With a shoulder problem, keep your top hand on your hip instead of reaching overhead.
pose-parsvakonasana-avoid-1 = A knee or hip injury
pose-parsvakonasana-avoid-2 = Osteoporosis, unless your physiotherapist agrees
pose-parsvakonasana-avoid-3 = A hip replacement, unless your surgeon agrees
pose-parsvakonasana-hold-cue = Bend your { $side } knee, forearm on that thigh, and reach the other arm long over your ear.
pose-parsvakonasana-helps = Opens the chest and stretches the sides of the waist and the hips.
pose-parsvakonasana-breathing = Breathe slowly and deeply into the stretched side of your ribs.

## makarasana

pose-makarasana-name = Crocodile pose
pose-makarasana-english = Crocodile pose
pose-makarasana-sanskrit = Makarasana
pose-makarasana-step-1 = Lie face down with your legs comfortably apart and your toes turned outwards.
pose-makarasana-step-2 = Fold your forearms in front of you and rest your forehead or cheek on them.
pose-makarasana-step-3 = Let your shoulders, back and legs go heavy and sink into the floor.
pose-makarasana-step-4 = Stay still, then bring your legs together and roll onto one side to get up.
pose-makarasana-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-makarasana-caution-2 = From about 12 weeks of pregnancy, skip lying on your belly.
pose-makarasana-caution-3 = After recent back, hip or belly surgery, ask your surgeon or physiotherapist first.
pose-makarasana-caution-4 = Put a thin pillow under your hips if lying flat on your belly strains your lower back.
pose-makarasana-avoid-1 = From about 12 weeks of pregnancy (lying on your belly)
pose-makarasana-avoid-2 = Recent back or belly surgery
pose-makarasana-hold-cue = Rest your forehead on your folded forearms and let your back soften.
pose-makarasana-helps = Lets the back and leg muscles soften and gives body and mind a rest from tiredness.
pose-makarasana-breathing = Breathe slowly into your belly and feel it press gently into the floor each time you breathe in.

## yastikasana

pose-yastikasana-name = Stick pose
pose-yastikasana-english = Stick pose
pose-yastikasana-sanskrit = Yastikasana
pose-yastikasana-step-1 = Lie on your back with your legs straight and together.
pose-yastikasana-step-2 = Take your arms overhead along the floor, keeping them straight and close to your ears.
pose-yastikasana-step-3 = Point your toes and reach your fingers the opposite way to stretch your whole body long.
pose-yastikasana-step-4 = Hold the stretch, then relax and bring your arms back down by your sides.
pose-yastikasana-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-yastikasana-caution-2 = Keep your arms lower or bend your elbows if you have shoulder pain.
pose-yastikasana-caution-3 = Bend your knees if stretching out fully makes your lower back arch or ache.
pose-yastikasana-caution-4 = Release the stretch straight away if a muscle starts to cramp.
pose-yastikasana-caution-5 = From about 20 weeks of pregnancy, skip lying flat on your back; ask your physiotherapist for a seated or side-lying version.
pose-yastikasana-avoid-1 = From about 20 weeks of pregnancy (lying on your back)
pose-yastikasana-avoid-2 = Shoulder pain when the arms go overhead
pose-yastikasana-hold-cue = Stretch long from your fingertips to your toes.
pose-yastikasana-helps = Gently lengthens the whole body, including the small muscles along the spine.
pose-yastikasana-breathing = Breathe in as you stretch long, then keep breathing slowly and fully while you hold.

## matsyasana

pose-matsyasana-name = Fish pose
pose-matsyasana-english = Fish pose
pose-matsyasana-sanskrit = Matsyasana
pose-matsyasana-step-1 = Roll a folded blanket into a firm roll and lay it across the mat where your shoulder blades will rest.
pose-matsyasana-step-2 = Sit in front of it and lie back slowly, so that the blanket supports your shoulder blades and your head rests on the floor.
pose-matsyasana-step-3 = Keep your legs straight or your knees bent, and rest your arms by your sides, palms up.
pose-matsyasana-step-4 = Let your chest open gently while your neck stays long and your head stays on the floor.
pose-matsyasana-step-5 = To come out, roll onto one side and push yourself up with your hands.
pose-matsyasana-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-matsyasana-caution-2 = With neck problems, keep your head in line with your spine and stop if your neck hurts.
pose-matsyasana-caution-3 = Avoid with high or low blood pressure, or if you feel dizzy or get a headache.
pose-matsyasana-caution-4 = Keep your head on the floor: never tip it back onto its crown.
pose-matsyasana-caution-5 = Stop if arching makes your back pain sharper.
pose-matsyasana-caution-6 = With osteoporosis, keep the back long and avoid deep or forceful bending forwards or twisting under load unless your physiotherapist agrees.
pose-matsyasana-caution-7 = With a disc problem or sciatica, ask your physiotherapist whether bending backwards suits you: some backs are eased by it, others made worse.
pose-matsyasana-caution-8 = With spinal stenosis or spondylolisthesis, ask your physiotherapist before bending backwards.
pose-matsyasana-caution-9 = After recent back, hip or belly surgery, ask your surgeon or physiotherapist first.
pose-matsyasana-caution-10 = From about 20 weeks of pregnancy, skip it unless your physiotherapist agrees.
pose-matsyasana-avoid-1 = High or low blood pressure
pose-matsyasana-avoid-2 = From about 20 weeks of pregnancy
pose-matsyasana-avoid-3 = Recent back or belly surgery
pose-matsyasana-hold-cue = Rest on the blanket with your head on the floor and let your chest open.
pose-matsyasana-helps = Opens the chest and gently arches the upper back, with the head supported on the floor.
pose-matsyasana-breathing = Breathe deeply into your chest and feel your ribs widen on each breath in.

## adho-mukha-svanasana

pose-adho-mukha-svanasana-name = Downward-facing dog
pose-adho-mukha-svanasana-english = Downward-facing dog
pose-adho-mukha-svanasana-sanskrit = Adho Mukha Svanasana
pose-adho-mukha-svanasana-step-1 = Start on your hands and knees with your hands slightly in front of your shoulders.
pose-adho-mukha-svanasana-step-2 = Tuck your toes under and lift your hips up and back into an upside-down V shape.
pose-adho-mukha-svanasana-step-3 = Bend your knees as much as you need so your back stays long.
pose-adho-mukha-svanasana-step-4 = Press your hands into the floor and let your head hang between your arms.
pose-adho-mukha-svanasana-step-5 = Hold, then lower your knees to the floor and rest.
pose-adho-mukha-svanasana-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-adho-mukha-svanasana-caution-2 = Skip it if you have glaucoma or high blood pressure, or feel dizzy with your head below your heart.
pose-adho-mukha-svanasana-caution-3 = Avoid with wrist or shoulder injuries unless your physiotherapist agrees.
pose-adho-mukha-svanasana-caution-4 = From about 20 weeks of pregnancy, skip it unless your physiotherapist agrees.
pose-adho-mukha-svanasana-caution-5 = With osteoporosis, keep the back long and avoid deep or forceful bending forwards or twisting under load unless your physiotherapist agrees.
pose-adho-mukha-svanasana-caution-6 = After a hip replacement, ask your surgeon or physiotherapist before this pose: it bends or turns the hip a long way.
pose-adho-mukha-svanasana-caution-7 = With a disc problem or sciatica, ask your physiotherapist whether bending forwards suits you: some backs are eased by it, others made worse.
pose-adho-mukha-svanasana-caution-8 = With neck problems, keep your head in line with your spine and stop if your neck hurts.
pose-adho-mukha-svanasana-avoid-1 = High blood pressure or glaucoma
pose-adho-mukha-svanasana-avoid-2 = A wrist or shoulder injury
pose-adho-mukha-svanasana-avoid-3 = From about 20 weeks of pregnancy
pose-adho-mukha-svanasana-avoid-4 = Osteoporosis, unless your physiotherapist agrees
pose-adho-mukha-svanasana-avoid-5 = A hip replacement, unless your surgeon agrees
pose-adho-mukha-svanasana-hold-cue = Press your hips up and back; bend your knees a little if you need to.
pose-adho-mukha-svanasana-helps = Lengthens the spine and stretches the lower back, shoulders and the backs of the legs.
pose-adho-mukha-svanasana-breathing = Breathe steadily through your nose, lengthening your spine each time you breathe out.

## balasana

pose-balasana-name = Child's pose
pose-balasana-english = Child's pose
pose-balasana-sanskrit = Balasana
pose-balasana-step-1 = Kneel on the floor with your big toes touching and your knees hip-width apart.
pose-balasana-step-2 = Sit your hips back towards your heels.
pose-balasana-step-3 = Fold forward and rest your forehead on the floor or on a cushion.
pose-balasana-step-4 = Let your arms lie along the floor, either reaching forward or beside your body.
pose-balasana-step-5 = Stay relaxed, then walk your hands back and sit up slowly.
pose-balasana-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-balasana-caution-2 = Skip it with a knee injury, or place a cushion between your heels and hips.
pose-balasana-caution-3 = With osteoporosis, keep the back long and avoid deep or forceful bending forwards or twisting under load unless your physiotherapist agrees.
pose-balasana-caution-4 = After a hip replacement, ask your surgeon or physiotherapist before this pose: it bends or turns the hip a long way.
pose-balasana-caution-5 = With a disc problem or sciatica, ask your physiotherapist whether bending forwards suits you: some backs are eased by it, others made worse.
pose-balasana-caution-6 = Skip it if you have glaucoma or high blood pressure, or feel dizzy with your head below your heart.
pose-balasana-caution-7 = After recent back, hip or belly surgery, ask your surgeon or physiotherapist first.
pose-balasana-caution-8 = From about 20 weeks of pregnancy, skip it unless your physiotherapist agrees.
pose-balasana-avoid-1 = A knee injury
pose-balasana-avoid-2 = From about 20 weeks of pregnancy, or recent belly surgery
pose-balasana-avoid-3 = Osteoporosis, unless your physiotherapist agrees
pose-balasana-avoid-4 = A hip replacement, unless your surgeon agrees
pose-balasana-hold-cue = Sit back towards your heels and breathe into your back.
pose-balasana-helps = Gently rounds and relaxes the back and lets the whole body settle.
pose-balasana-breathing = Breathe slowly into your back and feel it widen each time you breathe in.

## bhujangasana

pose-bhujangasana-name = Cobra pose
pose-bhujangasana-english = Cobra pose
pose-bhujangasana-sanskrit = Bhujangasana
pose-bhujangasana-step-1 = Lie face down with your legs together and your hands flat under your shoulders.
pose-bhujangasana-step-2 = Keep your elbows close to your body and press the tops of your feet into the floor.
pose-bhujangasana-step-3 = Press gently through your hands and let your arms lift your head and chest, keeping your back muscles relaxed.
pose-bhujangasana-step-4 = Keep your hips on the floor and your shoulders away from your ears.
pose-bhujangasana-step-5 = Hold briefly, then lower your chest slowly back down.
pose-bhujangasana-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-bhujangasana-caution-2 = Skip it if bending backwards makes your back pain sharper.
pose-bhujangasana-caution-3 = Keep the lift low if you have wrist or neck problems.
pose-bhujangasana-caution-4 = With a disc problem or sciatica, ask your physiotherapist whether bending backwards suits you: some backs are eased by it, others made worse.
pose-bhujangasana-caution-5 = With spinal stenosis or spondylolisthesis, ask your physiotherapist before bending backwards.
pose-bhujangasana-caution-6 = After recent back, hip or belly surgery, ask your surgeon or physiotherapist first.
pose-bhujangasana-caution-7 = From about 12 weeks of pregnancy, skip lying on your belly.
pose-bhujangasana-avoid-1 = From about 12 weeks of pregnancy (lying on your belly)
pose-bhujangasana-avoid-2 = Bending backwards sharpens your pain
pose-bhujangasana-avoid-3 = Recent belly surgery
pose-bhujangasana-hold-cue = Lift your chest gently with your elbows close and your hips on the floor.
pose-bhujangasana-helps = Bends the back softly backwards and lengthens the front of the body and the hips.
pose-bhujangasana-breathing = Breathe in as you lift, breathe evenly while you hold, and breathe out as you lower.

## wall-plank

pose-wall-plank-name = Wall plank
pose-wall-plank-english = Wall plank
pose-wall-plank-step-1 = Stand facing a wall, about an arm's length away.
pose-wall-plank-step-2 = Place your palms flat on the wall at shoulder height and shoulder-width apart.
pose-wall-plank-step-3 = Step your feet back so your body forms a straight, slanted line from head to heels.
pose-wall-plank-step-4 = Lightly tighten your stomach and buttocks so your hips neither sag nor stick out.
pose-wall-plank-step-5 = Hold, then walk your feet back towards the wall to finish.
pose-wall-plank-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-wall-plank-caution-2 = Stand closer to the wall if you feel strain in your lower back or shoulders.
pose-wall-plank-caution-3 = Skip it with a wrist or shoulder injury unless your physiotherapist agrees.
pose-wall-plank-caution-4 = Wear shoes or use a non-slip surface so your feet do not slide.
pose-wall-plank-avoid-1 = A wrist or shoulder injury
pose-wall-plank-hold-cue = Keep one straight line from your head to your heels, stomach gently firm.
pose-wall-plank-helps = Builds gentle strength in the trunk, arms and legs with little load on the back.
pose-wall-plank-breathing = Breathe steadily and never hold your breath while you hold the plank.

## shavasana

pose-shavasana-name = Corpse pose
pose-shavasana-english = Corpse pose
pose-shavasana-sanskrit = Shavasana
pose-shavasana-step-1 = Lie on your back with your legs slightly apart and your arms a little away from your body.
pose-shavasana-step-2 = Turn your palms up, close your eyes and let your feet fall open.
pose-shavasana-step-3 = Let your whole body grow heavy, relaxing from your feet up to your face.
pose-shavasana-step-4 = Stay still and let your breath find its own easy rhythm.
pose-shavasana-step-5 = To finish, move your fingers and toes, roll onto one side and sit up slowly.
pose-shavasana-caution-1 = Place a pillow under your knees if lying flat pulls on your lower back.
pose-shavasana-caution-2 = From about 20 weeks of pregnancy, lie on your left side instead of on your back.
pose-shavasana-caution-3 = Get up slowly, as you may feel light-headed after resting.
pose-shavasana-avoid-1 = From about 20 weeks of pregnancy, on your back (lie on your left side instead)
pose-shavasana-hold-cue = Lie still with your eyes closed and let your whole body go heavy.
pose-shavasana-helps = Lets the whole body unwind and eases built-up stress and muscle tension.
pose-shavasana-breathing = Breathe naturally and let each breath out be slow and relaxed.

## saithalyasana

pose-saithalyasana-name = Animal relaxation pose
pose-saithalyasana-english = Animal relaxation pose
pose-saithalyasana-sanskrit = Saithalyasana
pose-saithalyasana-step-1 = Sit on the floor with your legs stretched out in front of you.
pose-saithalyasana-step-2 = Bend your right knee and rest the sole of your right foot against the inside of your left thigh.
pose-saithalyasana-step-3 = Bend your left knee back and place your left foot beside your left hip.
pose-saithalyasana-step-4 = Raise your arms overhead, then fold forward from the hips over your front knee.
pose-saithalyasana-step-5 = Rest your forearms and hands on the floor and your forehead on the floor or on a folded blanket or cushion, and relax.
pose-saithalyasana-step-6 = Sit up slowly, straighten your legs and repeat on the other side.
pose-saithalyasana-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-saithalyasana-caution-2 = Skip it with a knee injury or knee pain, as the back knee bends deeply.
pose-saithalyasana-caution-3 = With osteoporosis, keep the back long and avoid deep or forceful bending forwards or twisting under load unless your physiotherapist agrees.
pose-saithalyasana-caution-4 = After a hip replacement, ask your surgeon or physiotherapist before this pose: it bends or turns the hip a long way.
pose-saithalyasana-caution-5 = With a disc problem or sciatica, ask your physiotherapist whether bending forwards suits you: some backs are eased by it, others made worse.
pose-saithalyasana-caution-6 = Skip it if you have glaucoma or high blood pressure, or feel dizzy with your head below your heart.
pose-saithalyasana-caution-7 = After recent back, hip or belly surgery, ask your surgeon or physiotherapist first.
pose-saithalyasana-caution-8 = From about 20 weeks of pregnancy, skip it unless your physiotherapist agrees.
pose-saithalyasana-avoid-1 = A knee injury or knee pain
pose-saithalyasana-avoid-2 = A hip replacement
pose-saithalyasana-avoid-3 = From about 20 weeks of pregnancy
pose-saithalyasana-avoid-4 = Osteoporosis, unless your physiotherapist agrees
pose-saithalyasana-hold-cue = Fold forward over your { $side } knee and rest your forehead down.
pose-saithalyasana-helps = Gently folds and loosens a stiff spine while relaxing the back and hips.
pose-saithalyasana-breathing = Breathe out as you fold forward, then breathe slowly and calmly while you rest.

## anulom-vilom

pose-anulom-vilom-name = Alternate nostril breathing
pose-anulom-vilom-english = Alternate nostril breathing
pose-anulom-vilom-sanskrit = Anulom Vilom Pranayama
pose-anulom-vilom-step-1 = Sit comfortably with a straight back, cross-legged on the floor or on a chair.
pose-anulom-vilom-step-2 = Rest your left hand on your knee and bring your right hand up to your nose.
pose-anulom-vilom-step-3 = Close the right nostril with your thumb and breathe in slowly through the left nostril.
pose-anulom-vilom-step-4 = Close the left nostril with your ring finger, release the thumb and breathe out through the right.
pose-anulom-vilom-step-5 = Breathe in through the right, switch fingers, and breathe out through the left to finish one round.
pose-anulom-vilom-step-6 = Keep the breath smooth and quiet and continue for several rounds.
pose-anulom-vilom-caution-1 = Stop and breathe normally if you feel dizzy, light-headed or short of breath.
pose-anulom-vilom-caution-2 = Skip it while your nose is blocked or you have a cold.
pose-anulom-vilom-caution-3 = Do not add breath holds if you have high blood pressure or heart problems, or are pregnant.
pose-anulom-vilom-avoid-1 = A blocked nose or a cold
pose-anulom-vilom-avoid-2 = Breath holds with high blood pressure, heart problems or pregnancy
pose-anulom-vilom-hold-cue = Breathe slowly through one nostril at a time.
pose-anulom-vilom-helps = Slows and steadies the breath, helping the body and muscles relax.
pose-anulom-vilom-breathing = Breathe in for about four seconds and out for about six, changing nostrils as described.

## deep-breathing

pose-deep-breathing-name = Deep breathing
pose-deep-breathing-english = Deep breathing
pose-deep-breathing-step-1 = Sit comfortably or lie on your back with your knees bent.
pose-deep-breathing-step-2 = Place one hand on your belly and the other on your chest.
pose-deep-breathing-step-3 = Breathe in slowly through your nose so your belly rises under your hand.
pose-deep-breathing-step-4 = Pause briefly, then breathe out slowly through your mouth as your belly falls.
pose-deep-breathing-step-5 = Keep the hand on your chest fairly still and repeat at an easy pace.
pose-deep-breathing-caution-1 = Stop and return to normal breathing if you feel dizzy or light-headed.
pose-deep-breathing-caution-2 = Never force the breath; keep it gentle and comfortable.
pose-deep-breathing-caution-3 = From about 20 weeks of pregnancy, breathe sitting up or lying on your side rather than flat on your back.
pose-deep-breathing-avoid-1 = Dizziness that does not settle when you breathe normally
pose-deep-breathing-hold-cue = Breathe slowly and deeply into your belly.
pose-deep-breathing-helps = Slows the breath and helps tense muscles, including those in the back, to let go.
pose-deep-breathing-breathing = Breathe in gently through your nose for about four seconds and out through your mouth for about six.

## cat-cow

pose-cat-cow-name = Cat-cow stretch
pose-cat-cow-english = Cat-cow stretch
pose-cat-cow-sanskrit = Marjaryasana-Bitilasana
pose-cat-cow-step-1 = Start on your hands and knees with your hands under your shoulders and knees under your hips.
pose-cat-cow-step-2 = Breathe in and let your belly sink as you gently lift your chest and tailbone, keeping your neck long.
pose-cat-cow-step-3 = Breathe out and round your back up towards the ceiling, tucking your chin and tailbone.
pose-cat-cow-step-4 = Move slowly between the two positions, staying within a comfortable range.
pose-cat-cow-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-cat-cow-caution-2 = Keep the movement small if arching or rounding increases your pain.
pose-cat-cow-caution-3 = Put a folded blanket under your knees, and skip it with a painful knee or wrist injury.
pose-cat-cow-caution-4 = With osteoporosis, keep the back long and avoid deep or forceful bending forwards or twisting under load unless your physiotherapist agrees.
pose-cat-cow-caution-5 = With neck problems, keep your head in line with your spine and stop if your neck hurts.
pose-cat-cow-avoid-1 = A painful knee or wrist injury
pose-cat-cow-hold-cue = Move slowly between arching and rounding your back, with your breath.
pose-cat-cow-helps = Gently moves the spine through rounding and arching to ease stiffness.
pose-cat-cow-breathing = Breathe in as your back arches and breathe out as it rounds, letting the breath lead the movement.

## pelvic-tilt

pose-pelvic-tilt-name = Pelvic tilt
pose-pelvic-tilt-english = Pelvic tilt
pose-pelvic-tilt-step-1 = Lie on your back with your knees bent, feet flat on the floor and arms by your sides.
pose-pelvic-tilt-step-2 = Gently tighten your stomach muscles.
pose-pelvic-tilt-step-3 = Gently tilt your pelvis so the hollow of your lower back flattens against the floor, without lifting your hips.
pose-pelvic-tilt-step-4 = Hold for a few seconds, then relax and let your back return to its natural curve.
pose-pelvic-tilt-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-pelvic-tilt-caution-2 = Keep the movement small and stop if it makes your back pain sharper.
pose-pelvic-tilt-caution-3 = After recent back, hip or belly surgery, ask your surgeon or physiotherapist first.
pose-pelvic-tilt-caution-4 = From about 20 weeks of pregnancy, do it standing with your back against a wall instead of lying down.
pose-pelvic-tilt-avoid-1 = From about 20 weeks of pregnancy, lying down (do it standing against a wall)
pose-pelvic-tilt-avoid-2 = Recent belly or back surgery
pose-pelvic-tilt-hold-cue = Keep the hollow of your back gently flat on the floor, then let it go.
pose-pelvic-tilt-helps = Gently works the deep stomach muscles and eases the lower back into movement.
pose-pelvic-tilt-breathing = Breathe out as you flatten your back and keep breathing normally while you hold.

## bridge

pose-bridge-name = Bridge pose
pose-bridge-english = Bridge pose
pose-bridge-sanskrit = Setu Bandhasana
pose-bridge-step-1 = Lie on your back with your knees bent, feet flat and hip-width apart, and arms by your sides.
pose-bridge-step-2 = Press your feet into the floor and tighten your buttocks.
pose-bridge-step-3 = Lift your hips slowly until your body makes a straight line from shoulders to knees, with your knees above your ankles.
pose-bridge-step-4 = Keep your weight on your shoulders and feet, not on your neck.
pose-bridge-step-5 = Hold, then roll your spine down slowly to the floor.
pose-bridge-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-bridge-caution-2 = Lift only a little if you feel pinching in your lower back.
pose-bridge-caution-3 = Skip it with neck problems, or keep the lift low so no weight rests on your neck.
pose-bridge-caution-4 = With a disc problem or sciatica, ask your physiotherapist whether bending backwards suits you: some backs are eased by it, others made worse.
pose-bridge-caution-5 = Skip it if you have glaucoma or high blood pressure, or feel dizzy with your head below your heart.
pose-bridge-caution-6 = After recent back, hip or belly surgery, ask your surgeon or physiotherapist first.
pose-bridge-caution-7 = From about 20 weeks of pregnancy, skip it unless your physiotherapist agrees.
pose-bridge-avoid-1 = Neck problems
pose-bridge-avoid-2 = From about 20 weeks of pregnancy
pose-bridge-avoid-3 = Recent back or belly surgery
pose-bridge-hold-cue = Lift your hips, press through your feet and keep your knees in line.
pose-bridge-helps = Strengthens the buttocks and the muscles that support the lower back.
pose-bridge-breathing = Breathe out as you lift, breathe steadily while you hold, and breathe in as you lower.

## piriformis-stretch

pose-piriformis-stretch-name = Piriformis stretch
pose-piriformis-stretch-english = Piriformis stretch
pose-piriformis-stretch-step-1 = Lie on your back with both knees bent and your feet flat on the floor.
pose-piriformis-stretch-step-2 = Cross your right ankle over your left knee to make a figure four.
pose-piriformis-stretch-step-3 = Hold behind your left thigh and gently draw it towards your chest.
pose-piriformis-stretch-step-4 = Stop when you feel a stretch deep in your right buttock and hold it there.
pose-piriformis-stretch-step-5 = Release slowly and repeat with the other leg.
pose-piriformis-stretch-caution-1 = Stop if pain spreads down a leg or you feel numbness or tingling.
pose-piriformis-stretch-caution-2 = Skip it with a knee or hip injury, or after hip replacement, unless your physiotherapist agrees.
pose-piriformis-stretch-caution-3 = From about 20 weeks of pregnancy, skip lying flat on your back; ask your physiotherapist for a seated or side-lying version.
pose-piriformis-stretch-caution-4 = After a hip replacement, ask your surgeon or physiotherapist before this pose: it bends or turns the hip a long way.
pose-piriformis-stretch-avoid-1 = A knee or hip injury, or a hip replacement
pose-piriformis-stretch-avoid-2 = From about 20 weeks of pregnancy (lying on your back)
pose-piriformis-stretch-hold-cue = Draw your legs gently towards you to stretch the { $side } buttock.
pose-piriformis-stretch-helps = Gently stretches the deep muscles of the buttock and the outer hip.
pose-piriformis-stretch-breathing = Breathe slowly and let the hip soften a little more each time you breathe out.

## The routines that come with Posewise

routine-back-spasm-relief-title = Back spasm relief
routine-back-spasm-relief-notes = Four gentle stretches for a stiff or spasming lower back. Move slowly, stay within a comfortable range, and stop if pain spreads or gets worse.
routine-gentle-back-yoga-title = Gentle back yoga
routine-gentle-back-yoga-notes = A calm yoga sequence for the back, from standing to lying down, ending in deep relaxation. Skip any pose that hurts.
routine-breathing-reset-title = Breathing reset
routine-breathing-reset-notes = Slow breathing to relax tense back muscles. Sit or lie comfortably; never strain to hold the breath.
