package main

import (
	"fmt"
	"strings"
)

// bank holds what people write to a vendor's sales form in one language.
// The sentences were written for this generator. Placeholders: {n} a
// number, {tool} a system they use, {co} their company, {first} their
// given name.
type bank struct {
	greet, ask, detail, close []string
	short                     []string // a few words, all a busy person types
	question                  []string // a single question, one line
	procure                   []string // a buyer writing for the purchasing department
}

var banks = map[string]bank{
	"en": {
		greet: split("Hi,|Hello,|Hello team,|Good morning,|Hi there,|Dear Northwind team,|Dear Sir or Madam,|Hey,|"),
		ask: split("We'd like to book a consultation to see whether your platform fits our operations." +
			"|Could someone walk us through the product? We're comparing options for shipment tracking." +
			"|I'm interested in a demo for our team of about {n} people." +
			"|Please send me product details and pricing for {n} users." +
			"|Can we schedule a call to discuss our requirements?" +
			"|We are evaluating tools for warehouse visibility and would like more information about your solution." +
			"|I'd like to know more about your product and how onboarding works." +
			"|Would it be possible to get a quote for {n} seats?" +
			"|We're looking for a better way to see where our orders are, and a colleague recommended you." +
			"|I saw your talk at the logistics summit and would love a short demo for my team." +
			"|Could you tell me more about the enterprise plan?" +
			"|Requesting a consultation regarding your supply chain dashboard."),
		detail: split("We currently run {k} warehouses and track everything in spreadsheets." +
			"|We use {tool} today, so an integration would be important." +
			"|Our main concern is data residency in the EU." +
			"|We're hoping to decide before the end of the quarter." +
			"|We ship around {k}00 parcels a day across three countries." +
			"|Our current tool is being discontinued next year." +
			"|Ideally the solution would work with {tool} and our carriers' APIs." +
			"|We're a small team, so ease of setup matters more than features." +
			"|Budget has been approved for this year." +
			"|"),
		close: split("Thanks!|Thank you.|Best regards,\n{first}|Kind regards, {first}|Cheers|Looking forward to hearing from you.|Thanks in advance.|Best,\n{first}|"),
		short: split("Demo please|Pricing?|Please call me back|Interested in a demo|Send pricing pls|Quote for {n} users|Call me|More info please|Looking for a quote|Need a demo next week|pls contact me|Interested|"),
		question: split("Do you have a free plan?|Is there a free tier for small teams?|Is it free for up to 3 users?|Do you offer a free trial?" +
			"|Do you offer nonprofit discounts?|Can we pay annually by invoice?|Does it work with {tool}?|Is the data stored in the EU?" +
			"|Do you support SSO with Okta?|How much would it cost for {n} users?|Do you have a public API?|Is there a mobile app for drivers?" +
			"|Can I export my data to CSV?|Is there a discount for startups?|What's the minimum contract length?|Do you have a reseller program in Canada?" +
			"|Can I cancel the free plan at any time?|Are you GDPR compliant?|Is onboarding included in the price?|Do you offer a free version for students?"),
		procure: split("I'm reaching out on behalf of our procurement team at {co}. We are evaluating vendors for shipment visibility and would like a formal quote for {n} users." +
			"|On behalf of {co}'s purchasing department, could you send your pricing, standard contract terms and a copy of your SOC 2 report?" +
			"|I work in procurement at {co}. Before we can raise a PO we need your W-9, bank details on letterhead and a completed security questionnaire. Who should I send it to?" +
			"|Our procurement team is collecting quotes from three suppliers for a tracking platform. Please provide annual pricing for {n} seats and your DPA." +
			"|Writing on behalf of our sourcing team: we'd like to register you as a supplier in our Coupa portal. Could a sales contact get in touch?" +
			"|Hello, I'm the buyer handling this category at {co}. We need a quote valid for 90 days, in EUR, for {n} named users, plus your payment terms."),
	},
	"de": {
		greet: split("Hallo,|Guten Tag,|Sehr geehrte Damen und Herren,|Moin,|Hallo zusammen,|Liebes Northwind-Team,|"),
		ask: split("Wir würden gerne einen Beratungstermin vereinbaren, um zu sehen, ob Ihre Plattform zu uns passt." +
			"|Könnten Sie mir bitte Produktinformationen und Preise für {n} Nutzer zusenden?" +
			"|Ich interessiere mich für eine Demo für unser Team." +
			"|Wir suchen eine Lösung zur Sendungsverfolgung und hätten gerne mehr Informationen." +
			"|Bitte um ein Angebot für {n} Lizenzen." +
			"|Können wir einen kurzen Termin für eine Produktvorstellung ausmachen?"),
		detail:   split("Wir arbeiten derzeit mit {tool}.|Wir betreiben {k} Lager in Deutschland und Österreich.|Die Daten müssen in der EU gespeichert werden.|Eine Entscheidung soll bis Jahresende fallen.|"),
		close:    split("Vielen Dank!|Mit freundlichen Grüßen\n{first}|Beste Grüße|Danke und viele Grüße|VG {first}|"),
		short:    split("Bitte um Rückruf|Angebot bitte|Demo gewünscht|Preise?|Bitte kontaktieren Sie mich|Interesse an einer Demo"),
		question: split("Gibt es eine kostenlose Version?|Gibt es einen Gratis-Tarif für kleine Teams?|Funktioniert das mit {tool}?|Werden die Daten in Deutschland gehostet?|Kann man jährlich per Rechnung zahlen?|Gibt es eine Testphase?"),
		procure: split("Ich schreibe Ihnen im Auftrag unseres Einkaufs bei {co}. Wir holen derzeit Angebote für eine Tracking-Plattform ein und bitten um ein Angebot für {n} Nutzer." +
			"|Im Namen der Einkaufsabteilung der {co}: Bitte senden Sie uns Ihre Preisliste, AGB und den AV-Vertrag zu." +
			"|Unser Einkauf benötigt für die Lieferantenanlage Ihre USt-IdNr., Bankverbindung und einen ausgefüllten Sicherheitsfragebogen."),
	},
	"fr": {
		greet: split("Bonjour,|Bonjour à tous,|Madame, Monsieur,|Bonsoir,|Bonjour l'équipe,|"),
		ask: split("Nous souhaiterions prendre rendez-vous pour une consultation afin de voir si votre plateforme correspond à nos besoins." +
			"|Pourriez-vous m'envoyer une documentation et vos tarifs pour {n} utilisateurs ?" +
			"|Je suis intéressé par une démonstration pour notre équipe." +
			"|Nous cherchons une solution de suivi des expéditions et aimerions en savoir plus." +
			"|Merci de me faire parvenir un devis pour {n} licences." +
			"|Serait-il possible d'organiser un court appel de présentation ?"),
		detail:   split("Nous utilisons actuellement {tool}.|Nous gérons {k} entrepôts en France et en Belgique.|L'hébergement des données en Europe est indispensable.|Nous devons décider avant la fin du trimestre.|"),
		close:    split("Merci d'avance.|Cordialement,\n{first}|Bien cordialement|Bonne journée|Merci !|"),
		short:    split("Merci de me rappeler|Devis svp|Démo souhaitée|Tarifs ?|Plus d'informations svp|Contactez-moi svp"),
		question: split("Avez-vous une offre gratuite ?|Existe-t-il une version d'essai gratuite ?|Est-ce compatible avec {tool} ?|Les données sont-elles hébergées en France ?|Peut-on payer par virement ?"),
		procure: split("Je vous contacte de la part de notre service achats chez {co}. Nous consultons plusieurs fournisseurs et souhaiterions recevoir un devis pour {n} utilisateurs." +
			"|Au nom de la direction des achats de {co}, merci de nous transmettre vos conditions générales, votre grille tarifaire et votre questionnaire sécurité." +
			"|Notre service achats doit vous référencer comme fournisseur : pourriez-vous nous envoyer un RIB et un extrait Kbis ?"),
	},
	"es": {
		greet: split("Hola,|Buenos días,|Estimados,|Buenas tardes,|Hola equipo,|"),
		ask: split("Nos gustaría agendar una consultoría para ver si su plataforma se ajusta a nuestras necesidades." +
			"|¿Podrían enviarme información del producto y precios para {n} usuarios?" +
			"|Me interesa una demostración para mi equipo." +
			"|Buscamos una solución para el seguimiento de envíos y quisiéramos más información." +
			"|Solicito una cotización para {n} licencias." +
			"|¿Podemos agendar una llamada breve para conocer el producto?"),
		detail:   split("Actualmente usamos {tool}.|Tenemos {k} almacenes en México y Colombia.|Necesitamos facturación en pesos.|Queremos decidir este trimestre.|"),
		close:    split("Gracias.|Saludos cordiales,\n{first}|Un saludo|Quedo atento.|Muchas gracias|"),
		short:    split("Favor de llamarme|Cotización por favor|Quiero una demo|¿Precios?|Más información por favor|Contáctenme"),
		question: split("¿Tienen un plan gratuito?|¿Hay una prueba gratis?|¿Funciona con {tool}?|¿Dónde se almacenan los datos?|¿Aceptan pago anual por transferencia?"),
		procure: split("Le escribo en nombre del área de compras de {co}. Estamos evaluando proveedores y necesitamos una cotización formal para {n} usuarios." +
			"|En representación del departamento de adquisiciones de {co}, les solicitamos precios, condiciones de pago y su política de seguridad." +
			"|Compras necesita darlos de alta como proveedor: ¿nos pueden enviar su constancia fiscal y datos bancarios?"),
	},
	"it": {
		greet: split("Buongiorno,|Salve,|Gentili signori,|Ciao,|"),
		ask: split("Vorremmo fissare una consulenza per capire se la vostra piattaforma fa al caso nostro." +
			"|Potreste inviarmi informazioni sul prodotto e i prezzi per {n} utenti?" +
			"|Sono interessato a una demo per il mio team." +
			"|Cerchiamo una soluzione per il tracciamento delle spedizioni." +
			"|Chiedo un preventivo per {n} licenze."),
		detail:   split("Attualmente usiamo {tool}.|Abbiamo {k} magazzini nel nord Italia.|Ci serve la fatturazione elettronica.|"),
		close:    split("Grazie mille.|Cordiali saluti,\n{first}|Distinti saluti|Un saluto|"),
		short:    split("Richiamatemi per favore|Preventivo grazie|Vorrei una demo|Prezzi?|Più informazioni"),
		question: split("Avete un piano gratuito?|C'è una prova gratuita?|Si integra con {tool}?|I dati restano in Europa?"),
		procure: split("Vi scrivo per conto dell'ufficio acquisti di {co}: stiamo raccogliendo offerte e ci servirebbe un preventivo per {n} utenti." +
			"|A nome della funzione procurement di {co}, vi chiediamo listino, condizioni contrattuali e documentazione GDPR."),
	},
	"pt": {
		greet: split("Olá,|Bom dia,|Boa tarde,|Prezados,|Oi,|"),
		ask: split("Gostaríamos de agendar uma consultoria para avaliar se a plataforma atende a nossa operação." +
			"|Poderiam me enviar detalhes do produto e valores para {n} usuários?" +
			"|Tenho interesse em uma demonstração para a minha equipe." +
			"|Estamos buscando uma solução de rastreamento de entregas." +
			"|Gostaria de um orçamento para {n} licenças."),
		detail:   split("Hoje usamos {tool}.|Temos {k} centros de distribuição no Brasil.|Precisamos de nota fiscal brasileira.|"),
		close:    split("Obrigado!|Obrigada.|Atenciosamente,\n{first}|Abraços|Fico no aguardo.|"),
		short:    split("Me liguem por favor|Quero um orçamento|Demo por favor|Valores?|Mais informações"),
		question: split("Vocês têm plano gratuito?|Tem teste grátis?|Integra com {tool}?|Os dados ficam no Brasil?|Aceitam boleto?"),
		procure: split("Escrevo em nome do time de compras da {co}. Estamos cotando fornecedores e precisamos de uma proposta para {n} usuários." +
			"|Em nome do setor de suprimentos da {co}, solicitamos proposta comercial, condições de pagamento e o contrato padrão."),
	},
	"nl": {
		greet: split("Hallo,|Goedemorgen,|Beste,|Geachte heer/mevrouw,|"),
		ask: split("Wij willen graag een adviesgesprek inplannen om te kijken of jullie platform bij ons past." +
			"|Kunnen jullie mij productinformatie en prijzen voor {n} gebruikers sturen?" +
			"|Ik ben geïnteresseerd in een demo voor ons team." +
			"|Graag een offerte voor {n} licenties."),
		detail:   split("We werken nu met {tool}.|We hebben {k} magazijnen in de Benelux.|"),
		close:    split("Alvast bedankt.|Met vriendelijke groet,\n{first}|Groet|"),
		short:    split("Graag terugbellen|Offerte graag|Demo graag|Prijzen?"),
		question: split("Hebben jullie een gratis abonnement?|Is er een gratis proefperiode?|Werkt het met {tool}?"),
		procure:  split("Ik neem contact op namens onze inkoopafdeling bij {co}. Wij vragen offertes op bij drie leveranciers en ontvangen graag een offerte voor {n} gebruikers."),
	},
	"pl": {
		greet: split("Dzień dobry,|Witam,|Szanowni Państwo,|Cześć,|"),
		ask: split("Chcielibyśmy umówić konsultację, aby sprawdzić, czy Państwa platforma pasuje do naszych potrzeb." +
			"|Proszę o przesłanie informacji o produkcie i cennika dla {n} użytkowników." +
			"|Jestem zainteresowany prezentacją dla mojego zespołu." +
			"|Prośba o ofertę na {n} licencji."),
		detail:   split("Obecnie korzystamy z {tool}.|Mamy {k} magazynów w Polsce.|"),
		close:    split("Dziękuję.|Pozdrawiam,\n{first}|Z poważaniem|"),
		short:    split("Proszę o kontakt|Proszę o ofertę|Demo proszę|Cennik?"),
		question: split("Czy jest darmowy plan?|Czy jest bezpłatny okres próbny?|Czy działa z {tool}?"),
		procure:  split("Piszę w imieniu działu zakupów firmy {co}. Zbieramy oferty od dostawców i prosimy o wycenę dla {n} użytkowników."),
	},
	"cs": {
		greet:    split("Dobrý den,|Zdravím,|"),
		ask:      split("Rádi bychom si domluvili konzultaci k vaší platformě.|Můžete mi prosím poslat informace o produktu a ceník pro {n} uživatelů?|Mám zájem o ukázku pro náš tým."),
		detail:   split("Používáme {tool}.|Máme {k} skladů v Česku a na Slovensku.|"),
		close:    split("Děkuji.|S pozdravem,\n{first}|"),
		short:    split("Prosím o zavolání|Cenovou nabídku prosím|Demo prosím"),
		question: split("Máte bezplatný tarif?|Funguje to s {tool}?"),
		procure:  split("Píši za nákupní oddělení společnosti {co}. Prosíme o cenovou nabídku pro {n} uživatelů."),
	},
	"sv": {
		greet:    split("Hej,|Hej!|God morgon,|"),
		ask:      split("Vi vill gärna boka ett rådgivningsmöte för att se om er plattform passar oss.|Kan ni skicka produktinformation och priser för {n} användare?|Jag är intresserad av en demo för mitt team."),
		detail:   split("Vi använder {tool} idag.|Vi har {k} lager i Norden.|"),
		close:    split("Tack!|Vänliga hälsningar,\n{first}|Mvh|"),
		short:    split("Ring mig gärna|Offert tack|Demo tack"),
		question: split("Finns det en gratisversion?|Fungerar det med {tool}?"),
		procure:  split("Jag skriver å vår inköpsavdelnings vägnar på {co}. Vi tar in offerter och vill gärna ha ett pris för {n} användare."),
	},
	"fi": {
		greet:    split("Hei,|Moi,|Hyvää päivää,|"),
		ask:      split("Haluaisimme varata konsultaation alustastanne.|Voisitteko lähettää tuotetietoja ja hinnat {n} käyttäjälle?|Olen kiinnostunut demosta tiimillemme."),
		detail:   split("Käytämme tällä hetkellä {tool}-järjestelmää.|Meillä on {k} varastoa.|"),
		close:    split("Kiitos!|Ystävällisin terveisin,\n{first}|"),
		short:    split("Soittakaa minulle|Tarjous kiitos"),
		question: split("Onko teillä ilmaista versiota?|Toimiiko tämä {tool}-järjestelmän kanssa?"),
		procure:  split("Otan yhteyttä {co}:n hankintatiimin puolesta. Pyydämme tarjousta {n} käyttäjälle."),
	},
	"tr": {
		greet:    split("Merhaba,|İyi günler,|Sayın yetkili,|"),
		ask:      split("Platformunuzun bize uygun olup olmadığını görmek için bir danışmanlık görüşmesi ayarlamak istiyoruz.|{n} kullanıcı için ürün bilgisi ve fiyat gönderebilir misiniz?|Ekibimiz için bir demo talep ediyorum."),
		detail:   split("Şu anda {tool} kullanıyoruz.|{k} depomuz var.|"),
		close:    split("Teşekkürler.|Saygılarımla,\n{first}|İyi çalışmalar|"),
		short:    split("Lütfen beni arayın|Fiyat teklifi lütfen|Demo istiyorum"),
		question: split("Ücretsiz bir planınız var mı?|{tool} ile entegre çalışıyor mu?"),
		procure:  split("{co} satın alma ekibi adına yazıyorum. {n} kullanıcı için resmi fiyat teklifi rica ediyoruz."),
	},
	"ru": {
		greet:    split("Здравствуйте!|Добрый день,|Привет,|Уважаемые коллеги,|"),
		ask:      split("Хотели бы записаться на консультацию, чтобы понять, подходит ли нам ваша платформа.|Пришлите, пожалуйста, описание продукта и цены на {n} пользователей.|Интересует демонстрация для нашей команды.|Ищем решение для отслеживания поставок, расскажите подробнее."),
		detail:   split("Сейчас работаем в {tool}.|У нас {k} складов.|Важно хранение данных в ЕС.|"),
		close:    split("Спасибо.|С уважением,\n{first}|Заранее спасибо!|"),
		short:    split("Перезвоните, пожалуйста|Нужно коммерческое предложение|Хочу демо|Цены?"),
		question: split("Есть ли бесплатный тариф?|Есть ли интеграция с {tool}?|Можно ли оплатить по счёту?"),
		procure:  split("Пишу от имени отдела закупок компании {co}. Просим направить коммерческое предложение на {n} пользователей."),
	},
	"uk": {
		greet:    split("Добрий день,|Вітаю,|"),
		ask:      split("Хотіли б отримати консультацію щодо вашої платформи.|Надішліть, будь ласка, інформацію про продукт і ціни для {n} користувачів.|Цікавить демонстрація для нашої команди."),
		detail:   split("Зараз працюємо з {tool}.|Маємо {k} складів.|"),
		close:    split("Дякую.|З повагою,\n{first}|"),
		short:    split("Зателефонуйте, будь ласка|Потрібна пропозиція"),
		question: split("Чи є безкоштовний тариф?|Чи є інтеграція з {tool}?"),
		procure:  split("Пишу від імені відділу закупівель {co}. Просимо надіслати комерційну пропозицію на {n} користувачів."),
	},
	"zh": {
		greet:    split("您好，|你好，|贵公司好，|"),
		ask:      split("我们想预约一次咨询，了解贵公司的平台是否适合我们。|请发送产品资料和{n}个用户的报价。|希望为我们团队安排一次产品演示。|我们在寻找物流追踪方案，想了解更多信息。"),
		detail:   split("我们目前使用{tool}。|我们有{k}个仓库。|数据需要存储在中国境内。|"),
		close:    split("谢谢！|期待您的回复。|此致敬礼|"),
		short:    split("请联系我|请报价|想看演示|价格？"),
		question: split("有免费版吗？|可以和{tool}对接吗？|支持开发票吗？"),
		procure:  split("我代表{co}采购部联系贵司。我们正在比较供应商，请提供{n}个用户的正式报价。"),
	},
	"ja": {
		greet:    split("お世話になっております。|はじめまして。|こんにちは。|"),
		ask:      split("貴社プラットフォームについて相談の機会をいただけますでしょうか。|{n}ユーザー分の製品資料とお見積りをお送りください。|チーム向けのデモをお願いしたく存じます。|配送状況の可視化ツールを検討しており、詳細を伺いたいです。"),
		detail:   split("現在は{tool}を利用しています。|倉庫を{k}か所運営しています。|"),
		close:    split("よろしくお願いいたします。|ご検討のほどよろしくお願いします。|"),
		short:    split("見積もりをお願いします|折り返しお電話ください|デモ希望"),
		question: split("無料プランはありますか？|{tool}と連携できますか？|請求書払いは可能ですか？"),
		procure:  split("{co}の購買部を代表してご連絡しております。{n}ユーザー分の正式なお見積りをお願いいたします。"),
	},
	"ko": {
		greet:    split("안녕하세요.|안녕하십니까.|"),
		ask:      split("귀사 플랫폼이 저희에게 맞는지 상담을 받고 싶습니다.|{n}명 사용자 기준 제품 자료와 가격을 보내주세요.|저희 팀을 위한 데모를 요청드립니다."),
		detail:   split("현재 {tool}을 사용 중입니다.|물류 창고가 {k}곳 있습니다.|"),
		close:    split("감사합니다.|잘 부탁드립니다.|"),
		short:    split("연락 부탁드립니다|견적 요청합니다|데모 요청"),
		question: split("무료 플랜이 있나요?|{tool}과 연동되나요?"),
		procure:  split("{co} 구매팀을 대신하여 연락드립니다. {n}명 사용자 기준 공식 견적을 요청드립니다."),
	},
	"vi": {
		greet:    split("Xin chào,|Chào anh chị,|Kính gửi quý công ty,|"),
		ask:      split("Chúng tôi muốn đặt lịch tư vấn để xem nền tảng của quý công ty có phù hợp không.|Vui lòng gửi thông tin sản phẩm và báo giá cho {n} người dùng.|Tôi muốn xem demo cho nhóm của mình."),
		detail:   split("Hiện chúng tôi dùng {tool}.|Chúng tôi có {k} kho hàng.|"),
		close:    split("Cảm ơn.|Trân trọng,\n{first}|"),
		short:    split("Vui lòng liên hệ lại|Xin báo giá"),
		question: split("Có gói miễn phí không?|Có tích hợp với {tool} không?"),
		procure:  split("Tôi liên hệ thay mặt bộ phận mua hàng của {co}. Vui lòng gửi báo giá chính thức cho {n} người dùng."),
	},
	"id": {
		greet:    split("Halo,|Selamat pagi,|Dengan hormat,|"),
		ask:      split("Kami ingin menjadwalkan konsultasi untuk melihat apakah platform Anda cocok untuk kami.|Mohon kirimkan informasi produk dan harga untuk {n} pengguna.|Saya tertarik dengan demo untuk tim kami."),
		detail:   split("Saat ini kami memakai {tool}.|Kami punya {k} gudang.|"),
		close:    split("Terima kasih.|Salam,\n{first}|"),
		short:    split("Mohon dihubungi|Minta penawaran harga"),
		question: split("Apakah ada paket gratis?|Bisa terhubung dengan {tool}?"),
		procure:  split("Saya menghubungi atas nama tim pengadaan {co}. Mohon penawaran resmi untuk {n} pengguna."),
	},
	"ar": {
		greet:    split("مرحباً،|السلام عليكم،|تحية طيبة،|"),
		ask:      split("نود حجز استشارة لمعرفة مدى ملاءمة منصتكم لعملنا.|يرجى إرسال تفاصيل المنتج والأسعار لعدد {n} مستخدمين.|أرغب في عرض توضيحي لفريقنا."),
		detail:   split("نستخدم حالياً {tool}.|لدينا {k} مستودعات.|"),
		close:    split("شكراً لكم.|مع خالص التحية،\n{first}|"),
		short:    split("يرجى التواصل معي|أرجو إرسال عرض سعر"),
		question: split("هل لديكم خطة مجانية؟|هل يعمل مع {tool}؟"),
		procure:  split("أتواصل معكم نيابة عن قسم المشتريات في {co}. نرجو تزويدنا بعرض سعر رسمي لعدد {n} مستخدمين."),
	},
	"hi": {
		greet:    split("नमस्ते,|नमस्कार,|"),
		ask:      split("हम आपके प्लेटफ़ॉर्म के बारे में परामर्श लेना चाहते हैं।|कृपया {n} उपयोगकर्ताओं के लिए उत्पाद की जानकारी और कीमत भेजें।|हमारी टीम के लिए डेमो चाहिए।"),
		detail:   split("हम अभी {tool} इस्तेमाल करते हैं।|हमारे {k} गोदाम हैं।|"),
		close:    split("धन्यवाद।|सादर,\n{first}|"),
		short:    split("कृपया कॉल करें|कोटेशन भेजें"),
		question: split("क्या कोई फ्री प्लान है?|क्या यह {tool} के साथ काम करता है?"),
		procure:  split("मैं {co} की खरीद टीम की ओर से संपर्क कर रहा हूँ। कृपया {n} उपयोगकर्ताओं के लिए औपचारिक कोटेशन भेजें।"),
	},
}

