/** The people behind an article as portals print them at its foot: `作者：张三、李四`. */
import { t } from '../../i18n/zh-CN.ts';

export interface CreditFields {
  authors?: readonly string[] | undefined;
  correspondents?: readonly string[] | undefined;
  photographers?: readonly string[] | undefined;
  editor?: string | undefined;
}

/** One credit line, its label (`作者：`) and the names joined with 、. */
export interface CreditLine {
  label: string;
  names: string;
}

/** The credit lines of an article, in the order portals print them; roles with nobody are left out. */
export function creditLines(data: CreditFields): CreditLine[] {
  const roles = [
    ['article.authors', data.authors],
    ['article.correspondents', data.correspondents],
    ['article.photographers', data.photographers],
    ['article.editor', data.editor === undefined ? undefined : [data.editor]],
  ] as const;
  return roles.flatMap(([label, names]) => {
    // The desk's preview passes the form as typed: a name just added is still null there.
    const shown = (names ?? []).filter((n: string | null) => typeof n === 'string' && n.trim() !== '');
    return shown.length === 0 ? [] : [{ label: t(label), names: shown.join('、') }];
  });
}
