package main

// Round sixteen (source kinds-identity-r16), written on 2026-12-07 right
// after round fifteen was measured (19.6 %) and before any rule its misses
// informed: test entries and throwaway services in still other languages,
// scripts and developer habits, and their look-alikes; without reading the
// outsider records or their generator. Sealed until the rules were done,
// then measured once: held out.

// testEntries16: someone trying the form.
var testEntries16 = []row{
	{first: "Արամ", last: "Պետրոսյան", company: "Օրինակ ՍՊԸ", email: "aram.petrosyan@mail.am", msg: "թեստ"},
	{first: "Бат", last: "Болд", company: "Жишээ ХХК", email: "bat.bold@gmail.com", msg: "туршилт"},
	{first: "Асқар", last: "Нұрланов", company: "Мысал ЖШС", email: "askar.nurlanov@mail.kz", msg: "сынақ"},
	{first: "Марко", last: "Петровић", company: "Пример доо", email: "marko.petrovic@gmail.com", msg: "тест порука"},
	{first: "Sok", last: "Dara", company: "ក្រុមហ៊ុន គំរូ", email: "sok.dara@gmail.com", msg: "សាកល្បង"},
	{first: "Abebe", last: "Kebede", company: "Kebede PLC", email: "abebe.kebede@gmail.com", msg: "ሙከራ"},
	{first: "Tunde", last: "Adeyemi", company: "Apẹẹrẹ Ltd", email: "tunde.adeyemi@yahoo.com", msg: "idanwo"},
	{first: "Aled", last: "Jones", company: "Cwmni Enghraifft Cyf", email: "aled.jones@btinternet.com", msg: "prawf"},
	{first: "Siobhán", last: "Murphy", company: "Sampla Teoranta", email: "siobhan.murphy@eircom.net", msg: "tástáil"},
	{first: "Maja", last: "Novak", company: "Podjetje d.o.o.", email: "maja.novak@siol.net", msg: "preizkus"},
	{first: "Arjun", last: "Nair", company: "Nair Stores", email: "arjun.nair@gmail.com", msg: "പരീക്ഷണം"},
	{first: "admin", last: "admin", company: "admin", email: "admin@admin.com", msg: "admin"},
	{first: "root", last: "root", company: "localhost", email: "root@localhost.localdomain", msg: "test"},
	{first: "abc", last: "def", company: "ghi", email: "abc@def.com", msg: "jkl"},
	{first: "Tester", last: "McTestface", company: "Testy Inc", email: "tester.mctestface@gmail.com"},
	{first: "Test", last: "Testerson", company: "Acme", email: "test.testerson@outlook.com", msg: "hello"},
	{first: "Foo", last: "Barson", company: "Foobar Ltd", email: "foo.barson@gmail.com"},
	{first: "Zed", last: "Zed", company: "Zzz", email: "zzz@zzz.zz", msg: "zzz"},
	{first: "QA", last: "Ignore", company: "Halcyon", email: "qa@halcyon.app", msg: "QA: ignore"},
	{first: "Lina", last: "Roth", company: "Roth Digital", email: "lina@rothdigital.de", msg: "PLEASE IGNORE"},
	{first: "Sam", last: "Hale", company: "Hale Labs", email: "sam@halelabs.io", msg: "test test test test"},
	{first: "Dev", last: "Ops", company: "Northpine", email: "noreply@northpine.io", msg: "do not use - automated"},
	{first: "Jack", last: "Sparrow", company: "Black Pearl Ltd", email: "jack.sparrow@blackpearl.co.uk"},
	{first: "Leslie", last: "Knope", company: "Pawnee Parks Department", email: "leslie.knope@pawnee.gov"},
	{first: "Geralt", last: "z Rivii", company: "Kaer Morhen", email: "geralt@kaermorhen.pl"},
	{first: "Ted", last: "Lasso", company: "AFC Richmond", email: "ted.lasso@afcrichmond.co.uk"},
	{first: "Nina", last: "Ek", company: "Ek Form", email: "nina@ekform.se", msg: "Flygande bäckasiner söka hwila på mjuka tuvor."},
	{first: "Jan", last: "Smit", company: "Smit Ontwerp", email: "jan@smitontwerp.nl", msg: "Pa's wijze lynx bezag vroom het fikse aquaduct."},
	{first: "Aiko", last: "Mori", company: "Mori Design", email: "aiko@moridesign.jp", msg: "いろはにほへと ちりぬるを わかよたれそ つねならむ"},
	{first: "Hyun", last: "Cho", company: "Cho Design", email: "hyun@chodesign.kr", msg: "키스의 고유조건은 입술끼리 만나야 하고 특별한 기술은 필요치 않다."},
	{first: "Lea", last: "Hofer", company: "Hofer Grafik", email: "lea@hofergrafik.at", msg: "Hier steht Ihr Text. Bitte ersetzen Sie diesen Text durch Ihren eigenen."},
	{first: "Ella", last: "Grey", company: "Grey Studio", email: "ella@greystudio.co", msg: "Type your message here"},
}

