/**
 * Who runs the site, as its footer and masthead show it: the 备案 look-up links,
 * phone links, and the check that the sample's placeholder values were replaced.
 */
import { t } from '../i18n/zh-CN.ts';
import type { Problem } from './check/problem.ts';

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
}

// Values that only a sample or a copy-pasted template carries: example domains and all-zero filing numbers.
const PLACEHOLDER: Readonly<Record<string, RegExp>> = {
  url: /^https?:\/\/([^/]*\.)?example\.(com|cn|org|net)(\/|$)/i,
  icp: /0{6,}/,
  policeBeian: /0{8,}/,
  'owner.email': /@([^@]*\.)?example\.(com|cn|org|net)$/i,
  'owner.host': /^\s*$|示例|某某/,
  'owner.address': /^\s*$|示例|某某/,
  'owner.phone': /^\s*$|0000\s*$/,
};

function fieldValue(site: IdentityFields, field: string): string {
  switch (field) {
    case 'url': return site.url;
    case 'icp': return site.icp;
    case 'policeBeian': return site.policeBeian;
    default: return site.owner[field.slice('owner.'.length) as keyof IdentityFields['owner']];
  }
}

/** 提醒 for each identity field that still holds a placeholder, so a new site does not go live under the sample's name. */
export function placeholderProblems(site: IdentityFields, file: string): Problem[] {
  return Object.entries(PLACEHOLDER).flatMap(([field, pattern]): Problem[] => {
    const value = fieldValue(site, field);
    return pattern.test(value) ? [{ file, field, message: t('check.placeholderIdentity', { value }), severity: 'warning' }] : [];
  });
}

/** The 政府网站找错 link: the configured form with the site's 网站标识码 filled in; undefined for a site without a code. */
export function findErrorUrl(government: { siteCode: string; findErrorUrl: string }): string | undefined {
  if (government.findErrorUrl.includes('{siteCode}') && !government.siteCode.trim()) return undefined;
  return government.findErrorUrl.replaceAll('{siteCode}', encodeURIComponent(government.siteCode.trim()));
}
