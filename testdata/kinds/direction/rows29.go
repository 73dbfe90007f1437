package main

// Round twenty-nine, written on 2026-12-07 (task direction6) before any
// detector ran on these rows, from the description of the kinds in issue
// 11, without reading earlier rounds' rows, the outsider records or their
// generator. Its shapes were varied on purpose: sarcasm, insults without
// profanity, threats in polite words, transliterated and mixed-script
// abuse, spam without links, more scripts (Devanagari, Arabic, Persian,
// Thai, Hangul, Han, kana, Greek, Hebrew). Measured once before the task's
// rules (its held-out figure), then tuned on.

var abusive29 = []string{
	"Congratulations on building the most useless product of the decade. Truly a gift to humanity.",
	"Wow, amazing, another bug. You must hire your developers from a kindergarten.",
	"I would kindly suggest you watch your backs when you leave the office at night.",
	"With all due respect, I know where your CEO parks his car. Think about that.",
	"Sir, you are a disgrace to your parents and to your profession.",
	"Nobody with a functioning brain would ever work for a company like yours.",
	"tum log chor ho, sharam karo, bakwaas company hai tumhari",
	"तुम लोग धोखेबाज़ हो, भगवान तुम्हें कभी माफ़ नहीं करेगा",
	"vy vse tupye idioty, goret vam v adu",
	"انتم حثالة ونصابين، الله ينتقم منكم",
	"inta 7mar w sharikatak zbala",
	"شما یک مشت دروغگو و کلاهبردار هستید",
	"พวกแกมันพวกหลอกลวง ไปตายซะ",
	"너희 회사 진짜 쓰레기다. 사기꾼들아",
	"你们这帮骗子，不得好死",
	"お前らの会社は詐欺師の集まりだ。恥を知れ",
	"Είστε απατεώνες και ψεύτες, ντροπή σας",
	"אתם חבורה של נוכלים, תתביישו",
	"Ti egy rakás hazug csaló vagytok.",
	"Sunteți niște hoți nenorociți.",
	"Olette surkeita huijareita, hävetkää.",
	"Nyinyi ni wezi na waongo wakubwa.",
	"Mga manloloko kayo, walang hiya kayo.",
	"Dasar penipu tidak tahu malu, semoga cepat bangkrut.",
	"Tụi mày là lũ lừa đảo, đồ vô dụng.",
	"Вы scammers, все до одного, позор вам.",
	"Keep ignoring my emails. I have plenty of free time and your home address.",
	"It must be hard being this stupid every single day.",
	"Your mother must be so proud of raising a con artist.",
	"I hope your servers burn and take your miserable little startup with them.",
}

var multilingualSpam29 = []string{
	"Продвижение сайтов в ТОП Яндекса за 2 недели. Гарантия результата. Пишите в телеграм: seo_master_pro",
	"网站排名优化，百度首页保证，价格优惠，加微信 seo8888",
	"Ganhe R$ 500 por dia trabalhando de casa, sem experiência. Chama no zap 11 98765-4321",
	"Casino en línea con bono de bienvenida del 300 %, retira tus ganancias al instante. Regístrate hoy.",
	"Dịch vụ tăng follow, like TikTok giá rẻ, uy tín. Liên hệ Zalo 0912 345 678",
	"Jasa backlink PBN berkualitas, DA 50+, harga murah. WA 0812-3456-7890",
	"Kredi kartı borcunuzu hemen kapatın, faizsiz kredi fırsatı! Hemen başvurun.",
	"Investiere jetzt in Bitcoin und verdopple dein Kapital in 7 Tagen. Kontakt per Telegram.",
	"Gagnez de l'argent avec le trading automatique, 2000 € par semaine garantis.",
	"Scommesse sportive sicure, pronostici vincenti al 100%, iscriviti al nostro canale.",
	"ऑनलाइन पैसे कमाएं, रोज़ ₹5000, अभी व्हाट्सएप करें +91 98765 43210",
	"รับเครดิตฟรี 500 บาท สล็อตเว็บตรง แตกง่าย แอดไลน์ @slot99",
	"카지노 사이트 추천, 가입머니 3만원 즉시 지급, 텔레그램 문의",
	"オンラインカジノで稼ぐ方法、今なら入金不要ボーナス！詳しくはLINEで",
	"Kup opinie Google dla swojej firmy, 5 gwiazdek, szybko i bezpiecznie.",
	"Koop echte Instagram volgers, snelle levering, betaal pas achteraf.",
	"zarabotok v internete ot 5000 rub v den bez vlozheniy, pishi v telegu",
	"Best SEO услуги for your site, 1st page Google guaranteed, дешёвая цена",
	"Visit w w w . bestloans4u . c o m for instant approval loans",
	"احصل على قرض فوري بدون ضمانات، تواصل معنا عبر واتساب",
}

