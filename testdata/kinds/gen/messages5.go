package main

// Round five, written on 2026-12-07 after the rules for rounds three and
// four were done, before any detector ran on it, under its own source
// kinds-gen-r5. It is held out: its figures are reported as measured,
// and no rule was changed after they were. Half of it is genuine leads
// that present their firm and ask for a call, swear, name a casino or a
// lender, or give a phone number: the ways the new rules could misfire.

var abusive5 = []string{
	"Unsubscribe me right now, you worthless spam factory.",
	"What part of NOT INTERESTED don't you idiots understand?",
	"Pathetic. Absolutely pathetic. Nobody asked for your emails.",
	"Take your offers and shove them, scumbags.",
	"Hör auf mir zu schreiben, du Betrüger.",
	"Espèces de charlatans, rayez-moi de vos listes.",
	"Son unos sinvergüenzas, dejen de llamarme ya.",
	"Parem de me encher o saco, seus golpistas.",
	"Basta con queste chiamate, truffatori da quattro soldi.",
	"Jullie zijn echt oplichters, bel me nooit meer.",
	"Przestańcie mnie nękać, oszuści.",
	"Отстаньте уже, мошенники проклятые.",
	"Yeter artık, dolandırıcılar! Numaramı silin.",
	"Přestaňte mě otravovat, zloději.",
	"Sluta spamma mig, era bedragare.",
	"Berhenti menipu orang, dasar penipu!",
	"你们是骗子，不要再打电话了。",
	"詐欺師め、二度と電話するな。",
}

var supplementAds5 = []string{
	"Tinnitus gone in 2 weeks with our herbal drops, just 34.95 per bottle, ships free.",
	"Belly fat melting gummies, order 3 get 2 free, cash on delivery available.",
	"Blutzucker natürlich senken: Kapseln aus der Natur, heute 50 % Rabatt.",
	"Cure détox minceur : -6 kg en 1 mois, seulement 39 € la boîte.",
	"Crema para las varices, resultados en 10 días, envío gratis a toda España.",
	"Cápsulas para a próstata, compre 2 e ganhe 1, pagamento na entrega.",
	"Tisana dimagrante, -5 kg in 3 settimane, offerta a 29 euro.",
	"Capsules tegen hoge bloeddruk, vandaag 50% korting, gratis verzending.",
	"Krem na stawy z jadem pszczelim, -50% tylko dziś, płatność przy odbiorze.",
	"Средство от храпа, 1+1 бесплатно, оплата при получении.",
	"Kapky na zrak bez brýlí, akce 2+1 zdarma.",
	"Hårväxtserum, synliga resultat på 30 dagar, nu bara 299 kr.",
	"Libido booster for men, 100% herbal, discreet shipping, 2 boxes for 49.",
	"Joint relief patches, doctors recommend, buy now and save 60%.",
}

var vendorPitches5 = []string{
	"Hi, I'm a fractional CFO for Series A startups. Would you be open to a 20-minute call next Tuesday?",
	"We are a London-based content studio producing customer story videos. Could we book a quick chat?",
	"Our firm specialises in R&D tax credit claims for software companies. Do you have 15 minutes this week?",
	"I run an outbound SDR agency that books demos for SaaS. Can we talk on Thursday?",
	"We help SaaS teams cut AWS bills by 30%. Would a short call next week work?",
	"Wir sind eine Agentur für Employer Branding. Hätten Sie Zeit für ein kurzes Telefonat?",
	"Nous sommes un cabinet de recrutement spécialisé dans la tech. Pourrions-nous fixer un appel ?",
	"Somos una agencia de Google Ads certificada. ¿Le viene bien una llamada de 15 minutos?",
	"Somos uma software house e desenvolvemos aplicativos sob medida. Podemos marcar uma call?",
	"Siamo uno studio di traduzioni tecniche. Possiamo sentirci per 10 minuti?",
	"Wij zijn een uitzendbureau voor IT-professionals. Heeft u volgende week tijd voor een belletje?",
	"Jesteśmy firmą outsourcingową z Wrocławia. Czy możemy porozmawiać 15 minut?",
	"Мы — студия дизайна, делаем лендинги и презентации. Удобно созвониться завтра?",
	"Biz bir yazılım şirketiyiz, mobil uygulama geliştiriyoruz. 15 dakikalık bir görüşme yapabilir miyiz?",
}