var tools = split("SAP|NetSuite|Shopify|Salesforce|HubSpot|Microsoft Dynamics|Odoo|WooCommerce|Oracle|Excel|Google Sheets|Zoho|Sage|Xero|1C|Manhattan WMS|Magento")

// fillIn replaces a message's placeholders for p.
func (g *gen) fillIn(s string, p person) string {
	n := []int{3, 5, 8, 10, 12, 15, 20, 25, 40, 50, 75, 100, 150, 250, 500, 1200}
	first, _ := p.display()
	for strings.Contains(s, "{n}") {
		s = strings.Replace(s, "{n}", fmt.Sprint(n[g.intn(len(n))]), 1)
	}
	for strings.Contains(s, "{k}") {
		s = strings.Replace(s, "{k}", fmt.Sprint(g.between(2, 14)), 1)
	}
	r := strings.NewReplacer("{tool}", g.pick(tools), "{co}", p.company, "{first}", first)
	return r.Replace(s)
}

// joinParts joins non-empty parts the way people lay out a short message:
// on one line, or with the greeting and sign-off on their own lines.
func (g *gen) joinParts(parts ...string) string {
	var kept []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			kept = append(kept, s)
		}
	}
	sep := " "
	if g.chance(0.45) {
		sep = "\n"
	}
	if len(kept) > 0 && (strings.HasPrefix(kept[0], "お") || strings.HasPrefix(kept[0], "は")) {
		sep = "\n"
	}
	return strings.Join(kept, sep)
}

