/**
 * The house style of the 公众号 copy, as CSS that `juice` writes into each element's
 * `style` (the 公众号 editor keeps only inline styles). The values are the site's own
 * tokens (src/styles/tokens.css; a unit test holds them equal), sized for WeChat's
 * column: 17 px body text (WeChat's own reading size; the 公众号 floor is 16 px) at a
 * generous 1.8 line height, the site's red for headings and rules.
 */
export const WECHAT_COLORS = {
  text: '#1a1a1a',
  muted: '#4a4a4a',
  accent: '#a4161a',
  border: '#c8c8c8',
  surface: '#f5f2ec',
} as const;

const c = WECHAT_COLORS;

export const WECHAT_THEME_CSS = `
section.wx { font-size: 17px; line-height: 1.8; color: ${c.text}; letter-spacing: 0.5px; text-align: justify; }
p { margin: 0 0 16px; }
p.kicker { margin: 0 0 4px; font-size: 15px; color: ${c.muted}; }
p.subtitle { margin: 0 0 8px; font-size: 16px; color: ${c.muted}; }
p.meta { margin: 0 0 20px; padding-bottom: 10px; border-bottom: 1px solid ${c.border}; font-size: 15px; color: ${c.muted}; }
h2 { margin: 28px 0 14px; padding-left: 10px; border-left: 4px solid ${c.accent}; font-size: 19px; line-height: 1.5; font-weight: bold; color: ${c.accent}; }
h3 { margin: 22px 0 10px; font-size: 17px; line-height: 1.5; font-weight: bold; color: ${c.text}; }
p.photo { margin: 20px 0 6px; text-align: center; }
img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
p.caption { margin: 0 0 20px; font-size: 14px; line-height: 1.6; color: ${c.muted}; text-align: center; }
p.item { margin: 0 0 8px; padding-left: 1.5em; text-indent: -1.5em; }
section.notice { margin: 20px 0; padding: 12px 14px; border-left: 4px solid ${c.accent}; background-color: ${c.surface}; }
p.signature { text-align: right; }
table { width: 100%; margin: 16px 0; border-collapse: collapse; font-size: 15px; line-height: 1.6; }
th { padding: 6px 8px; border: 1px solid ${c.border}; background-color: ${c.surface}; font-weight: bold; text-align: left; }
td { padding: 6px 8px; border: 1px solid ${c.border}; text-align: left; }
blockquote { margin: 16px 0; padding: 8px 14px; border-left: 4px solid ${c.border}; color: ${c.muted}; }
sup.ref { font-size: 14px; color: ${c.accent}; }
span.nowrap { white-space: nowrap; }
p.label { margin: 0 0 4px; font-weight: bold; color: ${c.accent}; }
section.foot { margin-top: 28px; padding-top: 12px; border-top: 1px solid ${c.border}; font-size: 15px; line-height: 1.7; color: ${c.muted}; }
section.foot { text-align: left; word-break: break-all; }
section.foot p { margin: 0 0 4px; }
section.refs { margin-top: 20px; font-size: 14px; line-height: 1.6; color: ${c.muted}; text-align: left; word-break: break-all; }
section.refs p { margin: 0 0 4px; }
p.refs-title { font-weight: bold; }
`;
