/**
 * Portal and WeChat chrome that a copy drags along: breadcrumbs, font and print
 * buttons, view counts, previous/next links, related news, app promotion,
 * copyright and ICP lines, end marks and stray ids. Lines are judged after
 * conversion to Simplified, so one list of words serves both scripts.
 */

const NO_SENTENCE = (line: string) => !/[。！？]/.test(line);

// Lines that start like this are chrome when they are not a sentence.
const CHROME_START = new RegExp(
  '^(?:' +
    [
      '(?:当前|您的|你的|您现在的|现在|所在)位置',
      '(?:热门搜索|热搜|搜索|热门标签|标签)[:：]',
      '(?:浏览|阅读|点击|访问)(?:次数|量|数)',
      '上一篇', '下一篇', '上一条', '下一条', '上一页', '下一页',
      '分享到', '分享至', '扫一扫', '微信扫一扫', '手机扫一扫', '扫码(?:关注|下载|阅读)', '长按(?:识别|扫码|二维码|关注)',
      '点击上方', '点击下方', '点击蓝字', '关注我们', '关注公众号', '阅读原文', '预览时标签不可点', '喜欢此内容的人还喜欢', '收录于', '写留言',
      '【(?:打印|字体|字号)', '打印(?:本页|此页)', '(?:字体|字号)[:：]',
      '下载.{0,12}$', '.{0,12}客户端(?:下载)?\\s*$', '-*\\s*END\\s*-*$', 'The End$',
      // Column headers: `视频新闻更多>>`; a bare `…更多` could be a heading (`让老人享受更多`).
      '.{1,10}更多\\s*[>»›]+$', '.{0,8}(?:新闻|视频|图片|专题|资讯|动态|中心|频道|栏目)更多$',
    ].join('|') +
    ')',
);

// Text that marks the end of the article: what follows it is the portal's again.
const TAIL_START =
  /^(?:相关(?:新闻|阅读|链接|文章|报道|推荐)|推荐阅读|延伸阅读|热点推荐|热门(?:推荐|文章|新闻)|往期(?:回顾|推荐|精彩)|猜你喜欢|更多精彩|精彩推荐|编辑推荐|上一篇|下一篇|上一条|下一条|分享到|阅读原文|喜欢此内容的人还喜欢)/;

// Legal footer text: chrome wherever it appears, sentence or not.
const LEGAL = /版权所有|copyright|©|all rights reserved|icp[备证]|公网安备|网安备|备案号|不良信息举报|举报(?:电话|邮箱|中心)|未经(?:本网)?(?:授权|许可).{0,12}转载|(?:禁止|不得)转载|转载请注明|技术支持[:：]|主办单位|承办单位/i;

// Footer menu words: two or more in a line make it a menu.
const FOOTER_MENU = /网站地图|网站简介|网站地址|法律声明|广告服务|关于我们|联系我们|联系方式|隐私政策|免责声明|标识说明|意见反馈|网站导航/g;

// Buttons and counters that make up a whole line of chrome (`【字体：大 中 小】【打印本页】`).
const BUTTON_WORDS =
  /字体|字号|默认|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|分享到|分享|返回顶部|返回首页|返回列表|返回|我要纠错|纠错|推荐给好友|扫一扫|复制链接|浏览次数|阅读次数|点击数|点击量|阅读量|浏览量|阅读|人次|评论|点赞|在看|上一页|下一页|首页|尾页|放大|缩小|繁体|简体|微信|微博|朋友圈|QQ空间|[大中小次赞]/g;
const BUTTON_ONLY = /字体|字号|打印|关闭|收藏|分享|返回|纠错|扫一扫|复制链接|浏览|阅读|点击|评论|点赞|在看|页/;

// `某某客户端 简介：…`, `下载某某APP`: app promotion blocks under portal articles.
const APP_PROMOTION = /^.{1,16}(?:客户端|APP|App|app|e家)?\s*简介[:：]/;

const BREADCRUMB_SEPARATOR = /\s*(?:>>|[>＞»›→])\s*/;
const MENU_SEPARATOR = /\s*[|｜丨]\s*/;

/** Whether a line is page chrome rather than article text. */
export function isChromeLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return true;
  if (isEndMark(text) || isStrayId(text)) return true;
  if (LEGAL.test(text) && text.length <= 200) return true;
  if (APP_PROMOTION.test(text) && text.length <= 100) return true;
  if (!NO_SENTENCE(text) || text.length > 80) return false;
  if (CHROME_START.test(text) || TAIL_START.test(text)) return true;
  if ((text.match(FOOTER_MENU)?.length ?? 0) >= 2) return true;
  return isBreadcrumb(text) || isMenu(text) || isButtonRow(text);
}

/** Whether a line ends the article (related news, previous/next, share buttons). */
export function isTailMarker(line: string): boolean {
  const text = line.trim();
  return (TAIL_START.test(text) && NO_SENTENCE(text)) || (LEGAL.test(text) && text.length <= 200);
}

// `◆◆◆`, `———`, `***`: symbols only. ▲ and ▼ are figure and list markers, not chrome.
function isEndMark(text: string): boolean {
  return /^[\p{P}\p{S}\s]+$/u.test(text) && !/[▲▼]/.test(text);
}

// `202101251512116801`, `1`, `2 3 4`: numbers standing alone say nothing.
function isStrayId(text: string): boolean {
  return /^[\d\s]+$/.test(text) || /^[A-Za-z]{0,4}\d{6,}[A-Za-z0-9]*$/.test(text);
}

function isBreadcrumb(text: string): boolean {
  const parts = text.split(BREADCRUMB_SEPARATOR);
  return parts.length >= 3 && parts.every((p) => Array.from(p).length <= 14);
}

function isMenu(text: string): boolean {
  const parts = text.split(MENU_SEPARATOR).filter((p) => p !== '');
  return parts.length >= 3 && parts.every((p) => Array.from(p).length <= 6);
}

function isButtonRow(text: string): boolean {
  if (!BUTTON_ONLY.test(text)) return false;
  const rest = text.replace(BUTTON_WORDS, '').replace(/[\p{P}\p{S}\s\dA-Za-z]/gu, '');
  return rest === '';
}