// requestMessage writes a full polite request in lang.
func (g *gen) requestMessage(lang string, p person) string {
	b := banks[lang]
	parts := []string{g.pick(b.greet), g.pick(b.ask)}
	if g.chance(0.7) {
		d := g.pick(b.detail)
		parts = append(parts, d)
		if e := g.pick(b.detail); g.chance(0.25) && e != d {
			parts = append(parts, e)
		}
	}
	parts = append(parts, g.pick(b.close))
	return g.fillIn(g.joinParts(parts...), p)
}

// msgLang decides which language a sender from loc writes in: their own
// most of the time, English otherwise.
func (g *gen) msgLang(loc *locale, own float64) string {
	if _, ok := banks[loc.lang]; ok && g.chance(own) {
		return loc.lang
	}
	return "en"
}

func categoryFor(lang, base string) string {
	if lang != "en" && base == "genuine" {
		return "genuine_non_english"
	}
	return base
}

// genBusiness: plain leads from companies, full messages, mixed languages.
func genBusiness(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		form := g.form()
		if form == "newsletter" {
			form = "contact-sales"
		}
		f := g.fill(p, g.workEmail(p))
		lang := g.msgLang(loc, 0.4)
		f.Message = g.requestMessage(lang, p)
		out = append(out, Record{FormID: form, Fields: f, Context: g.ctxFor(loc, form), Category: categoryFor(lang, "genuine")})
	}
	return out
}

