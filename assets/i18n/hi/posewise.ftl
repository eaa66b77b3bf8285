# Posewise: हर वह टेक्स्ट जो व्यक्ति पढ़ता या सुनता है, हिंदी में।
#
# English is the source and the fallback. Each other language has a file
# with the same ids in assets/i18n/<language>/. To correct a line, change
# the text after "=" for its id in that file; keep every { $variable } as
# it is (its name is not translated), and keep the plural forms Fluent
# chooses between with [one] and *[other].
#
# हिंदी (CLDR) में बहुवचन श्रेणियां: one (0 और 1), other।


## The spoken coaching

coach-switch-sides = तरफ़ बदलें
coach-rest = आराम करें
coach-halfway = आधा हो गया
coach-done = सत्र पूरा हुआ। बहुत बढ़िया।
# "Knee-to-chest stretch, 30 seconds"
coach-work = { $pose }, { $length }
coach-seconds =
    { $count ->
        [one] { $count } सेकंड
       *[other] { $count } सेकंड
    }
coach-minutes =
    { $count ->
        [one] { $count } मिनट
       *[other] { $count } मिनट
    }
coach-up-next = { $work }।
coach-up-next-left = { $work }, पहले बाईं तरफ़।
coach-up-next-right = { $work }, दाईं तरफ़।
# The exercise, then its first instruction.
coach-introduce = { $work } { $instruction }
coach-next = अगला: { $what }
coach-rep = { $pose }, दोहराव { $reps } में से { $rep }
coach-set = { $pose }, सेट { $sets } में से { $set }
# The word that joins two parts of an instruction, where a shorter
# instruction may be cut off.
coach-and = और
# A shortened instruction.
coach-clause = { $clause }।

## The command line

cli-unknown-language = Posewise “{ $code }” भाषा नहीं बोलता; इनमें से कोई एक इस्तेमाल करें: { $known }

## Checking a routine file. Each message follows "file:line:column: ".
## Field names in quotes ('hold_seconds') and values in double quotes are
## written in the file as they are: do not translate them.

check-what-routine = रूटीन
check-what-step = चरण { $number }
check-found-bool = true/false
check-found-number = एक संख्या
check-found-text = टेक्स्ट
check-found-list = एक सूची
check-found-object = एक ऑब्जेक्ट
check-not-object = { $what } एक ऑब्जेक्ट { "{" } … { "}" } होना चाहिए, लेकिन मिला: { $found }
check-unknown-field-near = { $what } में अज्ञात फ़ील्ड '{ $field }'; क्या आपका मतलब '{ $near }' था?
check-unknown-field = { $what } में अज्ञात फ़ील्ड '{ $field }'; ये फ़ील्ड मान्य हैं: { $allowed }
check-needs = { $what } में '{ $field }' होना ज़रूरी है
check-empty = '{ $field }' खाली नहीं होना चाहिए
check-too-long = '{ $field }' { $longest } अक्षरों से लंबा है; इसे छोटा करें
check-not-text = '{ $field }' उद्धरण चिह्नों में लिखा टेक्स्ट होना चाहिए, लेकिन मिला: { $found }
# $unit is one of: seconds, times, days, weeks.
check-unit =
    { $unit ->
        [times] बार
        [days] दिन
        [weeks] हफ़्ते
       *[seconds] सेकंड
    }
check-not-whole = '{ $field }' { $min } से { $max } { $unit } तक की कोई पूर्ण संख्या होनी चाहिए, लेकिन मिला: { $found }
check-not-tenths = '{ $field }' { $min } से { $max } सेकंड तक की कोई संख्या होनी चाहिए, 0.1 के अंतराल पर, लेकिन मिला: { $found }
check-not-bool = '{ $field }' true या false होना चाहिए, लेकिन मिला: { $found }
check-format = 'format' "{ $format }" होना चाहिए, लेकिन मिला: { $found }; क्या यह Posewise की रूटीन फ़ाइल है?
check-newer-version = यह फ़ाइल Posewise के नए संस्करण से बनाई गई है (रूटीन फ़ॉर्मेट संस्करण { $found }; आपका Posewise संस्करण { $version } पढ़ता है): इसे खोलने के लिए Posewise अपडेट करें
check-version = 'version' { $version } होना चाहिए, लेकिन मिला: { $found }
check-steps-not-list = 'steps' चरणों की एक सूची [ … ] होनी चाहिए, लेकिन मिला: { $found }
check-steps-empty = 'steps' खाली है; कम से कम एक चरण जोड़ें, जैसे { "{" }"pose": "balasana", "hold_seconds": 30{ "}" }
check-too-many-steps = एक रूटीन में ज़्यादा से ज़्यादा { $most } चरण हो सकते हैं, इसमें { $count } हैं; इसे कई रूटीन में बांट दें ({ $most }वें चरण के बाद के चरण जांचे नहीं गए)
check-custom-needs-hold = { $what } ({ $label }) में 'hold_seconds' होना ज़रूरी है
check-pose-and-custom = { $what } में 'pose' और 'custom' दोनों हैं; इनमें से एक ही रखें
check-needs-pose = { $what } में 'pose' (आसन-सूची की कोई आईडी, जैसे "balasana"; पूरी सूची के लिए `posewise poses` चलाएं) या 'custom' होना ज़रूरी है
check-pose-not-text = 'pose' उद्धरण चिह्नों में लिखी किसी आसन की आईडी होनी चाहिए, लेकिन मिला: { $found }
check-unknown-pose-near = अज्ञात आसन '{ $pose }'; क्या आपका मतलब '{ $near }' था?
check-unknown-pose = अज्ञात आसन '{ $pose }'; जाने-पहचाने आसनों की सूची देखने के लिए `posewise poses` चलाएं, या 'custom' से इसका वर्णन करें
check-instructions-not-list = 'instructions' छोटे वाक्यों की एक सूची होनी चाहिए, लेकिन मिला: { $found }
check-too-many-instructions = 'instructions' में ज़्यादा से ज़्यादा { $most } पंक्तियां हो सकती हैं; सूची छोटी करें
check-unknown-sides-near = 'sides' का अज्ञात मान '{ $sides }'; क्या आपका मतलब '{ $near }' था? "both", "left", "right", "none" में से कोई एक इस्तेमाल करें
check-unknown-sides = 'sides' का अज्ञात मान '{ $sides }'; "both", "left", "right", "none" में से कोई एक इस्तेमाल करें
check-sides-not-text = 'sides' "both", "left", "right", "none" में से कोई एक होना चाहिए, लेकिन मिला: { $found }
check-sides-on-one-sided = '{ $label }' हर तरफ़ अलग-अलग नहीं किया जाता, इसलिए इसके लिए तरफ़ नहीं चुनी जा सकती; 'sides' हटाएं
check-breath-longer-than-hold = एक सांस में { $breath } से॰ लगते हैं, लेकिन यह चरण सिर्फ़ { $hold } से॰ तक चलता है; 'hold_seconds' बढ़ाएं या सांस छोटी करें
check-twice = '{ $field }' दो बार दिया गया है; सिर्फ़ एक रखें
check-invalid = अमान्य रूटीन: { $error }
check-file-too-large = फ़ाइल { $kib } KiB से बड़ी है; रूटीन फ़ाइल एक छोटी टेक्स्ट फ़ाइल होती है, इसलिए जांच लें कि यह सही फ़ाइल है
check-not-utf8 = फ़ाइल UTF-8 टेक्स्ट नहीं है; इसे UTF-8 में सेव करें
check-not-json = मान्य JSON नहीं है: { $error }
check-session-too-long = सत्र { $hours } घंटे चलेगा; एक सत्र ज़्यादा से ज़्यादा { $most } घंटे का हो सकता है, और चरण { $step } पर यह इस सीमा से आगे निकल जाता है: चरणों में दोहराव या सेट कम करें, या स्थिति में बने रहने का समय घटाएं, या रूटीन को कई रूटीन में बांट दें

## JSON syntax errors (English keeps the parser's own words)

json-expected-comma-or-brace = यहां `,` या `{ "}" }` होना चाहिए था
json-expected-comma-or-bracket = यहां `,` या `]` होना चाहिए था
json-expected-colon = यहां `:` होना चाहिए था
json-expected-value = यहां कोई मान होना चाहिए था
json-trailing-comma = आखिरी आइटम के बाद फ़ालतू कॉमा है
json-trailing-characters = डेटा खत्म होने के बाद भी फ़ालतू अक्षर हैं
json-key-not-string = फ़ील्ड का नाम उद्धरण चिह्नों में लिखा टेक्स्ट होना चाहिए
json-eof = फ़ाइल अधूरी ही खत्म हो गई: कोई एक कोष्ठक, धनु कोष्ठक या उद्धरण चिह्न खुला रह गया है
json-control-character = टेक्स्ट के अंदर एक कंट्रोल कैरेक्टर मिला; हर टेक्स्ट को एक ही पंक्ति में रखें
json-invalid-escape = \ के बाद अमान्य एस्केप
json-invalid-number = अमान्य संख्या
json-too-deep = कोष्ठक एक-दूसरे के अंदर बहुत ज़्यादा गहराई तक हैं (सीमा पार हो गई)

## Safety

safety-not-advice = Posewise आपको उन व्यायामों में मार्गदर्शन देता है, जो आपके चिकित्सक ने चुने हैं। यह कोई चिकित्सीय सलाह नहीं देता। अपने फिज़ियोथेरेपिस्ट या डॉक्टर की योजना का पालन करें, हल्के से हिलें-डुलें, और अगर आपका दर्द बढ़ जाए, तो व्यायाम रोक दें।
safety-red-flags-intro = अगर पीठ दर्द के साथ इनमें से कुछ भी हो, तो व्यायाम न करें:
safety-emergency-heading = अभी आपातकालीन इलाज लें
safety-emergency-intro = अगर आपको इनमें से कुछ भी हो, तो अभी अस्पताल के आपातकालीन विभाग में जाएं या अपने आपातकालीन नंबर पर कॉल करें:
safety-same-day-heading = आज ही डॉक्टर को दिखाएं
safety-same-day-intro = अगर आपको इनमें से कुछ भी हो, तो व्यायाम करने से पहले आज ही अपने डॉक्टर या किसी अर्जेंट केयर सेवा को कॉल करें:
safety-outlook = पीठ की ऐंठन आमतौर पर तीन से छह हफ़्तों के भीतर कम हो जाती है, और हल्के-फुल्के ढंग से सक्रिय बने रहने से उसे शांत होने में मदद मिलती है।

