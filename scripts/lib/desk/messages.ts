/**
 * The desk server's Chinese words: errors the clerk sees in Decap's toast, and
 * commit messages the site's history shows. (Kept beside the server rather than
 * in src/i18n/zh-CN.ts, which holds the site's own chrome.)
 */
import { t } from '../../../src/i18n/zh-CN.ts';

export const DESK_TEXT = {
  signIn: '请先在编辑台首页填写您的姓名',
  checkFailed: '内容检查未通过：',
  pushFailed: '已保存在本机，但没能推送到服务器：',
  forbiddenHost: '编辑台只接受本机浏览器的请求',
  outside: '只能读写 content 文件夹里的文件：',
  notEntry: '这里不是稿件的位置：',
  moved: '编辑台不改变已有稿件的网址，请新建一篇',
  badRequest: '请求的格式不对：',
  unknownAction: '编辑台不支持这个操作：',
  internal: '编辑台出错了：',
  notFound: '找不到这个文件',
  exists: '已经有一篇同名的稿件，请换一个网址短名：',
} as const;

const VERBS = { create: '发布', update: '更新', draft: '保存草稿', delete: '删除', media: '上传图片' } as const;

/** How collections are named in commit messages. */
const LABELS: Readonly<Record<string, string>> = { news: t('nav.news'), communities: t('nav.communities'), honors: t('nav.honors') };

/** `编辑台：发布 新闻 2024/slug` */
export function commitMessage(verb: keyof typeof VERBS, collection: string, name: string): string {
  return `编辑台：${VERBS[verb]} ${LABELS[collection] ?? collection} ${name}`.replace(/\s+$/, '');
}

/** `content/news/2024/a.md` → `2024/a`, as Decap names entries. */
export function entryName(entryPath: string): string {
  return entryPath.split('/').slice(2).join('/').replace(/\.[^./]+$/, '');
}
