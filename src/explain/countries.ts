/**
 * Party names as they appear in claim subjects, in the languages with a lexicon, mapped to ISO 3166-1
 * alpha-2 codes (and the EU and customs unions to their own codes): enough to see that a subject
 * `["China", "Kazakhstan"]` is a bilateral flow between `CN` and `KZ`, whose own authorities are sources
 * of country `CN` and `KZ`. A small table on purpose: an unknown name only means the mirror-statistics
 * hypothesis is not considered.
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
  // Customs unions and the EU: parties to a bilateral flow in their own right, whose trade their own
  // authorities report (see AUTHORITIES). Codes are the EU's reserved ISO code and the unions' names.
  ["EU", ["european union", "the european union", "eu", "the eu", "європейський союз", "євросоюз", "єс", "евросоюз", "европейский союз", "ес", "欧盟", "欧洲联盟"]],
  ["EAEU", ["eurasian economic union", "eaeu", "eeu", "євразійський економічний союз", "єаес", "евразийский экономический союз", "еаэс", "欧亚经济联盟"]],
  ["MERCOSUR", ["mercosur", "mercosul", "southern common market", "меркосур", "南方共同市场"]],
  ["SACU", ["southern african customs union", "sacu", "南部非洲关税同盟"]],
  ["GCC", ["gulf cooperation council", "cooperation council for the arab states of the gulf", "gcc", "рада співробітництва арабських держав перської затоки", "совет сотрудничества арабских государств персидского залива", "海湾合作委员会"]],
];

/**
 * The bodies that report a union's own trade, by union: a source so named reports for the union even
 * without a `country` (which, being an ISO 3166 code, can name the EU but no other union).
 */
const AUTHORITIES: readonly (readonly [code: string, names: readonly string[]])[] = [
  ["EU", ["european commission", "the european commission", "eurostat", "statistical office of the european union", "directorate-general for trade", "dg trade", "європейська комісія", "єврокомісія", "євростат", "европейская комиссия", "еврокомиссия", "евростат", "欧盟委员会", "欧盟统计局"]],
  ["EAEU", ["eurasian economic commission", "the eurasian economic commission", "eec", "євразійська економічна комісія", "евразийская экономическая комиссия", "еэк", "欧亚经济委员会"]],
  ["MERCOSUR", ["mercosur secretariat", "secretaría del mercosur", "secretaria do mercosul"]],
  ["SACU", ["sacu secretariat", "southern african customs union secretariat"]],
  ["GCC", ["gcc-stat", "gcc statistical center", "gcc statistical centre", "statistical centre for the cooperation council for the arab countries of the gulf", "gcc secretariat general"]],
];

const UNIONS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(AUTHORITIES.map(([code]) => code)))();
const BY_AUTHORITY: ReadonlyMap<string, string> = /* @__PURE__ */ (() => new Map(AUTHORITIES.flatMap(([code, names]) => names.map((n) => [n, code] as const))))();

const BY_NAME: ReadonlyMap<string, string> = /* @__PURE__ */ (() => new Map(NAMES.flatMap(([code, names]) => names.map((n) => [n, code] as const))))();
/** A name as the tables hold it: NFKC, trimmed, lower case, single spaces. */
const normalise = (name: string): string => name.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** "eu-27", "eu27", "eu 28" → "eu": a union named with its number of members. */
const withoutMemberCount = (name: string): string | undefined => {
  if (name.length < 4 || !isDigit(name[name.length - 1]) || !isDigit(name[name.length - 2])) return undefined;
  let head = name.slice(0, -2);
  if (head.endsWith("-") || head.endsWith(" ")) head = head.slice(0, -1);
  return head.length >= 2 && !isDigit(head[head.length - 1]) ? head : undefined;
};

/**
 * The forms under which a name is looked up, most literal first: the name, then without a bracketed
 * gloss ("Eurostat (EU statistics office)"), then the part before a comma ("European Commission, DG
 * Trade"), each also without a member count ("EU-27"). Tables hold bare names; news decorates them.
 */
const lookupForms = (name: string): string[] => {
  const whole = normalise(name);
  const forms = [whole];
  const bracket = whole.indexOf("(");
  if (bracket > 0) forms.push(whole.slice(0, bracket).trim());
  const comma = whole.indexOf(",");
  if (comma > 0) forms.push(whole.slice(0, comma).trim());
  for (const f of [...forms]) {
    const bare = withoutMemberCount(f);
    if (bare !== undefined) forms.push(bare);
  }
  return forms;
};

const lookUp = (table: ReadonlyMap<string, string>, name: string): string | undefined => {
  for (const form of lookupForms(name)) {
    const code = table.get(form);
    if (code !== undefined) return code;
  }
  return undefined;
};

const CODES: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(NAMES.map(([code]) => code)))();

/**
 * The ISO code of a country named in a subject ("Kazakhstan", "Казахстан", "KZ"), or `undefined`.
 *
 * @internal
 */
export const toCountryCode = (name: string): string | undefined => {
  const trimmed = name.normalize("NFKC").trim();
  if (trimmed.length === 2 && CODES.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return lookUp(BY_NAME, trimmed);
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


/**
 * The party of a bilateral flow a source reports for, when it is one of `partners`: its `country`, or —
 * for a union, which has no ISO country code of its own but the EU's — the union whose authority it is
 * by name ("European Commission", "Eurostat", "Eurasian Economic Commission").
 *
 * @internal
 */
export const toReporterParty = (source: { readonly name: string; readonly country?: string | undefined }, partners: readonly string[]): string | undefined => {
  if (source.country !== undefined && partners.includes(source.country)) return source.country;
  // Only a union reports without a country code: most flows are between countries, so no name is read.
  if (!partners.some((p) => UNIONS.has(p))) return undefined;
  const union = lookUp(BY_AUTHORITY, source.name);
  return union !== undefined && partners.includes(union) ? union : undefined;
};
