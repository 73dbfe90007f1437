package main

// Round twenty-one (source kinds-identity-r21), written on 2026-12-07 by
// task sealed33 before any detector ran on these rows, from the
// description of test entries and throwaway addresses in issue 11 and the
// README's tables only, by a writer who did not read the detectors, their
// docs or any earlier round's rows (only the row type in main.go and the
// first lines of rows20.go, for the format). Testers of cultures the
// earlier rounds' first picks leave out: the Nordic, Baltic, Balkan,
// Filipino, Malay, Thai, Indian, Persian, Greek, Australian and Latin
// American placeholder people and firms, roles typed for a name, "test"
// said in prose, QA plus-addresses, filler in several scripts, one word in
// every field, generated mailboxes, and throwaway services of many
// countries; the genuine rows are real people and firms who share a word
// with them. Names, firms and domains are invented unless a service is
// named as the kind of mailbox it is. Sealed, not yet measured: held out,
// never tuned on.

var testEntries21 = []row{
	{first: "Ola", last: "Nordmann", company: "Eksempel AS", email: "ola.nordmann@eksempel.no", msg: "Bare en test av skjemaet, ikke svar."},
	{first: "Jón", last: "Jónsson", company: "Dæmi ehf.", email: "jon@daemi.is", msg: "prufa prufa"},
	{first: "Mari", last: "Maasikas", company: "Näidis OÜ", email: "mari.maasikas@naidis.ee", msg: "Testsõnum, palun ärge vastake."},
	{first: "Jānis", last: "Bērziņš", company: "Paraugs SIA", email: "janis.berzins@paraugs.lv"},
	{first: "Vardenis", last: "Pavardenis", company: "UAB Pavyzdys", email: "vardenis@pavyzdys.lt", msg: "bandymas"},
	{first: "Janko", last: "Hraško", company: "Vzorová firma s.r.o.", email: "janko.hrasko@vzor.sk", msg: "Toto je len skúška formulára."},
	{first: "Ion", last: "Popescu", company: "SC Exemplu SRL", email: "ion.popescu@exemplu.ro", msg: "mesaj de test, va rog ignorati"},
	{first: "Петар", last: "Петровић", company: "Пример д.о.о.", email: "petar@primer.rs", msg: "тест тест"},
	{first: "Γιάννης", last: "Παπαδόπουλος", company: "Δοκιμή Α.Ε.", email: "test@dokimi.gr", msg: "Δοκιμαστικό μήνυμα"},
	{first: "Juan", last: "dela Cruz", company: "Sample Corp PH", email: "juandelacruz.test@samplecorp.ph", msg: "testing lang po, pasensya na"},
	{first: "Ali", last: "bin Abu", company: "Syarikat Contoh Sdn Bhd", email: "ali.abu@contoh.com.my", msg: "ujian borang"},
	{first: "สมชาย", last: "ใจดี", company: "บริษัท ทดสอบ จำกัด", email: "somchai@thodsob.co.th", msg: "ทดสอบระบบ"},
	{first: "Fred", last: "Nurk", company: "Acme Pty Ltd", email: "fred.nurk@acme.com.au", msg: "just checking this thing submits, cheers"},
	{first: "Perengano", last: "Sutano", company: "Empresa Ficticia S.A. de C.V.", email: "perengano@ficticia.mx"},
	{first: "Geschäftsführer", last: "Vertrieb", company: "Firma", email: "gf@firma-test.de"},
	{first: "Purchasing", last: "Manager", company: "Company Name", email: "purchasing.manager@companyname.com"},
	{first: "Nombre", last: "Apellido", company: "Empresa", email: "nombre.apellido@empresa.com", msg: "Esto es una prueba del formulario nuevo, ignorar por favor. – Dpto. IT"},
	{first: "Priya", last: "Sharma", company: "Infotech QA", email: "priya.sharma+uat-cycle4@infotech-qa.in", msg: "UAT cycle 4 - TC_017 contact form submission. Please ignore."},
	{first: "Kevin", last: "Lau", company: "Northwind Staging", email: "qa+20261207-1532@northwind.example", msg: "regression run, form v2.3.1"},
	{first: "asdf", last: "asdf", company: "asdf", email: "asdf@asdf.asdf", msg: "asdf"},
	{first: "aaa", last: "aaa", company: "aaa", email: "aaa@aaa.com", phone: "111111111", title: "aaa", msg: "aaa"},
	{first: "Lorem", last: "Ipsum", company: "Dolor Sit Amet GmbH", email: "lorem@ipsum.de", msg: "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."},
	{first: "テスト", last: "テスト", company: "テスト", email: "test01@example.co.jp", msg: "あいうえお かきくけこ"},
	{first: "فلانی", last: "بهمانی", company: "شرکت نمونه", email: "test@nemouneh.ir", msg: "این یک پیام آزمایشی است"},
	{first: "x", last: "y", company: "z", email: "k3j9xq2v7p@gmail.com", msg: "."},
	{first: "Tester", last: "McTestface", company: "Testing Testers Inc", email: "tester.mctestface@test.io", msg: "Hello is this working? Testing 1 2 3"},
}

