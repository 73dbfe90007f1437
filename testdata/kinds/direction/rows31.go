package main

// Round thirty-one, written on 2026-12-07 (task direction7) before any
// change of that task and before any detector ran on these rows, from the
// description of the kinds in issue 11 and the README's table of earlier
// rounds, in languages and scripts the table does not name (Amharic,
// Nepali, Sinhala, Khmer, Burmese, Telugu, Kannada, Malayalam, Gujarati,
// Gurmukhi, Hebrew, Hausa, Yoruba, Zulu, Kazakh, Uzbek, Azerbaijani,
// Mongolian, Lithuanian, Estonian, Albanian, Hungarian, Romanian, Slovak,
// Malay, Pashto, Sorani) and in romanisations (Urdu, Greeklish, Russian).
// Sealed (kept out of the generator) until the task's last change, then
// measured once: held out, never tuned on and never in a model's training
// data.

var abusive31 = []string{
	"እናንተ ሌቦች ናችሁ፣ አታላዮች!",
	"बेकारको कम्पनी, तिमीहरूको दिमाग नै छैन।",
	"ඔයාලා මෝඩයෝ, වැඩක් නැති සමාගමක්",
	"ក្រុមហ៊ុនឆ្កួត ចោរប្លន់លុយអតិថិជន",
	"မင်းတို့ကုမ္ပဏီက အမှိုက်ပဲ၊ ပျက်စီးသွားပါစေ",
	"మీరు పనికిరాని మోసగాళ్ళు",
	"ನಿಮ್ಮಂಥ ಮೂರ್ಖರನ್ನು ನಾನು ಎಲ್ಲೂ ನೋಡಿಲ್ಲ",
	"വൃത്തികെട്ട കമ്പനി, നിങ്ങളൊക്കെ എന്തിനാണ് ജീവിക്കുന്നത്",
	"તમે બધા નકામા છો, તમારી દુકાન બંધ કરી દો",
	"ਤੁਸੀਂ ਸਾਰੇ ਬੇਵਕੂਫ਼ ਹੋ, ਸ਼ਰਮ ਕਰੋ",
	"אתם חבורה של נוכלים מטומטמים",
	"Ku barayi ne, Allah ya tsine muku",
	"Ole ni gbogbo yin, ẹ ò ní ìtìjú rárá",
	"Nina nizinkawu eziyiziwula",
	"Сендер алаяқсыңдар, ұят деген жоқ сендерде",
	"Sizlar firibgar va ahmoqsizlar!",
	"Siz hamınız axmaqsınız, biabırçı şirkət",
	"Та нар луйварчид, ичгүүргүй амьтад",
	"Tikri bepročiai, eikit velniop su savo programa.",
	"Te olete täielikud idioodid, kaduge mu silme eest.",
	"Jeni mashtrues dhe budallenj, turp t'ju vijë.",
	"Egy rakás semmirekellő csaló, menjetek a fenébe.",
	"tum log bilkul ghatiya aur besharam ho, doob maro",
	"eiste apateones kai vlakes, na xatheite apo prosopou gis",
	"vy vse tupye kozly, idite lesom so svoim servisom",
	"تاسو ټول درواغجن او غله یاست",
	"ئێوە هەمووتان درۆزن و دزن",
	"Ar fi păcat să vi se întâmple ceva la birou. Știu unde lucrați.",
	"Gratulujem, ste najneschopnejšia firma, akú som kedy stretol. Potlesk.",
	"Syarikat bodoh, penipu semua, pergi mampus!",
}

