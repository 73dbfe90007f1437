package screen

import (
	"cmp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Advertising copy is a class of message, like vendor outreach: it sells
// a product to the reader instead of asking about ours. Ads for diet
// pills, potency or joint remedies, gadgets and "opportunities" need no
// link and no classic spam word; they are recognised by the parts every
// advert has, in any language:
//
//   - a price offer: a discount ("-50%", "70% off", "Rabatt"), or a price
//     with "only" ("only $39", "nur 49 €");
//   - a call to order: "order now", "jetzt bestellen", "commandez";
//   - a product claim: results in days, natural ingredients, no side
//     effects, clinically proven, doctors recommend;
//   - urgency or provenance: limited stock, only today, the "official
//     website";
//   - a headline: a short exclaimed line with nearly every word
//     capitalised ("A Powerhouse Gifting Program You Don't Want To
//     Miss!");
//   - a tracking link: an affiliate or campaign path (/go, /offer,
//     ?ref=, /free-trial) rather than a page of the sender's own site.
//
// A buyer mentions a price or an order now and then ("can we order now
// and pay in January?"), so one kind of cue weighs half; each further kind
// adds half, up to adCopyCap times ad_copy's points.

// adCopyCap caps ad_copy at this many times its points.
const adCopyCap = 2

// adRemedyKinds is how many kinds of cue a remedy with one advert cue
// weighs (see remedyAdvert): the points and a half, junk on its own.
const adRemedyKinds = 3

// adDiscount matches a percentage discount: "-50%", "50 % off", "70%
// Rabatt", "скидка 50%", "50% de descuento".
var adDiscount = newLazyRegexp(`(?i)(^|[\s(])-\s?\d{1,2}\s?%|\d{1,2}\s?%\s?(off|rabatt|rabat|reduziert|de descuento|de desconto|de réduction|de remise|di sconto|korting|zniżki|rabatu|sleva|slevy|zľava|zľavy|indirim|alennus|popust|popusta|отстъпка|έκπτωση|nuolaida|atlaide|allahindlus|kedvezm\pL*|günstiger|reducere|slev\pL*)|(скидк|знижк|rabat|descuento|desconto|réduction|sconto|korting|zniżk|slev|sleva|zľav|indirim|alennus|popust|отстъпка|έκπτωση|nuolaida|atlaide|allahindlus|kedvezm|reducer)\pL*\s?((von|de|di|del|dello|van|do|z|com|con|mit|with|of)\s)?-?\d{1,2}\s?%`)

// adPriceOnly matches a price introduced as small: "only $39", "just 19.99
// EUR", "nur 49 €", "seulement 29 €", "solo 39 euros", "всего 990 руб". The
// currency is required: "only 15 minutes" is no price.
var adPriceOnly = newLazyRegexp(`(?i)(^|[^\pL])(` + adOnly + `)\s(` +
	adCurrency + `)\s?\d+([.,]\d+)?|(^|[^\pL])(` + adOnly + `)\s\d+([.,]\d+)?\s?(` + adCurrency + `)`)

// A price named as such ("price 39 EUR", "Aktionspreis von 39 €", "cena
// 149 zł", "prix spécial 39 €") is an amount with a currency that
// follows, within adPriceReach bytes, one of adPriceWords; an old price
// struck through in words ("149 PLN instead of 298", "39 € statt 78") is
// adStruckPrice. A buyer names a budget, not a price with a currency
// right after the word. Both patterns start at the amount, so the search
// stays cheap.
var (
	adAmount      = newLazyRegexp(`(?i)\d+([.,]\d+)?\s?(` + adCurrency + `)|[$€£]\s?\d+`)
	adStruckPrice = newLazyRegexp(`(?i)\d+([.,]\d+)?\s?(` + adCurrency + `)?\s(instead of|statt|anstatt|au lieu de|en lugar de|en vez de|em vez de|invece di|in plaats van|zamiast|вместо|istället för|místo|helyett)\s(` + adCurrency + `)?\s?\d+`)
)

// adPriceWords are the words for a price, lower case.
var adPriceWords = []string{"price", "preis", "prix", "precio", "preço", "preco", "prezzo", "prijs", "cena", "cenę",
	"цена", "pris", "ár", "preț", "pret", "hinta", "ціна", "τιμή", "kaina", "hind"}

// adOnlyAfter are the words that make a price small when they follow it
// ("39 € seulement", "19,90 € nur"), lower case.
var adOnlyAfter = []string{" only", " seulement", " nur", " solo", " sólo", " apenas", " soltanto", " alleen", " tylko"}

// adPriceReach is how far before an amount its price word may stand
// ("Aktionspreis von 39 €", "precio promocional 35 euros").
const adPriceReach = 24

// namedPrice returns the first amount in msg that a price word precedes,
// or followed by "only"; a seller's price (see sellersPrice); or an old
// price struck through; or "".
func namedPrice(msg string) string {
	for _, loc := range adAmount.FindAllStringIndex(msg, -1) {
		before := strings.ToLower(msg[max(0, loc[0]-adPriceReach):loc[0]])
		if containsAny(before, adPriceWords) {
			return strings.TrimSpace(msg[max(0, loc[0]-adPriceReach):loc[1]])
		}
		after := strings.ToLower(msg[loc[1]:min(len(msg), loc[1]+adPriceReach/2)])
		if containsAny(after, adOnlyAfter) {
			return strings.TrimSpace(msg[loc[0]:min(len(msg), loc[1]+adPriceReach/2)])
		}
		// Other scripts take two bytes a letter: "1000 подписчиков за".
		wideBefore := strings.ToLower(msg[max(0, loc[0]-2*adPriceReach):loc[0]])
		wideAfter := strings.ToLower(msg[loc[1]:min(len(msg), loc[1]+adPriceReach)])
		if w := sellersPrice(wideBefore, wideAfter); w != "" {
			return w + " " + msg[loc[0]:loc[1]]
		}
	}
	return adStruckPrice.FindString(msg)
}

// A seller states its price as a floor, by the piece or by the batch: "ab
// 9 € pro Stück", "à partir de 199 €", "od 99 €", "1000 followersów za 19
// zł". A buyer asks what something costs from a quantity on ("Was kostet
// es ab 10 Formularen?": no currency follows the "ab") or names a budget,
// never a price of goods it sells. adFromWords say "from" just before an
// amount with its currency, adPerUnit "each" just after it, and a number
// of things before adBatchWords ("for", "za") prices a batch.
var (
	adFromWords = []string{"ab", "from", "starting at", "à partir de", "a partir de", "dès", "desde",
		"a partire da", "vanaf", "od", "от", "від", "från", "fra", "fr."}
	adPerUnit = []string{"pro stück", "pro stk", "per piece", "per unit", "per item", "each", "la pièce",
		"l'unité", "par unité", "por unidad", "cada uno", "al pezzo", "cadauno", "per stuk", "za sztukę",
		"za kus", "за штуку", "за брой", "per styck", "per stykk", "stykket"}
	adBatchWords = setOf("for", "für", "pour", "por", "per", "za", "за", "voor", "för")
)

// sellersPrice returns the words that make an amount a seller's price
// (see adFromWords), or "". before and after are the text around the
// amount, lower-cased.
func sellersPrice(before, after string) string {
	before = strings.TrimRight(before, " ")
	for _, w := range adFromWords {
		if strings.HasSuffix(before, w) && wordStartsAt(before, len(before)-len(w)) {
			return w
		}
	}
	if i := strings.LastIndexByte(before, ' '); i > 0 && has(adBatchWords, before[i+1:]) {
		// "1000 followersów za": a number, a word of things, then "for".
		things := strings.Fields(before[:i])
		if n := len(things); n >= 2 && isDigitsOnly(things[n-2]) {
			return things[n-2] + " " + things[n-1] + " " + before[i+1:]
		}
	}
	after = strings.TrimLeft(after, " /")
	for _, w := range adPerUnit {
		if strings.HasPrefix(after, w) {
			return w
		}
	}
	return ""
}

// wordStartsAt reports whether s[i:] starts a word: nothing or no letter
// before it.
func wordStartsAt(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r)
}

