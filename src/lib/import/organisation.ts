/**
 * Names of offices, accounts and outlets as opposed to people: `江北区民政局`,
 * `明湖社区居委会`, `松鹤发布`, `江城日报`. A credit that names one is not a
 * person's byline, and a short line under a title that names one is an account.
 */

// What an office or an account calls itself.
const ORGANISATION =
  /(?:社区|街道|居委会|居民委员会|村委会|办事处|党委|党工委|党支部|党总支|委员会|政府|中心|局|办公室|街道办|派出所|事务所|实践所|服务站|工作站|实践站|驿站|志愿队|服务队|中队|大队|协会|学校|医院|公司|发布|公众号|融媒|在线|之声|服务号|日报|晚报|报社|电视台|网)$/u;
// Words a CMS or an account prints where a person's name should be.
const NOT_A_PERSON = /^(?:管理员|admin|administrator|编辑部|小编|网站编辑|本网|本站|佚名|未知|匿名|受访单位|受访者|资料图|网络)$/iu;

// What a paper or a site calls itself above its pages: `江城日报`, `江城日报数字报`, `大众网`.
const PUBLICATION = /(?:日报|晚报|早报|晨报|商报|都市报|报|数字报|电子版|网|网站|在线|客户端|融媒|新闻)$/u;

// A name is short and has no pauses in it: `更新管网、增设充电桩` ends in 网 but is a phrase.
const isName = (text: string): boolean => Array.from(text).length <= MAX_NAME && !/[、，,；：]/u.test(text);
const MAX_NAME = 20;

export function isPublication(text: string): boolean {
  return PUBLICATION.test(text.trim()) && isName(text.trim());
}

/** A paper's name as its masthead prints it, without the edition's words (`江城日报数字报` → `江城日报`). */
export function publicationName(text: string): string {
  return text.trim().replace(/(?:数字报|电子版|数字版)$/u, '');
}

export function isOrganisation(text: string): boolean {
  return ORGANISATION.test(text.trim()) && isName(text.trim());
}

/** Whether a name in a credit is a person: not an office, an account or a CMS's placeholder. */
export function isPersonName(name: string): boolean {
  return !NOT_A_PERSON.test(name) && !isOrganisation(name);
}
