package main

// The messages of each family, written by hand from the description of the
// kind (see ../README.md), before any detector was run on them. Each
// family mixes languages; the genuine families are the look-alikes a
// detector for the junk kinds must leave alone.

// abusive: insults, profanity and threats, in many languages, mostly
// abuse and nothing else.
var abusive = []string{
	"Stop calling me you fucking morons. Remove my number NOW.",
	"What a pile of shit. Worst company ever, go fuck yourselves.",
	"I swear if one more of your bots emails me I will come to your office and make you regret it.",
	"Useless scam outfit. Bunch of crooks and liars.",
	"Eat shit. Nobody wants your crap.",
	"You people are pathetic. Absolute clowns, all of you.",
	"fuck this fucking form",
	"Hört endlich auf mich zu nerven, ihr Vollpfosten! Scheißladen.",
	"Was für ein Drecksladen. Ihr seid alle Wichser.",
	"Ich zeige euch an, ihr Abzocker, und dann seht ihr was passiert.",
	"Bande de connards, arrêtez de m'envoyer vos merdes.",
	"Votre boîte de merde ne mérite que des insultes. Allez vous faire foutre.",
	"Espèce d'escrocs, je vais vous faire payer ça.",
	"Sois unos hijos de puta, dejad de llamarme.",
	"Qué empresa de mierda, sois unos ladrones y unos cabrones.",
	"Pendejos, les voy a quemar la oficina si siguen molestando.",
	"Vocês são uns filhos da puta, parem de me mandar lixo.",
	"Empresa de merda, bando de ladrões safados. Vai tomar no cu.",
	"Siete dei coglioni, smettetela di chiamarmi, stronzi.",
	"Azienda di merda, vaffanculo a tutti voi.",
	"Jullie zijn een stelletje klootzakken. Rot op met jullie spam.",
	"Kankerbedrijf, laat me met rust, tering.",
	"Kurwa, przestańcie do mnie dzwonić, banda złodziei. Spierdalajcie.",
	"Jebać waszą firmę, oszuści pierdoleni.",
	"Идите нахуй со своей рассылкой, уроды.",
	"Вы конченые мошенники, я вас найду и вы пожалеете.",
	"Siktir git, dolandırıcılar. Orospu çocukları.",
	"Fuck you fuck you fuck you",
	"Die in a fire, spammers.",
	"I know where your office is. Watch yourselves.",
	"Dumb bitch sales rep called me three times today. Tell her to piss off.",
	"Your CEO is a lying piece of shit and everyone should know it.",
	"Scheiße, Scheiße, Scheiße. Ihr kotzt mich an.",
	"Putain de bordel de merde, vous êtes nuls.",
	"Me cago en vuestra puta madre, estafadores.",
}

