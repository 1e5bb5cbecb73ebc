/**
 * Every piece of Chinese text the site and the editor tools show, keyed.
 * Components and scripts read it through `t()`, so a wrong key is a type error.
 * `{name}` placeholders are filled from `t()`'s second argument.
 */
export const zhCN = {
  // Page chrome (layouts, header, footer)
  'site.skipLink': '跳到正文',
  'site.home': '首页',
  'site.mainNav': '主导航',
  'site.footer': '页脚',
  'site.icp': 'ICP备案号',
  'site.policeBeian': '公安备案号',
  'site.copyright': '© {year} {name}',

  // Lists
  'list.latest': '最新新闻',
  'list.lead': '头条',
  'list.empty': '暂无新闻。',
  'list.more': '更多新闻',

  // Article page
  'article.kicker': '引题',
  'article.source': '来源：{source}',
  'article.published': '发布时间：',
  'article.updated': '更新时间：',
  'article.authors': '作者：',
  'article.correspondents': '通讯员：',
  'article.photographers': '摄影：',
  'article.editor': '责任编辑：',
  'article.community': '社区：',
  'article.topics': '专题：',
  'article.byline': '署名',
  'article.review': '初审：{first}　复审：{second}　终审：{final}',
  'article.reviewLabel': '三审信息',
  'article.draftBanner': '草稿：本文尚未发布，只在编辑预览中可见。',
  'article.scheduledBanner': '定时发布：本文将于 {time} 发布，目前只在编辑预览中可见。',
  'article.missingImage': '缺少图片：{src}',

  // Honor-roll categories (ids come from site.config.ts honorCategories)
  'honor.category.civility': '文明红榜',
  'honor.category.morality': '道德红榜',
  'honor.category.filial': '孝道红榜',
  'honor.category.dedication': '敬业红榜',
  'honor.category.model-resident': '年度模范居民',

  // content:check — field names as editors know them
  'field.title': '标题',
  'field.kicker': '引题',
  'field.subtitle': '副题',
  'field.featured': '头条标记',
  'field.publishedAt': '发布时间',
  'field.updatedAt': '更新时间',
  'field.source': '来源',
  'field.authors': '作者',
  'field.correspondents': '通讯员',
  'field.photographers': '摄影',
  'field.editor': '责任编辑',
  'field.community': '社区',
  'field.topics': '专题',
  'field.cover': '封面图',
  'field.coverAlt': '封面说明文字',
  'field.summary': '摘要',
  'field.review': '三审信息',
  'field.review.first': '初审人',
  'field.review.second': '复审人',
  'field.review.final': '终审人',
  'field.draft': '草稿标记',
  'field.name': '名称',
  'field.category': '红榜类别',
  'field.year': '年份',
  'field.headline': '事迹一句话',
  'field.photo': '照片',
  'field.photoAlt': '照片说明文字',
  'field.district': '区县',
  'field.subdistrict': '街道',
  'field.households': '户数',
  'field.population': '人口',
  'field.partyMembers': '党员数',
  'field.statsYear': '统计年份',
  'field.address': '地址',
  'field.phone': '电话',
  'field.officeHours': '办公时间',
  'field.slug': '文件名',
  'field.formerNames': '曾用名',

  // content:check — value kinds in type errors
  'kind.string': '文字',
  'kind.number': '数字',
  'kind.boolean': 'true 或 false',
  'kind.array': '列表（如 [张三, 李四]）',
  'kind.object': '一组字段',

  // content:check — messages: the problem, then what to do
  'check.warning': '提醒：{message}',
  'check.required': '缺少{label}——请补上{label}',
  'check.requiredToPublish.publishedAt': '缺少发布时间——请写成 2025-03-08 09:30（北京时间），未写发布时间的稿件不能发布',
  'check.requiredToPublish.source': '缺少来源——请写明稿件来源（如“胶东在线”或“本站讯”），未写来源的稿件不能发布',
  'check.requiredToPublish.review.first': '缺少初审人——未经初审的稿件不能发布，请补上初审人姓名',
  'check.requiredToPublish.review.second': '缺少复审人——未经复审的稿件不能发布，请补上复审人姓名',
  'check.requiredToPublish.review.final': '缺少终审人——未经终审的稿件不能发布，请补上终审人姓名',
  'check.empty': '{label}不能为空——请填写内容，或删去这一行',
  'check.wrongType': '{label}格式不对——应为{expected}',
  'check.tooSmall': '{label}不能小于 {minimum}',
  'check.tooBig': '{label}不能大于 {maximum}',
  'check.notInteger': '{label}应为整数',
  'check.invalidChoice': '{label}“{value}”无效——可选：{options}',
  'check.unknownField': '未知字段“{key}”——请检查拼写，或删去这一行',
  'check.badDate': '无法识别的时间“{value}”——请写成 2025-03-08 09:30（北京时间）或 2025-03-08',
  'check.badId': '编号“{value}”不合规——只能用小写字母、数字和连字符，例如 luojiapo',
  'check.badSlug': '文件名“{value}”不能用作网址——只能用小写字母、数字和连字符，且至少有一个字母，例如 hongxin-shitang.md',
  'check.duplicateSlug': '文件名与 {other} 重复——同一网址只能对应一个页面，请给其中一个改名',
  'check.unknownCommunity': '找不到社区“{value}”——请检查社区编号，或先建立 content/communities/{value}.yaml',
  'check.missingImage': '找不到图片文件“{value}”——请把图片放到 {expected}，或改正路径',
  'check.missingAlt': '图片“{value}”缺少说明文字——请在 ![ ] 的方括号里写上图片内容，方便视障读者',
  'check.coverAltRequired': '有封面图却缺少封面说明文字——请补上 coverAlt，用一句话说明图片内容',
  'check.photoAltRequired': '有照片却缺少照片说明文字——请补上 photoAlt，用一句话说明照片内容',
  'check.brokenLink': '链接“{value}”指向不存在的页面——请检查网址',
  'check.unpublishedLink': '链接“{value}”指向尚未发布的稿件（草稿或定时发布）——请等它发布后再链接，或删去链接',
  'check.yamlSyntax': '格式错误：{detail}——请检查冒号、引号和缩进',
  'check.yaml.duplicate-key': '有重复的字段',
  'check.yaml.unclosed': '引号或括号没有闭合',
  'check.yaml.indent': '缩进或换行不对',
  'check.yaml.tab': '用了 Tab 缩进（请改用空格）',
  'check.yaml.other': '无法读取',
  'check.noFrontmatter': '缺少开头的 --- 信息块——稿件第一行应为 ---，写完标题、时间等字段后再用 --- 结束',
  'check.topicSlugCollision': '专题“{name}”与“{other}”的网址都会是 /topics/{slug}/——请在 content/topics.yaml 里给其中一个指定网址',
  'check.badTopicSlug': '专题网址“{value}”不合规——只能用小写字母、数字和连字符',
  'check.titleTooLong': '标题有 {length} 个字，超过 {max} 字——手机上会折成多行，考虑精简',
  'check.sameReviewer': '“{name}”同时担任{roles}——三审应由不同的人负责',
  'check.unreadable': '无法读取文件：{detail}',
  'check.summaryOk': '检查了 {files} 个文件：{errors} 个错误，{warnings} 个提醒',
} as const;

export type UiKey = keyof typeof zhCN;

/** The string for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: UiKey, params: Readonly<Record<string, string | number>> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Whether `key` names a string (for keys built at run time, like field labels). */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(zhCN, key);
}