// genConsultation: polite, generic requests for a consultation or product
// details, which share their vocabulary with templated outreach; many are
// in the sender's language and some are only a few words.
func genConsultation(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		f := g.fill(p, g.workEmail(p))
		if g.chance(0.15) {
			f.Email = g.freeEmail(p)
		}
		lang := g.msgLang(loc, 0.75)
		b := banks[lang]
		cat := categoryFor(lang, "genuine")
		switch g.weighted(55, 25, 20) {
		case 0:
			f.Message = g.requestMessage(lang, p)
		case 1: // one sentence, no greeting
			f.Message = g.fillIn(g.pick(b.ask), p)
		default:
			f.Message = g.fillIn(g.pick(b.short), p)
			cat = "genuine_short"
		}
		out = append(out, Record{Fields: f, Context: g.browserCtx(loc, "contact-sales"), Category: cat})
	}
	return out
}

// genOneLine: a single question, often about a free plan or trial.
func genOneLine(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		email := g.workEmail(p)
		if g.chance(0.35) {
			email = g.freeEmail(p)
		}
		f := g.fill(p, email)
		if g.chance(0.3) {
			f.Company, f.JobTitle, f.Phone = "", "", ""
		}
		lang := g.msgLang(loc, 0.45)
		q := g.fillIn(g.pick(banks[lang].question), p)
		if g.chance(0.2) {
			q = strings.TrimRight(q, "?？") // many people drop the question mark
		}
		if g.chance(0.15) {
			q = g.pick(banks[lang].greet) + " " + q
		}
		f.Message = strings.TrimSpace(q)
		out = append(out, Record{Fields: f, Context: g.browserCtx(loc, "contact-sales"), Category: "genuine_short"})
	}
	return out
}