// supplementAds: diet, potency, joint and blood-pressure products
// advertised in European languages, no link, a price or a call to buy.
var supplementAds = []string{
	"New keto capsules melt belly fat without diet or gym. Take 2 capsules a day, results in 10 days. Order today at 50% off, free shipping.",
	"Joint pain gone in 14 days! Natural gel with herbal extracts, approved by doctors. Price now 39 EUR instead of 78, cash on delivery.",
	"Tired of high blood pressure? Our drops normalise pressure naturally. Order now, limited stock, pay on delivery.",
	"Men: last longer and feel 20 again. Herbal potency capsules, discreet packaging, only 49 USD. Order your pack today.",
	"Lose up to 12 kg in a month with our slimming tea. 100% natural, no side effects. Special price 29 EUR.",
	"Neue Abnehmkapseln: bis zu 10 kg in 4 Wochen. Einfach 1 Kapsel täglich. Jetzt zum Aktionspreis von 39 € bestellen, Lieferung per Nachnahme.",
	"Gelenkschmerzen? Unsere Creme wirkt in 7 Tagen. Rabatt 50 % nur noch heute, kostenloser Versand.",
	"Bluthochdruck natürlich senken mit unseren Tropfen. Zahlung bei Lieferung, Preis nur 45 €.",
	"Nouvelle formule minceur : perdez 8 kg en 3 semaines sans régime. Prix spécial 39 €, paiement à la livraison.",
	"Douleurs articulaires ? Notre crème naturelle soulage en quelques jours. Commandez maintenant avec 50% de réduction.",
	"Gélules pour hommes : puissance et endurance retrouvées. Livraison discrète, seulement 49 €.",
	"Cápsulas para adelgazar: pierde hasta 10 kilos en un mes. Tomar 2 cápsulas al día. Pago contra reembolso, envío gratis.",
	"Dolor de rodillas y espalda: crema natural con resultados en 7 días. Precio promocional 35 euros, pide el tuyo hoy.",
	"Presión alta? Gotas naturales que normalizan la tensión. Solo hoy 50% de descuento.",
	"Cápsulas naturais para emagrecer: perca 7 kg em 2 semanas. Pagamento na entrega, frete grátis.",
	"Gel para articulações com resultados em 10 dias. Preço promocional de 149 reais, encomende já.",
	"Capsule dimagranti: fino a 9 kg in meno in un mese. Pagamento alla consegna, spedizione gratuita, prezzo 39 €.",
	"Dolori alle articolazioni? Crema naturale efficace in 7 giorni. Ordina ora con lo sconto del 50%.",
	"Afslankcapsules: tot 8 kilo kwijt in 3 weken. Betalen bij levering, gratis verzending, nu voor 39 euro.",
	"Kapsułki na odchudzanie: schudnij 10 kg w miesiąc. Płatność przy odbiorze, darmowa dostawa, cena 149 zł.",
	"Żel na stawy, efekt w 7 dni. Zamów teraz z rabatem 50%.",
	"Капсулы для похудения: минус 10 кг за месяц без диет. Оплата при получении, цена 990 руб.",
	"Крем для суставов, результат за 7 дней. Закажите сейчас со скидкой 50%.",
	"Tabletki na potencję, dyskretna przesyłka, tylko 99 zł. Zamów dziś.",
	"Bantningskapslar: gå ner 6 kg på 3 veckor. Betala vid leverans, fri frakt, pris 399 kr.",
	"Fogyókúrás kapszula: akár 10 kg mínusz egy hónap alatt. Fizetés átvételkor, ár 9990 Ft.",
	"Kapsle na hubnutí: zhubněte 8 kg za měsíc. Platba na dobírku, cena 990 Kč.",
	"Capsule de slăbit: minus 7 kg în 3 săptămâni. Plata la livrare, preț 149 lei.",
	"Hair growing back in 30 days with our serum. Clinically tested, 60% off today only.",
	"Blood sugar under control naturally. 3 bottles for the price of 2, order before midnight.",
	"Varicose veins disappear with our cream in 21 days. 149 PLN instead of 298, order today.",
	"Prostate problems? Natural drops, take 10 drops twice a day. Special offer 49 EUR with free delivery.",
}

// vendorPitches: cold outreach that offers a service and asks for a
// short call, without a question about our product.
var vendorPitches = []string{
	"Hi, we help SaaS companies scale their engineering teams with vetted senior developers from Eastern Europe at 40% lower cost. Would you be open to a 15-minute call next week?",
	"Our team provides pre-verified B2B lead lists for your target market, with direct dials and emails of decision makers. Can we set up a quick call to walk you through a sample?",
	"We build custom mobile and web apps for growing businesses, from idea to launch in 8 weeks. Do you have 20 minutes this week to discuss your roadmap?",
	"I ran a quick SEO audit of your site and found several issues holding back your rankings. Happy to share the full report on a short call.",
	"We offer revenue-based funding of up to $2M for software companies, no equity and no personal guarantees. Are you available for a brief call on Thursday?",
	"We provide dedicated virtual assistants for sales teams: inbox management, CRM updates and appointment setting. Could we schedule a call to see if this fits?",
	"Our agency specialises in outbound campaigns and has booked over 3,000 meetings for B2B clients. Worth a quick chat?",
	"We are an offshore development partner with 200 engineers. I'd love to introduce our services in a short meeting.",
	"Our company offers bookkeeping and payroll outsourcing for startups at a fixed monthly fee. Would a 10-minute call work for you this week?",
	"I help founders raise their seed round by connecting them with the right investors. Let me know a good time to talk.",
	"Wir unterstützen Softwarefirmen mit erfahrenen Entwicklern aus Polen und Rumänien. Hätten Sie nächste Woche Zeit für ein kurzes Telefonat?",
	"Unsere Agentur bietet Suchmaschinenoptimierung und Google-Ads-Betreuung für B2B-Unternehmen. Darf ich Ihnen in einem kurzen Gespräch zeigen, wie wir arbeiten?",
	"Wir erstellen qualifizierte Leadlisten für Ihre Zielbranche. Wann passt Ihnen ein 15-minütiger Termin?",
	"Nous accompagnons les éditeurs de logiciels dans le recrutement de développeurs en régie. Seriez-vous disponible pour un échange de 15 minutes ?",
	"Notre équipe réalise des sites web et des applications mobiles sur mesure. Puis-je vous proposer un rendez-vous téléphonique cette semaine ?",
	"Nous proposons des fichiers de prospection B2B qualifiés. Auriez-vous un créneau pour en discuter ?",
	"Ofrecemos servicios de desarrollo de software a medida con equipos en Latinoamérica. ¿Tendría 15 minutos para una llamada esta semana?",
	"Nuestra agencia ayuda a empresas B2B a conseguir más reuniones con campañas de prospección. ¿Le parece si agendamos una breve llamada?",
	"Oferecemos terceirização de atendimento e assistentes virtuais para equipes comerciais. Podemos marcar uma conversa rápida?",
	"Nossa empresa desenvolve aplicativos e sites para empresas em crescimento. Você teria 20 minutos na próxima semana?",
	"Offriamo servizi di sviluppo software e team dedicati per aziende SaaS. Avrebbe 15 minuti per una breve chiamata?",
	"Wij leveren ervaren developers op detacheringsbasis. Heeft u volgende week tijd voor een kort gesprek?",
	"Oferujemy outsourcing programistów i zespoły dedykowane. Czy znajdzie Pan 15 minut na krótką rozmowę?",
	"Мы предлагаем услуги по разработке мобильных приложений и сайтов под ключ. Удобно ли вам созвониться на 15 минут?",
	"Our firm offers R&D tax credit consulting; most software companies qualify. Could we book a 15-minute call?",
	"We help companies like yours cut cloud costs by 30% with a free infrastructure review. Open to a short call next Tuesday?",
	"I lead partnerships at a content agency; we write SEO blog posts and case studies for SaaS brands. Would you like to hop on a call?",
	"We are a video production studio creating explainer videos for tech companies. Can I send you our reel and schedule a quick chat?",
	"Reaching out on behalf of our staffing firm: we place vetted SDRs and account executives within 2 weeks. Do you have time for a short call?",
	"We provide penetration testing and SOC 2 readiness services for SaaS companies. Would you be open to a brief introductory meeting?",
	"Our team can translate and localise your website into 30 languages. Shall we schedule a call to discuss pricing?",
	"We offer a white-label chatbot development service for agencies and SaaS. Are you free for a 15-minute demo of our work?",
}

