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
      '(?:当前|您的|你的|您现在的|您当前的?|您所在的?|当前所在|现在|所在)位置',
      '(?:热门搜索|热搜|搜索|热门标签|标签)[:：]',
      '(?:浏览|阅读|点击|访问)(?:次数|量|数)',
      '上一篇',
      '下一篇',
      '上一版',
      '下一版',
      '版面导航',
      '返回目录',
      '本版(?:其他|其它)?(?:文章|标题|新闻)',
      // A paper's page line: `第A03版：社区`, `A07版 江北新闻`.
      '第?[A-Z]?\\d{1,3}\\s*版(?:[:：\\s].{0,12})?$',
      '上一条',
      '下一条',
      '上一页',
      '下一页',
      '分享到',
      '分享至',
      '扫一扫',
      '微信扫一扫',
      '手机扫一扫',
      '(?:手机)?扫码(?:关注|下载|阅读|预览)',
      '图文预览',
      '长按(?:识别|扫码|二维码|关注)',
      '点击上方',
      '点击下方',
      '点击蓝字',
      '关注我们',
      '关注公众号',
      '阅读原文',
      '预览时标签不可点',
      '喜欢此内容的人还喜欢',
      '收录于',
      '写留言',
      // WeChat's page around the article: swipe prompts, the profile card, the comment box.
      '继续滑动看下一个',
      '向上滑动看下一个',
      '轻触阅读原文',
      '微信扫一扫(?:关注|可打开|使用小程序)',
      '喜欢作者',
      '精选留言',
      '留言$',
      '赞赏$',
      '\\d+篇原创内容',
      '(?:公众号|视频号|小程序|知道了|取消|允许|作者头像)$',
      // A government portal's footer: who runs the site, its identity code, the browser it wants.
      '网站(?:标识|识别)码',
      '(?:主办|承办|协办|维护|运维)(?:单位)?[:：]',
      '建议使用.{0,30}(?:浏览器|分辨率)',
      '【(?:打印|字体|字号)',
      '打印(?:本页|此页)',
      '(?:字体|字号)[:：]',
      '下载.{0,12}$',
      '.{0,12}客户端(?:下载)?\\s*$',
      '[-—–\\s]*(?:THE\\s+)?END[-—–\\s]*$',
      // Self-media and layout platforms: 美篇, 秀米, 135, H5 pages, 百家号, 头条, 澎湃号, 网易号.
      '(?:\\+\\s*)?(?:已)?关注$',
      '举报(?:\\s*/\\s*反馈)?$',
      '投诉$',
      '分享给(?:朋友|好友)',
      '分享让更多人看到',
      '我也要(?:制作|做)',
      '点击播报',
      '听全文',
      '喜欢就(?:点个|点|分享)',
      '(?:手机|在手机上)看新闻',
      // An e-mail address alone: the desk's, for tips.
      '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$',
      '.{0,20}官方账号$',
      // A portal's follow block: `央广网官方微信`, `央广网官方微博`; 网易号's `申请入驻`.
      '.{0,12}官方(?:微信|微博|抖音|视频号|快手)$',
      '申请入驻$',
      // A site's clock in its header: `今天是2025年7月8日 星期二`.
      '今天是',
      '下载.{0,16}(?:客户端|APP|App|app)',
      '看更多',
      '查看.{0,6}(?:文章|更多|全文)',
      '返回.{1,6}[，,]?\\s*查看更多',
      '请输入(?:关键字|关键词|搜索)',
      '搜索$',
      '投稿(?:邮箱|信箱|方式|热线|地址)',
      '打开(?:美篇|秀米|网易新闻|搜狐新闻|百度|今日头条|头条|澎湃|微信).{0,8}',
      // Lines that are a link's words and its arrow: `查看TA的文章>`, `更多>>`.
      '.{1,12}[>＞»›]+$',
      // A domain alone: `135editor.com`, `www.example.cn`.
      '(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|org)(?:/\\S*)?$',
      '点亮.{0,2}在看',
      '(?:阅读|查看)下一篇',
      '返回.{0,6}首页',
      '(?:百度|网易|搜狐|腾讯)?首页$',
      '(?:登录|注册)(?:\\s*[|/]?\\s*(?:登录|注册))?$',
      '用?微信扫(?:码|一扫)',
      '.{1,12}\\s*[·・]\\s*目录$',
      // Follower and like counters of self-media pages: `2.6万粉丝`, `1234获赞`.
      '[\\d.]+\\s*[万wW]?\\s*(?:粉丝|获赞|关注|作品)',
      // H5 pages number their screens: `2/8`.
      '\\d{1,2}\\s*/\\s*\\d{1,2}$',
      '美篇号',
      '(?:向上|向下|上|下)滑(?:动)?(?:查看|继续|翻页)?',
      '点击(?:屏幕|翻页|查看大图)',
      '免费(?:创建|制作)',
      '(?:本文|本页|本作品|此页面?)(?:由|使用|采用|用).{0,12}(?:编辑器|秀米|135|易企秀|美篇|兔展|MAKA)',
      '(?:秀米|135编辑器|易企秀|兔展|MAKA)',
      '参与互动',
      '打开.{0,8}(?:APP|App|app|客户端|新闻)',
      'IP属地',
      '以下文章来源于',
      '澎湃号[·・]',
      'The End$',
      // Column headers: `视频新闻更多>>`; a bare `…更多` could be a heading (`让老人享受更多`).
      '.{1,10}更多\\s*[>»›]+$',
      '.{0,8}(?:新闻|视频|图片|专题|资讯|动态|中心|频道|栏目)更多$',
    ].join('|') +
    ')',
);

