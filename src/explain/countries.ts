/**
 * Country names as they appear in claim subjects, in the languages with a lexicon, mapped to ISO 3166-1
 * alpha-2 codes: enough to see that a subject `["China", "Kazakhstan"]` is a bilateral flow between
 * `CN` and `KZ`, whose own authorities are sources of country `CN` and `KZ`. A small table on purpose:
 * an unknown name only means the mirror-statistics hypothesis is not considered.
 */
const NAMES: readonly (readonly [code: string, names: readonly string[]])[] = [
  ["CN", ["china", "people's republic of china", "prc", "中国", "中华人民共和国", "китай", "кнр"]],
  ["KZ", ["kazakhstan", "republic of kazakhstan", "казахстан", "республика казахстан", "республіка казахстан", "қазақстан", "哈萨克斯坦"]],
  ["RU", ["russia", "russian federation", "росія", "россия", "російська федерація", "российская федерация", "俄罗斯"]],
  ["UA", ["ukraine", "україна", "украина", "乌克兰"]],
  ["US", ["united states", "united states of america", "usa", "u.s.", "us", "сша", "美国"]],
  ["KG", ["kyrgyzstan", "kyrgyz republic", "киргизстан", "кыргызстан", "吉尔吉斯斯坦"]],
  ["UZ", ["uzbekistan", "узбекистан", "乌兹别克斯坦"]],
  ["TJ", ["tajikistan", "таджикистан", "таджикистан", "塔吉克斯坦"]],
  ["TM", ["turkmenistan", "туркменистан", "туркменістан", "土库曼斯坦"]],
  ["MN", ["mongolia", "монголія", "монголия", "蒙古"]],
  ["BY", ["belarus", "білорусь", "беларусь", "白俄罗斯"]],
  ["AZ", ["azerbaijan", "азербайджан", "阿塞拜疆"]],
  ["GE", ["georgia", "грузія", "грузия", "格鲁吉亚"]],
  ["TR", ["turkey", "türkiye", "туреччина", "турция", "土耳其"]],
  ["IR", ["iran", "іран", "иран", "伊朗"]],
  ["IN", ["india", "індія", "индия", "印度"]],
  ["PK", ["pakistan", "пакистан", "巴基斯坦"]],
  ["JP", ["japan", "японія", "япония", "日本"]],
  ["KR", ["south korea", "republic of korea", "korea", "південна корея", "южная корея", "韩国"]],
  ["DE", ["germany", "німеччина", "германия", "德国"]],
  ["FR", ["france", "франція", "франция", "法国"]],
  ["GB", ["united kingdom", "uk", "britain", "great britain", "велика британія", "великобритания", "英国"]],
  ["IT", ["italy", "італія", "италия", "意大利"]],
  ["PL", ["poland", "польща", "польша", "波兰"]],
  ["NL", ["netherlands", "нідерланди", "нидерланды", "荷兰"]],
  ["CA", ["canada", "канада", "加拿大"]],
  ["MX", ["mexico", "мексика", "墨西哥"]],
  ["BR", ["brazil", "бразилія", "бразилия", "巴西"]],
  ["AU", ["australia", "австралія", "австралия", "澳大利亚"]],
  ["SA", ["saudi arabia", "саудівська аравія", "саудовская аравия", "沙特阿拉伯"]],
  ["AE", ["united arab emirates", "uae", "оае", "оаэ", "阿联酋"]],
  ["VN", ["vietnam", "viet nam", "вʼєтнам", "вьетнам", "越南"]],
];

const BY_NAME: ReadonlyMap<string, string> = new Map(NAMES.flatMap(([code, names]) => names.map((n) => [n, code] as const)));
const CODES: ReadonlySet<string> = new Set(NAMES.map(([code]) => code));

/**
 * The ISO code of a country named in a subject ("Kazakhstan", "Казахстан", "KZ"), or `undefined`.
 *
 * @internal
 */
export const toCountryCode = (name: string): string | undefined => {
  const trimmed = name.normalize("NFKC").trim();
  if (trimmed.length === 2 && CODES.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return BY_NAME.get(trimmed.toLowerCase().replace(/\s+/g, " "));
};

/**
 * The two countries of a bilateral subject, or `undefined` when the subject is not exactly two known,
 * different countries.
 *
 * @internal
 */
export const toPartnerCountries = (subject: readonly string[]): readonly [string, string] | undefined => {
  if (subject.length !== 2) return undefined;
  const a = toCountryCode(subject[0]!);
  const b = toCountryCode(subject[1]!);
  return a === undefined || b === undefined || a === b ? undefined : [a, b];
};
