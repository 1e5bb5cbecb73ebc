/**
 * The import and scaffold tools' messages. The strings live with every other
 * UI string in `src/i18n/zh-CN.ts` under `import.*`; this module only narrows
 * the keys so a wrong one is a type error.
 */
import { t, type UiKey } from '../../i18n/zh-CN.ts';

type WithoutPrefix<Key> = Key extends `import.${infer Rest}` ? Rest : never;

/**
 * Messages added for #18 (layouts the importer had not seen). They belong in
 * `src/i18n/zh-CN.ts` under `import.*`; they wait here because that file was
 * being changed on another branch at the time. Move them there when both meet:
 * callers keep using `msg()` and do not change.
 */
export const PENDING_MESSAGES = {
  'report.removed.fullWidth': '- 全角数字和字母改为半角 {count} 个',
  'report.chromeLines': '删去的栏目和页面零件（请核对，如有正文请补回）：',
  'report.chromeLine': '- “{text}”',
} as const;

type PendingKey = keyof typeof PENDING_MESSAGES;
export type ImportMessageKey = WithoutPrefix<UiKey> | PendingKey;

/** The message for `key` with `{name}` placeholders filled. */
export function msg(key: ImportMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  if (!isPending(key)) return t(`import.${key}`, params);
  // The same filling as `t()`: a value is inserted literally, an unknown placeholder stays visible.
  return PENDING_MESSAGES[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

function isPending(key: ImportMessageKey): key is PendingKey {
  return Object.hasOwn(PENDING_MESSAGES, key);
}