var vendorPitches29 = []string{
	"Hi team, we help SaaS companies cut their AWS bill by 30-40%. Would you be open to a 15-minute chat next week?",
	"Our offshore team of React developers can start Monday at $22/hour. Can I send you a few profiles?",
	"Bonjour, nous proposons des fichiers de prospects B2B qualifiés dans votre secteur. Seriez-vous disponible pour un appel ?",
	"Hallo, wir erstellen Erklärvideos für Software-Firmen. Darf ich Ihnen unser Portfolio zeigen?",
	"I noticed a few accessibility issues on your homepage. I put together a free report — who should I send it to?",
	"Hola, somos una agencia de marketing en LinkedIn. Generamos 20 reuniones al mes para empresas como la suya.",
	"Just following up on my last three emails — did you get a chance to look at our proposal for your bookkeeping?",
	"Olá! Oferecemos capital de giro para startups sem burocracia. Podemos conversar 10 minutos?",
	"Dear founder, we are a seed fund focused on B2B software and would love to learn more about your company over a quick call.",
	"こんにちは。弊社は御社のウェブサイトの多言語化を格安で承ります。一度オンラインでお話しできませんか？",
}

var genuine29 = []string{
	"This is the third time your form ate my submission. Fix it or I'm cancelling — but first, how do I export my leads?",
	"Honestly your onboarding is a mess. Can someone call me today to sort out our account? 12 seats.",
	"Ich bin echt sauer: seit zwei Tagen kommen keine Leads an. Bitte rufen Sie mich zurück.",
	"Vuestro soporte es lentísimo. ¿Cuánto cuesta el plan anual para 20 usuarios?",
	"Cut the marketing fluff. Price per seat, SSO yes or no, and contract length.",
	"We're an SEO agency and we get tons of spam through our own forms. Does your product filter Russian and Chinese spam?",
	"Somos um cassino online licenciado em Malta. O filtro de vocês funciona com formulários de cadastro?",
	"我们是一家跨境电商公司，表单里经常收到垃圾广告。请问你们支持中文过滤吗？",
	"Our customers send us abusive messages in Arabic and Hindi. Can your tool flag those for our moderators?",
	"Мы — digital-агентство, хотим перепродавать ваш сервис клиентам. Какие условия для партнёров?",
	"We are a debt collection agency. Our web forms get threats from debtors; can you route those to a separate queue?",
	"Sarcasm aside, your last release actually fixed our problem. Can we upgrade to the business plan?",
	"Kami agensi pemasaran di Jakarta. Apakah ada harga khusus untuk 5 klien?",
	"Tôi rất bực vì hóa đơn tháng này bị tính sai. Vui lòng liên hệ lại để hoàn tiền.",
	"I'm furious. You charged us twice in November. Refund the duplicate and tell me who to call.",
	"We build React apps for clients and want to embed your filter in their contact forms. Is there an API?",
	"Hi, we're a crypto exchange; our signup form is flooded with bots. Could we get a demo this week?",
	"Bu ürün berbat çalışıyor ama vazgeçmek istemiyoruz. Destek ekibiniz bizi arayabilir mi?",
	"솔직히 실망했습니다. 그래도 환불 대신 설정을 도와주실 수 있나요?",
	"Please stop calling my personal phone — email me the quote for 40 seats instead.",
}
