/**
 * The gazetteer: countries by their ISO 3166-1 alpha-2 code (the code `Source.country` already uses)
 * and unions of states by their usual abbreviation (`EU`, the EU's reserved ISO code; `EAEU`, `SCO`,
 * `ASEAN`, `BRICS`, `CIS`, …), each with its names in English, Ukrainian, Russian and Chinese and the
 * adjectives that name it ("Chinese", "китайський", "китайский"). One line each:
 *
 * Regions (Europe, Central Asia, …) are listed by their English name, which is their id.
 *
 * `id|English names|Ukrainian names|Russian names|Chinese names|English adjectives|Ukrainian adjective stems|Russian adjective stems`
 *
 * with `;` between names. Ukrainian and Russian names are nominatives: their case forms (України,
 * Україною; России, Россией) are made by rule (`inflectName`, whose marks `~` and `=` a name of several
 * words carries); adjective stems take every adjective ending (китайськ → китайський, китайської, …).
 * The English name first in its list is the entity's canonical name. Users add names with `aliases`.
 *
 * @internal
 */
export const GAZETTEER_LINES: readonly string[] = [
  // Unions and organisations of states.
  "EU|European Union;EU|Європейський~ Союз;Євросоюз;ЄС|Европейский~ Союз;Евросоюз;ЕС|欧盟;欧洲联盟|||",
  "EAEU|Eurasian Economic Union;EAEU;EEU|Євразійський~ економічний~ союз;ЄАЕС|Евразийский~ экономический~ союз;ЕАЭС|欧亚经济联盟|||",
  "SCO|Shanghai Cooperation Organisation;Shanghai Cooperation Organization;SCO|Шанхайська~ організація співробітництва=;ШОС|Шанхайская~ организация сотрудничества=;ШОС|上海合作组织;上合组织|||",
  "ASEAN|Association of Southeast Asian Nations;ASEAN|АСЕАН=|АСЕАН=|东盟;东南亚国家联盟|||",
  "BRICS|BRICS|БРІКС=|БРИКС=|金砖国家;金砖|||",
  "CIS|Commonwealth of Independent States;CIS|Співдружність= Незалежних= Держав=;Співдружності= Незалежних= Держав=;Співдружністю= Незалежних= Держав=;СНД|Содружество= Независимых= Государств=;Содружества= Независимых= Государств=;Содружеству= Независимых= Государств=;Содружеством= Независимых= Государств=;СНГ|独联体;独立国家联合体|||",
  "CSTO|Collective Security Treaty Organization;Collective Security Treaty Organisation;CSTO|Організація Договору= про= колективну= безпеку=;ОДКБ|Организация Договора= о= коллективной= безопасности=;ОДКБ|集体安全条约组织|||",
  "NATO|North Atlantic Treaty Organization;NATO|НАТО=|НАТО=|北约;北大西洋公约组织|||",
  "G7|G7;Group of Seven|G7=;Велика= сімка=|G7=;Большая= семёрка=|七国集团|||",
  "G20|G20;Group of Twenty|G20=|G20=|二十国集团|||",
  "OPEC|OPEC|ОПЕК=|ОПЕК=|石油输出国组织;欧佩克|||",
  "MERCOSUR|Mercosur;Mercosul|МЕРКОСУР=|МЕРКОСУР=|南方共同市场|||",
  "GCC|Gulf Cooperation Council;GCC|Рада= співробітництва= арабських= держав= Перської= затоки=|Совет= сотрудничества= арабских= государств= Персидского= залива=|海湾合作委员会|||",
  // Regions: parties in news ("China–Europe trade", "European countries"), never a country.
  "Europe|Europe|Європа|Европа|欧洲|European|європейськ|европейск",
  "Central Asia|Central Asia|Центральна~ Азія|Центральная~ Азия|中亚|Central Asian|центральноазійськ|центральноазиатск",
  "Africa|Africa|Африка|Африка|非洲|African|африканськ|африканск",
  "Latin America|Latin America|Латинська~ Америка|Латинская~ Америка|拉丁美洲;拉美|Latin American|латиноамериканськ|латиноамериканск",
  "Middle East|Middle East|Близький~ Схід|Ближний~ Восток|中东|Middle Eastern|близькосхідн|ближневосточн",
  // Countries.
  "CN|China;People's Republic of China;PRC|Китай;КНР=;Китайська~ Народна~ Республіка;Піднебесна~|Китай;КНР=;Китайская~ Народная~ Республика;Поднебесная~|中国;中华人民共和国;中方|Chinese;Sino|китайськ|китайск",
  "KZ|Kazakhstan;Republic of Kazakhstan|Казахстан;Республіка Казахстан=|Казахстан;Республика Казахстан=|哈萨克斯坦;哈方|Kazakh;Kazakhstani|казахстанськ;казахськ|казахстанск;казахск",
  "RU|Russia;Russian Federation|Росія;Російська~ Федерація;РФ=|Россия;Российская~ Федерация;РФ=|俄罗斯;俄方;俄罗斯联邦|Russian|російськ|российск",
  "UA|Ukraine|Україна|Украина|乌克兰;乌方|Ukrainian|українськ|украинск",
  "US|United States;United States of America;USA;US;America|США=;Сполучені~ Штати;Америка|США=;Соединённые~ Штаты;Соединенные~ Штаты;Америка|美国;美方|American|американськ|американск",
  "KG|Kyrgyzstan;Kyrgyz Republic|Киргизстан;Киргизія;Киргизька~ Республіка|Киргизия;Кыргызстан;Киргизстан|吉尔吉斯斯坦|Kyrgyz|киргизьк|киргизск",
  "UZ|Uzbekistan|Узбекистан|Узбекистан|乌兹别克斯坦|Uzbek|узбецьк|узбекск",
  "TJ|Tajikistan|Таджикистан|Таджикистан|塔吉克斯坦|Tajik|таджицьк|таджикск",
  "TM|Turkmenistan|Туркменістан|Туркменистан|土库曼斯坦|Turkmen|туркменськ|туркменск",
  "MN|Mongolia|Монголія|Монголия|蒙古国;蒙古|Mongolian|монгольськ|монгольск",
  "BY|Belarus|Білорусь|Беларусь;Белоруссия|白俄罗斯|Belarusian|білоруськ|белорусск",
  "AZ|Azerbaijan|Азербайджан|Азербайджан|阿塞拜疆|Azerbaijani|азербайджанськ|азербайджанск",
  "GE|Georgia|Грузія|Грузия|格鲁吉亚|Georgian|грузинськ|грузинск",
  "AM|Armenia|Вірменія|Армения|亚美尼亚|Armenian|вірменськ|армянск",
  "MD|Moldova|Молдова|Молдова;Молдавия|摩尔多瓦|Moldovan|молдовськ|молдавск",
  "TR|Türkiye;Turkey|Туреччина|Турция|土耳其|Turkish|турецьк|турецк",
  "IR|Iran|Іран|Иран|伊朗|Iranian|іранськ|иранск",
  "AF|Afghanistan|Афганістан|Афганистан|阿富汗|Afghan|афганськ|афганск",
  "IN|India|Індія|Индия|印度|Indian|індійськ|индийск",
  "PK|Pakistan|Пакистан|Пакистан|巴基斯坦|Pakistani|пакистанськ|пакистанск",
  "JP|Japan|Японія|Япония|日本|Japanese|японськ|японск",
  "KR|South Korea;Republic of Korea|Південна~ Корея;Республіка Корея=|Южная~ Корея;Республика Корея=|韩国|South Korean|південнокорейськ|южнокорейск",
  "KP|North Korea;DPRK|Північна~ Корея;КНДР=|Северная~ Корея;КНДР=|朝鲜|North Korean|північнокорейськ|северокорейск",
  "DE|Germany|Німеччина|Германия|德国|German|німецьк|немецк",
  "FR|France|Франція|Франция|法国|French|французьк|французск",
  "GB|United Kingdom;UK;Britain;Great Britain|Велика~ Британія;Британія|Великобритания;Британия|英国|British|британськ|британск",
  "IT|Italy|Італія|Италия|意大利|Italian|італійськ|итальянск",
  "ES|Spain|Іспанія|Испания|西班牙|Spanish|іспанськ|испанск",
  "PL|Poland|Польща|Польша|波兰|Polish|польськ|польск",
  "NL|Netherlands;the Netherlands|Нідерланди|Нидерланды|荷兰|Dutch|нідерландськ|нидерландск",
  "BE|Belgium|Бельгія|Бельгия|比利时|Belgian|бельгійськ|бельгийск",
  "AT|Austria|Австрія|Австрия|奥地利|Austrian|австрійськ|австрийск",
  "CH|Switzerland|Швейцарія|Швейцария|瑞士|Swiss|швейцарськ|швейцарск",
  "SE|Sweden|Швеція|Швеция|瑞典|Swedish|шведськ|шведск",
  "NO|Norway|Норвегія|Норвегия|挪威|Norwegian|норвезьк|норвежск",
  "FI|Finland|Фінляндія|Финляндия|芬兰|Finnish|фінськ|финск",
  "DK|Denmark|Данія|Дания|丹麦|Danish|данськ|датск",
  "CZ|Czechia;Czech Republic|Чехія|Чехия|捷克|Czech|чеськ|чешск",
  "SK|Slovakia|Словаччина|Словакия|斯洛伐克|Slovak|словацьк|словацк",
  "HU|Hungary|Угорщина|Венгрия|匈牙利|Hungarian|угорськ|венгерск",
  "RO|Romania|Румунія|Румыния|罗马尼亚|Romanian|румунськ|румынск",
  "BG|Bulgaria|Болгарія|Болгария|保加利亚|Bulgarian|болгарськ|болгарск",
  "GR|Greece|Греція|Греция|希腊|Greek|грецьк|греческ",
  "PT|Portugal|Португалія|Португалия|葡萄牙|Portuguese|португальськ|португальск",
  "IE|Ireland|Ірландія|Ирландия|爱尔兰|Irish|ірландськ|ирландск",
  "LT|Lithuania|Литва|Литва|立陶宛|Lithuanian|литовськ|литовск",
  "LV|Latvia|Латвія|Латвия|拉脱维亚|Latvian|латвійськ|латвийск",
  "EE|Estonia|Естонія|Эстония|爱沙尼亚|Estonian|естонськ|эстонск",
  "RS|Serbia|Сербія|Сербия|塞尔维亚|Serbian|сербськ|сербск",
  "HR|Croatia|Хорватія|Хорватия|克罗地亚|Croatian|хорватськ|хорватск",
  "CA|Canada|Канада|Канада|加拿大|Canadian|канадськ|канадск",
  "MX|Mexico|Мексика|Мексика|墨西哥|Mexican|мексиканськ|мексиканск",
  "BR|Brazil|Бразилія|Бразилия|巴西|Brazilian|бразильськ|бразильск",
  "AR|Argentina|Аргентина|Аргентина|阿根廷|Argentine;Argentinian|аргентинськ|аргентинск",
  "CL|Chile|Чилі=|Чили=|智利|Chilean|чилійськ|чилийск",
  "PE|Peru|Перу=|Перу=|秘鲁|Peruvian|перуанськ|перуанск",
  "CO|Colombia|Колумбія|Колумбия|哥伦比亚|Colombian|колумбійськ|колумбийск",
  "VE|Venezuela|Венесуела|Венесуэла|委内瑞拉|Venezuelan|венесуельськ|венесуэльск",
  "CU|Cuba|Куба|Куба|古巴|Cuban|кубинськ|кубинск",
  "AU|Australia|Австралія|Австралия|澳大利亚|Australian|австралійськ|австралийск",
  "NZ|New Zealand|Нова~ Зеландія|Новая~ Зеландия|新西兰|||",
  "SA|Saudi Arabia|Саудівська~ Аравія|Саудовская~ Аравия|沙特阿拉伯;沙特|Saudi|саудівськ|саудовск",
  "AE|United Arab Emirates;UAE|Об'єднані~ Арабські~ Емірати;ОАЕ=|Объединённые~ Арабские~ Эмираты;Объединенные~ Арабские~ Эмираты;ОАЭ=|阿联酋;阿拉伯联合酋长国|Emirati|еміратськ|эмиратск",
  "QA|Qatar|Катар|Катар|卡塔尔|Qatari|катарськ|катарск",
  "IL|Israel|Ізраїль|Израиль|以色列|Israeli|ізраїльськ|израильск",
  "EG|Egypt|Єгипет=;Єгипту=;Єгиптом=;Єгипті=|Египет=;Египта=;Египтом=;Египте=|埃及|Egyptian|єгипетськ|египетск",
  "IQ|Iraq|Ірак|Ирак|伊拉克|Iraqi|іракськ|иракск",
  "SY|Syria|Сирія|Сирия|叙利亚|Syrian|сирійськ|сирийск",
  "ZA|South Africa|Південно-Африканська~ Республіка;ПАР=|Южно-Африканская~ Республика;ЮАР=|南非|South African|південноафриканськ|южноафриканск",
  "NG|Nigeria|Нігерія|Нигерия|尼日利亚|Nigerian|нігерійськ|нигерийск",
  "ET|Ethiopia|Ефіопія|Эфиопия|埃塞俄比亚|Ethiopian|ефіопськ|эфиопск",
  "KE|Kenya|Кенія|Кения|肯尼亚|Kenyan|кенійськ|кенийск",
  "DZ|Algeria|Алжир|Алжир|阿尔及利亚|Algerian|алжирськ|алжирск",
  "MA|Morocco|Марокко=|Марокко=|摩洛哥|Moroccan|марокканськ|марокканск",
  "ID|Indonesia|Індонезія|Индонезия|印度尼西亚;印尼|Indonesian|індонезійськ|индонезийск",
  "MY|Malaysia|Малайзія|Малайзия|马来西亚|Malaysian|малайзійськ|малайзийск",
  "SG|Singapore|Сінгапур|Сингапур|新加坡|Singaporean|сінгапурськ|сингапурск",
  "TH|Thailand|Таїланд|Таиланд|泰国|Thai|таїландськ|таиландск",
  "VN|Vietnam;Viet Nam|В'єтнам|Вьетнам|越南|Vietnamese|в'єтнамськ|вьетнамск",
  "PH|Philippines;the Philippines|Філіппіни|Филиппины|菲律宾|Philippine;Filipino|філіппінськ|филиппинск",
  "BD|Bangladesh|Бангладеш=|Бангладеш=|孟加拉国|Bangladeshi|бангладеськ|бангладешск",
  "LK|Sri Lanka|Шрі-Ланка|Шри-Ланка|斯里兰卡|Sri Lankan|ланкійськ|ланкийск",
  "MM|Myanmar|М'янма|Мьянма|缅甸|Myanmar|м'янманськ|мьянманск",
  "LA|Laos|Лаос|Лаос|老挝|Lao;Laotian|лаоськ|лаосск",
  "KH|Cambodia|Камбоджа|Камбоджа|柬埔寨|Cambodian|камбоджійськ|камбоджийск",
  "NP|Nepal|Непал|Непал|尼泊尔|Nepalese;Nepali|непальськ|непальск",
];

/**
 * Names of two parties written as one word in Chinese news: 中哈 (China and Kazakhstan), 中俄, …
 *
 * @internal
 */
export const ZH_PAIRS: readonly (readonly [name: string, ids: readonly string[]])[] = [
  ["中哈", ["CN", "KZ"]],
  ["中俄", ["CN", "RU"]],
  ["中乌", ["CN", "UA"]],
  ["中日", ["CN", "JP"]],
  ["中韩", ["CN", "KR"]],
  ["中吉", ["CN", "KG"]],
  ["中塔", ["CN", "TJ"]],
  ["中蒙", ["CN", "MN"]],
  ["俄乌", ["RU", "UA"]],
];
