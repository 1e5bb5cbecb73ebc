/**
 * Decap marks every field that may be left empty 可选, including what a draft
 * may lack but publishing needs (`publish_required` in the generated config:
 * 发布时间, 来源, 三审). Those say 发布必填 instead. Decap's `required` would
 * refuse to save a draft without them, so the label is changed by style:
 * the label is `for` an id made from the field's name (`final-field-12`).
 */
import { t } from '../../../../src/i18n/zh-CN.ts';
import { cssRule } from './dom.ts';

interface ConfigField {
  name?: unknown;
  publish_required?: unknown;
  fields?: unknown;
}

export function markPublishRequired(collections: readonly { fields?: unknown }[]): void {
  const names = new Set(collections.flatMap((c) => publishRequired(c.fields)));
  if (names.size === 0) return;
  const words = JSON.stringify(t('desk.publishRequired'));
  const rules = [...names].map((name) => {
    const label = `label[for^="${CSS.escape(name)}-field-"]`;
    // Decap draws the label's tab corner with ::after: it becomes the words, in line.
    const after = [`content: ${words}`, 'position: static', 'display: inline', 'width: auto', 'height: auto', 'background: none'];
    return `${cssRule(`${label} > span`, ['display: none'])} ${cssRule(`${label}::after`, after)}`;
  });
  const style = document.createElement('style');
  style.textContent = rules.join('\n');
  document.head.append(style);
}

function publishRequired(fields: unknown): string[] {
  if (!Array.isArray(fields)) return [];
  return (fields as ConfigField[]).flatMap((f) => [
    ...(f.publish_required === true && typeof f.name === 'string' ? [f.name] : []),
    ...publishRequired(f.fields),
  ]);
}
