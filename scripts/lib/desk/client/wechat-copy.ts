/**
 * 复制到公众号, under an article's preview: asks the desk for the article as the
 * 公众号 takes it (POST /api/wechat, made from the live site by
 * scripts/lib/wechat/export.ts), puts it on the clipboard as `text/html` with a
 * `text/plain` fallback, and says what to do next, with 阅读原文's address to copy.
 * A refusal (a draft, 三审 not signed, not yet on the site) is shown as the server words it.
 * The code runs in the desk page (the preview frame is its child), so `fetch` carries
 * the session's token and the clipboard is the page's.
 */
import { createElement as h, useState, type ReactNode } from 'react';
import { t } from '../../../../src/i18n/zh-CN.ts';

interface WechatAnswer {
  html: string;
  text: string;
  title: string;
  author: string;
  digest: string;
  url: string;
  covers?: { wide: string; square: string };
  warnings: string[];
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; answer: WechatAnswer } | { kind: 'refused'; message: string };

async function askDesk(slug: string): Promise<WechatAnswer> {
  const response = await fetch('/api/wechat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ slug }) });
  // A proxy's or a timed-out sign-in's page is not our JSON: say it plainly, not a parser's words.
  const body = (await response.json().catch(() => ({}))) as Partial<WechatAnswer> & { error?: string };
  if (!response.ok || typeof body.html !== 'string') throw new Error(body.error ?? t('desk.wechat.failed'));
  return body as WechatAnswer;
}

/** Writes both forms in the click's own gesture (ClipboardItem takes promises), so the wait for the server does not cost it. */
async function copyToClipboard(answer: Promise<WechatAnswer>): Promise<void> {
  const blob = (type: string, pick: (a: WechatAnswer) => string) => answer.then((a) => new Blob([pick(a)], { type }));
  await navigator.clipboard.write([new ClipboardItem({ 'text/html': blob('text/html', (a) => a.html), 'text/plain': blob('text/plain', (a) => a.text) })]);
}

function copyLine(label: string, value: string): ReactNode {
  return h(
    'p',
    { key: label, style: { margin: '0 0 0.5rem' } },
    `${label}${value} `,
    h('button', { type: 'button', className: 'btn', onClick: () => void navigator.clipboard.writeText(value) }, t('desk.wechat.copyThis')),
  );
}

export function WechatCopy({ entrySlug }: { entrySlug: string | undefined }): ReactNode {
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Decap names an entry in a year folder `2025/slug`: the article's slug is the file's name.
  const slug = entrySlug?.split('/').pop();
  if (!slug) return h('p', { className: 'wechat-copy' }, t('desk.wechat.saveFirst'));
  const copy = async () => {
    setState({ kind: 'busy' });
    const answer = askDesk(slug);
    try {
      await copyToClipboard(answer);
      setState({ kind: 'done', answer: await answer });
    } catch (error) {
      // The server's refusal says why; a clipboard the browser withheld is said too.
      const refused = await answer.then(
        () => undefined,
        (e: unknown) => (e instanceof Error ? e.message : String(e)),
      );
      setState({ kind: 'refused', message: refused ?? t('desk.wechat.clipboard', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  };
  return h(
    'section',
    {
      className: 'wechat-copy',
      'aria-live': 'polite',
      style: { marginBlockStart: 'var(--space-4)', padding: 'var(--space-3)', border: '2px solid var(--color-accent)' },
    },
    h('button', { type: 'button', className: 'btn', disabled: state.kind === 'busy', onClick: () => void copy() }, t('desk.wechat.button')),
    state.kind === 'busy' ? h('p', null, t('desk.wechat.busy')) : null,
    state.kind === 'refused' ? h('p', { role: 'alert', style: { color: 'var(--color-accent)' } }, state.message) : null,
    state.kind === 'done'
      ? h(
          'div',
          null,
          h('p', null, t('desk.wechat.copied')),
          copyLine(t('desk.wechat.field.title'), state.answer.title),
          state.answer.author ? copyLine(t('desk.wechat.field.author'), state.answer.author) : null,
          copyLine(t('desk.wechat.field.digest'), state.answer.digest),
          copyLine(t('desk.wechat.field.url'), state.answer.url),
          state.answer.covers
            ? h(
                'p',
                null,
                t('desk.wechat.covers'),
                h('a', { href: state.answer.covers.wide, target: '_blank', rel: 'noopener' }, t('desk.wechat.coverWide')),
                '　',
                h('a', { href: state.answer.covers.square, target: '_blank', rel: 'noopener' }, t('desk.wechat.coverSquare')),
              )
            : null,
          ...state.answer.warnings.map((w) => h('p', { key: w }, t('wechat.warning', { text: w }))),
        )
      : null,
  );
}