## Numbers, lengths and dates

# Between the items of a list: "30 s × 3, both sides, rest 10 s".
list-separator = { ", " }
unit-seconds-short = { $seconds } से॰
duration-s = { $s } से॰
duration-min = { $m } मि॰
duration-min-s = { $m } मि॰ { $s } से॰
duration-h-min = { $h } घं॰ { $m } मि॰
date-long = { $day } { $month } { $year }
date-short = { $day } { $month }
month =
    { $month ->
        [jan] जनवरी
        [feb] फ़रवरी
        [mar] मार्च
        [apr] अप्रैल
        [may] मई
        [jun] जून
        [jul] जुलाई
        [aug] अगस्त
        [sep] सितंबर
        [oct] अक्टूबर
        [nov] नवंबर
       *[dec] दिसंबर
    }
month-short =
    { $month ->
        [jan] जन॰
        [feb] फ़र॰
        [mar] मार्च
        [apr] अप्रैल
        [may] मई
        [jun] जून
        [jul] जुल॰
        [aug] अग॰
        [sep] सित॰
        [oct] अक्टू॰
        [nov] नव॰
       *[dec] दिस॰
    }
weekday =
    { $day ->
        [mon] सोमवार
        [tue] मंगलवार
        [wed] बुधवार
        [thu] गुरुवार
        [fri] शुक्रवार
        [sat] शनिवार
       *[sun] रविवार
    }
weekday-short =
    { $day ->
        [mon] सोम
        [tue] मंगल
        [wed] बुध
        [thu] गुरु
        [fri] शुक्र
        [sat] शनि
       *[sun] रवि
    }

## A step's dose and a routine's prescription

# "30 s × 3"
dose-reps = { $hold } × { $reps }
dose-sets = { $sets } सेट
dose-both-sides = दोनों तरफ़
dose-left-side = बाईं तरफ़
dose-right-side = दाईं तरफ़
dose-rest = आराम { $rest }
rhythm-in = { $seconds } सांस अंदर लें
rhythm-hold = { $seconds } सांस रोकें
rhythm-out = { $seconds } सांस बाहर छोड़ें
rhythm-hold-empty = { $seconds } सांस बाहर ही रोके रखें
often-times-a-day =
    { $count ->
        [1] दिन में एक बार
        [2] दिन में दो बार
       *[other] दिन में { $count } बार
    }
often-days-a-week =
    { $count ->
        [7] हर दिन
       *[other] हफ़्ते में { $count } दिन
    }
often-weeks =
    { $count ->
        [one] { $count } हफ़्ते तक
       *[other] { $count } हफ़्ते तक
    }

## The handout

handout-from = { $author } की ओर से
handout-length =
    { $steps ->
        [one] { $steps } चरण, कुल लगभग { $length }
       *[other] { $steps } चरण, कुल लगभग { $length }
    }
handout-written = लिखा गया: { $date }
handout-how-often = कितनी बार:
handout-stop-and-get-help = रुकें और मदद लें
handout-about = लगभग { $length }
handout-note = नोट:
handout-rhythm = लय: { $rhythm }।
handout-rhythm-nostrils = लय: { $rhythm }, बारी-बारी से एक-एक नथुने से।
handout-breathing = सांस लेने का तरीका:
handout-take-care = सावधानी:
handout-avoid-if = इन स्थितियों में न करें:

## The session: phases and the runner's board

phase-get-ready = तैयार हो जाएं
phase-hold = स्थिर रहें
phase-rest = आराम करें
phase-switch-sides = तरफ़ बदलें
phase-set-rest = सेट के बीच आराम
phase-breathe-in = सांस अंदर लें
phase-hold-in = सांस रोकें
phase-breathe-out = सांस बाहर छोड़ें
phase-hold-out = सांस बाहर ही रोके रखें
side-left = बाईं ओर
side-right = दाईं ओर
board-breath = सांस: { $of } में से { $n }
board-step = चरण: { $of } में से { $n }
board-next = अगला: { $pose }, { $length }
board-time-left = { $time } बाकी
board-left-next = इसके बाद बाईं तरफ़
board-right-next = इसके बाद दाईं तरफ़
board-left-first = पहले बाईं तरफ़
board-right-first = पहले दाईं तरफ़
board-left-side = बाईं तरफ़
board-right-side = दाईं तरफ़
board-rep = दोहराव: { $of } में से { $n }
board-set = सेट: { $of } में से { $n }
runner-paused = कुछ देर के लिए रुका
runner-left-nostril = बायां नथुना
runner-right-nostril = दायां नथुना
cli-error = त्रुटि: { $message }
cli-valid =
    ठीक है: "{ $title }", { $steps ->
        [one] { $steps } चरण
       *[other] { $steps } चरण
    }, { $length }
cli-pose = { $kind }, { $seconds } से॰
cli-pose-each-side = { $kind }, हर तरफ़, { $seconds } से॰
cli-unknown-pose-near = अज्ञात आसन '{ $pose }'; क्या आपका मतलब '{ $near }' था?
cli-unknown-pose = अज्ञात आसन '{ $pose }'
cli-no-illustration = '{ $pose }' का कोई चित्र नहीं है
cli-cannot-write-handout = हैंडआउट नहीं लिखा जा सका: { $error }; ऐसे फ़ोल्डर में फ़ाइल चुनें, जिसमें लिखने की अनुमति आपके पास हो
cli-handout-written =
    "{ $title }" के लिए हैंडआउट, { $steps ->
        [one] { $steps } चरण
       *[other] { $steps } चरण
    }

## Problems in files: "file:line:column: error: …"

problem-error = त्रुटि: { $message }
problem-more =
    { $count ->
        [one] … और { $count } समस्या
       *[other] … और { $count } समस्याएं
    }

## Kinds of exercise

kind-stretch = खिंचाव
kind-pose = आसन
kind-breathing = सांस का अभ्यास
kind-relaxation = विश्राम
editor-unknown-pose = अज्ञात आसन
editor-custom-exercise = कस्टम व्यायाम
settings-title = सेटिंग्स
settings-sound = आवाज़
settings-volume = वॉल्यूम: { $percent } %
settings-mute = सारी आवाज़ बंद करें (सत्र के दौरान M)
settings-voice = बोलकर दी जाने वाली सूचनाएं
settings-beeps = हर बदलाव से पहले उलटी गिनती की बीप
settings-breath-tone = हर सांस के साथ चलने वाली एक हल्की ध्वनि
settings-sessions = सत्र
settings-own-get-ready = हर रूटीन का अपना तैयारी का समय इस्तेमाल करें
settings-get-ready = तैयारी: हर व्यायाम से पहले { $seconds } से॰
settings-looks = रूप-रंग
settings-language = भाषा
settings-language-system = सिस्टम के अनुसार
settings-theme = थीम
theme-system = सिस्टम के अनुसार
theme-light = हल्की
theme-dark = गहरी
settings-reduce-motion = हलचल कम करें: सांस का गोला हिलेगा नहीं, कंट्रोल हमेशा दिखेंगे
settings-text-size = टेक्स्ट का आकार: { $percent } %
settings-your-data = आपका डेटा
settings-open-folder = फ़ोल्डर खोलें
settings-safety = सुरक्षा
settings-read-safety = सुरक्षा सूचना और चेतावनी के संकेत पढ़ें
tab-today = आज
tab-routines = रूटीन
tab-poses = आसन
tab-history = इतिहास
tab-settings = सेटिंग्स
tab-safety = सुरक्षा
# A keyboard shortcut: Ctrl and a digit.
key-ctrl = Ctrl+{ $n }
key-enter = Enter
key-space = Space
key-esc = Esc
notice-dismiss = हटाएं
safety-close = बंद करें
safety-understood = मैंने समझ लिया
safety-before-you-start = शुरू करने से पहले
safety-keys = कुंजियां: Ctrl+1 से Ctrl+5 तक आज, रूटीन, आसन, इतिहास और सेटिंग्स खोलती हैं; F1 यह फिर से दिखाती है। सत्र में: Space से कुछ देर रोकें, H से बताएं कि दर्द हो रहा है, Esc से सत्र बंद करें।
# "Sunday 1 June": today, at the top of Today.
date-day = { $weekday }, { $day } { $month }
settings-no-data-folder = कोई डेटा फ़ोल्डर नहीं
settings-sound-opens-later = आवाज़ का आउटपुट सत्र शुरू होने पर खुलता है।
today-interrupted = { $date } को { $time } बजे, सत्र शुरू होने के { $into } बाद रुक गया। जहां छोड़ा था, वहीं से फिर शुरू करें, या इसे हटा दें।
notice-write-unfinished = Posewise एक फ़ाइल लिखना पूरा नहीं कर सका।
notice-cannot-open-folder = { $folder } नहीं खोला जा सका ({ $error }); इसे अपने फ़ाइल मैनेजर में खोलें।
today-title = आज
today-no-routine = अभी कोई रूटीन नहीं
today-choose-routine = रूटीन चुनें
# The big button: "Start: Back spasm relief (6 min)".
today-start = शुरू करें: { $title } ({ $length })
today-start-short = शुरू करें
today-open = खोलें
today-enter-starts = Enter से शुरू करें।
today-your-routines = आपके रूटीन
today-see-history = इतिहास देखें
today-browse-poses = आसन देखें
today-new-routine = नया रूटीन
today-due-now = अभी करना है
today-due-at = { $title }, { $time } बजे करना है
today-interrupted-title = "{ $title }" बीच में रुक गया
today-resume = जारी रखें
today-discard = हटाएं
today-no-streak = अभी कोई सिलसिला नहीं
today-streak =
    { $days ->
        [one] लगातार { $days } दिन
       *[other] लगातार { $days } दिन
    }
