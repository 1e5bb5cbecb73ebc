/** A 公众号 export refused, with the reason an editor can act on (zh-CN). */
export class WechatExportError extends Error {}
