/**
 * The characters on an honoree's name badge, the red seal shown where there is
 * no portrait: the surname, as a seal carries it.
 */

/**
 * Two-character surnames still in use (复姓). Without them 欧阳娜 would get 欧,
 * which reads as a different surname.
 */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '万俟',
  '申屠',
  '澹台',
  '太史',
  '闻人',
  '第五',
]);

/**
 * The surname of `name` (one character, or two for a 复姓); for a name not in
 * Chinese, its first letter in capitals. Leading punctuation and spaces
 * (“红马甲”志愿队) are skipped; a name with no letter at all gives ''.
 */
export function badgeText(name: string): string {
  const letters = Array.from(name.replace(/^[^\p{L}\p{N}]+/u, ''));
  const [first = '', second = ''] = letters;
  if (!/\p{Script=Han}/u.test(first)) return first.toUpperCase();
  return COMPOUND_SURNAMES.has(first + second) && letters.length > 2 ? first + second : first;
}