today-last-pain = पिछला सत्र: पहले दर्द { $before }, बाद में { $after }
today-no-pain = अभी तक दर्द की कोई रेटिंग नहीं
today-done-over = आज { $done } पूरे हुए ({ $prescribed } निर्धारित)
today-done-of = आज { $prescribed } में से { $done } पूरे हुए
today-done = आज पूरा हुआ
today-not-done = आज नहीं हुआ
days-every = हर दिन
days-weekdays = सोम–शुक्र
days-none = कोई दिन नहीं
reminder-not-a-time = “{ $text }” दिन का कोई समय नहीं है: इसे 18:00 की तरह लिखें
runner-controls-hidden = Space से कुछ देर रोकें · कोई भी कुंजी दबाने या पॉइंटर हिलाने पर कंट्रोल दिखते हैं
runner-sound-starting = आवाज़ तैयार की जा रही है…
runner-hide = छिपाएं
runner-pain-before = अभी दर्द, 0 से 10 (वैकल्पिक)
runner-continue = जारी रखें
runner-pause = कुछ देर रोकें
runner-sound-on = आवाज़ चालू
runner-mute = आवाज़ बंद
runner-back = पीछे
runner-next = अगला
runner-hurts = दर्द हो रहा है
runner-quieter = आवाज़ कम करें
runner-louder = आवाज़ बढ़ाएं
runner-stop = बंद करें
runner-stop-ask = सत्र बंद करें?
runner-stop-logged = इसे अधूरे सत्र के रूप में दर्ज किया जाता है।
runner-keep-going = जारी रखें
runner-hurts-title = दर्द हो रहा है: अब क्या करें?
runner-hurts-noted = यह आपके फिज़ियोथेरेपिस्ट के लिए दर्ज कर लिया गया है। तेज़ या बढ़ता हुआ दर्द हो, तो: यह व्यायाम छोड़ दें या सत्र बंद करें।
runner-hurts-easier = आसान बनाएं: स्थिति में कम देर तक रहें
runner-hurts-skip = यह व्यायाम छोड़ें
runner-hurts-gently = हल्के से जारी रखें
runner-hurts-stop = सत्र बंद करें
runner-take-care = सावधानी
runner-avoid-if = इन स्थितियों में न करें
key-left-arrow = बायां तीर
key-right-arrow = दायां तीर
summary-detail = { $title }: { $active } का व्यायाम, { $total } में से { $done } चरण।
summary-painful-marked = दर्द वाले चरण आपके इतिहास में चिह्नित हैं।
summary-stopped = सत्र बंद किया गया
summary-well-done = बहुत बढ़िया: सत्र पूरा हुआ
summary-complete = सत्र पूरा हुआ
effort-easy = आसान
effort-right = लगभग सही
effort-hard = कठिन
summary-pain-now-before = अभी दर्द, 0 (बिल्कुल नहीं) से 10 (सबसे ज़्यादा); सत्र से पहले: { $before }
summary-pain-now = अभी दर्द, 0 (बिल्कुल नहीं) से 10 (सबसे ज़्यादा)
summary-pain-went-up = आपका दर्द सत्र से पहले की तुलना में ज़्यादा है। आज आराम करें और सब कुछ हल्के से करें; अगर दर्द बढ़ा ही रहे, तो अगले सत्र से पहले अपने फिज़ियोथेरेपिस्ट को बताएं।
summary-how-hard = यह कितना कठिन लगा?
summary-note = नोट (वैकल्पिक)
summary-note-placeholder = कैसा रहा?
summary-discard-ask = इस सत्र को अपने इतिहास से बाहर रखें?
summary-discard = हटाएं
summary-keep = रखें (Esc)
summary-save = सेव करें
summary-discard-more = हटाएं…
summary-enter-saves = Enter से सेव करें। हर रेटिंग वैकल्पिक है।
range-in-weeks = पिछले { $weeks } हफ़्तों में
range-in-months = पिछले { $months } महीनों में
range-in-year = पिछले एक साल में
range-in-all = अब तक
range-weeks = पिछले { $weeks } हफ़्ते
range-months = पिछले { $months } महीने
range-year = पिछला एक साल
range-all = शुरू से अब तक
history-all-routines = सभी रूटीन
history-stopped-after = { $total } में से { $done } चरणों के बाद बंद किया गया
history-pain = दर्द { $before } → { $after }
history-effort = मेहनत: { $effort }
history-effort-easy = आसान
history-effort-right = लगभग सही
history-effort-hard = कठिन
# "Sun, 1 June 2025, 18:00"
history-when = { $weekday }, { $date }, { $time }
history-adherence = { $title }: { $prescribed } निर्धारित सत्रों में से { $done }, { $percent } %
history-adherence-free =
    { $title }: { $done ->
        [one] { $done } सत्र पूरा हुआ (कोई निर्धारित योजना नहीं)
       *[other] { $done } सत्र पूरे हुए (कोई निर्धारित योजना नहीं)
    }
history-warning = { $warning } ({ $first } और { $second })
# "24 sessions, 310 min in the last 12 weeks · streak 5 days (longest 12)"
history-headline =
    { $range } { $sessions ->
        [one] { $sessions } सत्र
       *[other] { $sessions } सत्र
    }, { $minutes } मि॰ · लगातार { $streak ->
        [one] { $streak } दिन
       *[other] { $streak } दिन
    } (सबसे लंबा सिलसिला { $longest })
warning-pain-rose = लगातार दो सत्रों में, सत्र के बाद का दर्द सत्र से पहले की तुलना में 2 या उससे ज़्यादा अंक अधिक था: अपने फिज़ियोथेरेपिस्ट से संपर्क करने पर विचार करें।
report-disclaimer = Posewise कोई चिकित्सीय सलाह नहीं देता। इस रिपोर्ट में वह सूचीबद्ध है, जो मरीज़ ने दर्ज किया है; इसका आकलन फिज़ियोथेरेपिस्ट या डॉक्टर करते हैं।
history-save-report = रिपोर्ट सेव करें…
key-ctrl-s = Ctrl+S
history-title = इतिहास
history-show = दिखाएं
history-empty = अभी तक कोई सत्र दर्ज नहीं: कोई सत्र पूरा करें, वह यहां दिखेगा।
history-go-today = आज पर जाएं
history-calendar-facts =
    { $days ->
        [one] { $days } दिन व्यायाम, { $minutes } मि॰
       *[other] { $days } दिन व्यायाम, { $minutes } मि॰
    }
history-adherence-title = पालन
history-pain-title = पहले और बाद का दर्द
history-pain-weekly = कई सत्र: हर बिंदु एक हफ़्ते का औसत है।
history-pain-ring = घेरा दिखाता है कि कहां बाद का दर्द पहले से ज़्यादा था।
history-minutes-title = हर हफ़्ते के मिनट
history-minutes-note = हर पट्टी एक हफ़्ता है, सोमवार से रविवार तक, और उस पर उस हफ़्ते के सोमवार की तारीख है; आखिरी पट्टी यह हफ़्ता है, अब तक का।
history-sessions = सत्र
history-no-match = इन फ़िल्टरों के लिए कोई सत्र नहीं।
history-earlier =
    { $count ->
        [one] … और { $count } पहले का सत्र
       *[other] … और { $count } पहले के सत्र
    }
# "Pain after sessions fell from 4.3 to 1.7, then rose to 4.4 over 5 weeks."
pain-none = इस अवधि के किसी भी सत्र में पहले और बाद, दोनों का दर्द दर्ज नहीं है।
pain-fell-rose =
    { $weeks ->
        [one] { $weeks } हफ़्ते
       *[other] { $weeks } हफ़्तों
    } में सत्रों के बाद का दर्द { $from } से घटकर { $low } हुआ, फिर बढ़कर { $to } हो गया।
pain-rose-fell =
    { $weeks ->
        [one] { $weeks } हफ़्ते
       *[other] { $weeks } हफ़्तों
    } में सत्रों के बाद का दर्द { $from } से बढ़कर { $high } हुआ, फिर घटकर { $to } हो गया।
pain-stayed =
    { $weeks ->
        [one] { $weeks } हफ़्ते
       *[other] { $weeks } हफ़्तों
    } में सत्रों के बाद का दर्द लगभग { $at } पर बना रहा।
pain-fell =
    { $weeks ->
        [one] { $weeks } हफ़्ते
       *[other] { $weeks } हफ़्तों
    } में सत्रों के बाद का दर्द { $from } से घटकर { $to } हो गया।
pain-rose =
    { $weeks ->
        [one] { $weeks } हफ़्ते
       *[other] { $weeks } हफ़्तों
    } में सत्रों के बाद का दर्द { $from } से बढ़कर { $to } हो गया।
chart-less = कम
chart-more = ज़्यादा
chart-pain-axis = दर्द (0–10)
chart-before = पहले
chart-after = बाद में
chart-minutes = मिनट
chart-target = लक्ष्य: हफ़्ते में { $minutes } मि॰
back = ‹ वापस
# "stretch · 30 s each side"
pose-facts = { $kind } · { $hold }
pose-facts-each-side = { $kind } · हर तरफ़ { $hold }
routines-routines = रूटीन
routines-open-a-file = फ़ाइल खोलें…
routines-new-routine = नया रूटीन
routines-up-and-down-choose = ऊपर/नीचे तीर से चुनें, Enter से खोलें, Space से शुरू करें, F2 से नाम बदलें, Delete से मिटाएं, Ctrl+O से फ़ाइल खोलें।
routines-duplicate-it-to-change = इसे बदलने या इसका नाम बदलने के लिए इसकी कॉपी बनाएं
routines-start = शुरू करें
routines-rename-routine = रूटीन का नाम बदलें
routines-rename = नाम बदलें
routines-cancel = रद्द करें
routines-the-file-is-removed = फ़ाइल आपके रूटीन से हटा दी जाती है। आपके इतिहास में इसके सत्र बने रहते हैं।
routines-delete = मिटाएं
pose-page-how-to-do-it = कैसे करें
pose-page-what-it-helps = किसमें मदद करता है
pose-page-breathing = सांस लेने का तरीका
pose-page-take-care = सावधानी
pose-page-avoid-if = इन स्थितियों में न करें
pose-page-enter-adds-it-esc = Enter से जोड़ें, Esc से वापस जाएं।
pose-page-add-to-a-routine = रूटीन में जोड़ें
pose-page-add-it-to = किसमें जोड़ें
routine-page-start = शुरू करें
routine-page-enter-starts-esc-goes = Enter से शुरू करें, Esc से वापस जाएं, Ctrl+S से फ़ाइल की कॉपी सेव करें।
reminders-remind-me-at-these = मुझे इन समयों पर याद दिलाएं
reminders-at = समय
reminders-remove = हटाएं
reminders-add-a-time = समय जोड़ें
reminders-on = दिन
reminders-reminders = रिमाइंडर
reminders-pick-at-least-one = कम से कम एक दिन चुनें, नहीं तो याद दिलाने के लिए कुछ नहीं है।
reminders-add-a-time-or = कोई समय जोड़ें, नहीं तो याद दिलाने के लिए कुछ नहीं है।
poses-back-to-the-editor = एडिटर पर वापस
routines-open = खोलें
routines-duplicate = कॉपी बनाएं
routines-bundled = Posewise के साथ आता है
routines-own = आपका
# "6 min · 4 steps · Yours"
routines-line =
    { $length } · { $steps ->
        [one] { $steps } चरण
       *[other] { $steps } चरण
    } · { $origin }
