/**
 * The 公众号's limits an article is checked against before it is offered. From the
 * 微信开放文档, 新增草稿 (draft_add: developers.weixin.qq.com/doc/service/api/draftbox/
 * draftmanage/api_draft_add), whose limits the platform says match its editor's:
 * title ≤ 32 字 (the editor itself takes 64), author ≤ 16 字, digest ≤ 128 字,
 * content < 20,000 characters and < 1 MB, 阅读原文 address ≤ 1 KB; the cover is cut at
 * 2.35:1 (`pic_crop_235_1`) and shown square in shares (`pic_crop_1_1`).
 */
export const WECHAT_LIMITS = {
  /** 标题: the API's limit; longer titles are cut in lists and refused by draft_add. */
  titleChars: 32,
  /** 标题 as the editor accepts it when pasted by hand. */
  titleCharsEditor: 64,
  /** 作者 field. */
  authorChars: 16,
  /** 摘要 */
  digestChars: 128,
  /** 正文 characters: the editor counts the text; draft_add counts the whole HTML string. */
  contentChars: 20_000,
  /** 正文 HTML bytes. */
  contentBytes: 1024 * 1024,
  /** 阅读原文 address bytes. */
  sourceUrlBytes: 1024,
} as const;

/** Photos in the 公众号's column: 1080 px wide is sharp on any phone; a cap, never an upscale. */
export const WECHAT_PHOTO_WIDTH = 1080;

/** The cover as the 公众号 crops it: 2.35:1 in the feed, square in shares and the profile list. */
export const WECHAT_COVERS = {
  wide: { ratio: 2.35, width: 1080 },
  square: { ratio: 1, width: 1080 },
} as const;
export type CoverShape = keyof typeof WECHAT_COVERS;
