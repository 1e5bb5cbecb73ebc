/** The desk's one HTML page: the config and preview CSS inline, the bundle from `/desk.js`, nothing from elsewhere. */
import { t } from '../../../src/i18n/zh-CN.ts';
import { SITE } from '../../../src/site.config.ts';
import { DESK_DATA_ID, type DeskData } from './client/desk-data.ts';

/**
 * JSON that cannot end the `<script>` block it sits in: `<`, `>` and `&` as
 * \u escapes (still the same JSON), and the two line separators old engines
 * choke on.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The page served at `/`; `config` from deskConfig(), `css` from readPreviewCss(), `siteNow` from readEnv() (SITE_NOW). */
export function deskPage(config: Record<string, unknown>, css: string, siteNow?: Date): string {
  const data = { config, css, publishEveryMinutes: SITE.publishEveryMinutes, ...(siteNow ? { siteNow: siteNow.getTime() } : {}) } as unknown as DeskData;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t('desk.title')}</title>
<link rel="icon" href="data:,">
</head>
<body>
<script>window.CMS_MANUAL_INIT = true;</script>
<script type="application/json" id="${DESK_DATA_ID}">${scriptSafeJson(data)}</script>
<script src="/desk.js"></script>
</body>
</html>
`;
}