// bursts: each is a message a script sends many times; the generator
// varies the sender (see main.go).
var burstMessages = []string{
	"Hello, I would like to know more about your pricing plans.",
	"Please send me information about your services.",
	"Interested in a partnership, please contact me.",
	"Hi, can someone call me back about a demo?",
}

// angry: genuine customers and prospects who are angry or swear once,
// but want something from us.
var angryGenuine = []string{
	"Your invoice for October charged us twice. This is shit, please fix it and call me back today.",
	"Honestly the onboarding was a damn mess. We still want to buy 40 seats, can sales contact me?",
	"I've asked three times for a quote and nobody answered. What the hell? We need pricing for 25 users.",
	"Your billing portal is crap but we like the product. Can we move to annual invoicing?",
	"Frankly your last release broke our export, which is bloody annoying. Is there an enterprise plan with a support SLA?",
	"Die letzte Rechnung ist falsch, das ist echt Mist. Bitte rufen Sie mich wegen der Verlängerung an.",
	"Verdammt, wir warten seit zwei Wochen auf ein Angebot für 30 Lizenzen. Bitte melden Sie sich.",
	"C'est le bordel avec votre facturation. Pouvez-vous me rappeler pour le renouvellement du contrat ?",
	"Putain, ça fait trois semaines que j'attends un devis pour 20 utilisateurs. Merci de me recontacter.",
	"Vaya mierda de soporte la semana pasada, pero queremos ampliar la licencia a 50 usuarios. ¿Me llaman?",
	"A fatura veio errada de novo, que porra. Preciso falar com alguém do comercial sobre o contrato.",
	"Che casino con l'ultima fattura. Vorrei parlare con un commerciale per il rinnovo annuale.",
	"Jullie support was echt waardeloos vorige week. Toch willen we een offerte voor 15 gebruikers.",
	"Kurde, znowu zła faktura. Proszę o kontakt w sprawie przedłużenia licencji.",
	"Я уже неделю жду коммерческое предложение, это безобразие. Перезвоните, пожалуйста, нужна цена на 20 пользователей.",
	"I was furious when the trial expired without warning. Can you extend it a week so we can finish the evaluation?",
	"Your competitor is cheaper and frankly less of a pain in the ass. Convince me: what's your price for 100 seats?",
	"Stop sending me three emails a day, it's annoying. But yes, I do want a call about the team plan.",
	"This is the third time I write. Damn it, we want to buy. Who do I talk to?",
	"We got scammed by our last vendor, so I need references before we sign. Can you share two customer contacts?",
}

