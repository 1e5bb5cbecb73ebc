/**
 * The import and scaffold tools' messages. The strings live with every other
 * UI string in `src/i18n/zh-CN.ts` under `import.*`; this module only narrows
 * the keys so a wrong one is a type error.
 */
import { t, type UiKey } from '../../i18n/zh-CN.ts';

type WithoutPrefix<Key> = Key extends `import.${infer Rest}` ? Rest : never;

export type ImportMessageKey = WithoutPrefix<UiKey>;

/** The message for `key` with `{name}` placeholders filled. */
export function msg(key: ImportMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return t(`import.${key}`, params);
}