// genProcurement: buyers who write for their purchasing department; they
// ask about our product (quote, terms, security papers), unlike a vendor
// who offers theirs.
func genProcurement(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		email := g.workEmail(p)
		if g.chance(0.15) {
			email = g.pick(split("procurement|purchasing|einkauf|achats|compras|sourcing|buyer")) + "@" + p.domain
		}
		f := g.fill(p, email)
		f.JobTitle = g.pick(split("Procurement Manager|Senior Buyer|Category Manager IT|Strategic Sourcing Lead|Purchasing Officer|Einkäufer|Acheteuse IT|Comprador|Procurement Specialist|Vendor Management|"))
		lang := g.msgLang(loc, 0.4)
		b := banks[lang]
		msg := g.fillIn(g.pick(b.procure), p)
		if g.chance(0.5) {
			msg = g.joinParts(g.pick(b.greet), msg, g.fillIn(g.pick(b.close), p))
		}
		f.Message = msg
		out = append(out, Record{Fields: f, Context: g.browserCtx(loc, "contact-sales"), Category: categoryFor(lang, "genuine")})
	}
	return out
}

// genAutofill: people whose browser fills every field; they only type a
// word or two and submit 2.5–3 s after the form rendered.
func genAutofill(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		f := g.fill(p, g.workEmail(p))
		f.Phone = fmtPhone(g, loc.phone)
		if f.JobTitle == "" {
			f.JobTitle = g.jobTitle()
		}
		f.Country = loc.country
		lang := g.msgLang(loc, 0.4)
		cat := "genuine"
		switch g.weighted(45, 30, 25) {
		case 0:
			f.Message = g.fillIn(g.pick(banks[lang].short), p)
			cat = "genuine_short"
		case 1:
			f.Message = ""
			cat = "genuine_short"
		default:
			f.Message = g.fillIn(g.pick(banks[lang].question), p)
			cat = "genuine_short"
		}
		form := "contact-sales"
		if g.chance(0.15) {
			form = "newsletter"
			f.Message, f.Company, f.JobTitle, f.Phone = "", "", "", ""
		}
		c := g.browserCtx(loc, form)
		if c.Referer == "" {
			c.Referer = g.referer(form)
		}
		c.ElapsedMS = ms(int64(g.between(2500, 3000)))
		out = append(out, Record{FormID: form, Fields: f, Context: c, Category: cat})
	}
	return out
}

