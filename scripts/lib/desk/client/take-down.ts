/**
 * Decap's 删除 on an article is the desk's 撤下: the server marks the article
 * as a draft (off the site, feeds and search; kept, and published again by
 * unticking 草稿标记), so Decap's words for it are changed to say so.
 */
import { t } from '../../../../src/i18n/zh-CN.ts';

type Phrases = Record<string, unknown>;

export function withTakeDown(locale: Phrases): Phrases {
  const editor = (locale['editor'] ?? {}) as Record<string, Phrases>;
  return {
    ...locale,
    editor: {
      ...editor,
      editor: { ...editor['editor'], onDeletePublishedEntry: t('desk.takeDown.confirm'), onDeleteWithUnsavedChanges: t('desk.takeDown.confirmUnsaved') },
      editorToolbar: { ...editor['editorToolbar'], deletePublishedEntry: t('desk.takeDown.button'), deleteEntry: t('desk.takeDown.button') },
    },
  };
}
