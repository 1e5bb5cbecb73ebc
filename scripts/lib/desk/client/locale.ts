/**
 * Decap's zh_Hans words the clerks found odd (集合, 项目, URL, English, 修改已保存
 * on a blank form, 草稿 on a photo that is merely not saved yet), replaced by the
 * desk's own, which live in zh-CN.ts like every other string. Decap's `%{name}`
 * placeholders pass through t() untouched.
 */
import { t, type UiKey } from '../../../../src/i18n/zh-CN.ts';
import { withTakeDown } from './take-down.ts';

type Phrases = Record<string, unknown>;

/** Dotted path in Decap's locale → the desk's key. */
export const DECAP_OVERRIDES: Readonly<Record<string, UiKey>> = {
  'app.header.content': 'desk.decap.header.content',
  'app.header.media': 'desk.decap.header.media',
  'app.header.quickAdd': 'desk.decap.header.quickAdd',
  'app.app.loadingConfig': 'desk.decap.loadingConfig',
  'app.app.waitingBackend': 'desk.decap.waitingBackend',
  'app.app.errorHeader': 'desk.decap.configError',
  'app.app.checkConfigYml': 'desk.decap.configError',
  'collection.sidebar.collections': 'desk.decap.collections',
  'collection.sidebar.allCollections': 'desk.decap.allCollections',
  'collection.sidebar.searchAll': 'desk.decap.searchAll',
  'collection.sidebar.searchIn': 'desk.decap.searchIn',
  'collection.collectionTop.viewAs': 'desk.decap.viewAs',
  'collection.collectionTop.newButton': 'desk.decap.newButton',
  'collection.collectionTop.newButtonAriaLabel': 'desk.decap.newButtonAria',
  'editor.editorToolbar.backCollection': 'desk.decap.backCollection',
  'editor.editorToolbar.unsavedChanges': 'desk.decap.unsavedChanges',
  // Shown on a blank new form too, where 修改已保存 is untrue.
  'editor.editorToolbar.changesSaved': 'desk.decap.changesSaved',
  // Also after a draft's save: 已发布 would be untrue; the status line says when it shows.
  'editor.editorToolbar.published': 'desk.decap.published',
  'editor.editorControlPane.widget.regexPattern': 'desk.decap.regexPattern',
  'editor.editor.confirmLoadBackup': 'desk.decap.confirmLoadBackup',
  'editor.editorWidgets.markdown.richText': 'desk.decap.richText',
  'editor.editorWidgets.markdown.markdown': 'desk.decap.markdown',
  'editor.editorWidgets.markdown.linkPrompt': 'desk.decap.linkPrompt',
  'editor.editorWidgets.image.chooseUrl': 'desk.decap.chooseUrl',
  'editor.editorWidgets.image.replaceUrl': 'desk.decap.replaceUrl',
  'editor.editorWidgets.image.promptUrl': 'desk.decap.promptImageUrl',
  'editor.editorWidgets.file.chooseUrl': 'desk.decap.chooseUrl',
  'editor.editorWidgets.file.replaceUrl': 'desk.decap.replaceUrl',
  'editor.editorWidgets.file.promptUrl': 'desk.decap.promptFileUrl',
  // An uploaded photo not yet saved with its article: not a 草稿 article.
  'mediaLibrary.mediaLibraryCard.draft': 'desk.decap.photoUnsaved',
  'mediaLibrary.mediaLibraryCard.copyUrl': 'desk.decap.copyUrl',
  'mediaLibrary.mediaLibrary.onDelete': 'desk.decap.onDeleteMedia',
  'mediaLibrary.mediaLibraryModal.mediaAssets': 'desk.decap.mediaAssets',
  // zh_Hans says 正在下载 here.
  'mediaLibrary.mediaLibraryModal.deleting': 'desk.decap.deleting',
  'mediaLibrary.mediaLibraryModal.deleteSelected': 'desk.decap.deleteSelected',
  'mediaLibrary.mediaLibraryModal.chooseSelected': 'desk.decap.chooseSelected',
  'ui.errorBoundary.reportIt': 'desk.decap.reportIt',
  'ui.errorBoundary.privacyWarning': 'desk.decap.privacyWarning',
  'ui.settingsDropdown.logOut': 'desk.decap.logOut',
  // Missing from zh_Hans: Decap would show the English key.
  'ui.settingsDropdown.account': 'desk.decap.account',
  'ui.toast.onLoggedOut': 'desk.decap.onLoggedOut',
  'ui.toast.onBackendDown': 'desk.decap.onBackendDown',
  'ui.toast.onFailToPersist': 'desk.decap.onFailToPersist',
  // 立即 read as "now, whatever the publish time": a scheduled article waits for its time.
  'editor.editorToolbar.publishNow': 'desk.decap.publishNow',
  // Photos live with their articles; the library's own folder is empty by design.
  'mediaLibrary.mediaLibraryModal.noAssetsFound': 'desk.decap.noAssetsFound',
  // Decap's check for 标题 and 正文: say where to look.
  'ui.toast.missingRequiredField': 'desk.decap.missingRequiredField',
};

/** `locale` with `path` (dotted) set to `value`, copying only the objects on the way. */
function setPath(locale: Phrases, path: readonly string[], value: string): Phrases {
  const [head, ...rest] = path;
  if (head === undefined) return locale;
  const inner = (locale[head] ?? {}) as Phrases;
  return { ...locale, [head]: rest.length === 0 ? value : setPath(inner, rest, value) };
}

/** Decap's zh_Hans with the desk's words: the overrides above and 撤下 for 删除. */
export function deskLocale(zhHans: Phrases): Phrases {
  let locale = zhHans;
  for (const [path, key] of Object.entries(DECAP_OVERRIDES)) locale = setPath(locale, path.split('.'), t(key));
  return withTakeDown(locale);
}
