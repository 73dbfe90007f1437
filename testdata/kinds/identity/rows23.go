package main

// Round twenty-three (task sealed35), written by hand on 2026-12-08 before
// any detector ran on it, by a writer who never read the detectors, their
// tables or any earlier round's rows. Testers of many languages and
// cultures (local placeholder people and firms, roles typed for a name,
// "test" in prose, QA plus-addresses, filler texts, one word in every
// field, generated mailboxes), throwaway services of many countries, and
// genuine people and firms that only look like them. Names, firms and
// domains are invented, except the placeholder names a language uses for
// "anybody" and the throwaway and mail services named as such.

// testEntries23: someone trying the form, not a lead.
var testEntries23 = []row{
	{first: "Fred", last: "Nurk", company: "Nurk Pty Ltd", email: "fred.nurk@nurkpty.com.au"},
	{first: "Vardenis", last: "Pavardenis", company: "UAB Įmonė", email: "vardenis.pavardenis@imone.lt"},
	{first: "Mengano", last: "Zutano", company: "Empresa Tal S.A.", email: "mengano@empresatal.com.ar", msg: "probando el formulario, no contestar"},
	{first: "Beltrano", last: "Sicrano", company: "Empresa Qualquer Ltda", email: "beltrano.sicrano@bol.com.br"},
	{first: "Hans", last: "Wurst", company: "Wurst & Co. KG", email: "hans.wurst@t-online.de", msg: "Testanfrage bitte ignorieren"},
	{first: "ABC", last: "XYZ", company: "XYZ Pvt Ltd", email: "abc.xyz@rediffmail.com", phone: "9999999999"},
	{first: "某某", last: "张", company: "某某科技有限公司", email: "zhangmoumou@163.com", msg: "测试表单，请勿回复"},
	{first: "権兵衛", last: "名無し", company: "株式会社サンプル", email: "nanashi.gonbei@yahoo.co.jp"},
	{first: "아무개", last: "김", company: "(주)아무개상사", email: "amugae.kim@daum.net", msg: "테스트 문의입니다 무시해주세요"},
	{first: "ทดสอบ", last: "ระบบ", company: "บริษัท ทดสอบ จำกัด", email: "test.system.th@hotmail.com", msg: "ทดสอบการส่งฟอร์ม"},
	{first: "Fulani", last: "bin Fulani", company: "Kampuni Fulani Ltd", email: "fulani.fulani@yahoo.co.ke", msg: "Hii ni jaribio tu, usijibu tafadhali."},
	{first: "Geschäftsführer", last: "Inhaber", company: "GmbH", email: "gf@firma-muster.at"},
	{first: "Directeur", last: "Commercial", company: "Société", email: "direction.commerciale@societe-test.be"},
	{first: "Менеджер", last: "Продаж", company: "Компания", email: "manager.prodazh@ukr.net"},
	{first: "Owner", last: "Manager", company: "My Business", email: "owner.manager@outlook.com", title: "CEO"},
	{first: "Sione", last: "Tupou", company: "Tupou Trading", email: "sione.tupou88@gmail.com", msg: "Hi, I am only checking whether this form actually sends anything to you. Nobody needs to reply, thanks!"},
	{first: "Emre", last: "Aydın", company: "Aydın Yazılım", email: "emre.aydin@aydinyazilim.com.tr", msg: "Deneme amaçlı gönderiyorum, dikkate almayın lütfen."},
	{first: "Maricel", last: "Reyes", company: "Reyes Web Studio", email: "maricel@reyeswebstudio.ph", msg: "pasubok lang po ito ng contact form para sa client namin"},
	{first: "Pieter", last: "van Wyk", company: "Van Wyk Digitaal", email: "pieter@vanwykdigitaal.co.za", msg: "Net 'n toets vanaf die nuwe webwerf, ignoreer asseblief."},
	{first: "Jordi", last: "Puig", company: "Puig Disseny", email: "jordi@puigdisseny.cat", msg: "Només és una prova del formulari nou."},
	{first: "QA", last: "Smoke", company: "Northwind QA", email: "qa.automation+form-smoke-1207@northwind-logistics.com", msg: "smoke test contact-sales #1207"},
	{first: "E2E", last: "Runner", company: "Pipeline", email: "e2e+contact_sales_4411@brightpay.io", msg: "playwright run 4411 - expected: 201"},
	{first: "Cypress", last: "Bot", company: "Staging", email: "tester+cypress.staging@kaltura-demo.net"},
	{first: "Nadia", last: "Haddad", company: "Haddad Media", email: "nadia.haddad+uat03@haddadmedia.ae", msg: "هذا النص هو مثال لنص يمكن أن يستبدل في نفس المساحة، لقد تم توليد هذا النص من مولد النص العربى."},
	{first: "Klaus", last: "Becker", company: "Becker Werbung", email: "k.becker@becker-werbung.de", msg: "Weit hinten, hinter den Wortbergen, fern der Länder Vokalien und Konsonantien leben die Blindtexte."},
	{first: "xxx", last: "xxx", company: "xxx", email: "xxx@xxx.xxx", msg: "xxx"},
	{first: "ㅁㅁㅁ", last: "ㅁㅁ", company: "ㅁㅁㅁ", email: "aaa@naver.com", msg: "ㅁㅁㅁㅁ"},
	{first: "ффф", last: "ффф", company: "ффф", email: "fff@mail.ru", msg: "ффф"},
	{first: "تست", last: "تست", company: "تست", email: "test.ir@yahoo.com", msg: "تست"},
	{first: "user_8f3a2c91", last: "user_8f3a2c91", company: "", email: "user_8f3a2c91@gmail.com"},
	{first: "Ali", last: "bin Abu", company: "Syarikat Contoh Sdn Bhd", email: "ali.abu@contoh.com.my", msg: "cubaan sahaja"},
}

