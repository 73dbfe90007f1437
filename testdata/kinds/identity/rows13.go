package main

// Round thirteen (source kinds-identity-r13), written on 2026-12-07 from
// what contact forms receive when people try them — the local John Does
// and Example Ltds of other languages, QA and staging habits, form-filling
// extensions and fake-data libraries, developers' "asdf" and "test123",
// "please ignore" in many languages, filler text in other scripts — and
// throwaway services no list holds, before any rule was written for it,
// without reading the outsider records or their generator. Held out:
// measured once before the rules of this round's task.

// testEntries13: someone trying the form, in shapes the earlier rounds
// did not use.
var testEntries13 = []row{
	{first: "Fulano", last: "de Tal", company: "Empresa X", email: "fulano.detal@gmail.com", msg: "probando el formulario"},
	{first: "Fulano", last: "da Silva", company: "Empresa Teste Ltda", email: "fulano@empresateste.com.br"},
	{first: "Jean", last: "Dupont", company: "Société Exemple SARL", email: "jean.dupont@orange.fr", msg: "essai, ne pas tenir compte"},
	{first: "Mario", last: "Rossi", company: "Azienda Prova Srl", email: "mario.rossi@libero.it", msg: "prova prova"},
	{first: "Jan", last: "Jansen", company: "Voorbeeld BV", email: "jan.jansen@ziggo.nl", msg: "Testbericht, niet beantwoorden aub."},
	{first: "Jan", last: "Kowalski", company: "Firma Testowa Sp. z o.o.", email: "jan.kowalski@onet.pl"},
	{first: "Иван", last: "Иванов", company: "ООО «Ромашка»", email: "ivanov.ivan@mail.ru", msg: "проверка"},
	{first: "太郎", last: "山田", company: "株式会社サンプル", email: "taro.yamada@yahoo.co.jp", msg: "テスト送信です。返信不要です。"},
	{first: "三", last: "张", company: "某某公司", email: "zhangsan@163.com", msg: "测试一下"},
	{first: "길동", last: "홍", company: "테스트 회사", email: "gildong.hong@naver.com", msg: "테스트입니다"},
	{first: "Matti", last: "Meikäläinen", company: "Esimerkki Oy", email: "matti.meikalainen@gmail.com"},
	{first: "Jakab", last: "Gipsz", company: "Minta Kft.", email: "gipsz.jakab@freemail.hu", msg: "teszt üzenet"},
	{first: "ישראל", last: "ישראלי", company: "חברה לדוגמה בע\"מ", email: "israel.israeli@walla.co.il", msg: "בדיקה"},
	{first: "فلان", last: "الفلاني", company: "شركة تجريبية", email: "fulan.alfulani@hotmail.com", msg: "تجربة، يرجى التجاهل"},
	{first: "Deneme", last: "Deneme", company: "Deneme A.Ş.", email: "deneme.deneme@hotmail.com", msg: "deneme"},
	{first: "Nguyễn Văn", last: "A", company: "Công ty ABC", email: "nguyenvana@gmail.com", msg: "thử nghiệm, vui lòng bỏ qua"},
	{first: "asdf", last: "asdf", company: "asdf", email: "asdf@asdf.asdf", msg: "asdf"},
	{first: "test123", last: "test123", company: "test123", email: "test123@gmail.com", msg: "test123"},
	{first: "Foo", last: "Bar", company: "Baz Inc", email: "foo@bar.com", msg: "foo bar baz"},
	{first: "N/A", last: "N/A", company: "N/A", email: "na@gmail.com", msg: "n/a"},
	{first: "Elmore", last: "Schowalter", company: "Kuhlman, Bins and Wintheiser", email: "elmore.schowalter@example.net",
		msg: "Quia et voluptatem aut dolores sed. Est voluptas ut rerum."},
	{first: "Priya", last: "Nair", company: "Bluefinch", email: "smoketest-20261207@bluefinch.app", msg: "post-deploy smoke test, please ignore"},
	{first: "Dev", last: "QA", company: "Lumio", email: "qa.automation+run4821@lumio.io", msg: "Automated regression run #4821 - do not reply"},
	{first: "Tom", last: "Becker", company: "Becker Shop", email: "tom@staging.becker-shop.de", msg: "checking the form works on staging, ignore this"},
	{first: "UAT", last: "User01", company: "UAT Company", email: "uat.user01@northbank.internal"},
	{first: "Marketing", last: "Team", company: "Corvid Labs", email: "marketing@corvidlabs.com", msg: "This is a test lead from the HubSpot form preview, do not contact."},
	{first: "Sam", last: "Kerr", company: "Kerr Dev", email: "sam@kerr.dev", msg: "pls ignore - testing the Zapier hook"},
	{first: "Лорем", last: "Ипсум", company: "Долор Сит", email: "lorem.ipsum@yandex.ru", msg: "Лорем ипсум долор сит амет, пер цлита поссит ех."},
	{first: "花子", last: "鈴木", company: "サンプル商事", email: "hanako@example.jp", msg: "あのイーハトーヴォのすきとおった風、夏でも底に冷たさをもつ青いそら。"},
	{first: "Sherlock", last: "Holmes", company: "221B Baker Street Ltd", email: "sherlock@bakerstreet221b.co.uk"},
	{first: "Frodo", last: "Baggins", company: "Bag End Holdings", email: "frodo.baggins@gmail.com"},
	{first: "Pippi", last: "Långstrump", company: "Villa Villekulla AB", email: "pippi@villavillekulla.se"},
	{first: "Son", last: "Goku", company: "Capsule Corp", email: "goku@capsulecorp.jp"},
	{first: "Erika", last: "Mustermann", company: "Musterfirma GmbH", email: "erika@musterfirma.de", phone: "+49 123 456789"},
	{first: "John", last: "Smith", company: "Acme Corporation", email: "john.smith@acme.com", phone: "555-0100", msg: "Testing the contact form"},
	{first: "Ion", last: "Popescu", company: "Firma Test SRL", email: "ion.popescu@yahoo.ro", msg: "mesaj de test"},
	{first: "Γιάννης", last: "Δοκιμή", company: "Δοκιμαστική Εταιρεία", email: "test.gr@gmail.com", msg: "δοκιμή"},
	{first: "Budi", last: "Santoso", company: "PT Contoh", email: "budi.santoso@yahoo.co.id", msg: "tes saja, abaikan"},
}

