notify-summary = { $title } का समय हो गया
notify-body = { $time } बजे करना है · { $minutes } मि॰। अभी शुरू करें, या 30 मिनट बाद फिर से याद दिलाया जाए।
notify-start = शुरू करें
notify-later = बाद में

## What `posewise remind --due --verbose` says.

remind-no-data-folder = कोई डेटा फ़ोल्डर नहीं: HOME या POSEWISE_DATA_DIR सेट करें
remind-nothing-due = अभी करने के लिए कुछ नहीं है
remind-cannot-notify = सूचनाएं नहीं दिखाई जा सकतीं: { $error }
remind-announced = { $title } ({ $time } बजे करना है) के लिए सूचना { $id } दिखाई गई
remind-notification-failed = सूचना नहीं दिखाई जा सकी: { $error }
remind-started = { $title } शुरू किया गया
remind-cannot-start = { $title } शुरू नहीं किया जा सका: { $error }
remind-comes-back = { $title } के लिए { $time } बजे फिर से याद दिलाया जाएगा
remind-dismissed = { $title } की सूचना हटा दी गई
remind-starting-afresh = { $error }; नए सिरे से शुरू किया जा रहा है
remind-cannot-save-state = { $path }: यह सेव नहीं किया जा सका कि कौन-से रिमाइंडर दिखाए गए: { $error }
remind-cannot-lock = { $path }: रिमाइंडर लॉक नहीं किए जा सके: { $error }
remind-no-settings = अभी कोई सेटिंग्स नहीं, इसलिए कोई रिमाइंडर नहीं
remind-fix-settings = { $error }; इसे ठीक करने के लिए Posewise खोलें
remind-anyway = { $error }; फिर भी याद दिलाया जा रहा है
remind-no-such-routine = { $routine }: यह रूटीन अब मौजूद नहीं है
remind-done-since = { $title } { $time } के बाद किया जा चुका है
dbus-no-runtime = D-Bus रनटाइम शुरू नहीं किया जा सका: { $error }
dbus-timeout = सेशन बस (D-Bus) ने { $seconds } s के भीतर जवाब नहीं दिया
