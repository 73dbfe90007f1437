package main

import (
	"fmt"
	"strings"
)

// The name lists below were written for this generator from general
// knowledge of common given names and surnames in each country; they are
// not taken from any name database. Non-Latin entries carry their usual
// romanisation after "=", which the e-mail addresses use.

// locale groups what a sender from one place tends to type.
type locale struct {
	code     string   // language tag for Accept-Language
	lang     string   // message language key (see messages in genuine.go)
	country  string   // English country name
	iso      string   // ISO 3166-1 alpha-2
	accept   string   // Accept-Language header sent by a browser here
	firsts   []string // given names, "native=latin" where the script is not Latin
	lasts    []string // surnames
	suffixes []string // company legal forms
	tlds     []string // company domain endings
	phone    string   // phone pattern: # is a digit
	eastern  bool     // surname first when written natively
}

func split(s string) []string { return strings.Split(s, "|") }

var locales = []*locale{
	{code: "en-US", lang: "en", country: "United States", iso: "US", accept: "en-US,en;q=0.9",
		firsts:   split("James|Mary|Robert|Patricia|Michael|Jennifer|David|Linda|Chris|Ashley|Brandon|Megan|Tyler|Kayla|Jordan|Taylor|Marcus|Latoya|DeShawn|Jasmine|Kevin|Rachel|Ethan|Olivia|Hunter|Brittany"),
		lasts:    split("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Thomas|Jackson|White|Harris|Martin|Thompson|Robinson|Clark|Lewis|Walker|Hall|Young|King|Wright|Scott|Green|Baker|Adams|Nelson|Hill|Campbell|Mitchell|Roberts|Carter|Phillips|Evans|Turner|Parker|Collins|Edwards|Stewart|O'Connor|McAllister"),
		suffixes: split("Inc.|LLC|Corp.|Co.|Group|Partners|Holdings|"), tlds: split("com|com|com|io|co|net|us"), phone: "+1 (###) ###-####"},
	{code: "en-GB", lang: "en", country: "United Kingdom", iso: "GB", accept: "en-GB,en;q=0.9",
		firsts:   split("Oliver|Amelia|Harry|Isla|George|Ava|Jack|Emily|Charlie|Sophie|Alfie|Grace|Callum|Niamh|Rhys|Siobhan|Ewan|Fiona|Hamish|Priya|Imran|Aisling"),
		lasts:    split("Taylor|Davies|Evans|Thomas|Roberts|Hughes|Wood|Walsh|Wright|Hughes-Jones|Patel|Khan|MacDonald|Murray|Reid|Fraser|Cartwright|Ashworth|Pemberton|Ali|Begum|Lloyd|Griffiths|Fitzgerald"),
		suffixes: split("Ltd|Ltd|Limited|plc|LLP|& Co.|"), tlds: split("co.uk|co.uk|com|uk|io"), phone: "+44 #### ######"},
	{code: "en-AU", lang: "en", country: "Australia", iso: "AU", accept: "en-AU,en;q=0.9",
		firsts:   split("Lachlan|Chloe|Mitchell|Jessica|Bradley|Tahlia|Cooper|Matilda|Declan|Brooke|Nathan|Zoe"),
		lasts:    split("Nguyen|Kelly|Ryan|Byrne|Harrison|Gallagher|Papadopoulos|Russo|Singh|Chen|Henderson|Morrison"),
		suffixes: split("Pty Ltd|Pty Ltd|Group|"), tlds: split("com.au|com.au|net.au|com"), phone: "+61 # #### ####"},
	{code: "en-IN", lang: "en", country: "India", iso: "IN", accept: "en-IN,en;q=0.9,hi;q=0.8",
		firsts:   split("Aarav|Ananya|Rohan|Priya|Vikram|Sneha|Arjun|Kavya|Rahul|Pooja|Siddharth|Divya|Karthik|Lakshmi|Venkatesh|Meenakshi|Harpreet|Gurpreet|Abhishek|Nandini"),
		lasts:    split("Sharma|Verma|Patel|Iyer|Reddy|Nair|Gupta|Mehta|Banerjee|Chatterjee|Rao|Menon|Pillai|Kulkarni|Deshpande|Singh|Agarwal|Joshi|Krishnan|Subramanian|Bhattacharya"),
		suffixes: split("Pvt. Ltd.|Private Limited|Technologies|Solutions|Ltd."), tlds: split("in|co.in|com|com"), phone: "+91 ##### #####"},
	{code: "de-DE", lang: "de", country: "Germany", iso: "DE", accept: "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
		firsts:   split("Lukas|Anna|Jonas|Lea|Felix|Hannah|Tobias|Katharina|Jürgen|Sabine|Matthias|Ute|Björn|Jörg|Sönke|Birgit|Dieter|Heike|Maximilian|Franziska|Kai|Svenja"),
		lasts:    split("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Krause|Lehmann|Köhler|Weiß|Große-Kathöfer|von Bülow"),
		suffixes: split("GmbH|GmbH|AG|GmbH & Co. KG|KG|SE|e.K."), tlds: split("de|de|de|com|eu"), phone: "+49 ### #######"},
	{code: "de-AT", lang: "de", country: "Austria", iso: "AT", accept: "de-AT,de;q=0.9,en;q=0.8",
		firsts:   split("Florian|Magdalena|Stefan|Theresa|Wolfgang|Elisabeth|Dominik|Johanna"),
		lasts:    split("Gruber|Huber|Bauer|Wagner|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Berger|Fuchs"),
		suffixes: split("GmbH|AG|OG|KG"), tlds: split("at|at|com"), phone: "+43 ### ######"},
	{code: "fr-FR", lang: "fr", country: "France", iso: "FR", accept: "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
		firsts:   split("Camille|Léa|Hugo|Chloé|Théo|Manon|Antoine|Élodie|François|Hélène|Jérôme|Cécile|Benoît|Amélie|Loïc|Maëlle|Nicolas|Aurélie|Jean-Baptiste|Marie-Claire|Yannick|Inès"),
		lasts:    split("Martin|Bernard|Thomas|Petit|Robert|Richard|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|Garcia|Fournier|Girard|Bonnet|Rousseau|Mercier|Blanc|Guérin|Boyer|Lemaître|Chevalier|Faure|Gauthier|de La Tour|Benali"),
		suffixes: split("SAS|SARL|SA|SASU|"), tlds: split("fr|fr|fr|com|eu"), phone: "+33 # ## ## ## ##"},
	{code: "fr-CA", lang: "fr", country: "Canada", iso: "CA", accept: "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7",
		firsts:   split("Gabriel|Florence|Samuel|Rosalie|Mathieu|Geneviève|Étienne|Noémie"),
		lasts:    split("Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|Pelletier"),
		suffixes: split("inc.|ltée|Inc."), tlds: split("ca|ca|com"), phone: "+1 (###) ###-####"},
	{code: "es-ES", lang: "es", country: "Spain", iso: "ES", accept: "es-ES,es;q=0.9,en;q=0.8",
		firsts:   split("Lucía|Hugo|Martina|Pablo|Sofía|Álvaro|Carmen|Javier|Nuria|Íñigo|Begoña|Jordi|Montserrat|Sergio|Rocío|Adrián|Ainhoa|Xabier"),
		lasts:    split("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|Gil|Serrano|Iglesias|Etxeberria|Puig"),
		suffixes: split("S.L.|S.A.|S.L.U.|"), tlds: split("es|es|com|eu"), phone: "+34 ### ### ###"},
	{code: "es-MX", lang: "es", country: "Mexico", iso: "MX", accept: "es-MX,es;q=0.9,en;q=0.8",
		firsts:   split("José Luis|María Fernanda|Alejandro|Guadalupe|Diego|Ximena|Luis Ángel|Valeria|Jesús|Itzel|Emiliano|Daniela"),
		lasts:    split("Hernández|García|Martínez|López|González|Rodríguez|Pérez|Sánchez|Ramírez|Cruz|Flores|Gómez|Morales|Vázquez|Reyes|Jiménez|Mendoza|Ortiz|Castillo|Chávez"),
		suffixes: split("S.A. de C.V.|S. de R.L.|"), tlds: split("com.mx|mx|com"), phone: "+52 ## #### ####"},
	{code: "es-AR", lang: "es", country: "Argentina", iso: "AR", accept: "es-AR,es;q=0.9,en;q=0.8",
		firsts:   split("Santiago|Agustina|Matías|Camila|Facundo|Florencia|Nicolás|Milagros"),
		lasts:    split("González|Rodríguez|Gómez|Fernández|López|Díaz|Martínez|Pérez|Romero|Sosa|Benítez|Acosta|Medina|Herrera|Aguirre"),
		suffixes: split("S.A.|S.R.L.|S.A.S."), tlds: split("com.ar|com.ar|com"), phone: "+54 9 ## ####-####"},
	{code: "it-IT", lang: "it", country: "Italy", iso: "IT", accept: "it-IT,it;q=0.9,en;q=0.8",
		firsts:   split("Giulia|Francesco|Chiara|Alessandro|Federica|Lorenzo|Martina|Matteo|Giuseppe|Raffaella|Niccolò|Ilaria|Gianluca|Beatrice|Pierluigi|Annalisa"),
		lasts:    split("Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Costa|Giordano|Mancini|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|Ferrara|Esposito|D'Angelo|Ferrari"),
		suffixes: split("S.r.l.|S.p.A.|S.r.l.s.|"), tlds: split("it|it|com|eu"), phone: "+39 ### ### ####"},
	{code: "pt-BR", lang: "pt", country: "Brazil", iso: "BR", accept: "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
		firsts:   split("João Pedro|Ana Clara|Gabriel|Maria Eduarda|Lucas|Beatriz|Rafael|Larissa|Thiago|Fernanda|Guilherme|Juliana|Vinícius|Letícia|Caio|Luíza"),
		lasts:    split("Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro|Martins|Carvalho|Almeida|Lopes|Soares|Fernandes|Vieira|Barbosa|Rocha|Dias|Nascimento|Araújo|Conceição|Magalhães"),
		suffixes: split("Ltda.|S.A.|ME|EIRELI|"), tlds: split("com.br|com.br|com"), phone: "+55 ## #####-####"},
	{code: "pt-PT", lang: "pt", country: "Portugal", iso: "PT", accept: "pt-PT,pt;q=0.9,en;q=0.8",
		firsts:   split("Inês|Duarte|Mariana|Tiago|Catarina|Rodrigo|Leonor|Gonçalo"),
		lasts:    split("Ferreira|Santos|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes|Gonçalves|Marques"),
		suffixes: split("Lda.|S.A.|Unipessoal Lda."), tlds: split("pt|pt|com"), phone: "+351 ### ### ###"},
	{code: "nl-NL", lang: "nl", country: "Netherlands", iso: "NL", accept: "nl-NL,nl;q=0.9,en;q=0.8",
		firsts:   split("Daan|Sanne|Bram|Fleur|Sem|Lotte|Thijs|Anouk|Joost|Marloes|Pieter|Eline|Ruud|Femke|Wouter|Ilse"),
		lasts:    split("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|van der Meer|Kuipers"),
		suffixes: split("B.V.|B.V.|N.V.|"), tlds: split("nl|nl|com|eu"), phone: "+31 6 ########"},
	{code: "pl-PL", lang: "pl", country: "Poland", iso: "PL", accept: "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
		firsts:   split("Krzysztof|Agnieszka|Grzegorz|Małgorzata|Łukasz|Katarzyna|Paweł|Magdalena|Michał|Joanna|Wojciech|Zofia|Przemysław|Żaneta|Szymon|Ewelina"),
		lasts:    split("Nowak|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowski|Grabowski|Szczepański|Przybylski|Chrzanowski|Brzęczyszczykiewicz"),
		suffixes: split("Sp. z o.o.|S.A.|sp.j.|"), tlds: split("pl|pl|com.pl|com"), phone: "+48 ### ### ###"},
	{code: "cs-CZ", lang: "cs", country: "Czech Republic", iso: "CZ", accept: "cs-CZ,cs;q=0.9,en;q=0.8",
		firsts:   split("Jiří|Petra|Tomáš|Lucie|Ondřej|Tereza|Vojtěch|Kateřina|Zdeněk|Markéta"),
		lasts:    split("Svoboda|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Pokorný|Marek|Pospíšil|Hájek|Král|Jelínek|Růžička"),
		suffixes: split("s.r.o.|a.s.|s.r.o."), tlds: split("cz|cz|com"), phone: "+420 ### ### ###"},
	{code: "sv-SE", lang: "sv", country: "Sweden", iso: "SE", accept: "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7",
		firsts:   split("Erik|Astrid|Lars|Ingrid|Johan|Maja|Oskar|Elsa|Björn|Linnéa|Måns|Åsa"),
		lasts:    split("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Gustafsson|Lindqvist|Bergström|Lindgren|Åberg|Sjöberg|Öberg"),
		suffixes: split("AB|AB|HB"), tlds: split("se|se|com"), phone: "+46 ## ### ## ##"},
	{code: "fi-FI", lang: "fi", country: "Finland", iso: "FI", accept: "fi-FI,fi;q=0.9,en;q=0.8",
		firsts:   split("Juha|Aino|Mikko|Sanna|Antti|Eeva|Jukka|Päivi|Ville|Hanna|Tuomas|Kaisa"),
		lasts:    split("Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|Saarinen"),
		suffixes: split("Oy|Oy|Oyj"), tlds: split("fi|fi|com"), phone: "+358 ## ### ####"},
	{code: "da-DK", lang: "en", country: "Denmark", iso: "DK", accept: "da-DK,da;q=0.9,en;q=0.8",
		firsts:   split("Søren|Mette|Rasmus|Signe|Mads|Freja|Anders|Louise"),
		lasts:    split("Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Møller|Kristiansen"),
		suffixes: split("ApS|A/S|ApS"), tlds: split("dk|dk|com"), phone: "+45 ## ## ## ##"},
	{code: "tr-TR", lang: "tr", country: "Turkey", iso: "TR", accept: "tr-TR,tr;q=0.9,en;q=0.8",
		firsts:   split("Mehmet|Ayşe|Mustafa|Fatma|Emre|Zeynep|Burak|Elif|Oğuz|Gülşen|Çağrı|Şule|İbrahim|Özge"),
		lasts:    split("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Koç|Kurt|Özkan"),
		suffixes: split("A.Ş.|Ltd. Şti.|"), tlds: split("com.tr|com.tr|com"), phone: "+90 5## ### ## ##"},
	{code: "ru-RU", lang: "ru", country: "Russia", iso: "RU", accept: "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
		firsts:   split("Алексей=Aleksei|Екатерина=Ekaterina|Дмитрий=Dmitry|Ольга=Olga|Сергей=Sergey|Наталья=Natalia|Андрей=Andrey|Татьяна=Tatiana|Михаил=Mikhail|Юлия=Yulia|Владимир=Vladimir|Анастасия=Anastasia"),
		lasts:    split("Смирнов=Smirnov|Кузнецов=Kuznetsov|Попов=Popov|Соколов=Sokolov|Лебедев=Lebedev|Козлов=Kozlov|Новиков=Novikov|Морозов=Morozov|Волков=Volkov|Соловьёв=Solovyov|Васильев=Vasiliev|Зайцев=Zaitsev|Павлов=Pavlov|Семёнов=Semenov|Голубев=Golubev"),
		suffixes: split("ООО|АО|ПАО"), tlds: split("ru|ru|com"), phone: "+7 ### ###-##-##"},
	{code: "uk-UA", lang: "uk", country: "Ukraine", iso: "UA", accept: "uk-UA,uk;q=0.9,en;q=0.8",
		firsts:   split("Олександр=Oleksandr|Оксана=Oksana|Андрій=Andrii|Ірина=Iryna|Тарас=Taras|Наталія=Nataliia|Богдан=Bohdan|Юлія=Yuliia"),
		lasts:    split("Шевченко=Shevchenko|Бондаренко=Bondarenko|Коваленко=Kovalenko|Ткаченко=Tkachenko|Кравченко=Kravchenko|Мельник=Melnyk|Олійник=Oliinyk|Поліщук=Polishchuk"),
		suffixes: split("ТОВ|ПП|"), tlds: split("ua|com.ua|com"), phone: "+380 ## ### ## ##"},
	{code: "el-GR", lang: "en", country: "Greece", iso: "GR", accept: "el-GR,el;q=0.9,en;q=0.8",
		firsts:   split("Γιώργος=Giorgos|Μαρία=Maria|Νίκος=Nikos|Ελένη=Eleni|Δημήτρης=Dimitris|Κατερίνα=Katerina"),
		lasts:    split("Παπαδόπουλος=Papadopoulos|Οικονόμου=Oikonomou|Γεωργίου=Georgiou|Νικολάου=Nikolaou|Καραγιάννης=Karagiannis|Βασιλείου=Vasileiou"),
		suffixes: split("Α.Ε.|Ο.Ε.|"), tlds: split("gr|gr|com"), phone: "+30 69# ### ####"},
	{code: "ar-EG", lang: "ar", country: "Egypt", iso: "EG", accept: "ar-EG,ar;q=0.9,en;q=0.8",
		firsts:   split("محمد=Mohamed|فاطمة=Fatma|أحمد=Ahmed|نور=Nour|يوسف=Youssef|مريم=Mariam|عمر=Omar|سارة=Sara"),
		lasts:    split("حسن=Hassan|إبراهيم=Ibrahim|عبد الله=Abdallah|السيد=Elsayed|مصطفى=Mostafa|فاروق=Farouk|الشريف=Elsherif|منصور=Mansour"),
		suffixes: split("ش.م.م|Co.|"), tlds: split("com.eg|com|com"), phone: "+20 1## ### ####"},
	{code: "ar-AE", lang: "en", country: "United Arab Emirates", iso: "AE", accept: "en-AE,en;q=0.9,ar;q=0.8",
		firsts:   split("Khalid|Aisha|Rashid|Layla|Hamdan|Noura|Faisal|Reem"),
		lasts:    split("Al Maktoum|Al Nuaimi|Al Mansoori|Al Hashimi|Al Suwaidi|Al Falasi|Haddad|Khoury"),
		suffixes: split("LLC|FZ-LLC|FZE"), tlds: split("ae|com"), phone: "+971 5# ### ####"},
	{code: "he-IL", lang: "en", country: "Israel", iso: "IL", accept: "he-IL,he;q=0.9,en;q=0.8",
		firsts:   split("Noa|Yosef|Tamar|Itai|Shira|Omer|Yael|Avi"),
		lasts:    split("Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Azoulay|Katz|Ben-David"),
		suffixes: split("Ltd.|Ltd.|"), tlds: split("co.il|com"), phone: "+972 5# ### ####"},
	{code: "zh-CN", lang: "zh", country: "China", iso: "CN", accept: "zh-CN,zh;q=0.9,en;q=0.8", eastern: true,
		firsts:   split("伟=Wei|芳=Fang|静=Jing|磊=Lei|秀英=Xiuying|建华=Jianhua|晓明=Xiaoming|丽=Li|强=Qiang|婷婷=Tingting|志强=Zhiqiang|欣怡=Xinyi|浩=Hao|雪=Xue"),
		lasts:    split("王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang|赵=Zhao|周=Zhou|吴=Wu|徐=Xu|孙=Sun|朱=Zhu|胡=Hu|郭=Guo|何=He|高=Gao|林=Lin|邱=Qiu|欧阳=Ouyang"),
		suffixes: split("有限公司|科技有限公司|Co., Ltd."), tlds: split("cn|com.cn|com"), phone: "+86 1## #### ####"},
	{code: "zh-TW", lang: "zh", country: "Taiwan", iso: "TW", accept: "zh-TW,zh;q=0.9,en;q=0.8", eastern: true,
		firsts:   split("怡君=Yi-Chun|家豪=Chia-Hao|雅婷=Ya-Ting|志明=Chih-Ming|淑芬=Shu-Fen|冠宇=Kuan-Yu"),
		lasts:    split("陳=Chen|林=Lin|黃=Huang|張=Chang|李=Lee|王=Wang|吳=Wu|蔡=Tsai|許=Hsu|鄭=Cheng"),
		suffixes: split("股份有限公司|有限公司|Co., Ltd."), tlds: split("com.tw|tw|com"), phone: "+886 9## ### ###"},
	{code: "ja-JP", lang: "ja", country: "Japan", iso: "JP", accept: "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", eastern: true,
		firsts:   split("翔太=Shota|陽菜=Hina|大輝=Daiki|美咲=Misaki|拓也=Takuya|さくら=Sakura|健一=Kenichi|由美=Yumi|悠斗=Yuto|真由美=Mayumi|亮=Ryo|彩=Aya"),
		lasts:    split("佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|伊藤=Ito|渡辺=Watanabe|中村=Nakamura|小林=Kobayashi|加藤=Kato|吉田=Yoshida|山本=Yamamoto|松本=Matsumoto|井上=Inoue|木村=Kimura|清水=Shimizu"),
		suffixes: split("株式会社|合同会社|Co., Ltd.|K.K."), tlds: split("co.jp|jp|com"), phone: "+81 ##-####-####"},
	{code: "ko-KR", lang: "ko", country: "South Korea", iso: "KR", accept: "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", eastern: true,
		firsts:   split("민준=Minjun|서연=Seoyeon|지훈=Jihoon|지은=Jieun|현우=Hyunwoo|수빈=Subin|도윤=Doyoon|하은=Haeun|성민=Sungmin|예린=Yerin"),
		lasts:    split("김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|조=Cho|윤=Yoon|장=Jang|임=Lim|한=Han|오=Oh|서=Seo|신=Shin"),
		suffixes: split("주식회사|(주)|Co., Ltd."), tlds: split("co.kr|kr|com"), phone: "+82 10-####-####"},
	{code: "vi-VN", lang: "vi", country: "Vietnam", iso: "VN", accept: "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", eastern: true,
		firsts:   split("Minh Anh|Thu Trang|Quốc Bảo|Ngọc Lan|Văn Hùng|Thị Hương|Đức Anh|Phương Linh|Tuấn|Hải Yến|Khánh|Thị Thu"),
		lasts:    split("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý"),
		suffixes: split("Công ty TNHH|JSC|Co., Ltd."), tlds: split("vn|com.vn|com"), phone: "+84 9# ### ## ##"},
	{code: "id-ID", lang: "id", country: "Indonesia", iso: "ID", accept: "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7",
		firsts:   split("Budi|Siti|Agus|Dewi|Rizky|Putri|Wahyu|Sri|Andi|Ratna|Eko|Nurul|Hendra|Indah|Yoga|Fitri"),
		lasts:    split("Santoso|Wijaya|Kusuma|Saputra|Hidayat|Pratama|Nugroho|Setiawan|Siregar|Hutapea|Simanjuntak|Halim|Gunawan|Lestari|Wibowo|"),
		suffixes: split("PT|CV|Tbk"), tlds: split("co.id|id|com"), phone: "+62 8## #### ####"},
	{code: "th-TH", lang: "en", country: "Thailand", iso: "TH", accept: "th-TH,th;q=0.9,en;q=0.8",
		firsts:   split("Somchai|Siriporn|Anan|Kanya|Thanawat|Pimchanok|Nattapong|Wannisa"),
		lasts:    split("Srisawat|Chaiyaphum|Wongsakul|Rattanakorn|Phongphaew|Saetang|Boonmee|Thongchai"),
		suffixes: split("Co., Ltd.|Public Company Limited"), tlds: split("co.th|com"), phone: "+66 8# ### ####"},
	{code: "fil-PH", lang: "en", country: "Philippines", iso: "PH", accept: "en-PH,en;q=0.9,fil;q=0.8",
		firsts:   split("Jose Miguel|Maria Cristina|Mark Anthony|Rowena|Jerome|Marites|Paolo|Kimberly"),
		lasts:    split("Dela Cruz|Reyes|Santos|Bautista|Mendoza|Villanueva|Aquino|Castillo|Garcia|Ramos"),
		suffixes: split("Inc.|Corp.|"), tlds: split("com.ph|ph|com"), phone: "+63 9## ### ####"},
	{code: "en-NG", lang: "en", country: "Nigeria", iso: "NG", accept: "en-NG,en;q=0.9",
		firsts:   split("Chinedu|Ngozi|Oluwaseun|Folake|Emeka|Adaeze|Tunde|Yetunde|Ibrahim|Aisha|Chukwuemeka|Temitope"),
		lasts:    split("Okafor|Adeyemi|Okonkwo|Balogun|Eze|Nwosu|Obi|Adebayo|Olawale|Ibrahim|Bello|Ogunleye|Nwachukwu"),
		suffixes: split("Ltd|Limited|Nig. Ltd"), tlds: split("com.ng|ng|com"), phone: "+234 80# ### ####"},
	{code: "en-ZA", lang: "en", country: "South Africa", iso: "ZA", accept: "en-ZA,en;q=0.9,af;q=0.8",
		firsts:   split("Thabo|Nomvula|Sipho|Lerato|Pieter|Annelie|Kagiso|Zanele|Johan|Naledi"),
		lasts:    split("Nkosi|Dlamini|Mkhize|Ndlovu|van der Merwe|Botha|Khumalo|Mokoena|Naidoo|Pretorius|Tshabalala|Zulu"),
		suffixes: split("(Pty) Ltd|(Pty) Ltd|Ltd"), tlds: split("co.za|co.za|com"), phone: "+27 ## ### ####"},
	{code: "en-KE", lang: "en", country: "Kenya", iso: "KE", accept: "en-KE,en;q=0.9,sw;q=0.8",
		firsts:   split("Wanjiru|Kamau|Achieng|Otieno|Njeri|Kiprono|Wambui|Mwangi"),
		lasts:    split("Odhiambo|Kariuki|Mutua|Ochieng|Wafula|Kiplagat|Njoroge|Chebet"),
		suffixes: split("Ltd|Limited"), tlds: split("co.ke|com"), phone: "+254 7## ######"},
	{code: "hu-HU", lang: "en", country: "Hungary", iso: "HU", accept: "hu-HU,hu;q=0.9,en;q=0.8", eastern: true,
		firsts:   split("Bence|Réka|Gergő|Zsófia|László|Krisztina|Ádám|Eszter"),
		lasts:    split("Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp"),
		suffixes: split("Kft.|Zrt.|Bt."), tlds: split("hu|hu|com"), phone: "+36 ## ### ####"},
	{code: "ro-RO", lang: "en", country: "Romania", iso: "RO", accept: "ro-RO,ro;q=0.9,en;q=0.8",
		firsts:   split("Andrei|Ioana|Mihai|Elena|Ștefan|Alexandra|Răzvan|Cristina"),
		lasts:    split("Popa|Popescu|Radu|Dumitru|Stan|Stoica|Gheorghe|Matei|Ciobanu|Rusu|Munteanu|Constantinescu"),
		suffixes: split("S.R.L.|S.A."), tlds: split("ro|ro|com"), phone: "+40 7## ### ###"},
	{code: "is-IS", lang: "en", country: "Iceland", iso: "IS", accept: "is-IS,is;q=0.9,en;q=0.8",
		firsts:   split("Guðrún|Sigurður|Þórdís|Jón|Ásta|Ólafur"),
		lasts:    split("Jónsdóttir|Sigurðsson|Guðmundsdóttir|Einarsson|Þórsson|Magnúsdóttir"),
		suffixes: split("ehf.|hf."), tlds: split("is|com"), phone: "+354 ### ####"},
	{code: "hi-IN", lang: "hi", country: "India", iso: "IN", accept: "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7",
		firsts:   split("राहुल=Rahul|प्रिया=Priya|अमित=Amit|सुनीता=Sunita|विकास=Vikas|अंजलि=Anjali"),
		lasts:    split("शर्मा=Sharma|वर्मा=Verma|यादव=Yadav|गुप्ता=Gupta|सिंह=Singh|मिश्रा=Mishra"),
		suffixes: split("प्रा. लि.|Pvt. Ltd."), tlds: split("in|co.in|com"), phone: "+91 ##### #####"},
}