routines-title-placeholder = शीर्षक
routines-delete-ask = "{ $title }" मिटाएं?
poses-no-match = “{ $query }” से कोई आसन मेल नहीं खाता। कम अक्षर लिखकर देखें, या एडिटर में कस्टम व्यायाम जोड़ें।
poses-add-title = आसन जोड़ें
poses-add-hint = “{ $routine }” के लिए एक आसन चुनें। Esc से एडिटर पर वापस जाएं।
poses-title = आसन
poses-hint = { $count } आसन और व्यायाम। खोजने के लिए टाइप करें; Enter से पहला खुलता है।
poses-all = सभी
poses-stretches = खिंचाव
poses-poses = आसन
poses-breathing = सांस के अभ्यास
poses-relaxation = विश्राम
poses-shown = { $count } दिख रहे हैं
poses-search = आसन खोजें: नाम, संस्कृत या अंग्रेज़ी
pose-page-being-edited = { $title } (संपादन जारी)
pose-page-new-routine = एक नया रूटीन
routine-page-edit = संपादित करें
routine-page-edit-copy = कॉपी संपादित करें
routine-page-add-pose = आसन जोड़ें
routine-page-see-history = इतिहास देखें
routine-page-save-as = इस रूप में सेव करें…
routine-page-handout = प्रिंट के लिए हैंडआउट…
routine-page-facts =
    { $steps ->
        [one] { $steps } चरण, कुल { $length }
       *[other] { $steps } चरण, कुल { $length }
    }
routine-page-from = { $author } की ओर से
reminders-explain-on = हर समय पर एक डेस्कटॉप सूचना आती है, जिसमें शुरू करें और बाद में (30 मिनट बाद फिर से) के विकल्प होते हैं, जब तक कि आप रूटीन पहले ही न कर चुके हों।
reminders-explain-off = बंद। समय निर्धारित योजना के हिसाब से भरे गए हैं; इन्हें जैसे चाहें बदलें।
files-added = आपके रूटीन में जोड़ दिया गया। अब से आप इसे आज और रूटीन से शुरू कर सकते हैं।
files-already-bundled = यह रूटीन Posewise के साथ आता है, इसलिए यह पहले से आपके रूटीन में है।
files-already-there = यह रूटीन पहले से आपके रूटीन में है, इसलिए इसे दोबारा कॉपी नहीं किया गया।
files-cannot-open =
    “{ $name }” नहीं खोली जा सकी:
    { $error }
files-open-title = रूटीन खोलें
files-filter-routine = Posewise रूटीन
files-save-copy-title = रूटीन की कॉपी सेव करें
files-saved-copy = कॉपी { $path } में सेव की गई
files-cannot-save = { $path } में सेव नहीं किया जा सका: { $error }। ऐसा फ़ोल्डर चुनें, जिसमें लिखने की अनुमति आपके पास हो।
files-save-handout-title = हैंडआउट सेव करें
files-saved-handout = हैंडआउट { $path } में सेव किया गया: इसे प्रिंट करने के लिए किसी वेब ब्राउज़र में खोलें।
session-running = एक निर्देशित व्यायाम सत्र चल रहा है
session-sound-through = आवाज़ { $name } से आ रही है।
session-no-data-folder = कोई डेटा फ़ोल्डर नहीं है, इसलिए यह सत्र दर्ज नहीं हुआ।
session-waiting-saved = जो सत्र सेव होने का इंतज़ार कर रहे थे, वे अब आपके इतिहास में सेव हो गए हैं।
session-waiting-lost = सेव होने का इंतज़ार कर रहे सत्र खो गए।
reminders-check-failed = रिमाइंडर की जांच सेट नहीं की जा सकी: { $error }
reminders-check-removed = रिमाइंडर बंद हैं; रिमाइंडर की जांच हटा दी गई।
reminders-check-not-removed = रिमाइंडर की जांच हटाई नहीं जा सकी: { $error }
report-save-title = रिपोर्ट सेव करें
report-filter-html = वेब पेज (HTML)
report-filter-csv = स्प्रेडशीट (CSV)
report-cannot-save = रिपोर्ट { $path } में सेव नहीं की जा सकी: { $error }। ऐसा फ़ोल्डर चुनें, जिसमें लिखने की अनुमति आपके पास हो।
editor-sides-default = जैसा व्यायाम में बताया गया है
editor-sides-both = दोनों तरफ़
editor-sides-left = सिर्फ़ बाईं तरफ़
editor-sides-right = सिर्फ़ दाईं तरफ़
editor-sides-none = कोई तरफ़ नहीं
editor-not-saved =
    { $count ->
        [one] सेव नहीं हुआ: पहले नीचे चिह्नित समस्या ठीक करें।
       *[other] सेव नहीं हुआ: पहले नीचे चिह्नित { $count } समस्याएं ठीक करें।
    }
session-kept-in-memory = Posewise सत्र को मेमोरी में रखता है और जैसे ही हो सके, उसे सेव कर देता है
session-waiting = ({ $count } इंतज़ार में): यह हर { $seconds } सेकंड में और विंडो बंद करने पर फिर से कोशिश करता है।
editor-save = सेव करें
editor-unsaved-changes = बिना सेव किए बदलाव
editor-title = शीर्षक
editor-from = किसकी ओर से
editor-get-ready-s = तैयारी (से॰)
editor-times-a-day = दिन में कितनी बार
editor-days-a-week = हफ़्ते में कितने दिन
editor-for-how-many-weeks = कितने हफ़्तों तक
editor-notes = नोट्स
editor-enter-saves-esc-keeps = Enter से सेव करें, Esc से संपादन जारी रखें।
editor-drag = खींचें
editor-up = ऊपर
editor-down = नीचे
editor-duplicate = कॉपी बनाएं
editor-remove = हटाएं
editor-remove-line = पंक्ति हटाएं
editor-instructions = निर्देश
editor-add-a-line = पंक्ति जोड़ें
editor-done-on-each-side = हर तरफ़ किया जाता है
editor-own-breathing-rhythm = सांस की अपनी लय
editor-alternate-nostrils = बारी-बारी से नथुने
editor-edit-routine = रूटीन संपादित करें
editor-total =
    { $steps ->
        [one] { $steps } चरण · कुल { $length }
       *[other] { $steps } चरण · कुल { $length }
    }
editor-total-unknown =
    { $steps ->
        [one] { $steps } चरण · कुल समय देखने के लिए चिह्नित फ़ील्ड ठीक करें
       *[other] { $steps } चरण · कुल समय देखने के लिए चिह्नित फ़ील्ड ठीक करें
    }
editor-title-placeholder = रूटीन का शीर्षक
editor-author-placeholder = फिज़ियोथेरेपिस्ट या क्लिनिक
editor-notes-placeholder = मरीज़ के लिए
editor-save-before-closing = बंद करने से पहले अपने बदलाव सेव करें?
editor-save-before-leaving = जाने से पहले अपने बदलाव सेव करें?
editor-unsaved-untitled = इस रूटीन में ऐसे बदलाव हैं, जो अभी सेव नहीं हुए हैं।
editor-unsaved-titled = “{ $title }” में ऐसे बदलाव हैं, जो अभी सेव नहीं हुए हैं।
editor-same-as-rest = आराम जितना
editor-optional = वैकल्पिक
editor-what-to-do = क्या करना है
editor-name-placeholder = जैसे, कंधे घुमाना
editor-in-s = अंदर (से॰)
editor-hold-s = रुकें (से॰)
editor-out-s = बाहर (से॰)
editor-hold-after-s = बाद में रुकें (से॰)
editor-step-field = चरण { $step }, { $field }
editor-more-problems = … और { $count } समस्याएं, नीचे चिह्नित
field-routine = रूटीन
field-title = शीर्षक
field-author = किसकी ओर से
field-notes = नोट्स
field-get-ready = तैयारी
field-times-per-day = दिन में कितनी बार
field-days-per-week = हफ़्ते में कितने दिन
field-weeks = हफ़्ते
field-steps = चरण
field-step = चरण
field-exercise = व्यायाम
field-name = नाम
field-instructions = निर्देश
field-hold = रुकने का समय
field-reps = दोहराव
field-sets = सेट
field-rest = आराम
field-set-rest = सेट के बीच आराम
field-sides = तरफ़
field-breathing = सांस
field-note = नोट
editor-undo = पूर्ववत करें
editor-redo = फिर से करें
editor-save-changes = बदलाव सेव करें
editor-discard-changes = बदलाव छोड़ें
editor-keep-editing = संपादन जारी रखें
editor-reps = दोहराव
editor-sets = सेट
editor-rest-s = आराम (से॰)
editor-rest-between-sets-s = सेट के बीच आराम (से॰)
editor-sides = तरफ़
editor-note-for-this-step = इस चरण के लिए नोट
editor-name = नाम
editor-add-pose = आसन जोड़ें…
editor-add-custom-exercise = कस्टम व्यायाम जोड़ें
sound-no-device = कोई साउंड डिवाइस नहीं: संकेत स्क्रीन पर दिखाए जाते हैं।
sound-unsupported = साउंड डिवाइस संकेत नहीं चला सकता: वे स्क्रीन पर दिखाए जाते हैं।
report-title = Posewise रिपोर्ट
report-heading = व्यायाम रिपोर्ट
report-heading-for = व्यायाम रिपोर्ट — { $name }
report-meta =
    { $since } से { $until } तक · लिखी गई: { $written } · { $sessions ->
        [one] { $sessions } सत्र दर्ज
       *[other] { $sessions } सत्र दर्ज
    }