var multilingualSpam31 = []string{
	"ፈጣን ብድር ያለ ዋስትና በ24 ሰዓት። ቴሌግራም @birr_fast",
	"घरमै बसेर दिनको ५००० कमाउनुहोस्, अहिले WhatsApp गर्नुहोस्",
	"ඔන්ලයින් කැසිනෝ, පළමු තැන්පතුවට 200% බෝනස්",
	"ល្បែងអនឡាញ ដាក់ប្រាក់ដំបូងទទួលបានប្រាក់រង្វាន់ ១០០%",
	"သင့်ဝက်ဘ်ဆိုက်ကို Google ပထမစာမျက်နှာသို့ တင်ပေးပါမည်",
	"బరువు తగ్గడానికి ఆయుర్వేద పౌడర్, 7 రోజుల్లో 5 కిలోలు తగ్గండి",
	"השקעה בביטקוין עם תשואה של 30% בחודש, הצטרפו לקבוצה בטלגרם",
	"Gyors kölcsön hitelbírálat nélkül, akár még ma a számláján.",
	"Câștigă 3000 lei pe săptămână de acasă, fără experiență. Scrie-ne pe WhatsApp.",
	"Онлайн казино, тіркелгеннен кейін 500% бонус!",
	"Instagram obunachilar arzon narxda, tez va sifatli. Telegram: @obuna_uz",
	"Saytınızı Google-da birinci səhifəyə çıxarırıq, zəmanətli SEO.",
	"Samu kudi kowace rana ta hanyar crypto, tuntube mu a WhatsApp",
	"Pinjaman peribadi tanpa dokumen, lulus dalam 1 jam, hubungi kami segera.",
	"kerdiste 500 evro tin imera apo to spiti sas, grapste mas sto viber",
	"ghar baithe online earning karein, rozana 5000 rupay, abhi join karein",
	"Pigūs atsiliepimai Google žemėlapiuose, 5 žvaigždutės garantuotos.",
	"Numetage 10 kg kuuga looduslike kapslitega, ilma dieedita!",
	"Baste sportive me koeficientë më të lartë, bonus 100% në depozitën e parë.",
	"Zväčšenie penisu prírodnou cestou, diskrétne doručenie až domov.",
}

var genuine31 = []string{
	"השירות שלכם גרוע, כבר שבוע אין מענה. מתי תתקנו את הייצוא?",
	"Röviden: mennyibe kerül 40 felhasználóra évente? Hírlevelet ne küldjenek.",
	"Suntem o agenție SEO și primim spam în formulare. Aveți program de parteneri?",
	"Біздің сайтқа күнде казино жарнамасы келеді. Сүзгіңіз қазақ тілін түсінеді ме?",
	"Kami syarikat pinjaman berlesen. Bolehkah kami cuba produk anda selama sebulan?",
	"तपाईंको सफ्टवेयरको मूल्य सूची पठाउनुहोस्, हामी २० जनाको टोली हौं।",
	"మా కంపెనీకి డెమో కావాలి, దయచేసి మీకు వీలైన సమయం చెప్పండి.",
	"እባክዎ የዋጋ ዝርዝር ይላኩልን። እኛ በአዲስ አበባ ያለ የጉዞ ድርጅት ነን።",
	"Είμαι θυμωμένος: χρεωθήκαμε δύο φορές τον Νοέμβριο. Θέλω επιστροφή χρημάτων.",
	"Mūsų forma gauna grasinimų rusų kalba. Ar jūsų filtras juos atpažįsta?",
	"Oleme toidulisandite e-pood. Kas teie teenus töötab ka eesti keeles?",
	"Pse kaq shtrenjtë? Na jepni një ofertë për 10 përdorues, përndryshe shkojmë te konkurrenti.",
	"Sizin satış meneceriniz cavab vermir. Müqavilə üçün kimə yazım?",
	"Biz kripto birjamiz, formamizga spam ko'p keladi. Narxlarni yuboring.",
	"bhai aapka product theek hai lekin bohat mehnga hai, koi discount milega?",
	"kalispera, theloume prosfora gia 15 xristes, eimaste logistiko grafeio",
	"zdravstvuyte, mozhno poluchit' schet na oplatu dlya OOO? nam nuzhno 10 litsenziy",
	"Už tretíkrát píšem! Export nefunguje a nikto neodpovedá. Zavolajte mi prosím.",
	"សួស្តី យើងចង់ដឹងតម្លៃសម្រាប់អ្នកប្រើ ២០ នាក់",
	"We're a casino affiliate network (yes, really) and our forms get flooded by other casinos' spam. Can you handle Sinhala and Tamil?",
}