// name is a native spelling with its Latin transliteration.
type name struct{ native, latin string }

func parseName(s string) name {
	if i := strings.Index(s, "="); i >= 0 {
		return name{s[:i], s[i+1:]}
	}
	return name{s, fold(s)}
}

// person is one sender, with the address they would use at work.
type person struct {
	loc         *locale
	first, last name
	company     string
	domain      string
}

// display returns the given and family name as typed in the form.
func (p person) display() (first, last string) { return p.first.native, p.last.native }

// fold maps Latin letters with diacritics to plain ASCII, as people do when
// they make up an e-mail address; other characters pass through.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := foldMap[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var foldMap = map[rune]string{}

func init() {
	pairs := []string{
		"àáâãäåāăą", "a", "ÀÁÂÃÄÅĀĂĄ", "A", "çćč", "c", "ÇĆČ", "C", "ďđ", "d", "ĎĐ", "D",
		"èéêëēęěė", "e", "ÈÉÊËĒĘĚ", "E", "ìíîïīı", "i", "ÌÍÎÏĪİ", "I", "ñńň", "n", "ÑŃŇ", "N",
		"òóôõöøōőơ", "o", "ÒÓÔÕÖØŌŐƠ", "O", "ùúûüūůűư", "u", "ÙÚÛÜŪŮŰƯ", "U", "ýÿ", "y", "Ý", "Y",
		"śšșş", "s", "ŚŠȘŞ", "S", "ťț", "t", "ŤȚ", "T", "źżž", "z", "ŹŻŽ", "Z", "ł", "l", "Ł", "L",
		"ř", "r", "Ř", "R", "ğ", "g", "Ğ", "G", "ð", "d", "Ð", "D", "ß", "ss", "þ", "th", "Þ", "Th",
		"æ", "ae", "Æ", "Ae", "œ", "oe", "ảạấầẩẫậắằẳẵặ", "a", "ẻẽẹếềểễệ", "e", "ỉĩị", "i",
		"ỏọốồổỗộớờởỡợ", "o", "ủũụứừửữự", "u", "ỳỷỹỵ", "y", "Đ", "D",
	}
	for i := 0; i < len(pairs); i += 2 {
		for _, r := range pairs[i] {
			foldMap[r] = pairs[i+1]
		}
	}
}