report-warning = { $warning } ({ $first } और { $second })
report-done-of = { $count } में से { $done }
report-card-completed = पूरे हुए सत्र
report-card-adherence = निर्धारित योजना का पालन
report-card-exercise = व्यायाम का समय
report-card-pain = दर्द: बाद − पहले, औसतन
report-no-prescription = कोई निर्धारित योजना नहीं
report-times-a-day = दिन में { $count }×
report-routines = रूटीन और निर्धारित योजना
report-routine = रूटीन
report-prescription = निर्धारित योजना
report-done = पूरे हुए
report-prescribed = निर्धारित
report-adherence = पालन
report-per-week = हर हफ़्ते: निर्धारित और पूरे हुए
report-sessions-per-week = हर हफ़्ते सत्र
report-minutes-per-week = हर हफ़्ते मिनट
report-bars-key = पट्टियां: पूरे हुए सत्र; डैश: निर्धारित सत्र।
report-week-of = हफ़्ते की शुरुआत
report-no-pain = किसी भी सत्र में दर्द की रेटिंग नहीं दी गई।
report-pain-title = पहले और बाद का दर्द (0–10)
report-rated = { $since } से { $until } तक रेटिंग वाले { $count } सत्र
report-painful = जिन व्यायामों में दर्द चिह्नित किया गया
report-none = कोई नहीं।
report-no-notes = कोई नोट नहीं।
# The letters p, n, b, h, q are typed keys: keep them.
play-keys = कुंजियां (फिर Enter): कुछ नहीं या p कुछ देर रोकें/जारी रखें, n अगला, b पीछे, h दर्द हो रहा है, q बंद करें।
play-stopped-before-start = शुरू होने से पहले ही बंद किया गया।
play-pain-now = अभी दर्द, 0–10 (छोड़ने के लिए Enter):
# "easy", "right" and "hard" are typed answers: keep them in English.
play-effort = यह कितना कठिन था: easy, right, hard (छोड़ने के लिए Enter)?
play-effort-again = कृपया easy, right या hard टाइप करें।
play-paused = कुछ देर के लिए रुका। जारी रखने के लिए Enter दबाएं।
play-continuing = जारी है।
play-hurts-noted = दर्ज किया गया: चरण { $step } में दर्द होता है। यह सत्र के रिकॉर्ड में रहेगा। हल्के से जारी रखें; n से यह व्यायाम छूट जाता है, q से सत्र बंद होता है।
play-complete = सत्र पूरा हुआ: { $active } का व्यायाम।
play-stopped-after = { $active } के बाद बंद किया गया।
play-pain-again = कृपया 0 से { $most } तक की कोई पूर्ण संख्या टाइप करें, या छोड़ने के लिए Enter दबाएं।
play-rep = दोहराव { $n }/{ $of }
play-set = सेट { $n }/{ $of }
cli-saved-history = आपके इतिहास में सेव किया गया।
cli-expected-date = 2026-03-01 (साल-महीना-दिन) जैसी तारीख होनी चाहिए थी
cli-since-after-until = --since { $since }, --until { $until } के बाद है; पहले वाली तारीख पहले दें
cli-no-such-routine-near = { $file } में रूटीन '{ $routine }' का कोई सत्र नहीं; क्या आपका मतलब '{ $near }' था?
cli-no-such-routine = { $file } में रूटीन '{ $routine }' का कोई सत्र नहीं
cli-no-sessions = इस अवधि में अभी तक कोई सत्र दर्ज नहीं।
cli-session-done = पूरा, { $minutes } मि॰
cli-session-stopped = बंद किया, { $minutes } मि॰
cli-streak =
    सिलसिला: लगातार { $current ->
        [one] { $current } दिन
       *[other] { $current } दिन
    } (सबसे लंबा: { $longest ->
        [one] { $longest } दिन
       *[other] { $longest } दिन
    })।
cli-adherence = पालन, { $title }: { $since } से { $until } तक, { $prescribed } निर्धारित सत्रों में से { $done } ({ $percent } %)।
cli-adherence-free =
    { $title }: { $done ->
        [one] { $done } सत्र पूरा हुआ
       *[other] { $done } सत्र पूरे हुए
    }; तुलना के लिए कोई निर्धारित योजना नहीं।
cli-pain-change =
    दर्द: रेटिंग वाले { $count ->
        [one] { $count } सत्र
       *[other] { $count } सत्रों
    } में औसतन, बाद के दर्द में से पहले का दर्द घटाने पर { $change } आता है।
cli-marked-painful = दर्द वाला चिह्नित: { $title }, चरण { $step } { $name } ({ $count } बार)।
cli-warning = नोट ({ $first } और { $second }): { $warning }
cli-too-many-files = { $count } फ़ाइलें दी गईं; एक बार में ज़्यादा से ज़्यादा { $most } इंपोर्ट करें
cli-imported = "{ $title }" को आपके रूटीन में { $path } के रूप में इंपोर्ट किया गया
cli-already-there = "{ $title }" पहले से आपके रूटीन में है ({ $path })
cli-already-bundled = "{ $title }" पहले से आपके रूटीन में है: यह Posewise के साथ आता है
cli-no-routine-called = आपके रूटीन में "{ $name }" नाम का कोई रूटीन नहीं है; उसका शीर्षक या फ़ाइल का नाम वैसे ही दें, जैसे `posewise` उन्हें ऐप के रूटीन पेज में दिखाता है
cli-cannot-export-unreadable = यह रूटीन पढ़ा नहीं जा सकता, इसलिए इसे एक्सपोर्ट नहीं किया जा सकता; फ़ाइल ठीक करें
cli-file-exists = फ़ाइल पहले से मौजूद है; कोई दूसरा नाम दें, या उसे बदलने के लिए --force जोड़ें
cli-export-not-read-back = एक्सपोर्ट की गई फ़ाइल वापस पढ़ी नहीं जा सकेगी
cli-export-not-same = एक्सपोर्ट की गई फ़ाइल वापस पढ़ने पर वही रूटीन नहीं मिलेगा
cli-cannot-write-routine = रूटीन नहीं लिखा जा सका: { $error }; जांच लें कि फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है
cli-exported = "{ $title }" को { $path } में एक्सपोर्ट किया गया
cli-out-is-folder = --out एक फ़ोल्डर है; report.html जैसा कोई फ़ाइल नाम दें
cli-cannot-write-report = रिपोर्ट नहीं लिखी जा सकी: { $error }; ऐसे फ़ोल्डर में फ़ाइल चुनें, जिसमें लिखने की अनुमति आपके पास हो
cli-report-written =
    { $count ->
        [one] { $since } से { $until } तक { $count } सत्र
       *[other] { $since } से { $until } तक { $count } सत्र
    }
cli-no-data-folder = सत्र रखने के लिए कोई डेटा फ़ोल्डर नहीं; POSEWISE_DATA_DIR सेट करें
cli-nothing-to-resume = बीच में रुका कोई सत्र नहीं है, जिसे जारी रखा जा सके।
cli-default-settings = { $reason }; डिफ़ॉल्ट सेटिंग्स इस्तेमाल की जा रही हैं
cli-nothing-to-discard = बीच में रुका कोई सत्र नहीं है, जिसे हटाया जा सके।
cli-discarded-of = "{ $title }" का बीच में रुका सत्र हटा दिया गया।
cli-discarded = बीच में रुका सत्र हटा दिया गया।
date-medium = { $day } { $month } { $year }

cli-no-display = विंडो खोलने के लिए कोई डिस्प्ले नहीं है (न DISPLAY और न WAYLAND_DISPLAY सेट है); `posewise --help` में दिए कमांड बिना डिस्प्ले के भी चलते हैं
cli-cannot-open-window = विंडो नहीं खुल सकी: { $error }

library-not-found = आपके रूटीन में '{ $key }' नाम का कोई रूटीन नहीं है; हो सकता है कि इस बीच उसे मिटा दिया गया हो: रूटीन पेज फिर से खोलें और उसे दोबारा चुनें
library-read-only = "{ $title }" Posewise के साथ आता है, इसलिए इसे बदला या मिटाया नहीं जा सकता; अपने लिए इसकी एक कॉपी बनाएं
library-broken =
    { $action ->
        [duplicated] यह रूटीन पढ़ा नहीं जा सकता, इसलिए इसकी कॉपी नहीं बनाई जा सकती; फ़ाइल ठीक करें या उसे मिटा दें
       *[renamed] यह रूटीन पढ़ा नहीं जा सकता, इसलिए इसका नाम नहीं बदला जा सकता; फ़ाइल ठीक करें या उसे मिटा दें
    }