// genWorldNames: senders from every locale, names in their own script and
// the spellings a name model finds hard: short Chinese and Korean names,
// long Spanish and Polish ones, particles, apostrophes, hyphens, names
// typed in capitals, mononyms and the whole name in one field.
func genWorldNames(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		email := g.workEmail(p)
		if g.chance(0.3) {
			email = g.freeEmail(p)
		}
		f := g.fill(p, email)
		switch g.weighted(40, 12, 10, 10, 10, 8, 10) {
		case 0: // as typed natively
		case 1: // surname in capitals, as in French or Romanian paperwork
			f.LastName = strings.ToUpper(f.LastName)
		case 2: // whole name in the first field
			if loc.eastern {
				f.FirstName = p.last.native + p.first.native
				if isASCII(p.first.native) {
					f.FirstName = p.last.native + " " + p.first.native
				}
			} else {
				f.FirstName = p.first.native + " " + p.last.native
			}
			f.LastName = ""
		case 3: // romanised although the script is not Latin
			f.FirstName, f.LastName = p.first.latin, p.last.latin
		case 4: // double surname or second given name
			f.LastName = f.LastName + " " + parseName(g.pick(loc.lasts)).native
		case 5: // mononym
			f.LastName = ""
		default: // initial for the given name
			f.FirstName = string([]rune(p.first.latin)[:1]) + "."
		}
		lang := g.msgLang(loc, 0.6)
		cat := categoryFor(lang, "genuine")
		if g.chance(0.3) {
			f.Message = g.fillIn(g.pick(banks[lang].ask), p)
		} else {
			f.Message = g.requestMessage(lang, p)
		}
		out = append(out, Record{Fields: f, Context: g.browserCtx(loc, "contact-sales"), Category: cat})
	}
	return out
}