// slug makes a lower-case ASCII label out of a name for e-mail addresses
// and domains: folded, letters and digits kept, the rest dropped.
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(fold(s)) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Company names are built from word parts so that no list of real firms is
// needed; a clash with a real firm is a coincidence.
var (
	coStems = split("North|Blue|Silver|Oak|Cedar|River|Summit|Harbor|Iron|Bright|Clear|Stone|Pine|Maple|Granite|Copper|Falcon|Meridian|Atlas|Vertex|Nova|Aurora|Lumen|Terra|Alpen|Rhein|Nord|Sol|Vega|Orion|Helix|Kestrel|Beacon|Keystone|Redwood|Willow|Crescent|Polar|Delta|Sierra|Tandem|Quarry|Anchor|Lantern|Mosaic|Prism|Fjord|Baltic|Adria|Andes")
	coKinds = split("Logistics|Analytics|Systems|Software|Labs|Health|Foods|Engineering|Consulting|Retail|Freight|Energy|Dental|Capital|Insurance|Manufacturing|Robotics|Media|Pharma|Textiles|Medical|Mobility|Solar|Water|Learning|Legal|Travel|Digital|Metals|Packaging|Biotech|Furniture|Agro|Security|Networks")
)

// fmtPhone fills a pattern's # with digits; the first digit after the
// country code is never 0 so that the number looks dialable.
func fmtPhone(g *gen, pattern string) string {
	var b strings.Builder
	first := true
	for _, r := range pattern {
		if r == '#' {
			d := g.intn(10)
			if first {
				d = 2 + g.intn(8)
				first = false
			}
			fmt.Fprintf(&b, "%d", d)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