library-title = शीर्षक एक ही पंक्ति में 1 से { $most } अक्षरों का होना चाहिए; { $problem }
library-not-imported = Posewise ने इसे इंपोर्ट नहीं किया; फ़ाइल ठीक करें, या कोई दूसरी फ़ाइल चुनें, और उसे फिर से इंपोर्ट करें
library-cannot-delete = रूटीन नहीं मिटाया जा सका: { $error }; जांच लें कि फ़ोल्डर में लिखा जा सकता है
library-full = फ़ोल्डर में पहले से { $limit } रूटीन हैं, और Posewise इससे ज़्यादा रूटीन नहीं दिखाता; कोई और रूटीन जोड़ने से पहले कुछ रूटीन मिटा दें
library-no-free-name = "{ $title }" के लिए कोई खाली फ़ाइल नाम नहीं बचा है; रूटीन को कोई दूसरा शीर्षक दें या फ़ोल्डर को व्यवस्थित करें
history-cannot-read = सत्रों का इतिहास नहीं पढ़ा जा सका: { $error }; फ़ाइल की अनुमतियां जांचें
history-cannot-write = सत्र को इतिहास में नहीं जोड़ा जा सका: { $error }; जांच लें कि डिस्क भरी नहीं है और फ़ोल्डर में लिखा जा सकता है
history-too-large = इतिहास की फ़ाइल { $size } बाइट की है, जबकि Posewise ज़्यादा से ज़्यादा { $limit } बाइट पढ़ता है; इसका नाम बदल दें (इसे अपने रिकॉर्ड के लिए रखे रहें), फिर Posewise एक नया इतिहास शुरू कर देगा
history-not-a-file = इतिहास कोई सामान्य फ़ाइल नहीं है; इसे कहीं और ले जाएं, ताकि Posewise वहां अपना इतिहास रख सके
history-no-data-folder = इतिहास रखने के लिए कोई डेटा फ़ोल्डर नहीं; POSEWISE_DATA_DIR सेट करें
routine-cannot-read = फ़ाइल नहीं पढ़ी जा सकी: { $error }
routine-cannot-save = रूटीन सेव नहीं किया जा सका: { $error }; जांच लें कि फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है
file-missing = ऐसी कोई फ़ाइल नहीं है
file-not-utf8 = फ़ाइल UTF-8 टेक्स्ट नहीं है
file-not-object = एक JSON ऑब्जेक्ट { "{" } … { "}" } होना चाहिए था
file-cut-short = फ़ाइल बीच में ही खत्म हो जाती है: उसका बाकी हिस्सा कट गया है
settings-cannot-save = सेटिंग्स सेव नहीं की जा सकीं: { $error }; जांच लें कि फ़ोल्डर में लिखा जा सकता है और डिस्क भरी नहीं है
settings-unreadable = सेटिंग्स पढ़ी नहीं जा सकीं ({ $reason })
settings-unreadable-defaults = सेटिंग्स पढ़ी नहीं जा सकीं ({ $reason }); Posewise अपनी डिफ़ॉल्ट सेटिंग्स इस्तेमाल कर रहा है; फ़ाइल की अनुमतियां जांचें या उसे कहीं और ले जाएं
settings-set-aside = सेटिंग्स पढ़ी नहीं जा सकीं ({ $reason }); Posewise अपनी डिफ़ॉल्ट सेटिंग्स इस्तेमाल कर रहा है और उसने फ़ाइल को { $name } नाम से अलग रख दिया है
settings-not-set-aside = सेटिंग्स पढ़ी नहीं जा सकीं ({ $reason }); Posewise अपनी डिफ़ॉल्ट सेटिंग्स इस्तेमाल कर रहा है, लेकिन फ़ाइल का नाम बदलकर { $name } नहीं कर सका ({ $error }); फ़ाइल ठीक करें या उसे मिटा दें, नहीं तो अगली बार कोई सेटिंग बदलने पर उसकी जगह नई फ़ाइल लिख दी जाएगी
checkpoint-discard = इसे हटाने के लिए `posewise resume --discard` चलाएं
checkpoint-cannot-save = सत्र का चेकपॉइंट सेव नहीं किया जा सका: { $error }; सत्र चलता रहेगा, लेकिन क्रैश होने पर इसे वहीं से जारी नहीं रखा जा सकेगा
checkpoint-cannot-delete = सत्र का चेकपॉइंट नहीं मिटाया जा सका: { $error }; फ़ाइल खुद मिटा दें
checkpoint-cannot-read = सत्र का चेकपॉइंट नहीं पढ़ा जा सका: { $error }; इसकी अनुमतियां जांचें, या { $discard }
checkpoint-damaged = बीच में रुके सत्र का चेकपॉइंट खराब हो गया है: { $reason }; { $discard }
checkpoint-newer = यह चेकपॉइंट Posewise के नए संस्करण से लिखा गया है (चेकपॉइंट संस्करण { $version }); Posewise अपडेट करें, या `posewise resume --discard` चलाएं
checkpoint-routine-invalid = बीच में रुके सत्र का रूटीन मान्य नहीं है; { $discard }
library-not-a-file = यह एक फ़ोल्डर या डिवाइस है, रूटीन फ़ाइल नहीं
title-empty = यह खाली है: कोई शीर्षक टाइप करें
title-line-break = इसमें लाइन ब्रेक या कोई कंट्रोल कैरेक्टर है: इसे एक ही पंक्ति में रखें
title-too-long = इसमें { $length } अक्षर हैं: इसे छोटा करें
history-line-skipped = चेतावनी: इतिहास की यह पंक्ति छोड़ दी गई: { $reason }; यह फ़ाइल में जस की तस रहेगी
history-line-too-long = पंक्ति { $most } बाइट से लंबी है
history-line-not-utf8 = पंक्ति UTF-8 टेक्स्ट नहीं है
history-line-newer = Posewise के नए संस्करण से लिखी गई (रिकॉर्ड संस्करण { $version }); इसे पढ़ने के लिए Posewise अपडेट करें
history-line-not-record = यह सत्र का रिकॉर्ड नहीं है: { $error }
history-line-pain = "{ $field }" 0 से { $most } तक होना चाहिए
history-line-steps = चरण संख्याएं रूटीन के चरणों की सीमा से बाहर हैं
history-line-note = नोट { $most } अक्षरों से लंबा है
history-line-times = "ended_at", "started_at" से पहले है
history-line-week = "week" 1 से { $most } के बीच होना चाहिए
history-line-format = "format" "{ $found }" है, "{ $format }" नहीं
history-line-version = रिकॉर्ड संस्करण { $found } (Posewise का यह संस्करण रिकॉर्ड संस्करण { $version } पढ़ता है); इसे पढ़ने के लिए Posewise अपडेट करें

schedule-timer = रिमाइंडर की जांच हर 15 मिनट पर होती है (systemd यूज़र टाइमर posewise-remind.timer)।
schedule-at-login = रिमाइंडर की जांच दिन के दौरान नहीं, बल्कि आपके लॉग इन करने पर होती है: { $reason }।
desktop-use-sudo = इसे sudo के साथ चलाएं, या इसे सिर्फ़ अपने लिए करने के लिए --user इस्तेमाल करें।
desktop-cannot = { $doing } संभव नहीं हुआ: { $error }
desktop-doing-install = डेस्कटॉप फ़ाइलें इंस्टॉल करना
desktop-doing-remove = डेस्कटॉप फ़ाइलें हटाना
desktop-doing-schedule = रिमाइंडर की जांच सेट करना
desktop-no-own-path = { $doing } संभव नहीं हुआ: Posewise का अपना पाथ नहीं मिल सका: { $error }
desktop-installed-into = { $folder } में इंस्टॉल किया गया:
desktop-menu-starts = मेनू की एंट्री { $program } शुरू करती है।
desktop-default-set = रूटीन फ़ाइलें (*.posewise.json) अब Posewise में खुलती हैं ({ $list } में डिफ़ॉल्ट सेट किया गया)।
desktop-offered = अब रूटीन फ़ाइलों (*.posewise.json) के लिए Posewise का विकल्प उपलब्ध है; हर उपयोगकर्ता इसे अपना डिफ़ॉल्ट बना सकता है।
desktop-removed-check = रिमाइंडर की जांच हटा दी गई:
desktop-nothing-to-remove = { $folder } में हटाने के लिए कुछ नहीं है।
desktop-removed-from = { $folder } से हटाया गया:
desktop-no-longer-default = Posewise अब { $list } में डिफ़ॉल्ट नहीं है।
desktop-ran = { $program } चलाया गया।
desktop-skipped = { $program } छोड़ दिया गया: यह इंस्टॉल नहीं है (यह { $package } पैकेज में आता है)।
desktop-tool-failed = चेतावनी: { $program } विफल रहा: { $error } (फ़ाइलें अपनी जगह पर हैं; लॉग आउट करके फिर से लॉग इन करने से भी मेनू रीफ़्रेश हो जाता है)।

## Added later: sound details, damaged checkpoints, desktop-install errors, and
## the command line's help and usage errors (see the English file for notes).

sound-no-output = आवाज़ का कोई आउटपुट नहीं ({ $reason }); संकेत सिर्फ़ स्क्रीन पर दिखाए जाते हैं।
sound-no-48k-stereo = आवाज़ का आउटपुट 48 kHz स्टीरियो नहीं चला सकता; संकेत सिर्फ़ स्क्रीन पर दिखाए जाते हैं।
sound-no-default-device = कोई डिफ़ॉल्ट आउटपुट डिवाइस नहीं है
sound-not-opened-again = इसे फिर से नहीं खोला जा सका
player-notice = सूचना: { $text }
player-sound-output = आवाज़: { $name }
checkpoint-not-object = यह Posewise का चेकपॉइंट (एक JSON ऑब्जेक्ट { "{" } … { "}" }) नहीं है
file-not-a-file = यह कोई फ़ाइल नहीं है
checkpoint-too-large = फ़ाइल { $mib } MiB से बड़ी है; चेकपॉइंट एक छोटी टेक्स्ट फ़ाइल होती है, इसलिए यह Posewise की लिखी हुई नहीं है
checkpoint-missing = '{ $field }' मौजूद नहीं है; इसका मान { $what } होना चाहिए
checkpoint-not = '{ $field }' का मान { $what } होना चाहिए, लेकिन मिला: { $found }
checkpoint-something-else = कुछ और
checkpoint-kind-beeps = बीप की कोई पूर्ण संख्या
checkpoint-kind-segment = किसी खंड की संख्या
checkpoint-kind-milliseconds = मिलीसेकंड की कोई पूर्ण संख्या
checkpoint-kind-path = किसी फ़ाइल का पाथ
checkpoint-kind-moment = "2025-01-31T08:00:00+01:00" जैसी तारीख और समय
checkpoint-kind-steps = चरण संख्याओं की एक सूची
checkpoint-easier = 'easier' में चरण { $step } दो बार दिया गया है, या यह रूटीन के { $steps } चरणों (0 से गिने गए) के बाहर है
checkpoint-format = 'format' "{ $format }" होना चाहिए; यह Posewise का चेकपॉइंट नहीं है
checkpoint-version = 'version' { $version } होना चाहिए
checkpoint-no-routine = 'routine' मौजूद नहीं है
checkpoint-in-routine = सत्र के रूटीन में: { $problem }
checkpoint-segment = 'segment' { $segment } है, लेकिन सत्र में सिर्फ़ { $segments } खंड हैं
checkpoint-position = 'position_ms' { $position } ms है, जो सत्र के अंत ({ $total }) के बाद है
checkpoint-active = 'active_ms' { $active_ms } ms ({ $active }) है, जो एक सत्र में हो सकने वाले व्यायाम से ज़्यादा है
desktop-no-home = पता नहीं चल सका कि आपका डेटा फ़ोल्डर कहां है: HOME या XDG_DATA_HOME सेट करें
desktop-unusable-path = मेनू की एंट्री में { $path } इस्तेमाल नहीं किया जा सकता: { $reason }
desktop-path-not-utf8 = यह मान्य UTF-8 नहीं है
desktop-path-not-absolute = यह एब्सोल्यूट पाथ नहीं है
desktop-path-control-character = इसमें एक कंट्रोल कैरेक्टर है
desktop-cannot-create = { $path } को नहीं बनाया जा सका: { $error }
desktop-cannot-write = { $path } में नहीं लिखा जा सका: { $error }
desktop-cannot-read = { $path } को नहीं पढ़ा जा सका: { $error }
desktop-cannot-remove = { $path } को नहीं हटाया जा सका: { $error }
cli-about = पीठ की देखभाल के लिए निर्देशित, समयबद्ध खिंचाव और योग के सत्र।
cli-about-long =
    पीठ की देखभाल के लिए निर्देशित, समयबद्ध खिंचाव और योग के सत्र।
    
    ऐप खोलने के लिए इसे बिना आर्गुमेंट के चलाएं, या कोई रूटीन फ़ाइल खोलने के लिए उसे दें।
    Posewise कोई चिकित्सीय सलाह नहीं देता: अपने फिज़ियोथेरेपिस्ट या डॉक्टर की सलाह मानें।