// procurement: buyers asking us for quotes, terms, security documents,
// supplier registration.
var procurement = []string{
	"On behalf of our procurement team, I would like to request a formal quote for 120 licences, including support.",
	"We are onboarding you as a supplier. Please complete our supplier registration form and send your W-9 and SOC 2 Type II report.",
	"Our purchasing department needs your standard terms, a price list and your data processing agreement before we can issue a purchase order.",
	"Please provide a quotation for an annual subscription for 50 users, payment by bank transfer within 30 days.",
	"We are running an RFP for a lead management platform. Could you confirm whether you can respond by 15 November?",
	"Im Auftrag unseres Einkaufs bitte ich um ein Angebot für 80 Lizenzen inklusive Schulung.",
	"Pour notre service achats, merci de nous transmettre un devis pour 40 utilisateurs et vos conditions générales.",
	"En nombre del departamento de compras, solicitamos una cotización para 60 licencias anuales.",
	"Em nome do nosso setor de compras, solicito orçamento para 30 usuários e o certificado SOC 2.",
	"Per conto dell'ufficio acquisti vi chiedo un preventivo per 25 licenze e il modulo di registrazione fornitori.",
	"Namens onze inkoopafdeling vraag ik een offerte aan voor 45 gebruikers.",
	"W imieniu działu zakupów prosimy o ofertę cenową na 35 licencji.",
	"От имени отдела закупок просим направить коммерческое предложение на 40 лицензий.",
	"Our security team requires a completed vendor security questionnaire and your penetration test summary before the contract review.",
	"We would like a call with your sales team to discuss volume pricing for 300 seats and a 3-year agreement.",
	"Our staffing agency uses six different tools for candidate forms. Can your product replace them, and what would 20 seats cost?",
	"We are a development agency and want to resell your platform to our clients. Do you have a partner programme and reseller pricing?",
	"We are a lead generation company evaluating your product for our own inbound forms. Can we get a demo next week?",
}

// consultation: polite, generic requests for a consultation or product
// details, in several languages.
var consultation = []string{
	"Hello, I would like to schedule a consultation to see if your product fits our team.",
	"Could you send me more details about your product and pricing?",
	"We'd like a short call to understand how your platform handles form spam.",
	"Guten Tag, ich hätte gern eine Beratung zu Ihrem Produkt. Wann hätten Sie Zeit?",
	"Bonjour, pourriez-vous m'envoyer plus d'informations sur votre solution ?",
	"Hola, me gustaría recibir más información sobre su plataforma y agendar una llamada.",
	"Olá, gostaria de agendar uma conversa para conhecer melhor a ferramenta.",
	"Buongiorno, vorrei una consulenza per capire se il vostro prodotto fa al caso nostro.",
	"Goedendag, kunnen we een afspraak maken voor een demo?",
	"Dzień dobry, proszę o kontakt w sprawie prezentacji produktu.",
	"Здравствуйте, хотели бы получить консультацию по вашему продукту.",
	"Hi, do you offer a free trial? We'd like to test it for two weeks.",
	"Is there a 15 minute call available this week to walk us through the product?",
	"We help customers choose software; can you give us a quick overview of your product for our team?",
}

// healthDemo: companies in health, pharma and supplements asking for a
// demo of our product: their words are an advert's words.
var healthDemo = []string{
	"We sell dietary supplements online and get 500 leads a month from our forms. Could we book a demo?",
	"Our pharmacy chain runs weight-loss consultations; we need a better way to screen booking requests. Pricing please?",
	"We manufacture joint-care capsules and would like to see how your lead scoring works for our distributor forms.",
	"I'm marketing director at a nutrition brand (protein, vitamins, slimming teas). Can we get a quote for 10 users?",
	"We are a clinic for men's health and erectile dysfunction treatment. Is your product HIPAA compliant? We'd like a demo.",
	"Wir vertreiben Nahrungsergänzungsmittel und möchten unsere Kontaktformulare besser filtern. Können Sie uns eine Demo zeigen?",
	"Nous fabriquons des compléments alimentaires et cherchons un outil pour qualifier nos demandes de distributeurs. Quel est votre tarif ?",
	"Somos una cadena de farmacias y queremos una demostración de su plataforma para nuestras campañas de control de peso.",
	"Somos uma marca de suplementos naturais e queremos um orçamento para 15 usuários.",
	"Siamo un'azienda di integratori alimentari, vorremmo una demo del vostro prodotto.",
	"Our blood pressure monitor brand gets a lot of spam on the dealer form. Can your tool help, and what does it cost?",
	"We run a chain of physiotherapy clinics treating joint pain. Do you integrate with our booking system?",
}
