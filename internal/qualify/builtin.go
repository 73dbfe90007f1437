package qualify

// Built-in multilingual vocabularies. They were written for leadsieve; the
// rules file adds to them. Phrases are compared after normalization (lower
// case, accents removed, punctuation as spaces) on word boundaries.

// titleAssistant marks titles that work for a senior person rather than
// being one ("Assistant to the CEO"); they count as individual contributor.
var titleAssistant = []string{
	"assistant", "assistante", "assistent", "assistentin", "assistente", "asistente",
	"secretary", "secretaire", "sekretar", "sekretarin", "secretaria", "secretario",
	"segretaria", "segretario", "secretaresse", "sekretarka", "office of the ceo",
	"chief of staff to", "秘书", "秘書", "アシスタント",
}

// titleIC are phrases that contain a senior word but name an individual
// contributor role.
var titleIC = []string{
	"product owner", "process owner", "account owner", "business process owner",
	"lead generation", "lead gen", "lead developer advocate", "content owner",
	"specialist", "engineer", "developer", "analyst", "consultant", "associate",
	"representative",
}

var titleStudent = []string{
	"student", "intern", "internship", "trainee", "apprentice", "phd candidate",
	"phd student", "graduate student", "undergraduate", "working student",
	"werkstudent", "werkstudentin", "praktikant", "praktikantin", "auszubildender",
	"auszubildende", "azubi", "studentin",
	"stagiaire", "etudiant", "etudiante", "alternant", "alternante",
	"becario", "becaria", "estudiante", "practicante",
	"estagiario", "estagiaria", "estudante",
	"stagista", "studente", "studentessa", "tirocinante",
	"stagiair", "stagiaire", "studente",
	"stazysta", "stazystka", "praktykant", "praktykantka",
	"学生", "実習生", "インターン", "实习生", "实习",
}

var titleManager = []string{
	"manager", "lead", "team lead", "team leader", "tech lead", "supervisor",
	"teamleiter", "teamleiterin", "projektleiter", "projektleiterin", "gruppenleiter",
	"gruppenleiterin", "referent",
	"responsable", "chef de projet", "chef de service", "chef d equipe", "cheffe de projet",
	"gerente", "gerente de ventas", "jefe de proyecto", "jefa de proyecto", "coordinador",
	"coordinadora", "encargado", "encargada",
	"gestor", "gestora", "coordenador", "coordenadora",
	"responsabile", "capo progetto", "capo", "coordinatore", "coordinatrice",
	"teamleider", "projectleider", "afdelingsmanager",
	"kierownik", "kierowniczka", "menedzer",
	"課長", "係長", "主任", "マネージャー", "经理", "主管", "组长",
}

var titleDirector = []string{
	"director", "head", "head of", "general manager", "gm", "chief of staff",
	"senior director", "principal director",
	"leiter", "leiterin", "abteilungsleiter", "abteilungsleiterin", "bereichsleiter",
	"bereichsleiterin", "vertriebsleiter", "vertriebsleiterin", "marketingleiter",
	"marketingleiterin", "direktor", "direktorin", "prokurist", "prokuristin",
	"directeur", "directrice", "directeur commercial", "directrice commerciale",
	"directora", "jefe", "jefa", "jefe de ventas", "jefa de ventas",
	"diretor", "diretora", "diretor comercial", "diretora comercial",
	"direttore", "direttrice", "dirigente",
	"hoofd", "gerente general",
	"dyrektor", "dyrektorka", "dyrektor sprzedazy",
	"部長", "本部長", "事業部長", "总监", "部门经理", "主任经理",
}

var titleVP = []string{
	"vp", "svp", "evp", "avp", "vice president", "vicepresident", "senior vice president",
	"executive vice president", "vizeprasident", "vizeprasidentin",
	"vice presidente", "vicepresidente", "vicepresidenta", "vice presidenta",
	"vice presidentessa", "wiceprezes", "vice directeur", "vice directrice",
	"副社長", "副总裁", "副总经理", "副总",
}