cli-heading-usage = उपयोग:
cli-heading-commands = कमांड
cli-heading-arguments = आर्गुमेंट
cli-heading-options = विकल्प
cli-usage-options = [विकल्प]
cli-builtin-help = सहायता दिखाएं
cli-builtin-help-more = सहायता दिखाएं ('--help' से और जानकारी देखें)
cli-builtin-help-summary = सहायता दिखाएं ('-h' से सारांश देखें)
cli-builtin-version = संस्करण दिखाएं
cli-possible-values = [संभावित मान: { $values }]
cli-default = [डिफ़ॉल्ट: { $value }]
cli-value-command = कमांड
cli-value-file = फ़ाइल
cli-value-files = फ़ाइलें
cli-value-code = कोड
cli-value-id = आईडी
cli-value-n = संख्या
cli-value-volume = वॉल्यूम
cli-value-effort = मेहनत
cli-value-text = टेक्स्ट
cli-value-routine = रूटीन
cli-value-date = तारीख
cli-value-name = नाम
cli-value-format = फ़ॉर्मेट
cli-value-seconds = सेकंड
cli-command-validate = रूटीन फ़ाइलों की जांच करें; हर समस्या फ़ाइल:पंक्ति:कॉलम के रूप में दिखाई जाती है।
cli-command-poses = Posewise में शामिल आसनों की सूची दिखाएं।
cli-command-pose-svg = किसी आसन का चित्र (SVG) स्टैंडर्ड आउटपुट पर लिखें।
cli-command-plan = किसी रूटीन की समयरेखा दिखाएं: हर खंड और हर संकेत।
cli-command-render-audio = पूरे सत्र का साउंडट्रैक (हर संकेत अपने समय पर) 48 kHz स्टीरियो WAV फ़ाइल के रूप में लिखें।
cli-command-play = टर्मिनल में सत्र चलाएं, आवाज़ के संकेतों और प्रगति की पंक्तियों के साथ।
cli-command-run = विंडो खोलें और यह रूटीन तुरंत शुरू करें: कोई फ़ाइल, या शीर्षक या फ़ाइल नाम से आपका कोई रूटीन (जैसा रूटीन पेज में दिखता है)।
cli-command-import = रूटीन फ़ाइलों की जांच करें और उन्हें अपने रूटीन (ऐप की लाइब्रेरी) में कॉपी करें; जो रूटीन पहले से वहां है, उसे दोबारा कॉपी नहीं किया जाता।
cli-command-export = अपना कोई रूटीन (या Posewise के साथ आने वाला कोई रूटीन) शेयर करने के लिए फ़ाइल में लिखें।
cli-command-resume = बीच में रुका सत्र जारी रखें (क्रैश होने, प्रोसेस बंद किए जाने या बिजली जाने के बाद)।
cli-command-history = दर्ज सत्रों की सूची सारांश के साथ दिखाएं: सिलसिला, पालन, दर्द का रुझान, और कोई चेतावनी हो, तो वह भी।
cli-command-report = फिज़ियोथेरेपिस्ट के लिए रिपोर्ट लिखें (CSV, JSON या अपने आप में पूरा एक HTML पेज, जो A4 पर प्रिंट होता है)।
cli-command-install-desktop = Posewise को ऐप्लिकेशन मेनू में जोड़ें, ताकि रूटीन फ़ाइलें (*.posewise.json) डबल-क्लिक करने पर इसमें खुलें।
cli-command-uninstall-desktop = install-desktop ने जो जोड़ा था, उसे हटाएं।
cli-command-handout = मरीज़ के लिए किसी रूटीन का प्रिंट करने लायक हैंडआउट लिखें: अपने आप में पूरा एक HTML पेज, जिसमें हर चरण का चित्र, मात्रा और सावधानियां हों, और जो A4 पर प्रिंट होता है।
cli-command-remind = हर उस रूटीन के लिए डेस्कटॉप सूचना दिखाएं, जिसके रिमाइंडर का समय हो गया है; systemd यूज़र टाइमर इसे हर 15 मिनट पर चलाता है।
cli-command-help = यह सहायता दिखाएं, या दिए गए कमांड की सहायता
cli-option-posewise-file = ऐप में खोलने के लिए कोई रूटीन फ़ाइल (*.posewise.json)।
cli-option-file = रूटीन फ़ाइल (*.posewise.json)।
cli-option-run-file = कोई रूटीन फ़ाइल, या शीर्षक या फ़ाइल नाम से आपका कोई रूटीन।
cli-option-files = एक या ज़्यादा रूटीन फ़ाइलें (*.posewise.json)।
cli-option-lang = इस्तेमाल की जाने वाली भाषा: en, de, es, fr, pt-BR या hi (डिफ़ॉल्ट: LC_ALL, LC_MESSAGES या LANG से)।
cli-option-poses-json = पूरी आसन-सूची JSON के रूप में दिखाएं।
cli-option-plan-json = JSON दिखाएं: { "{" }"total_ms", "segments", "cues", "announcements"{ "}" }।
cli-option-history-json = JSON दिखाएं: { "{" }"sessions", "summary", "skipped_lines"{ "}" }।
cli-option-pose-svg-id = किसी आसन की आईडी या उसका दूसरा नाम, जैसे balasana या child-pose।
cli-option-countdown = हर बार रुकने के समय, आराम और तैयारी के खत्म होने से पहले उलटी गिनती की बीप (0 से 10; 0 से बीप बंद हो जाती हैं)। डिफ़ॉल्ट 3 है, या play के लिए सेटिंग्स में चुना गया मान।
cli-option-render-audio-out = लिखी जाने वाली WAV फ़ाइल।
cli-option-volume = आवाज़ का स्तर, 0 से 1 तक।
cli-option-no-window = विंडो के बिना चलाएं (टर्मिनल प्लेयर; play के लिए डिफ़ॉल्ट)।
cli-option-mute = कोई आवाज़ नहीं (संकेत फिर भी लिखकर दिखाए जाते हैं)।
cli-option-no-voice = आसनों के नाम न बोलें (नाम सिर्फ़ तब बोले जाते हैं, जब espeak-ng इंस्टॉल हो)।
cli-option-breath-tone = एक हल्की ध्वनि, जो हर बार सांस अंदर लेने पर ऊपर चढ़ती है और सांस बाहर छोड़ने पर नीचे उतरती है।
cli-option-verbose = बताएं कि कौन-सा साउंड सिस्टम और डिवाइस संकेत चलाते हैं।
cli-option-pain-before = सत्र से पहले दर्द, 0 (बिल्कुल नहीं) से 10 तक।
cli-option-pain-after = सत्र के बाद दर्द, 0 (बिल्कुल नहीं) से 10 तक।
cli-option-effort = सत्र कितना कठिन था: easy, right या hard।
cli-option-note = इतिहास (और फिज़ियोथेरेपिस्ट की रिपोर्ट) के लिए एक नोट।
cli-option-export-routine = उसका शीर्षक या फ़ाइल नाम, जैसा रूटीन पेज में दिखता है।
cli-option-export-out = लिखी जाने वाली फ़ाइल।
cli-option-force = फ़ाइल पहले से मौजूद हो, तो उसे बदल दें।
cli-option-discard = इसके बजाय बीच में रुका सत्र हटा दें।
cli-option-routine = किसी रूटीन का शीर्षक या आईडी (जैसे इतिहास उन्हें दिखाता है)।
cli-option-since = पहला दिन, जैसे 2026-03-01।
cli-option-until = आखिरी दिन, जैसे 2026-03-31।
cli-option-name = मरीज़ का नाम, जो सबसे ऊपर दिखाया जाता है।
cli-option-format = क्या लिखना है।
cli-option-report-out = लिखी जाने वाली फ़ाइल (पूरी की पूरी बदली जाती है, कभी आधी लिखी नहीं छोड़ी जाती)।
cli-option-user = सिर्फ़ आपके लिए, $XDG_DATA_HOME में (डिफ़ॉल्ट ~/.local/share)।
cli-option-system = सभी के लिए, /usr/local/share में (sudo ज़रूरी है)।
cli-option-handout-out = लिखी जाने वाली HTML फ़ाइल (पूरी की पूरी बदली जाती है, कभी आधी लिखी नहीं छोड़ी जाती), या स्टैंडर्ड आउटपुट के लिए -।
cli-option-due = उन रिमाइंडरों की सूचना दें, जिनका समय अभी हो गया है (फ़िलहाल यही एक मोड है)।
cli-option-remind-verbose = बताएं कि क्या तय किया गया और क्यों।
cli-option-wait = “शुरू करें” या “बाद में” चुने जाने का कितनी देर इंतज़ार करना है, सेकंड में (0 से 600)।
cli-option-help-subcommand = वह कमांड, जिसके बारे में बताना है।
cli-unexpected-argument = अनपेक्षित आर्गुमेंट '{ $arg }'
cli-invalid-value = '{ $arg }' के लिए अमान्य मान '{ $value }': { $reason }
cli-invalid-value-choose = '{ $arg }' के लिए अमान्य मान '{ $value }'; इनमें से कोई एक इस्तेमाल करें: { $valid }
cli-value-needed = '{ $arg }' के लिए एक मान देना ज़रूरी है
cli-missing-arguments = ये ज़रूरी हैं, लेकिन दिए नहीं गए: { $args }
cli-conflict = '{ $arg }' को '{ $other }' के साथ इस्तेमाल नहीं किया जा सकता
cli-given-twice = '{ $arg }' सिर्फ़ एक बार दिया जा सकता है
cli-wrong-number-of-values = '{ $arg }' के लिए मानों की संख्या गलत है
cli-unreadable-command-line = कमांड लाइन पढ़ी नहीं जा सकती
cli-tip-similar = सुझाव: इससे मिलता-जुलता एक मौजूद है: '{ $near }'
cli-try-help = ज़्यादा जानकारी के लिए '--help' आज़माएं।
cli-expected-whole-number = 0 से { $most } तक की कोई पूर्ण संख्या होनी चाहिए थी
cli-expected-volume = 0 से 1 तक की कोई संख्या होनी चाहिए थी, जैसे 0.8
cli-expected-effort = easy, right या hard होना चाहिए था
cli-note-too-long = नोट में ज़्यादा से ज़्यादा { $most } अक्षर हो सकते हैं
cli-expected-moment = 2026-11-27T18:00:00+01:00 जैसी तारीख और समय होना चाहिए था
cli-cannot-write-output = त्रुटि: आउटपुट नहीं लिखा जा सका: { $error }
history-line-torn = आखिरी पंक्ति अधूरी है (Posewise के बंद होते समय एक सत्र लिखा जा रहा था): { $reason }
settings-too-large = फ़ाइल { $size } बाइट की है, जबकि सेटिंग्स फ़ाइल ज़्यादा से ज़्यादा { $kib } KiB की हो सकती है

