notify-summary = { $title } का समय हो गया
notify-body = { $time } बजे करना है · { $minutes } मि॰। अभी शुरू करें, या 30 मिनट बाद फिर से याद दिलाया जाए।
notify-start = शुरू करें
notify-later = बाद में