// isDigitsOnly reports a word of ASCII digits.
func isDigitsOnly(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// adOnly are the words that make a price sound small ("only", "nur",
// "seulement", "vain", "само", "μόνο").
const adOnly = `only|just|nur|seulement|solo|sólo|apenas|somente|alleen|tylko|jen|csak|doar|всего|лишь|endast|bara|kun|vain|ainoastaan|iba|len|samo|само|едва|μόνο|tik|tikai|ainult`

// adOnlyWords are adOnly's words, for numberDeal to look for before an
// amount.
var adOnlyWords = strings.Split(adOnly, "|")

// adCurrency names currencies by symbol or word.
const adCurrency = `\$|€|£|us\$|r\$|eur\b|euro|euros\b|usd\b|dollars?\b|руб|zł|pln\b|kč|czk\b|lei\b|ft\b|kr\b|chf\b|лв|din\b|reais\b`

// adCues are the other kinds of cue, folded (see foldText; a trailing *
// matches any ending).
var adCues = []struct {
	kind    string
	phrases phraseList
}{
	{"order", foldedPhrases(
		"order now", "order today", "order before", "order your", "order on our website", "get your bottle", "buy now", "buy today", "shop now", "get yours", "get it now", "claim yours",
		"try it today", "order yours", "place your order now", "click to order", "add to cart",
		"jetzt bestellen", "jetzt kaufen", "hier bestellen", "sofort bestellen", "bestellen sie jetzt", "gleich bestellen",
		"commandez maintenant", "commandez des aujourd hui", "commandez", "achetez maintenant", "commander maintenant",
		"pide el tuyo", "pidelo hoy", "pidelas ya", "pidelos ya", "pide ya", "pida ya", "compra ya", "compre ahora", "ordena ahora", "pidelo ahora", "compra ahora",
		"encomende ja", "compre ja", "compre agora", "peca ja", "peca agora", "encomende ja", "encomende agora",
		"ordina ora", "ordina subito", "acquista ora", "compra subito",
		"bestel nu", "koop nu", "nu bestellen",
		"zamow", "zamowcie", "zamow teraz", "zamow juz", "kup teraz", "zamow dzis",
		"objednejte nyni", "objednat nyni", "kupte nyni", "objednejte si",
		"rendelje meg", "rendeld meg", "vasarolja meg",
		"comanda acum", "comandati acum", "cumpara acum",
		"bestall nu", "kop nu", "bestill na", "kob nu", "tilaa nyt", "osta nyt", "bestil nu", "bestil i dag", "bestall idag",
		"zamovte zaraz", "замовте зараз", "замовляйте", "hemen siparis",
		"objednajte teraz", "objednajte si", "narocite zdaj", "narocite ze danes", "narucite odmah", "narucite sada",
		"porucite odmah", "поручите одмах", "поръчайте сега", "поръчай сега", "поръчайте още днес",
		"παραγγειλτε τωρα", "παραγγειλετε τωρα", "uzsakykite dabar", "uzsakykite siandien", "pasutiet tagad",
		"pasuti tagad", "telli kohe", "telli nuud",
		"hemen siparis", "simdi siparis",
		"закажите сейчас", "закажи сейчас", "заказать сейчас", "закажите", "купить сейчас", "купите сейчас",
		"замовте зараз", "замовити зараз",
	)},
	{"claim", foldedPhrases(
		"natural ingredients", "all natural", "100 natural", "no side effects", "without side effects",
		"without pills", "ohne tabletten", "sans medicaments", "sin pastillas", "bez tabletek", "utan piller", "без таблеток",
		"uten piller", "sem comprimidos", "senza pillole",
		"clinically proven", "clinically tested", "doctors recommend", "recommended by doctors", "doctor recommended",
		"lose weight", "burn fat", "melt fat", "results in days", "visible results",
		"in just days", "in only days", "in 7 days", "in 14 days", "in 30 days", "miracle", "secret formula",
		"potency", "erection*", "joint pain", "blood pressure", "hypertension", "diabetes cure",
		"anti aging", "wrinkle*", "hair loss", "prostat*", "parasites", "detox", "varicose", "blood sugar",
		"herbal", "natural formula", "pharmacists recommend", "doctors are shocked", "works overnight", "belly fat",
		"without diet", "without effort", "back pain", "stronger erections", "sugar levels",
		"apotheker empfehlen", "ohne hunger", "ohne diat", "bauchfett", "ruckenschmerzen", "krampfadern",
		"sans effort", "sans regime", "resultat garanti", "garanti ou rembourse", "graisse abdominale", "varices",
		"sin esfuerzo", "sin dieta", "grasa abdominal", "venas varicosas", "dolor de espalda",
		"sem esforco", "sem dieta", "dores nas costas", "varizes", "gordura abdominal",
		"senza fatica", "senza dieta", "vene varicose", "mal di schiena", "grasso addominale",
		"bez wysilku", "bez diety", "na potencje", "cisnieni*", "zylaki",
		"bez diet", "снижение давления", "давлени*", "варикоз*", "жир на животе",
		"utan att svalta", "fara dieta", "izuleti*", "potence", "vysoky tlak",
		"presion alta", "pressao alta", "dolor de rodillas", "dolores articulares", "articulacoes", "articolazioni",
		"na stawy", "суставов", "douleurs articulaires",
		"naturliche inhaltsstoffe", "naturlichen inhaltsstoffen", "ohne nebenwirkungen", "klinisch getestet",
		"klinisch bewiesen", "arzte empfehlen", "abnehmen", "fett verbrennen", "gelenkschmerzen", "bluthochdruck",
		"blutdruck", "potenz", "erektion*", "wundermittel",
		"ingredients naturels", "sans effets secondaires", "cliniquement prouve", "cliniquement teste",
		"les medecins recommandent", "perdre du poids", "bruler les graisses", "douleurs articulaires",
		"hypertension arterielle", "tension arterielle", "puissance sexuelle",
		"ingredientes naturales", "sin efectos secundarios", "clinicamente probado", "los medicos recomiendan",
		"bajar de peso", "quemar grasa", "dolor de articulaciones", "dolor articular", "presion arterial", "hipertension",
		"potencia sexual",
		"ingredientes naturais", "sem efeitos colaterais", "clinicamente comprovado", "os medicos recomendam",
		"perder peso", "queimar gordura", "dores nas articulacoes", "dor nas articulacoes", "pressao arterial",
		"ingredienti naturali", "senza effetti collaterali", "clinicamente testato", "clinicamente provato",
		"i medici raccomandano", "perdere peso", "bruciare i grassi", "dolori articolari", "pressione alta",
		"pressione sanguigna",
		"natuurlijke ingredienten", "zonder bijwerkingen", "klinisch bewezen", "afvallen", "gewrichtspijn",
		"hoge bloeddruk",
		"naturalne skladniki", "bez skutkow ubocznych", "klinicznie przetestowan*", "lekarze polecaja", "schudnac",
		"odchudzanie", "bol stawow", "nadcisnienie", "cisnienie krwi", "na potencje",
		"prirodni slozky", "bez vedlejsich ucinku", "klinicky overen*", "zhubnout", "bolest kloubu", "vysoky krevni tlak",
		"termeszetes osszetevok", "mellekhatasok nelkul", "fogyas", "izuleti fajdalom", "magas vernyomas",
		"ingrediente naturale", "fara efecte secundare", "slabire", "dureri articulare", "hipertensiune",
		"naturliga ingredienser", "utan biverkningar", "ga ner i vikt", "ledvark", "hogt blodtryck",
		"tabe sig", "vægttab", "ledsmerter", "forhøjet blodtryk", "uden bivirkninger", "naturlige ingredienser",
		"ga ned i vekt", "leddsmerter", "høyt blodtrykk", "uten bivirkninger",
		"laihtuminen", "laihduttaa", "nivelkipu", "nivelkivut", "korkea verenpaine", "ilman sivuvaikutuksia",
		"luonnolliset ainesosat", "schudnut", "bolest klbov", "vysoky krvny tlak", "bez vedlajsich ucinkov",
		"hujsanje", "bolecine v sklepih", "visok krvni tlak", "brez stranskih ucinkov",
		"mrsavljenje", "bolovi u zglobovima", "visoki krvni tlak", "bez nuspojava", "мршављење", "висок крвни притисак",
		"отслабване", "болки в ставите", "високо кръвно налягане", "без странични ефекти", "естествени съставки",
		"απωλεια βαρους", "αδυνατισμα", "πονος στις αρθρωσεις", "υψηλη αρτηριακη πιεση", "χωρις παρενεργειες",
		"φυσικα συστατικα", "svorio metimas", "sanariu skausmas", "aukstas kraujospudis", "be salutinio poveikio",
		"svara zudums", "locitavu sapes", "augsts asinsspiediens", "bez blakusparadibam",
		"kaalulangus", "liigesevalu", "korge vererohk", "ilma korvaltoimeteta", "potencianovelo",
		"натуральный состав", "натуральные ингредиенты", "без побочных эффектов", "клинически доказан*",
		"врачи рекомендуют", "похудеть", "сжигает жир", "боли в суставах", "артериальное давление", "гипертони*", "для потенции", "потенция",
	)},
	// The product itself: the forms remedies come in, with a dose.
	{"product", foldedPhrases(
		"capsules a day", "capsule a day", "tablets a day", "tablet a day", "drops a day", "twice a day", "once a day",
		"capsules daily", "capsule daily", "kapseln taglich", "kapsel taglich", "tabletten taglich", "tropfen taglich", "taglich einnehmen",
		"gelules par jour", "gelule par jour", "comprimes par jour", "gouttes par jour",
		"capsulas al dia", "capsula al dia", "pastillas al dia", "gotas al dia", "capsulas por dia",
		"capsule al giorno", "compresse al giorno", "gocce al giorno",
		"capsules per dag", "tabletten per dag", "druppels per dag",
		"kapsulki dziennie", "tabletki dziennie", "kapsle denne",
		"капсулы в день", "раза в день",
		"abnehmkapseln", "schlankheitskapseln", "slimming tea", "slimming capsules", "keto capsules", "diet capsules",
		"gelules minceur", "capsulas para adelgazar", "capsulas naturais", "capsulas para emagrecer", "capsule dimagranti",
		"afslankcapsules", "kapsulki na odchudzanie", "tabletki na", "kapsle na hubnuti", "bantningskapslar",
		"fogyokuras kapszula", "capsule de slabit", "капсулы для похудения", "крем для суставов", "zel na stawy",
		"potency capsules", "gelules pour hommes", "herbal extracts", "extraits de plantes", "extractos naturales",
		"krauterextrakte", "estratti naturali",
		// The forms remedies come in.
		"capsules", "kapseln", "gelules", "capsulas", "capsule", "kapsulki", "kapsułki", "капсулы", "kapslar", "kapsle",
		"kapszula", "tropfen", "gouttes", "gotas", "gocce", "druppels", "krople", "капли", "kapky", "picaturi",
		"cream", "creme", "crema", "krem", "крем", "serum", "orthopedic patch", "green tea", "te verde", "slimming",
	)},
	// A bundle deal or half price: how adverts sell in bulk.
	{"price", foldedPhrases(
		"buy 2 get 1", "buy one get one", "2x1", "half price", "3 for 2", "for the price of", "sonderpreis",
		"prix special", "precio especial", "prezzo speciale", "preco especial", "special price",
		"por el precio de", "pelo preco de", "zum preis von", "pour le prix de", "al prezzo di", "voor de prijs van",
		"w cenie", "по цене", "for priset av", "za cenu",
		"zum halben preis", "halben preis", "moitie prix", "compre 2 e leve 3", "leve 3 pague 2", "a mitad de precio",
		"meta prezzo", "halve prijs", "pol ceny", "halva priset", "за полцены", "fel aron", "jumatate de pret",
	)},
	// Delivery terms of mail-order remedies: cash on delivery, free and
	// discreet shipping.
	{"delivery", foldedPhrases(
		"cash on delivery", "pay on delivery", "payment on delivery", "free shipping", "free delivery", "discreet packaging",
		"discreet delivery", "zahlung bei lieferung", "per nachnahme", "nachnahme", "kostenloser versand", "diskreter versand",
		"paiement a la livraison", "livraison gratuite", "livraison discrete", "envoi discret",
		"pago contra reembolso", "contra reembolso", "contra entrega", "envio gratis", "envio gratuito", "pago al recibir",
		"livraison offerte", "плащане при доставка", "pagamento na entrega", "frete gratis", "entrega discreta", "pagamento alla consegna", "spedizione gratuita",
		"betalen bij levering", "gratis verzending", "rembours", "platnosc przy odbiorze", "darmowa dostawa",
		"dyskretna przesylka", "platba na dobirku", "dobirka", "fizetes atvetelkor", "ingyenes szallitas",
		"plata la livrare", "livrare gratuita", "betala vid leverans", "fri frakt", "betaling ved levering",
		"оплата при получении", "бесплатная доставка", "наложенным платежом", "plateni pri prevzeti",
		"наложен платеж", "αντικαταβολη", "maksu toimituksen yhteydessa",
		"kapıda odeme", "ucretsiz kargo", "płatnosc przy odbiorze", "dyskretna przesyłka", "dyskretna wysyłka",
		"darmowa wysyłka", "оплата при отриманні", "безкоштовна доставка", "envio discreto", "envio discreta", "plaćanje pouzećem", "besplatna dostava", "pouzecem", "dobierka",
	)},
	{"urgency", foldedPhrases(
		"limited stock", "limited supply", "while supplies last", "while stocks last", "only today", "today only",
		"left at this price", "bottles left", "ultimas unidades", "ultimas unidades disponiveis", "geheimtipp",
		"ultime disponibilita", "laatste kans", "ostatnie sztuki", "последние упаковки", "тільки сьогодні", "sadece bugun",
		"last chance", "offer ends", "promotion ends", "before the promotion", "don t miss", "do not miss", "official website", "official site", "limited offer",
		"while stock lasts", "only this week", "this week only", "nur diese woche", "offre speciale", "cette semaine seulement",
		"oferta especial", "solo esta semana", "oferta especial", "offerta speciale", "solo questa settimana",
		"official store", "only on the official", "limited time",
		"nur heute", "solange der vorrat reicht", "begrenzter vorrat", "offizielle website", "offizielle webseite",
		"offiziellen website", "letzte chance", "angebot endet",
		"aujourd hui seulement", "stock limite", "quantites limitees", "site officiel", "derniere chance",
		"offre limitee",
		"solo hoy", "solo por hoy", "existencias limitadas", "unidades limitadas", "sitio oficial", "pagina oficial",
		"ultima oportunidad", "oferta limitada",
		"so hoje", "somente hoje", "estoque limitado", "site oficial", "ultima chance", "oferta por tempo limitado",
		"solo oggi", "scorte limitate", "sito ufficiale", "ultima occasione", "offerta limitata",
		"alleen vandaag", "beperkte voorraad", "officiele website", "laatste kans",
		"tylko dzis", "ograniczona ilosc", "oficjalna strona", "ostatnia szansa",
		"pouze dnes", "omezene mnozstvi", "oficialni stranky",
		"csak ma", "hivatalos weboldal", "korlatozott",
		"doar azi", "stoc limitat", "site ul oficial", "site oficial",
		"только сегодня", "количество ограничено", "официальный сайт", "официальном сайте", "последний шанс",
		"officiella webbplats", "endast idag", "begransat lager", "officielle hjemmeside", "kun i dag", "begrænset lager",
		"offisielle nettside", "virallinen verkkosivusto", "virallisella sivustolla", "vain tanaan",
		"oficialna stranka", "iba dnes", "uradna spletna stran", "samo danes", "sluzbena stranica", "samo danas",
		"официален сайт", "само днес", "ограничено количество", "επισημη ιστοσελιδα", "μονο σημερα",
		"περιορισμενη ποσοτητα", "oficiali svetaine", "tik siandien", "oficiala majaslapa", "tikai sodien",
		"ametlik veebileht", "ainult tana",
	)},
}

// adBodyResult matches a quantified result on the body in a time: "10 kg
// in 4 Wochen", "8 kilo kwijt in 3 weken", "минус 10 кг за месяц".
// adDaysResult matches a time in days, weeks or months, for
// resultInDays ("efekt w 7 dni", "resultados en 7 días"). Both start at
// the number, so that the search stays cheap.
var (
	adBodyResult = newLazyRegexp(`\d+` + adWeightAfter + `\P{N}{0,30}\d*\s?(?i:` + adTimeWords + `)`)
	adDaysResult = newLazyRegexp(`\d{1,2}\s?(?i:` + adTimeWords + `)`)
	// adWeightAfterNumber is how every match of adBodyResult goes on
	// where its number ends.
	adWeightAfterNumber = newLazyRegexp(`^` + adWeightAfter)
)

// adWeightAfter is a weight unit after at most one space.
const adWeightAfter = `\s?(?i:kg|kilos?|kilo's|lbs|pounds|кг|kilogramm)`

// bodyResult returns adBodyResult's first match in msg, or "". The whole
// pattern, unanchored, is tried at every byte; most messages have no
// number followed by a weight, which is checked first where each number
// ends (its last digit followed by no digit, as where \d+ ends before a
// unit).
func bodyResult(msg string) string {
	for i := range len(msg) {
		if isASCIIDigit(msg[i]) && (i+1 == len(msg) || !isASCIIDigit(msg[i+1])) && adWeightAfterNumber.MatchString(msg[i+1:]) {
			return adBodyResult.FindString(msg)
		}
	}
	return ""
}

// isASCIIDigit reports the bytes \d matches.
func isASCIIDigit(b byte) bool { return '0' <= b && b <= '9' }

// adResultWords name a result or an effect, lower case: a time in days
// after one of them is a promise.
var adResultWords = []string{"result", "résultat", "resultado", "risultat", "ergebnis", "efekt", "effet", "efecto",
	"efeito", "effetto", "результат", "wirkt", "efficace", "eficaz"}

// adResultReach is how far before the time its result word may stand.
const adResultReach = 30

// resultInDays returns a time that a result word precedes ("resultados
// en 7 días"), or "".
func resultInDays(msg string) string {
	if !containsAny(strings.ToLower(msg), adResultWords) {
		return "" // no result is named: no time can follow one
	}
	for _, loc := range adDaysResult.FindAllStringIndex(msg, -1) {
		from := max(0, loc[0]-adResultReach)
		if containsAny(strings.ToLower(msg[from:loc[0]]), adResultWords) {
			return strings.TrimSpace(msg[from:loc[1]])
		}
	}
	return ""
}

// adTimeWords are days, weeks and months in several languages.
const adTimeWords = `days?|weeks?|months?|tage|tagen|wochen|woche|monat|jours|semaines|mois|dias|días|semanas|mes|meses|giorni|settimane|mese|dagen|weken|maand|dni|tygodni|tydzień|miesiąc|dnů|týdnů|měsíc|nap|hét|hónap|zile|săptămâni|lună|dagar|veckor|månad|дней|дня|недель|недели|месяц|günde|gün|haftada|hafta`

// adCopy explains why a message (raw, and folded) is advertising copy and
// how many kinds of cue it holds; 0 and "" when it holds none. price is
// advertPrice(msg), which the message checks read once for every check.
func adCopy(msg string, m foldedText, price string) (string, int) {
	var found []string
	if s := price; s != "" {
		found = append(found, "price "+quote(s, 20))
	}
	for _, c := range adCues {
		if c.kind == "price" && slicesContainsPrefix(found, "price ") {
			continue // one kind of cue counts once
		}
		p := c.phrases.find(m)
		if p == "" && c.kind == "order" {
			p = orderNow(m) // the same call in other words (advertasks.go)
		}
		if p != "" {
			found = append(found, c.kind+" "+quote(p, 20))
		}
	}
	// Every result the pattern matches holds a number.
	if !slicesContainsPrefix(found, "claim ") && strings.ContainsAny(msg, "0123456789") {
		if r := cmp.Or(bodyResult(msg), resultInDays(msg)); r != "" {
			found = append(found, "claim "+quote(r, 20))
		}
	}
	if h := headline(msg); h != "" {
		found = append(found, "headline "+quote(h, 20))
	}
	if l := trackingLink(strings.ToLower(msg)); l != "" {
		found = append(found, "tracking link "+quote(l, 20))
	}
	if len(found) == 0 {
		return "", 0
	}
	return "advertising copy, " + strconv.Itoa(len(found)) + " kinds of cue: " + strings.Join(found, ", "), len(found)
}

// advertPrice returns the price an advert offers in msg, or "": a
// discount, a price made small, named as a price or stated as a seller's
// (see namedPrice), or a bundle deal.
func advertPrice(msg string) string {
	// The patterns run only where they can match: most messages hold no
	// percent sign and name no currency.
	if strings.ContainsRune(msg, '%') {
		if s := adDiscount.FindString(msg); s != "" {
			return s
		}
	}
	if mentionsCurrency(msg) {
		if s := adPriceOnly.FindString(msg); s != "" {
			return s
		}
		if s := namedPrice(msg); s != "" {
			return s
		}
	}
	if strings.ContainsAny(msg, "0123456789") {
		return numberDeal(msg)
	}
	return ""
}

// slicesContainsPrefix reports whether an element of l starts with p.
func slicesContainsPrefix(l []string, p string) bool {
	for _, s := range l {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// currencyHints are the symbols and words adCurrency matches, lower case.
var currencyHints = []string{"$", "€", "£", "eur", "usd", "dollar", "руб", "zł", "pln", "kč", "czk", "lei", "ft", "kr", "chf", "лв", "din", "reais", "r$"}

// mentionsCurrency reports whether msg may name a price: a digit and a
// currency.
func mentionsCurrency(msg string) bool {
	if !strings.ContainsAny(msg, "0123456789") {
		return false
	}
	if hasAnyOf(msg, "$€£") {
		return true
	}
	return containsAny(strings.ToLower(msg), currencyHints)
}

// headlineCapitals is the least share of capitalised words (of three or
// more letters) in a headline, in percent: German prose capitalises its
// nouns, about a third of its words.
const headlineCapitals = 75

// headline returns the first exclaimed line of msg when it reads as an
// advert's headline: four or more words, headlineCapitals percent of them
// capitalised; or "".
func headline(msg string) string {
	end := strings.IndexByte(msg, '!')
	if end < 0 {
		return ""
	}
	line := msg[:end]
	if i := strings.LastIndexAny(line, ".?\n"); i >= 0 {
		line = line[i+1:]
	}
	words, capped := 0, 0
	for _, w := range strings.Fields(line) {
		r := []rune(strings.Trim(w, "\"'“”‘’()[]:,;-"))
		if len(r) < 3 || !unicode.IsLetter(r[0]) {
			continue
		}
		words++
		if unicode.IsUpper(r[0]) {
			capped++
		}
	}
	if words < 4 || capped*100 < words*headlineCapitals {
		return ""
	}
	return strings.TrimSpace(line)
}

// trackingSegments are the path segments and query keys of affiliate and
// campaign links.
var trackingSegments = setOf("go", "offer", "offers", "promo", "deal", "deals", "free-trial", "click", "track",
	"redirect", "aff", "affiliate", "ref", "refid", "aff_id", "affid", "coupon", "bonus", "landing", "lp")

// trackingLink returns the first link in lower (lower-cased text) whose
// path or query holds a tracking segment, or "".
func trackingLink(lower string) string {
	for chunk := range strings.FieldsSeq(lower) {
		if strings.Contains(chunk, "@") || !isLinkChunk(chunk) {
			continue
		}
		rest := chunk
		if i := strings.Index(rest, "://"); i >= 0 {
			rest = rest[i+3:]
		}
		slash := strings.IndexAny(rest, "/?")
		if slash < 0 {
			continue
		}
		for seg := range strings.FieldsFuncSeq(rest[slash:], func(r rune) bool { return strings.ContainsRune("/?&=#.", r) }) {
			if has(trackingSegments, seg) {
				return chunk
			}
		}
	}
	return ""
}

// productQuestion are what a customer writes about our product: a demo, a
// quote, seats, an integration, "your platform". Adverts and spam sell
// their own product and ask none of this, so a message that does is a
// customer whose trade (supplements, a pharmacy, a clinic) sounds like an
// advert: spam_content on one phrase and ad_copy weigh half there.
var productQuestion = foldedPhrases(
	"your product", "your platform", "your software", "your tool", "your solution", "your service", "your api",
	"your lead", "your form*", "your price*", "which plan", "what does it cost", "how much", "cuanto cuesta",
	"quanto custa", "quanto costa", "combien coute", "was kostet", "wie viel kostet", "сколько стоит", "ile kosztuje",
	"wat kost", "vad kostar", "votre tarif", "vos tarifs", "ihre preise", "demo", "a quote", "quote for", "pricing", "integrate", "integration", "seats",
	"licen*", "users", "hipaa", "gdpr",
	"ihr produkt", "ihre software", "ihre plattform", "ihre losung", "ihr tool", "lizenz*", "nutzer",
	"votre produit", "votre solution", "votre plateforme", "votre logiciel", "votre outil", "devis", "utilisateurs",
	"su producto", "su plataforma", "su software", "su herramienta", "demostracion", "cotizacion", "usuarios",
	"seu produto", "sua plataforma", "sua ferramenta", "demonstracao", "orcamento",
	"vostro prodotto", "vostra piattaforma", "vostro software", "preventivo", "utenti",
	"uw product", "uw platform", "offerte", "gebruikers",
	"wasz produkt", "waszej platformy", "wycen*", "uzytkownik*",
	"ваш продукт", "вашего продукта", "вашей платформ*", "демо", "лиценз*", "пользовател*",
)

// Mail-order remedies are the adverts contact forms receive most: a body
// complaint or goal (weight, joints, potency, blood pressure, sugar,
// veins, prostate, hair) sold with a price, a way to order or delivery
// terms. The complaint alone is a health company describing its trade;
// the complaint with any advert cue is the advert, so the pair weighs as
// much as three kinds of cue (see adCopy).

// adBundle matches a bundle deal written with numbers in any language,
// from its first number on: "2+1", "2 für 1", "3 x 2", "2 achetés = 1
// offert", "2 halen 1 betalen", "3 y paga 2", a second one free ("2e
// flacon gratis", "2nd bottle free", "2. Flasche gratis"). adDecimal matches an amount
// with cents, which numberDeal checks for a word that makes it small
// ("only 39.99", "nur 29,90") when no currency is written. Both are tried
// only where a number starts, so that the search stays cheap.
var (
	adBundle = newLazyRegexp(`^[1-5](\s?(\+|x|für|for|pour|por|per|za|за|voor|na)\s?[1-5](\s|$|[.,!])` +
		`|(e|nd|ème|eme|º|ª|\.)\s\pL+\s(?i:gratis|free|offert|offerte|gratuit|gratuite|gratuita|grátis|kostenlos|zdarma|ingyen|darmo)` +
		`|\s\pL+(\s\pL+)?\s?=?\s?[1-5]\s(?i:offert|gratis|free|betalen|gratuit|grátis|zdarma|ingyen|darmo)` +
		`|\s(?i:y|e|et|und|and)\s(?i:paga|pague|payez|zahlen|pay)\s[1-5]\b)`)
	adDecimal = newLazyRegexp(`^\d+[.,]\d{2}\b`)
)

// numberDeal returns a bundle deal or a bare small price in msg, or "".
func numberDeal(msg string) string {
	for i := 0; i < len(msg); i++ {
		if !isASCIIDigit(msg[i]) || i > 0 && (isASCIIDigit(msg[i-1]) || msg[i-1] == '.' || msg[i-1] == ',') {
			continue // not where a number starts
		}
		if msg[i] >= '1' && msg[i] <= '5' && (i == 0 || !isASCIIWordByte(msg[i-1])) {
			if m := adBundle.FindString(msg[i:]); m != "" {
				return strings.TrimSpace(m)
			}
		}
		if m := adDecimal.FindString(msg[i:]); m != "" {
			before := " " + strings.ToLower(msg[max(0, i-adPriceReach/2):i])
			for _, w := range adOnlyWords {
				if strings.HasSuffix(before, " "+w+" ") {
					return w + " " + m
				}
			}
		}
	}
	return ""
}

// adRemedyForms are the forms a remedy is sold in, folded: with a remedy
// word they are an advert's product even before a price is named.
var adRemedyForms = foldedPhrases("drops", "capsules", "spray", "serum", "cream", "gel", "patch", "patches", "gummies", "powder",
	"parches", "cerotti", "kapsler", "tabletter", "kapseli*", "tipat", "kapsul*", "damla*",
	"tablets", "pills", "tea", "tropfen", "kapseln", "creme", "pflaster", "tabletten", "pulver", "gouttes", "gelules",
	"comprimes", "pastilles", "gotas", "capsulas", "crema", "parche", "pastillas", "gomitas", "polvo", "comprimidos",
	"cha", "gocce", "capsule", "compresse", "cerotto", "druppels", "capsules", "poeder", "pleister", "krople", "kapsulki",
	"tabletki", "plastry", "капли", "капсулы", "таблетки", "пластырь", "kapky", "kapsle", "cseppek", "kapszula",
	"picaturi", "droppar", "kapslar", "σταγονες", "καψουλες")

// adRemedies name what such remedies promise to fix, folded (a trailing *
// matches any ending), in the European languages the adverts come in.
var adRemedies = foldedPhrases(
	// Weight.
	"lose weight", "weight loss", "lost weight", "belly fat", "burn fat", "burns fat", "fat burn*", "slimming",
	"abnehm*", "fettverbrenn*", "bauchfett", "minceur", "maigrir", "perte de poids", "perdre du poids", "brule graisse*",
	"graisses", "adelgaz*", "bajar de peso", "baja de peso", "perder peso", "quemagrasa*", "quema grasa*", "emagre*",
	"dimagr*", "perdere peso", "brucia grassi", "afvallen", "afslanken", "vetverbrand*", "odchudz*", "schudn*",
	"похуд*", "сбросить вес", "жиросжига*", "hubnut*", "hubne*", "fogyas*", "fogyni", "zsirege*", "slabi*", "slabire",
	"laihdu*", "ga ner i vikt", "viktnedgang", "vaegttab", "tabe sig", "afslank*", "zayıfla*", "kilo ver*",
	"stubborn fat", "схуд*", "azucar en sangre", "тиск*", "судин*", "snork*", "snark*", "celulit*", "cellulit*", "ballonnement*", "bloating", "blahungen", "toxins", "detox",
	"back pain", "dor nas costas", "dor nas articulacoes", "суглоб*", "боли в спине", "болю в спині", "somn*",
	"sleep formula", "schlafformel", "sov hela natten",
	"αδυνατ*", "mrsavlj*",
	// Joints and back.
	"joint pain", "back pain", "arthritis", "gelenk*", "ruckenschmerz*", "arthrose", "articulaire*", "douleurs",
	"articulacion*", "articula*", "dolor de espalda", "dores", "articolazion*", "dolori", "gewrichtspijn*",
	"rugpijn", "stawy", "stawow", "bol plecow", "сустав*", "kloub*", "bolest", "izulet*", "dureri", "nivelkipu*",
	"ledvark", "ledsmarta*",
	// Potency and prostate.
	"potency", "erection*", "erectile", "libido", "impoten*", "prostat*", "testosteron*", "last longer", "in bed",
	"potenz*", "erektion*", "im bett", "puissance", "sexuelle", "potencia", "erezion*", "potentie", "potencj*",
	"erekcj*", "потенц*", "эрекц*", "простатит*", "potenc*", "erekc*",
	// Blood pressure, sugar, cholesterol, heart.
	"blood pressure", "hypertension", "blood sugar", "diabet*", "cholesterol*", "bluthochdruck", "blutdruck",
	"blutzucker", "tension arterielle", "glycemie", "hipertension", "presion arterial", "azucar en la sangre",
	"pressao alta", "pressao arterial", "glicemia", "colesterol*", "pressione alta", "ipertension*", "bloeddruk",
	"cisnien*", "cukrzyc*", "давлени*", "гипертон*", "диабет*", "холестерин*", "krevni tlak", "cukrovk*",
	"vernyomas*", "cukorbeteg*", "tensiune*", "glicemi*", "blodtryck*", "blodsocker", "verenpain*", "verensokeri",
	"seker hastalıg*", "kan seker*", "tansiyon*", "eklem agrı*", "iktidarsızlık", "varis*", "dijabetes", "pritisak",
	// Veins, hair, skin, eyes, sleep.
	"varicose", "krampfader*", "varices", "spataderen", "zylak*", "варикоз*", "krecove zily", "visszer*", "varice",
	"aderbryn*", "hair loss", "hair growing", "haarausfall", "chute de cheveux", "caida del cabello", "queda de cabelo",
	"caduta dei capelli", "haaruitval", "wypadanie wlosow", "выпадени* волос", "wrinkles", "falten", "rides",
	"arrugas", "rugas", "rughe", "rimpels", "zmarszcz*", "морщин*", "perfect vision", "without glasses",
	"ohne brille", "sans lunettes", "sin gafas", "sem oculos", "senza occhiali", "без очков",
	// Sleep, snoring, hearing, gut, memory, skin.
	"snoring", "anti snore", "ronfler", "ronflement", "schnarchen", "ronquidos", "roncar", "russare", "snurken",
	"chrapanie", "храп*", "insomnia", "schlafstorung*", "insomnie", "insomnio", "insonnia", "slapeloosheid",
	"bezsennosc", "бессонниц*", "hearing loss", "horverlust", "perte auditive", "perdida auditiva", "perda auditiva",
	"udito", "gehoorverlies", "sluch*", "слух*", "flacher bauch", "flat belly", "ventre plat", "vientre plano",
	"barriga chapada", "pancia piatta", "platte buik", "plaski brzuch", "плоский живот", "memory and focus",
	"gedachtnis", "memoire", "memoria", "pamiec", "память", "collagen", "kollagen", "collagene", "colageno",
	"collageen", "kolagen", "коллаген", "anti aging", "anti age", "anti rides", "haarwuchs", "hair growth",
	"repousse", "crecimiento del cabello",
)

// remedyAdvert returns the complaint a message sells a remedy for, when it
// holds adRemedies and at least one other kind of cue; or "". why is
// adCopy's explanation of the kinds it found.
//
// Without a listed complaint, two more signs say remedy: a weight lost
// in a time ("8 kilo in 4 weken", "10 kg en un mes"), a slimming
// remedy's promise in any language whatever the product is called
// ("afslankpillen"), with another kind of cue than that claim; and the
// form a remedy is sold in offered with a cue other than the form itself
// ("drops for pressure, 49 euros, cash on delivery", "collagen powder,
// buy 2 pay 1"): nobody but the seller names drops and a deal in one
// message.
func remedyAdvert(m foldedText, kinds int, why string) string {
	if kinds == 0 {
		return ""
	}
	if r := adRemedies.find(m); r != "" {
		return r
	}
	if kinds >= 2 && strings.ContainsAny(m.text, "0123456789") {
		if r := bodyResult(m.text); r != "" {
			return r
		}
	}
	if kinds >= 2 || !strings.Contains(why, "cue: product ") {
		return remedyForm(m)
	}
	return ""
}

// remedyFormSuffixes end compound words for a remedy's form
// ("Hårväxtserum", "Schlankkapseln", "afslankpillen"), folded.
var remedyFormSuffixes = []string{"serum", "kapseln", "kapslar", "kapsler", "tropfen", "droppar", "pillen", "tabletten",
	"tabletter", "capsules", "gummies", "pflaster", "plaster", "spray"}

// remedyForm returns the form a remedy is sold in named in m, as a word
// or ending a compound word, or "".
func remedyForm(m foldedText) string {
	if f := adRemedyForms.find(m); f != "" {
		return f
	}
	for _, w := range m.words {
		for _, s := range remedyFormSuffixes {
			if len(w) >= len(s)+4 && strings.HasSuffix(w, s) {
				return w
			}
		}
	}
	return ""
}

// remedyProduct returns a remedy named with the form it is sold in
// ("anti-snore drops", "Probiotika-Kapseln" for a flat belly), or "": an
// advert's product, counted as one kind of cue.
func remedyProduct(m foldedText) string {
	r := adRemedies.find(m)
	if r == "" {
		return ""
	}
	if f := adRemedyForms.find(m); f != "" {
		return r + " " + f
	}
	return ""
}