// Text that marks the end of the article: what follows it is the portal's again.
const TAIL_START = new RegExp(
  '^(?:' +
    [
      '相关(?:新闻|阅读|链接|文章|报道|推荐|稿件)|推荐阅读|延伸阅读|热点推荐|热门(?:推荐|文章|新闻|评论)|往期(?:回顾|推荐|精彩)',
      '作者最新文章|发表评论|全部评论|为你推荐|猜你喜欢|更多精彩|精彩推荐|编辑推荐|相关搜索|.{0,6}新闻精选',
      '上一篇|下一篇|上一条|下一条|分享到|阅读原文|喜欢此内容的人还喜欢|继续滑动看下一个|向上滑动看下一个|精选留言',
    ].join('|') +
    ')',
);

// Legal footer text: chrome wherever it appears, sentence or not.
const LEGAL = new RegExp(
  [
    '版权所有|copyright|©|all rights reserved|icp[备证]|公网安备|网安备|备案号|不良信息举报|举报(?:电话|邮箱|中心)',
    '未经(?:本网)?(?:授权|许可).{0,12}转载|(?:禁止|不得)转载|转载请注明|技术支持[:：]|主办单位|承办单位',
    // Self-media platforms' standard disclaimers (澎湃号, 百家号, 头条, 网易号).
    '本文为.{0,16}(?:作者|号).{0,40}(?:上传|发布)|仅代表.{0,10}(?:作者|本人|机构).{0,10}观点|不代表.{0,16}(?:观点|立场)',
    '信息(?:发布|存储)(?:平台|空间)|renzheng\\.thepaper|免责声明|如有侵权|特别声明|转载.{0,10}(?:注明|标明)出处|本文为.{0,12}原创|本文链接|NetEase Hao|only represents? the',
  ].join('|'),
  'i',
);

// Footer menu words: two or more in a line make it a menu.
const FOOTER_MENU = /网站地图|网站简介|网站地址|法律声明|广告服务|关于我们|联系我们|联系方式|隐私政策|免责声明|标识说明|意见反馈|网站导航/g;