var titleCLevel = []string{
	"ceo", "cto", "cfo", "coo", "cmo", "cro", "cio", "ciso", "cpo", "cdo", "cso", "cco",
	"chief executive", "chief executive officer",
	"founder", "co founder", "cofounder", "owner", "co owner", "business owner",
	"president", "managing director", "managing partner", "executive director",
	"chairman", "chairwoman", "chairperson", "proprietor",
	"geschaftsfuhrer", "geschaftsfuhrerin", "geschaftsfuhrender gesellschafter",
	"vorstand", "vorstandin", "vorstandsvorsitzender", "vorstandsvorsitzende",
	"inhaber", "inhaberin", "grunder", "grunderin", "mitgrunder",
	"pdg", "president directeur general", "presidente", "presidente directeur general", "gerant", "gerante",
	"fondateur", "fondatrice", "cofondateur", "cofondatrice",
	"directeur general", "directrice generale", "dg",
	"consejero delegado", "consejera delegada", "director general", "directora general",
	"director ejecutivo", "directora ejecutiva", "fundador", "fundadora", "cofundador",
	"cofundadora", "dueno", "duena", "propietario", "propietaria", "presidenta",
	"diretor geral", "diretora geral", "diretor executivo", "diretora executiva",
	"socio", "socia", "socio diretor", "socia diretora", "proprietario", "proprietaria",
	"amministratore delegato", "amministratrice delegata", "direttore generale",
	"titolare", "fondatore", "fondatrice",
	"eigenaar", "oprichter", "algemeen directeur", "mede oprichter",
	"prezes", "prezes zarzadu", "wlasciciel", "wlascicielka", "dyrektor generalny",
	"zalozyciel",
	"社長", "代表取締役", "代表取締役社長", "会長", "取締役", "CEO",
	"总经理", "首席执行官", "总裁", "董事长", "创始人", "老板",
}

// Negative intent categories, matched in the message.
var negJobSeeker = []string{
	"looking for a job", "looking for job", "job application", "apply for a job",
	"my cv", "my resume", "my resum", "attached my cv", "attached cv",
	"internship", "career", "careers", "job opening", "job openings", "vacancy",
	"open position", "open positions", "work for you", "work with your team",
	"bewerbung", "lebenslauf", "stellenangebot", "praktikumsplatz",
	"candidature", "mon cv", "offre d emploi", "stage chez vous",
	"busco trabajo", "mi cv", "curriculum", "oferta de empleo", "practicas",
	"meu curriculo", "vaga", "estagio", "emprego",
	"candidatura", "il mio cv", "offerta di lavoro", "tirocinio",
	"sollicitatie", "vacature", "stageplek",
	"szukam pracy", "moje cv",
}

var negStudentResearch = []string{
	"my thesis", "master thesis", "masters thesis", "bachelor thesis", "dissertation",
	"university project", "school project", "class project", "course project",
	"survey for my", "research project", "academic research", "for my studies",
	"homework",
	"masterarbeit", "bachelorarbeit", "abschlussarbeit", "studienarbeit", "seminararbeit",
	"ma these", "memoire", "projet universitaire", "projet etudiant",
	"mi tesis", "tesis", "trabajo de fin de grado", "tfg", "tfm", "proyecto universitario",
	"minha tese", "tcc", "trabalho de conclusao", "projeto da faculdade",
	"la mia tesi", "tesi di laurea", "progetto universitario",
	"scriptie", "afstudeeronderzoek", "afstudeerproject",
	"praca magisterska", "praca licencjacka", "projekt na studia",
	"卒業論文", "论文", "毕业设计",
}

var negVendor = []string{
	"partnership opportunity", "partnership proposal", "we offer", "we provide",
	"our agency", "our services", "our company offers", "seo services", "link building",
	"guest post", "outsourcing services", "lead generation services", "we can help you",
	"would you be interested in our", "white label", "reseller opportunity",
	"wir bieten", "unsere agentur", "kooperationsanfrage",
	"nous proposons", "notre agence", "nos services",
	"ofrecemos", "nuestra agencia", "nuestros servicios",
	"oferecemos", "nossa agencia", "nossos servicos",
	"offriamo", "la nostra agenzia", "i nostri servizi",
	"wij bieden", "ons bureau",
	"oferujemy", "nasza agencja",
}

var negSupport = []string{
	"my account", "our account", "not working", "doesn t work", "does not work",
	"bug", "error message", "invoice", "refund", "cancel my subscription",
	"cancel our subscription", "cancel my account", "reset my password", "password reset",
	"can t log in", "cannot log in", "can t login", "cannot login", "support ticket",
	"mein konto", "funktioniert nicht", "rechnung", "kundigen", "kundigung", "passwort",
	"mon compte", "ne fonctionne pas", "ne marche pas", "facture", "resilier", "mot de passe",
	"mi cuenta", "no funciona", "factura", "cancelar mi suscripcion", "contrasena",
	"minha conta", "nao funciona", "fatura", "cancelar minha assinatura", "senha",
	"il mio account", "non funziona", "fattura", "disdire", "annullare l abbonamento",
	"mijn account", "werkt niet", "factuur", "opzeggen", "wachtwoord",
	"moje konto", "nie dziala", "faktura", "anulowac subskrypcje", "haslo",
}

