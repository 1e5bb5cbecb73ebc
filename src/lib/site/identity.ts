/**
 * Who runs the site, as its footer and masthead show it: the 备案 look-up links,
 * phone links, and the check that the sample's placeholder values were replaced.
 */
import { t } from '../../i18n/zh-CN.ts';
import type { Problem } from '../check/problem.ts';

/** MIIT's ICP look-up: it takes no number in the URL, so the footer links the search page. */
export const ICP_LOOKUP_URL = 'https://beian.miit.gov.cn/';

/** The national public-security filing look-up for a number such as `京公网安备 11010502030143号`. */
export function policeLookupUrl(number: string): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${number.replace(/\D/g, '')}`;
}

/** A `tel:` link for a number as printed (`0531-8888 2468` → `tel:053188882468`). */
export function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export interface IdentityFields {
  url: string;
  icp: string;
  policeBeian: string;
  owner: { host: string; address: string; phone: string; email: string };
  government: { siteCode: string; organMark?: { image: string; href: string } | undefined };
  consult: { phone: string; hours: string; email: string; hotline: string };
}

const EXAMPLE_EMAIL = /@([^@]*\.)?example\.(com|cn|org|net)$/i;
const BLANK_OR_NAMELESS = /^\s*$|示例|某某/;
const BLANK_OR_ZERO_PHONE = /^\s*$|0000\s*$/;

/**
 * Values that only a sample or a copy-pasted template carries: example domains,
 * all-zero filing numbers and codes. A real 网站标识码 ends in its serial
 * (`1100000088`), so one ending in six zeros (`3700000000`) is a province
 * prefix with nothing after it.
 */
const PLACEHOLDER: readonly (readonly [field: string, value: (site: IdentityFields) => string | undefined, pattern: RegExp])[] = [
  ['url', (s) => s.url, /^https?:\/\/([^/]*\.)?example\.(com|cn|org|net)(\/|$)/i],
  ['icp', (s) => s.icp, /0{6,}/],
  ['policeBeian', (s) => s.policeBeian, /0{8,}/],
  ['owner.email', (s) => s.owner.email, EXAMPLE_EMAIL],
  ['owner.host', (s) => s.owner.host, BLANK_OR_NAMELESS],
  ['owner.address', (s) => s.owner.address, BLANK_OR_NAMELESS],
  ['owner.phone', (s) => s.owner.phone, BLANK_OR_ZERO_PHONE],
  ['government.siteCode', (s) => s.government.siteCode, /^\s*$|0{6,}$/],
  ['government.organMark.href', (s) => s.government.organMark?.href, /0{16,}/],
  ['consult.phone', (s) => s.consult.phone, BLANK_OR_ZERO_PHONE],
  ['consult.hours', (s) => s.consult.hours, /^\s*$/],
  ['consult.email', (s) => s.consult.email, EXAMPLE_EMAIL],
  ['consult.hotline', (s) => s.consult.hotline, /^\s*$/],
];

/**
 * 提醒 for each identity field that still holds a placeholder, so a new site
 * does not go live under the sample's name, and for a missing 党政机关网站标识
 * (only sites that were issued one show it, so it is advice, not a placeholder).
 */
export function placeholderProblems(site: IdentityFields, file: string): Problem[] {
  const found = PLACEHOLDER.flatMap(([field, read, pattern]): Problem[] => {
    const value = read(site);
    if (value === undefined || !pattern.test(value)) return [];
    const message = value.trim() === '' ? t('identity.empty', { field }) : t('check.placeholderIdentity', { value });
    return [{ file, field, message, severity: 'warning' }];
  });
  if (!site.government.organMark) found.push({ file, field: 'government.organMark', message: t('identity.organMarkMissing'), severity: 'warning' });
  return found;
}

/** The 政府网站找错 link: the configured form with the site's 网站标识码 filled in; undefined for a site without a code. */
export function findErrorUrl(government: { siteCode: string; findErrorUrl: string }): string | undefined {
  if (government.findErrorUrl.includes('{siteCode}') && !government.siteCode.trim()) return undefined;
  return government.findErrorUrl.replaceAll('{siteCode}', encodeURIComponent(government.siteCode.trim()));
}