var disposable21 = []row{
	{first: "Rasmus", last: "Holm", company: "Holm VVS", email: "rasmus.holm@trashmail.de"},
	{first: "Aurélie", last: "Fabre", company: "Fabre Conseil", email: "aurelie.f@jetable.org"},
	{first: "Chen", last: "Wei", company: "Wei Electronics", email: "chenwei2026@linshiyouxiang.net"},
	{first: "Abdullah", last: "Al-Harbi", company: "Harbi Trading", email: "a.harbi@mohmal.com"},
	{first: "Emre", last: "Yıldız", company: "Yıldız Tekstil", email: "emre.yildiz@tempail.com"},
	{first: "Lucía", last: "Moreno", company: "Moreno Asesores", email: "lucia.moreno@emailtemporal.org"},
	{first: "Dmitri", last: "Volkov", company: "Volkov Stroi", email: "volkov.d@dropmail.me"},
	{first: "Hannah", last: "Schulte", company: "Schulte Druck", email: "h.schulte@wegwerfmail.de"},
	{first: "Kenta", last: "Mori", company: "Mori Kogyo", email: "kmori@harakirimail.com"},
	{first: "Tom", last: "Walsh", company: "Walsh Plumbing", email: "tomwalsh@sharklasers.com"},
	{first: "Ana", last: "Ferreira", company: "Ferreira Lda", email: "ana.ferreira@yopmail.fr"},
	{first: "Jakub", last: "Nowicki", company: "Nowicki Transport", email: "jnowicki@dispostable.com"},
	{first: "Neha", last: "Verma", company: "Verma Exports", email: "neha.verma@maildrop.cc"},
}

var identityLookalikes21 = []row{
	{first: "Ola", last: "Nordmann", company: "Nordmann Bygg AS", email: "ola@nordmannbygg.no", msg: "Hei, vi er et byggfirma med 12 selgere. Kan dere sende pris for årslisens? Ja, jeg heter faktisk Ola Nordmann."},
	{first: "Jón", last: "Jónsson", company: "Fiskvinnslan Vík", email: "jon.jonsson@fiskvik.is", msg: "Góðan dag, við viljum fá kynningu á kerfinu fyrir söludeildina."},
	{first: "Marco", last: "Tester", company: "Tester Elektro GmbH", email: "m.tester@tester-elektro.de", msg: "Guten Tag, wir möchten Ihr Formular-Filtering für unseren Webshop testen. Gibt es eine Testphase von 30 Tagen?"},
	{first: "Suharti", last: "", company: "Warung Suharti", email: "suharti@mailfence.com", msg: "Permisi, apakah bisa pakai untuk website katering kecil?"},
	{first: "Thandar", last: "", company: "Golden Lotus Travel", email: "thandar@goldenlotus.com.mm", msg: "Hello, we are a travel agency in Yangon. What is the price for 3 users?"},
	{first: "Julia", last: "Sample", company: "Sample & Sons Joinery", email: "julia@sampleandsons.co.uk", msg: "Hi, family joinery firm here (yes, that's our real surname). Looking for something to stop fake quote requests."},
	{first: "Kaspars", last: "Ozols", company: "Demo Events SIA", email: "kaspars@inbox.lv", msg: "Labdien! Mūsu uzņēmums Demo Events rīko konferences. Vēlamies piedāvājumu 5 lietotājiem."},
	{first: "Ivelina", last: "Dimitrova", company: "Проба ООД", email: "ivelina.dimitrova@abv.bg", msg: "Здравейте, фирмата ни се казва Проба (фамилно име на собственика). Интересуваме се от годишен план."},
	{first: "Kristjan", last: "Tamm", company: "Tamm Metall OÜ", email: "kristjan.tamm@mail.ee", msg: "Tere, palun saatke hinnapakkumine 8 kasutajale."},
	{first: "Arun", last: "Kumar", company: "Kumar Textiles", email: "arunkumar1978@rediffmail.com", msg: "Sir, kindly share pricing details for our export enquiry form. We receive many fake entries."},
	{first: "Mario", last: "Rossi", company: "Rossi Impianti srl", email: "mario.rossi@rossi-impianti.it", msg: "Buongiorno, sì, mi chiamo davvero Mario Rossi. Siamo impiantisti a Bergamo, ci mandate un preventivo per 6 utenti?"},
	{first: "Dummy", last: "Mwangi", company: "Mwangi Agrovet", email: "dummy.mwangi@mwangiagrovet.co.ke", msg: "Hello, I'd like a demo for our shop's online order form. My name is really Dummy, long story."},
	{first: "Asif", last: "Example", company: "Example Logistics Ltd", email: "asif@examplelogistics.pk", msg: "Assalam o alaikum, we need a quotation for 20 seats and an invoice in PKR if possible."},
	{first: "Nomvula", last: "Dlamini", company: "Test Kitchen Catering", email: "nomvula@testkitchen.co.za", msg: "Hi there, we are a catering company called Test Kitchen in Durban. Can your tool plug into our WordPress booking form?"},
	{first: "Bùi", last: "Thị Mai", company: "Demo Studio", email: "maibui@disroot.org", msg: "Chào anh chị, studio thiết kế Demo của em muốn dùng thử gói miễn phí."},
}