var smallShops = split("Bäckerei {last}|{first}'s Bakery|Studio {last}|{last} Fotografie|{first} {last} Consulting|Atelier {first}|{last} & Sons|Café {first}|Taller {last}|{last} Transportes|{first} Design|Ferme {last}|Kiosk {first}|{last} Handmade|Freelance|self-employed|Einzelunternehmer|autónomo|")

// genFreeMail: small-shop owners, freelancers and early-stage founders who
// write from a personal mailbox.
func genFreeMail(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		f := g.fill(p, g.freeEmail(p))
		first, last := p.display()
		f.Company = strings.NewReplacer("{first}", first, "{last}", last).Replace(g.pick(smallShops))
		form := g.form()
		lang := g.msgLang(loc, 0.5)
		switch {
		case form == "newsletter":
			f.Message, f.Company, f.JobTitle, f.Phone = "", "", "", ""
			if g.chance(0.5) {
				f.LastName = ""
			}
		case g.chance(0.3):
			f.Message = g.fillIn(g.pick(banks[lang].question), p)
		default:
			f.Message = g.requestMessage(lang, p)
		}
		out = append(out, Record{FormID: form, Fields: f, Context: g.ctxFor(loc, form), Category: "genuine_free_mail"})
	}
	return out
}

var roleLocals = split("info|sales|office|contact|kontakt|hello|team|admin|ops|logistics|purchasing|einkauf|achats|compras|it|support|mail|buero|contato|post|service|enquiries|accounts")