// Buttons and counters that make up a whole line of chrome (`【字体：大 中 小】【打印本页】`).
// Longer words before their prefixes (打印本页 before 打印): the first alternative that matches wins.
const BUTTON_WORDS = new RegExp(
  [
    // Reading aids.
    '字体|字号|默认|视力保护色|保护色|双击滚屏|滚屏|语音播报|朗读|背景色|手机版|在手机(?:上)?打开|二维码',
    // Page actions.
    '打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|分享到|分享|返回顶部|返回首页|返回列表|返回目录|返回|我要纠错|纠错|推荐给好友|扫一扫|复制链接',
    // Counters.
    '浏览次数|阅读次数|点击数|点击量|阅读量|浏览量|阅读|人次|评论|点赞|在看',
    // Paging, zoom, script and sharing, and the single characters of `大 中 小`, `N次`, `赞`.
    '上一页|下一页|上一篇|下一篇|首页|尾页|放大|缩小|繁体|简体|微信|微博|朋友圈|QQ空间|[大中小次赞]',
  ].join('|'),
  'g',
);
const BUTTON_ONLY = /字体|字号|打印|关闭|收藏|分享|返回|纠错|扫一扫|复制链接|浏览|阅读|点击|评论|点赞|在看|页|保护色|滚屏|朗读|播报|放大|缩小/;

// `某某客户端 简介：…`, `下载某某APP`: app promotion blocks under portal articles.
const APP_PROMOTION = /^.{1,16}(?:客户端|APP|App|app|e家)?\s*简介[:：]/;

const BREADCRUMB_SEPARATOR = /\s*(?:>>|[>＞»›→])\s*/;
// A trail that starts at the home page may use slashes or dashes (`首页 / 新闻中心 / 社区动态`).
const HOME_TRAIL = /^(?:网站)?首页\s*(?:>>|[>＞»›→/／\-－—])\s*/;

// WeChat's 合集 and topic tags: `收录于合集 #社区动态 36个`, `#社区动态 #垃圾分类`, a count left alone (`36个`).
const TAG_LINE = /^(?:收录于(?:合集|话题)\s*)?(?:[#＃][^#＃\s]{1,20}\s*)+(?:\d+\s*[个篇])?$|^\d+\s*[个篇]$/u;

// Portal tool links in brackets: `【字体：大 中 小】【打印】【关闭窗口】`, `〖收藏〗`, `[朗读]`.
const TOOL_GROUP = /[【〖［[][^】〗］\]]{0,16}[】〗］\]]/gu;
const MENU_SEPARATOR = /\s*[|｜丨]\s*/;

/** Whether a line is page chrome rather than article text. */
export function isChromeLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return true;
  if (isEndMark(text) || isStrayId(text)) return true;
  if (LEGAL.test(text) && text.length <= 200) return true;
  if (APP_PROMOTION.test(text) && text.length <= 100) return true;
  if (!NO_SENTENCE(text) || text.length > 80) return false;
  if (CHROME_START.test(text) || TAIL_START.test(text) || TAG_LINE.test(text)) return true;
  if ((text.match(FOOTER_MENU)?.length ?? 0) >= 2) return true;
  return isBreadcrumb(text) || isMenu(text) || isButtonRow(text) || isToolbar(text);
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
  if (HOME_TRAIL.test(text)) {
    const trail = text.split(/\s*(?:>>|[>＞»›→/／\-－—])\s*/);
    if (trail.length >= 2 && trail.every((p) => Array.from(p).length <= 14)) return true;
  }
  const parts = text.split(BREADCRUMB_SEPARATOR);
  return parts.length >= 3 && parts.every((p) => Array.from(p).length <= 14);
}

function isMenu(text: string): boolean {
  const parts = text.split(MENU_SEPARATOR).filter((p) => p !== '');
  return parts.length >= 3 && parts.every((p) => Array.from(p).length <= 6);
}

/** Two or more bracketed tools and nothing else, or one that names a tool (`【打印】`). */
function isToolbar(text: string): boolean {
  const groups = text.match(TOOL_GROUP) ?? [];
  if (groups.length === 0 || text.replace(TOOL_GROUP, '').replace(/[\p{P}\p{S}\s]/gu, '') !== '') return false;
  return groups.length >= 2 || BUTTON_ONLY.test(text);
}

function isButtonRow(text: string): boolean {
  if (!BUTTON_ONLY.test(text)) return false;
  const rest = text.replace(BUTTON_WORDS, '').replace(/[\p{P}\p{S}\s\dA-Za-z]/gu, '');
  return rest === '';
}
