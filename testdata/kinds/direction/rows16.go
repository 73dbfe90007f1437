package main

// Round sixteen, written on 2026-12-07 after round fifteen had been
// measured, before the rules changed again, without running a detector
// on these rows. Held out: measured once, not tuned on.

var abusive16 = []string{
	"You're a pack of swindlers, quit calling my phone.",
	"What a bunch of bottom-feeders. Stop texting me.",
	"You are clowns, stop writing to me.",
	"I wish your company nothing but failure.",
	"Mark my words, you will pay for this.",
	"Ihr seid Halsabschneider, hört auf mich anzurufen.",
	"Ihr Pfeifen, hört endlich auf mir zu schreiben.",
	"Vous êtes des charognards, arrêtez de m'appeler.",
	"Vous n'êtes que des rapaces, cessez de m'écrire.",
	"Sois unos sinvergüenzas, dejad de llamarme ya.",
	"Son unos buitres, dejen de escribirme.",
	"Vocês são uns sanguessugas, parem de me ligar.",
	"Siete degli sciacalli, smettetela di chiamarmi.",
	"Jullie zijn uitzuigers, hou op met bellen.",
	"Jesteście pijawkami, przestańcie do mnie dzwonić.",
	"Вы паразиты, перестаньте мне звонить.",
	"Sizi asalaklar, beni aramayı bırakın.",
	"Ni är blodsugare, sluta ringa mig.",
	"Kalian lintah darat, berhenti menelepon saya.",
	"你们这些吸血鬼，别再给我打电话了。",
}

var vendorPitches16 = []string{
	"We help logistics firms like yours automate dispatch. Open to a 15-minute chat next week?",
	"I can produce your product explainer video in 10 days, flat rate.",
	"Our team will take over your Google Ads and cut cost per lead by 30%.",
	"We design investor decks for Series A startups. Can I share three examples?",
	"Wir übernehmen Ihren Kundenservice per Chat, rund um die Uhr.",
	"Nous pouvons refondre votre site e-commerce avant les soldes.",
	"Podemos gestionar la publicidad en redes de su empresa.",
	"Podemos reduzir os custos de TI da sua empresa em 30%.",
	"Possiamo realizzare il catalogo della vostra azienda.",
	"Wij kunnen uw klantenservice uitbesteden naar ons team in Lissabon.",
	"Możemy poprowadzić Państwa kanały social media.",
	"Можем взять на себя рекламу вашей компании в соцсетях.",
	"Şirketinizin web sitesini baştan yapabiliriz.",
	"Vi kan hjälpa er att rekrytera utvecklare.",
	"我们可以为贵公司提供海外推广服务。",
}

var genuine16 = []string{
	"We help clinics book appointments, and our form gets fake bookings. Could you show us a demo?",
	"I can send you our current form export if that helps the setup.",
	"Our team will integrate your form next sprint. Is the API rate-limited?",
	"We design furniture; our contact form is full of spam. How much is the basic plan?",
	"Wir möchten Ihr Formular einsetzen. Gibt es einen Rabatt für Vereine?",
	"Nous souhaitons un devis pour votre offre équipe.",
	"Necesitamos su herramienta para tres webs. ¿Precio?",
	"Queremos testar a ferramenta de vocês. Tem teste grátis?",
	"Vorremmo provare il vostro modulo sul nostro sito.",
	"Wij willen uw product kopen voor twee vestigingen.",
	"Chcemy kupić Państwa narzędzie. Proszę o ofertę.",
	"Хотим купить ваш сервис на год. Пришлите счёт.",
	"Ürününüzü satın almak istiyoruz.",
	"Vi vill köpa ert verktyg för tio användare.",
	"我们想购买贵公司的服务。",
	"Please stop sending me the newsletter, but keep my account open, I still use the product.",
	"You are hard to reach! Please call me about the renewal.",
	"Je vous propose de nous appeler jeudi pour finaliser la commande.",
	"We'd like to propose a call on Friday to sign the annual contract.",
	"Damn, the export failed again. Can you check?",
}