var multilingualSpam5 = []string{
	"Buy Google 5-star reviews, fast and safe, WhatsApp +1 929 555 0123",
	"Forex account management, 15% monthly profit, Telegram @fx_manager",
	"Лучшие ставки на спорт, бонус новичкам, заходи в телеграм @bet_pro_ru",
	"Crédito online sem consulta, aprovação em 5 minutos, chama no zap (31) 99999-1111",
	"Backlinks de calidad para tu web, precios bajos, escríbeme en Telegram @linksgo",
	"Bonus casino 100% dès le premier dépôt, rejoignez-nous sur Telegram @casino_fr",
	"Nạp tiền nhận thưởng 200%, nhà cái uy tín, liên hệ Telegram @nhacai_vip",
	"Pinjaman online cepat cair tanpa jaminan, hubungi WhatsApp 0812-9999-8888",
	"Kripto sinyal grubu, günlük %10 kazanç, Telegram @kripto_sinyal",
	"Kredyt bez BIK, decyzja w 15 minut, napisz na WhatsApp +48 600 700 800",
	"網站快速排名，價格實惠，聯繫微信 seo2026",
	"Online Casino ohne Limit, 200 Freispiele, Telegram @casino_de",
}

var genuine5 = []string{
	// Firms that present themselves and want a call about our product
	// or their need.
	"We are a 60-person logistics company in Rotterdam. Could we schedule a call to see if your forms fit our quoting process?",
	"We're a boutique law firm. Our intake form gets a lot of junk. Can we talk this week?",
	"Hi, I'm a freelance web developer building a site for a dental clinic. Could we chat about your API?",
	"Wir sind ein Maschinenbauer mit 120 Mitarbeitern und möchten unsere Anfragen filtern. Hätten Sie Zeit für ein Telefonat?",
	"Nous sommes une école de commerce et recevons des centaines de demandes. Pourrions-nous échanger 15 minutes ?",
	"Somos una clínica dental en Sevilla. ¿Podemos tener una llamada para ver cómo funciona?",
	"Somos uma imobiliária em Lisboa e recebemos muitos contatos falsos. Podemos marcar uma conversa?",
	"Siamo un hotel a Firenze. Possiamo sentirci per capire se il vostro modulo fa al caso nostro?",
	"Wij zijn een makelaarskantoor in Utrecht. Kunnen we volgende week even bellen over jullie tool?",
	"Jesteśmy sklepem internetowym z Gdańska. Czy możemy porozmawiać o wdrożeniu?",
	"Мы — интернет-магазин электроники. Можем созвониться, чтобы обсудить подключение формы?",
	"Biz bir e-ticaret şirketiyiz. Formunuz hakkında kısa bir görüşme yapabilir miyiz?",
	"I run a small accounting practice with 8 staff. Would you have 15 minutes to walk me through the product?",
	"Our team handles inbound leads for three hotels. Can we hop on a call about the enterprise plan?",
	// Companies in the spam trades, asking about our product.
	"We run a licensed online casino in Ontario and need bot protection on sign-up. Can we get a quote?",
	"Wir sind ein Kreditvermittler und suchen ein Formular mit Spamschutz. Was kostet das?",
	"Somos una casa de apuestas regulada. ¿Su herramienta detecta registros automáticos?",
	"Our crypto custody firm needs a contact form for institutional clients. Do you support SAML SSO?",
	"We sell herbal teas and supplements online. Can your form add a GDPR consent checkbox?",
	"Jsme lékárna s e-shopem. Máte zkušební verzi?",
	// Angry or blunt, but a customer.
	"This is the third time I'm asking: where is my invoice?! Send it today.",
	"Your app crashed during our demo, embarrassing. Can someone call me to sort it out?",
	"Verdammt, das Formular lädt nicht. Bitte dringend zurückrufen.",
	"Franchement, votre support est nul, mais on veut quand même renouveler. Appelez-moi.",
	"Che palle, il modulo non funziona su Safari. Potete aiutarmi?",
	// A phone or a messenger for a reason.
	"I'm only reachable on WhatsApp this week: +49 171 2345678. We want 20 seats.",
	"Call me on +33 6 12 34 56 78, we're interested in the agency plan.",
	"Можно написать мне в Telegram @ivan_sales, интересует тариф для команды.",
	"Por favor, contáctenme por WhatsApp +52 55 1111 2222, queremos una demo.",
	// Short and polite.
	"Do you have a nonprofit discount?",
	"Can I try it before buying?",
	"Könnten Sie mir Ihre Preisliste schicken?",
	"Pouvez-vous m'envoyer une brochure ?",
	"¿Cuál es el precio para 10 usuarios?",
	"Vocês emitem nota fiscal?",
	"Avete una versione in italiano?",
	"Kunnen we een offerte krijgen?",
	"Czy wystawiacie faktury VAT?",
	"Есть ли скидка для стартапов?",
	"Ücretsiz deneme süresi var mı?",
}