## Routine files of version 2: programmes that change week by week.

check-needs-version-2 = '{ $field }' के लिए फ़ाइल में सबसे ऊपर "version": 2 होना ज़रूरी है
check-id = 'id' में 1 से { $most } तक अक्षर, अंक, '-' या '_' होने चाहिए, लेकिन मिला: { $found }
check-starts = 'starts' "2026-12-07" जैसी कोई तारीख होनी चाहिए, लेकिन मिला: { $found }
check-weeks-need-length = '{ $field }' के लिए कार्यक्रम की अवधि बताना ज़रूरी है: "prescription" में "weeks" जोड़ें
check-week-past-end = '{ $field }' हफ़्ता { $week } है, लेकिन कार्यक्रम सिर्फ़ { $weeks } हफ़्ते का है
check-weeks-reversed = 'until_week' { $until }, 'from_week' { $from } से पहले आता है; यह चरण कभी नहीं किया जाएगा
check-progress-not-list = 'progress' मात्रा में बदलावों की एक सूची [ … ] होनी चाहिए, लेकिन मिला: { $found }
check-too-many-changes = 'progress' में ज़्यादा से ज़्यादा { $most } बदलाव हो सकते हैं, हर हफ़्ते एक
check-what-change = 'progress' का बदलाव { $number }
check-change-order = 'from_week' { $week } को हफ़्ते { $before } के बाद आना चाहिए, जो इससे पहले वाले बदलाव का हफ़्ता है
check-change-outside = 'from_week' { $week } उन हफ़्तों से बाहर है, जिनमें यह चरण किया जाता है ({ $from } से { $until } तक)
check-change-nothing = इस बदलाव में कोई मात्रा नहीं दी गई है: hold_seconds, reps, sets, rest_seconds, set_rest_seconds या breathing जोड़ें
check-week-empty = हफ़्ते { $week } में कोई चरण नहीं किया जाता; उस हफ़्ते के लिए कोई चरण जोड़ें या "weeks" कम करें
check-week-too-long = हफ़्ते { $week } में सत्र { $hours } घंटे चलेगा, जो { $most } घंटे से ज़्यादा है; चरण { $step } पर यह इस सीमा से आगे निकल जाता है
cli-option-week = ऐसे कार्यक्रम का हफ़्ता, जो हर हफ़्ते बदलता है (डिफ़ॉल्ट: वह हफ़्ता, जिसमें आज का दिन आता है)।
cli-expected-week = हफ़्ते की संख्या 1 से { $most } तक होनी चाहिए थी
plan-week = हफ़्ता { $weeks } में से { $week }
plan-programme-complete = { $weeks } हफ़्ते का कार्यक्रम पूरा हो गया है; यह आखिरी हफ़्ते की मात्रा है। अगले कार्यक्रम के लिए अपने फिज़ियोथेरेपिस्ट से पूछें।
today-programme-complete-title = कार्यक्रम पूरा हुआ
week-change-step = { $name }: { $changes }
week-change-new = इस हफ़्ते नया: { $name }
week-change-over = हटाया गया: { $name } अब कार्यक्रम का हिस्सा नहीं है
week-change-hold = { $now } स्थिर रहें (पहले { $was })
week-change-reps = { $now ->
        [one] { $now } दोहराव
       *[other] { $now } दोहराव
    } (पहले { $was })
week-change-sets = { $now ->
        [one] { $now } सेट
       *[other] { $now } सेट
    } (पहले { $was })
week-change-rest = आराम { $now } (पहले { $was })
week-change-set-rest = सेट के बीच आराम { $now } (पहले { $was })
week-change-breathing = साँस की लय ({ $now }; पहले { $was })
field-from-week = किस हफ़्ते से
field-until-week = किस हफ़्ते तक
field-changes = हफ़्ते के हिसाब से बदलाव
field-change = हफ़्ते के हिसाब से बदलाव { $row }
editor-total-weeks =
    { $steps ->
        [one] { $steps } चरण
       *[other] { $steps } चरण
    } · { $weeks }
editor-total-week = हफ़्ता { $week }: { $length }
editor-from-week = किस हफ़्ते से
editor-until-week = किस हफ़्ते तक (उस हफ़्ते समेत)
editor-to-the-end = आख़िर तक
editor-add-change = हफ़्ते के हिसाब से बदलाव जोड़ें
editor-unchanged = कोई बदलाव नहीं
handout-week-by-week = हफ़्ते-दर-हफ़्ते
handout-exercise = व्यायाम
handout-week = हफ़्ता { $week }
handout-weeks = हफ़्ते { $first }–{ $last }
handout-not-this-week = इस हफ़्ते नहीं
handout-session = पूरा सत्र
handout-step-runs = कब: { $weeks }।
handout-step-changes = मात्रा हफ़्ते के हिसाब से बदलती है: "हफ़्ते-दर-हफ़्ते" देखें।
report-programme-title = { $title }: हफ़्ते-दर-हफ़्ते
report-programme-week = कार्यक्रम का हफ़्ता
report-programme-dose = उस हफ़्ते की मात्रा
history-too-many-files = { $count } इतिहास फ़ाइलें, जो एक डेटा फ़ोल्डर की सीमा { $limit } से ज़्यादा हैं; जिन कंप्यूटरों का अब उपयोग नहीं होता उनकी फ़ाइलें इस फ़ोल्डर से बाहर ले जाएँ
history-no-device-id = इस कंप्यूटर की पहचान सहेजी नहीं जा सकी: { $error }; जाँचें कि फ़ोल्डर में लिखा जा सकता है, या POSEWISE_STATE_DIR सेट करें
routines-conflict-title = किसी दूसरे कंप्यूटर से "{ $title }" की एक टकराती हुई कॉपी
routines-conflict-detail = "{ $title }" को दो कंप्यूटरों पर एक ही समय बदला गया, और आपकी सिंक सेवा ने दोनों संस्करण रख लिए। यह दूसरे कंप्यूटर का संस्करण है। इनमें से एक रखें, या दोनों।
routines-conflict-keep-copy = यह संस्करण रखें
routines-conflict-keep-original = दूसरा संस्करण रखें
routines-conflict-keep-both = दोनों रखें
routines-conflict-other-title = { $title } (दूसरा कंप्यूटर)
move-inside = नया फ़ोल्डर डेटा फ़ोल्डर { $from } के अंदर नहीं हो सकता, न ही उसे अपने अंदर रख सकता है; उसके बगल का कोई फ़ोल्डर चुनें
move-failed = डेटा नहीं ले जाया जा सका: { $error }; कुछ भी बदला नहीं गया, आपका डेटा वहीं है जहाँ था
move-too-many = डेटा फ़ोल्डर में { $most } से ज़्यादा फ़ाइलें हैं; पहले वह सब बाहर ले जाएँ जो Posewise का नहीं है
move-check-failed = { $missing } सत्र नए फ़ोल्डर में नहीं पहुँचे; कुछ भी बदला नहीं गया, आपका डेटा वहीं है जहाँ था
settings-move-to = यहाँ ले जाएँ…
settings-move-title = नया डेटा फ़ोल्डर चुनें
settings-move-hint = "यहाँ ले जाएँ…" आपके रूटीन, सत्र और सेटिंग्स किसी दूसरे फ़ोल्डर में कॉपी करता है, जैसे वह फ़ोल्डर जिसे आपकी सिंक सेवा दो कंप्यूटरों पर एक जैसा रखती है, कॉपी की जाँच करता है, और फिर उसी का उपयोग करता है। जिस फ़ोल्डर में पहले से Posewise का डेटा है, उसे आपके डेटा के साथ मिला दिया जाता है। पुराना फ़ोल्डर जैसा है वैसा ही रहता है, जब तक आप उसे हटा न दें।
settings-move-env = डेटा फ़ोल्डर POSEWISE_DATA_DIR से तय होता है, इसलिए उसे यहाँ से नहीं ले जाया जा सकता।
settings-moving = आपका डेटा कॉपी और जाँचा जा रहा है…
settings-moved =
    ले जाया गया: नए फ़ोल्डर में { $sessions ->
        [one] { $sessions } सत्र
       *[other] { $sessions } सत्र
    }{ $conflicts ->
        [0] {""}
        [one] , और एक रूटीन का वहाँ दूसरा संस्करण है (रूटीन देखें)
       *[other] , और { $conflicts } रूटीन के वहाँ दूसरे संस्करण हैं (रूटीन देखें)
    }। पुराना फ़ोल्डर, { $old }, जैसा था वैसा ही है: बदलाव से संतुष्ट होने पर उसे हटा दें।