// Timeline phrases by bucket.
var timelineNow = []string{
	"asap", "as soon as possible", "immediately", "urgent", "urgently", "right away",
	"right now", "this month", "this week", "today",
	"sofort", "so schnell wie moglich", "dringend", "umgehend", "diesen monat",
	"des que possible", "au plus vite", "immediatement", "urgent", "ce mois ci",
	"lo antes posible", "cuanto antes", "inmediatamente", "urgente", "este mes",
	"o mais rapido possivel", "o quanto antes", "imediatamente", "este mes",
	"il prima possibile", "subito", "immediatamente", "questo mese",
	"zo snel mogelijk", "meteen", "per direct", "deze maand",
	"jak najszybciej", "natychmiast", "pilne", "w tym miesiacu",
	"至急", "すぐに", "尽快", "马上", "立即",
}

var timelineQuarter = []string{
	"this quarter", "next month", "next few weeks", "in the coming weeks",
	"within 3 months", "within three months", "in 3 months", "next 3 months",
	"dieses quartal", "nachsten monat", "kommenden monat", "in den nachsten wochen",
	"ce trimestre", "le mois prochain", "dans les prochaines semaines",
	"este trimestre", "el proximo mes", "el mes que viene", "proximo mes", "proximas semanas",
	"neste trimestre", "mes que vem",
	"questo trimestre", "il prossimo mese", "mese prossimo", "prossime settimane",
	"dit kwartaal", "volgende maand", "komende weken",
	"w tym kwartale", "w przyszlym miesiacu",
	"今四半期", "来月", "本季度", "下个月",
}

var timelineYear = []string{
	"next quarter", "this year", "later this year", "within 6 months", "within six months",
	"in 6 months", "next 6 months", "in the next year", "within a year", "within 12 months",
	"nachstes quartal", "nachsten quartal", "dieses jahr", "in diesem jahr", "im laufe des jahres",
	"le trimestre prochain", "trimestre prochain", "cette annee", "dans l annee",
	"el proximo trimestre", "proximo trimestre", "este ano", "este anio",
	"proximo trimestre", "neste ano",
	"il prossimo trimestre", "prossimo trimestre", "quest anno", "entro l anno",
	"volgend kwartaal", "dit jaar",
	"w przyszlym kwartale", "w tym roku",
	"来期", "今年", "下季度", "今年内",
}

var timelineNextYear = []string{
	"next year", "next fiscal year", "in 2 years", "in two years",
	"nachstes jahr", "nachsten jahr", "im nachsten jahr",
	"l annee prochaine", "l an prochain", "annee prochaine",
	"el proximo ano", "el ano que viene", "proximo ano", "ano que vem",
	"l anno prossimo", "anno prossimo", "il prossimo anno",
	"volgend jaar", "w przyszlym roku",
	"来年", "明年",
}

var timelineResearch = []string{
	"just researching", "just looking", "just browsing", "no timeline", "no rush",
	"no specific timeline", "not sure yet", "gathering information", "early stage",
	"researching options", "no immediate need", "just curious",
	"nur informieren", "informiere mich nur", "kein zeitplan", "keine eile", "noch unklar",
	"je me renseigne", "simple renseignement", "pas de calendrier", "pas presse",
	"solo estoy investigando", "solo informacion", "sin prisa", "sin plazo",
	"so pesquisando", "apenas pesquisando", "sem pressa", "sem prazo",
	"mi sto solo informando", "solo informazioni", "senza fretta", "nessuna scadenza",
	"alleen orienterend", "orienterend", "geen haast",
	"tylko sie rozgladam", "bez pospiechu",
	"情報収集", "了解一下", "只是看看",
}

// budgetNone are phrases stating there is no budget.
var budgetNone = []string{
	"no budget", "none", "zero", "no money", "not budgeted", "no budget yet",
	"kein budget", "noch kein budget", "pas de budget", "aucun budget",
	"sin presupuesto", "no hay presupuesto", "sem orcamento", "nessun budget",
	"geen budget", "brak budzetu", "予算なし", "没有预算",
}

// employeeWords follow a head count ("about 300 employees").
var employeeWords = []string{
	"employees", "employee", "staff", "people", "persons", "fte", "ftes", "headcount",
	"mitarbeiter", "mitarbeitende", "mitarbeiterinnen", "beschaftigte",
	"employes", "salaries", "collaborateurs", "personnes",
	"empleados", "trabajadores", "personas", "colaboradores",
	"funcionarios", "pessoas",
	"dipendenti", "persone", "collaboratori",
	"medewerkers", "werknemers", "mensen",
	"pracownikow", "pracownicy", "osob",
	"名", "人", "员工", "従業員", "社員",
}