// disposable23: throwaway mailboxes of services from many countries.
var disposable23 = []row{
	{first: "Lukas", last: "Bauer", company: "Bauer Elektro", email: "lukas.bauer@wegwerfemail.de"},
	{first: "Camille", last: "Roux", company: "Roux Paysage", email: "camille.roux@jetable.org"},
	{first: "Дмитрий", last: "Орлов", company: "Орлов и партнёры", email: "d.orlov@dropmail.me"},
	{first: "Yusuf", last: "Demir", company: "Demir İnşaat", email: "yusufdemir@tempail.com"},
	{first: "Omar", last: "Saleh", company: "Saleh Trading", email: "omar.saleh@mohmal.com"},
	{first: "Wei", last: "Liu", company: "Liu Export", email: "liuwei2026@linshiyouxiang.net"},
	{first: "Mateus", last: "Rocha", company: "Rocha Materiais", email: "mateus.rocha@emailtemporario.com.br"},
	{first: "Diego", last: "Vargas", company: "Vargas Hnos", email: "diego.vargas@correotemporal.org"},
	{first: "Emily", last: "Clarke", company: "Clarke Studio", email: "emily.clarke@maildrop.cc"},
	{first: "Hiroshi", last: "Mori", company: "Mori Seisakusho", email: "h.mori@harakirimail.com"},
	{first: "Sanne", last: "de Boer", company: "De Boer Advies", email: "sanne@tijdelijkemail.nl"},
	{first: "Aigerim", last: "Bekova", company: "Bekova Group", email: "aigerim.b@vremennaya-pochta.kz"},
}

// identityLookalikes23: genuine people and firms that only look like test
// entries or throwaway addresses.
var identityLookalikes23 = []row{
	{first: "Budi", last: "Santoso", company: "CV Santoso Makmur", email: "budi@santosomakmur.co.id", msg: "Selamat siang, kami distributor pupuk di Kediri, 8 sales. Berapa harga per bulan? WA 0813 3344 5566"},
	{first: "Ram", last: "Kumar", company: "Kumar Textiles", email: "ramkumar.textiles@rediffmail.com", msg: "Sir we are textile wholesaler in Tiruppur, 15 staff. Need quotation for yearly plan with GST invoice."},
	{first: "Janez", last: "Novak", company: "Novak Mizarstvo", email: "janez.novak@siol.net", msg: "Pozdravljeni, imamo mizarsko delavnico s 4 zaposlenimi. Ali je cena za 2 uporabnika?"},
	{first: "Sukarni", last: "", company: "Toko Sukarni", email: "sukarni.toko@gmail.com", msg: "Apakah bisa bayar pakai transfer BCA? Kami toko kecil di Malang."},
	{first: "Aung Kyaw Moe", last: "Aung Kyaw Moe", company: "AKM Trading", email: "akm.trading.ygn@gmail.com", msg: "Hello, we are trading company in Yangon. Can your form work in Myanmar language? Viber +95 9 451 234 567"},
	{first: "Dennis", last: "Sample", company: "Sample & Sons Plumbing", email: "dennis@samplesonsplumbing.com", msg: "We're a plumbing firm in Ohio, four office staff. Do you integrate with QuickBooks?"},
	{first: "Lucía", last: "Demo", company: "Demo Construcciones", email: "lucia@democonstrucciones.com.uy", msg: "Buenas, somos constructora en Montevideo, ¿tienen plan para 6 usuarios? Gracias."},
	{first: "Gareth", last: "Price", company: "Probe Geotechnical Ltd", email: "g.price@probegeotech.co.uk", msg: "We need a quote for 10 users, site engineers mostly. Is there a mobile app?"},
	{first: "Natalia", last: "Muster", company: "Muster Holzbau GmbH", email: "n.muster@muster-holzbau.ch", msg: "Grüezi, wir sind eine Zimmerei mit 20 Mitarbeitenden. Gibt es eine Rechnung in CHF?"},
	{first: "Mereana", last: "Tipene", company: "Tipene Whānau Trust", email: "mereana.tipene@xtra.co.nz", msg: "Kia ora, we're a small iwi trust in Rotorua. Do you offer a discount for charities?"},
	{first: "Bruce", last: "Mitchell", company: "Mitchell Earthmoving", email: "brucemitchell@bigpond.com", msg: "G'day, how much for 3 users, billed yearly?"},
	{first: "Tigist", last: "Haile", company: "Haile Coffee Export", email: "tigist.haile@ethionet.et", msg: "Hello, we export coffee from Addis, 5 staff. Do you accept payment by SWIFT? Telegram +251 911 445566"},
	{first: "Оксана", last: "Коваль", company: "Коваль Агро", email: "oksana.koval@ukr.net", msg: "Доброго дня! Нас 7 менеджерів, потрібен рахунок для ФОП. Скільки коштує на рік?"},
	{first: "Paweł", last: "Zieliński", company: "Zieliński Transport", email: "pawel.zielinski@interia.pl", msg: "Dzień dobry, ile kosztuje pakiet dla 5 osób?"},
	{first: "Salote", last: "Fifita", company: "Tempo Logistics Tonga", email: "salote@tempologistics.to", msg: "Malo e lelei, we are a freight forwarder in Nuku'alofa. Is there a plan for 3 users? WhatsApp +676 771 2345"},
}