// genRoleAccount: a shared mailbox of a real company; the name fields may
// be empty, the company or a department.
func genRoleAccount(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		f := g.fill(p, g.pick(roleLocals)+"@"+p.domain)
		switch g.weighted(50, 20, 15, 15) {
		case 1:
			f.FirstName, f.LastName = "", ""
		case 2:
			f.FirstName, f.LastName = g.pick(split("Sales|Office|Team|Einkauf|Service|Info|Logistics")), p.company
		case 3:
			f.LastName = ""
		}
		form := g.form()
		lang := g.msgLang(loc, 0.5)
		if form == "newsletter" {
			f.Message, f.JobTitle, f.Phone = "", "", ""
		} else {
			f.Message = g.requestMessage(lang, p)
		}
		out = append(out, Record{FormID: form, Fields: f, Context: g.ctxFor(loc, form), Category: "genuine_role_account"})
	}
	return out
}

// genLowercase: people who type everything in lower case, often without
// punctuation, sometimes with typos.
func genLowercase(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		email := g.workEmail(p)
		if g.chance(0.3) {
			email = g.freeEmail(p)
		}
		f := g.fill(p, email)
		lang := g.msgLang(loc, 0.35)
		var msg string
		if g.chance(0.35) {
			msg = g.fillIn(g.pick(banks[lang].question), p)
		} else {
			msg = g.fillIn(g.pick(banks[lang].ask), p)
			if g.chance(0.5) {
				msg += " " + g.fillIn(g.pick(banks[lang].detail), p)
			}
		}
		if g.chance(0.5) {
			msg = strings.NewReplacer(",", "", ".", "", "?", "", "'", "").Replace(msg)
		}
		if g.chance(0.25) {
			msg = typo(g, msg)
		}
		f.Message = strings.ToLower(strings.TrimSpace(msg))
		f.FirstName, f.LastName = strings.ToLower(f.FirstName), strings.ToLower(f.LastName)
		f.Company, f.JobTitle = strings.ToLower(f.Company), strings.ToLower(f.JobTitle)
		out = append(out, Record{Fields: f, Context: g.browserCtx(loc, "contact-sales"), Category: "genuine_lowercase"})
	}
	return out
}

// typo swaps two neighbouring letters somewhere in s.
func typo(g *gen, s string) string {
	rs := []rune(s)
	if len(rs) < 6 {
		return s
	}
	i := g.between(1, len(rs)-3)
	rs[i], rs[i+1] = rs[i+1], rs[i]
	return string(rs)
}

// genOwnLink: a lead who points at their own site or shop once.
func genOwnLink(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		f := g.fill(p, g.workEmail(p))
		lang := g.msgLang(loc, 0.3)
		site := g.pick(split("https://www.|https://|www.|")) + p.domain + g.pick(split("||/|/shop|/about|/en/products|/locations"))
		var lead string
		switch lang {
		case "de":
			lead = g.pick(split("Unsere Website: %s|Mehr über uns: %s|Zu uns: %s"))
		case "fr":
			lead = g.pick(split("Notre site : %s|Pour nous connaître : %s"))
		case "es":
			lead = g.pick(split("Nuestra web: %s|Pueden ver lo que hacemos en %s"))
		default:
			lead = g.pick(split("Our website is %s|You can see what we do at %s|Company site: %s|More about us: %s|(we're at %s)|Our store: %s"))
		}
		parts := []string{g.pick(banks[lang].greet), g.fillIn(g.pick(banks[lang].ask), p), fmt.Sprintf(lead, site)}
		if g.chance(0.5) {
			parts = append(parts, g.fillIn(g.pick(banks[lang].close), p))
		}
		f.Message = g.joinParts(parts...)
		cat := "genuine_with_link"
		out = append(out, Record{Fields: f, Context: g.browserCtx(loc, "contact-sales"), Category: cat})
	}
	return out
}