// disposable16: throwaway services no list holds.
var disposable16 = []row{
	{first: "Kadri", last: "Tamm", company: "Tamm OÜ", email: "kadri@uhekordne-post.ee"},
	{first: "Luka", last: "Zupan", company: "Zupan s.p.", email: "luka@enkratna-posta.si"},
	{first: "Anahit", last: "Sargsyan", company: "Sargsyan LLC", email: "anahit@zhamanakavor-post.am"},
	{first: "Dana", last: "Akhmetova", company: "Akhmetova TOO", email: "dana@uaqytsha-pochta.kz"},
	{first: "Minh", last: "Pham", company: "Pham Coffee", email: "minh@dungmotlan-mail.vn"},
	{first: "Somsak", last: "Chai", company: "Chai Rubber", email: "somsak@chaikhrangdiao-mail.co.th"},
	{first: "Rhys", last: "Evans", company: "Evans Joinery", email: "rhys@ebost-dros-dro.co.uk"},
	{first: "Karl", last: "Haas", company: "Haas Metall", email: "karl@spamfresser-postfach.de"},
	{first: "Iris", last: "Vos", company: "Vos Bloemen", email: "x2v9qk@qwpzm.icu"},
	{first: "Omar", last: "Said", company: "Said Trading", email: "omar@mailnowhere7.net"},
}

// identityLookalikes16: genuine leads that look like the junk above.
var identityLookalikes16 = []row{
	{first: "Gwen", last: "Smith", company: "Smith Builders", email: "admin@smithbuilders.co.uk", msg: "Hi, what does it cost for two websites with quote forms?"},
	{first: "Aled", last: "Williams", company: "Williams Cyf", email: "aled@williamscyf.cymru", msg: "Oes fersiwn prawf am ddim?"},
	{first: "Tess", last: "Kowal", company: "Demo Day Events", email: "tess@demodayevents.com", msg: "We run pitch events and get spam through our sign-up form. Pricing?"},
	{first: "Martin", last: "Proov", company: "Proov Ehitus OÜ", email: "martin@proovehitus.ee", msg: "Tere, kui palju maksab teie teenus ühe veebilehe jaoks?"},
	{first: "Nino", last: "Kapanadze", company: "Kapanadze Wines", email: "nino@kapanadzewines.ge", msg: "გამარჯობა, რა ღირს თქვენი სერვისი?"},
	{first: "Zoe", last: "Kim", company: "Kim Bakery", email: "zk3m@fastmail.com", msg: "Do you have a plan for a bakery with one order form?"},
	{first: "Rohan", last: "Mehta", company: "Sample Box India", email: "rohan@sampleboxindia.in", msg: "We ship product samples and get fake sign-ups. Can you help?"},
	{first: "Ida", last: "Lund", company: "Lund Form AB", email: "ida@lundform.se", msg: "Vi vill testa er tjänst på vår offertsida. Finns det en provperiod?"},
	{first: "Carlos", last: "Mena", company: "Mena Abogados", email: "carlos@menaabogados.es", msg: "¿Podemos hacer una prueba de un mes antes de contratar?"},
	{first: "Tomasz", last: "Nowicki", company: "Nowicki IT", email: "tomasz@nowicki.it", msg: "Nasz zespół QA chce sprawdzić formularz z waszym filtrem przed wdrożeniem. Czy macie środowisko testowe?"},
	{first: "Hemi", last: "Walker", company: "Walker Kai", email: "hemi@walkerkai.co.nz", msg: "Kia ora, how much is it for a small food truck?"},
	{first: "Sara", last: "Ghost", company: "Ghost Kitchen Co", email: "sara@ghostkitchen.co", msg: "Our online order form gets bot orders every night. Do you block those?"},
}