// disposable13: throwaway services named on no list, in other words and
// shapes: the local word for a throwaway address, generated names on
// cheap suffixes.
var disposable13 = []row{
	{first: "Kenta", last: "Mori", company: "Mori Seisakusho", email: "kenta@sutemeado.jp"},
	{first: "Jiwoo", last: "Lee", company: "Lee Trading", email: "jiwoo@ilhoeyong-mail.kr"},
	{first: "Aino", last: "Virtanen", company: "Virtanen Design", email: "aino@kertakayttoposti.fi"},
	{first: "Bence", last: "Tóth", company: "Tóth Kft", email: "bence@eldobhato-email.hu"},
	{first: "Petra", last: "Dvořáková", company: "Dvořáková Studio", email: "petra@jednorazovy-email.cz"},
	{first: "Ola", last: "Nordmann", company: "Nordmann AS", email: "ola@engangspost.no"},
	{first: "Dewi", last: "Lestari", company: "Lestari Kopi", email: "dewi@surelsekali.id"},
	{first: "Grace", last: "Wanjiru", company: "Wanjiru Farms", email: "grace@baruapepe-ya-muda.co.ke"},
	{first: "Mark", last: "Evans", company: "Evans Roofing", email: "mark.evans@vanishpost.net"},
	{first: "Ruby", last: "Shaw", company: "Shaw Events", email: "kgmvpqz@lxbtwr.xyz"},
}

// identityLookalikes13: genuine leads that look like the junk above.
var identityLookalikes13 = []row{
	{first: "Mario", last: "Rossi", company: "Rossi Impianti Elettrici", email: "m.rossi@rossi-impianti.it", msg: "Buongiorno, quanto costa il vostro filtro per un sito con due moduli di contatto?"},
	{first: "Jan", last: "Kowalski", company: "Kowalski Transport", email: "biuro@kowalski-transport.pl", msg: "Dzień dobry, ile kosztuje plan dla pięciu użytkowników?"},
	{first: "Kenichi", last: "山田", company: "山田工務店", email: "k.yamada@yamada-koumuten.jp", msg: "テスト導入は可能ですか？まず一か月試してみたいです。"},
	{first: "Wei", last: "Zhang", company: "张氏贸易", email: "wei.zhang@zhangtrading.cn", msg: "可以先试用吗？我们每天收到很多垃圾询盘。"},
	{first: "Anke", last: "Mustermann", company: "Mustermann Fliesen", email: "anke@mustermann-fliesen.de", msg: "Guten Tag, funktioniert Ihr Filter auch mit WordPress-Formularen?"},
	{first: "Lena", last: "Richter", company: "Richter Webdesign", email: "lena@richter-webdesign.de", msg: "Can I try the filter on our staging site first before we put it on the live shop?"},
	{first: "Olivier", last: "Martin", company: "Vaisselle Jetable Pro", email: "contact@vaisselle-jetable-pro.fr", msg: "Bonjour, nous recevons des faux devis tous les jours. Avez-vous une offre pour une PME ?"},
	{first: "Klaus", last: "Ebert", company: "Einweg Verpackung Ebert", email: "k.ebert@einweg-verpackung.de", msg: "Bitte senden Sie uns ein Angebot für drei Formulare."},
	{first: "Lucía", last: "Navarro", company: "Trabajo Temporal Navarro", email: "lucia@trabajotemporal-navarro.es", msg: "¿Se puede integrar con nuestro formulario de candidatos?"},
	{first: "Rahel", last: "Tesfaye", company: "Tesfaye QA Services", email: "qa@tesfaye-qa.com", msg: "We run QA for e-commerce shops and want to filter the leads on our own site. Pricing?"},
	{first: "Anna", last: "Holmes", company: "Holmes Consulting", email: "anna@holmes-consulting.co.uk", msg: "Do you offer a DPA and EU hosting?"},
	{first: "Iris", last: "Berg", company: "Ipsum Print", email: "iris@ipsumprint.nl", msg: "Wij drukken visitekaartjes en krijgen veel spam via ons offerteformulier. Wat kost het?"},
	{first: "Alex", last: "Kim", company: "Kim Studio", email: "xq7kz2@proton.me", msg: "Is there a monthly plan without a contract?"},
	{first: "Yusuf", last: "Demir", company: "Demir Mobilya", email: "yusuf@demirmobilya.com.tr", msg: "Merhaba, deneme sürümü var mı? Fiyat listesini alabilir miyim?"},
	{first: "Linh", last: "Trần", company: "Trần Logistics", email: "linh.tran@tranlogistics.vn", msg: "Chúng tôi muốn dùng thử trước khi mua. Có bản dùng thử miễn phí không?"},
}
