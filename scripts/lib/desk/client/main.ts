/**
 * The editing desk in the browser: Decap CMS in Chinese, configured from the
 * schemas, with our file formats, 图片 component, news preview and slug filler.
 * The page sets window.CMS_MANUAL_INIT, so nothing starts before the clerk signs in.
 */
import CMS from 'decap-cms-app';
import type { CmsConfig } from 'decap-cms-core';
import { zh_Hans } from 'decap-cms-locales';
import { showBadge, signIn, skipDecapLogin } from './clerk.ts';
import { withCsrf } from './csrf.ts';
import { pinDeskClock } from './clock.ts';
import { readDeskData } from './desk-data.ts';
import { showFieldErrors, withFieldWords } from './field-errors.ts';
import { registerFigure } from './figure-component.ts';
import { registerFormats } from './formats.ts';
import { deskLocale } from './locale.ts';
import { markPublishRequired } from './publish-marks.ts';
import { NewsPreview } from './news-preview.ts';
import { registerSlugOnSave } from './slug-on-save.ts';
import { noticeArea } from './dom.ts';
import { trackSaves } from './save-tracking.ts';
import { statusPanel } from './status-panel.ts';

const { config, css, publishEveryMinutes, siteNow } = readDeskData(document);
pinDeskClock(siteNow);
CMS.registerLocale('zh_Hans', withFieldWords(deskLocale(zh_Hans)));
markPublishRequired(config.collections);
// Raw CSS text, not a URL: the preview pane makes no request for it.
CMS.registerPreviewStyle(css, { raw: true });
CMS.registerPreviewTemplate('news', NewsPreview);
registerFormats(CMS, config.collections);
registerFigure(CMS);
registerSlugOnSave(CMS, config.collections);

// The config is generated and unit-tested (decap-config.ts); here it is only passed on.
void signIn().then((session) => {
  // Every request to /api/ from here on (Decap's, 退出) carries the session's token.
  window.fetch = withCsrf(window.fetch.bind(window), session.csrf, location.href);
  showBadge(session);
  // Around the token: saves carry their form's version, and their answers are announced.
  trackSaves(noticeArea(), statusPanel(), publishEveryMinutes);
  // Inside save tracking: a refused check is shown at its fields, its toast in plain words.
  showFieldErrors();
  skipDecapLogin();
  CMS.init({ config: config as unknown as CmsConfig });
});
