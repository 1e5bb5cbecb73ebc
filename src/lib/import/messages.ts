/**
 * Every Chinese string the import and scaffold tools print or write as guidance.
 * Kept in one typed map so it can move into `src/i18n/zh-CN.ts` as it is
 * (TODO(#8): move these keys into zh-CN.ts and read them through `t()`).
 * `{name}` placeholders are filled by `msg()`.
 */
export const IMPORT_MESSAGES = {
  // Errors: `<input>: <problem>——<fix>`
  'error.empty': '{input}: 文件是空的——请确认保存的是文章正文，再重新导入',
  'error.binary': '{input}: 这不是文本文件（可能是图片、压缩包或 Word 文档）——请把文章另存为 .txt 或 .html 后再导入',
  'error.noArticle': '{input}: 清理后没有找到正文（只剩 {count} 个汉字）——请确认文件里是文章本身，而不是栏目页、广告页或空白页',
  'error.noTitle': '{input}: 找不到标题——请在文件第一行写上标题后再导入',
  'error.notFound': '{input}: 找不到这个文件——请检查文件名和路径',
  'error.unreadable': '{input}: 无法读取文件：{detail}',
  'error.usageImport': '用法：npm run import -- 文件路径 [--out 文件夹] [--community 社区编号] [--stdout]',
  'error.usageNew': '用法：npm run new -- "标题" [--community 社区编号]',
  'error.badOption': '命令行参数有误：{detail}',
  'error.noInput': '缺少要导入的文件——{usage}',
  'error.tooManyInputs': '一次只能导入一个文件，收到了 {count} 个——{usage}',
  'error.badCommunityId': '--community: 社区编号“{id}”不合规——只能用小写字母、数字和连字符，例如 yuhuangyuan',
  'error.noNewTitle': '缺少标题——{usage}',
  'error.unknownCommunity': '--community: 找不到社区“{id}”——请检查社区编号，或先建立 content/communities/{id}.yaml',
  'error.writeFailed': '{path}: 无法写入：{detail}',

  // Report headings
  'report.written': '已写入 {path}（草稿）',
  'report.cleaned': '已清理：',
  'report.moved': '已移入文章信息（front matter）：{fields}',
  'report.todo': '编辑还需要：',
  'report.nothingCleaned': '- 没有需要清理的内容',

  // What was removed or changed
  'report.removed.spam': '- 删除赌博、色情等垃圾广告 {count} 行',
  'report.removed.chrome': '- 删除网页杂项（导航、阅读数、上一篇/下一篇、相关新闻、版权和备案信息等）{count} 行',
  'report.removed.code': '- 删除脚本、内嵌框架、跟踪图片等可疑代码 {count} 处',
  'report.removed.pinyin': '- 删除汉字后面的拼音注音 {count} 处',
  'report.removed.simplified': '- 繁体字转为简体 {count} 个',
  'report.removed.punctuation': '- 修正中文标点 {count} 处',
  'report.removed.splits': '- 拆开粘连的段落和小标题 {count} 处',

  // Front-matter field names, as editors know them
  'field.title': '标题',
  'field.kicker': '引题',
  'field.subtitle': '副题',
  'field.publishedAt': '发布时间',
  'field.source': '来源',
  'field.authors': '作者',
  'field.correspondents': '通讯员',
  'field.photographers': '摄影',
  'field.editor': '责任编辑',
  'field.review.first': '初审',
  'field.review.second': '复审',
  'field.review.final': '终审',
  'field.separator': '、',

  // To-do lines for the editor
  'todo.image': '- 补图片 {file}，图注：{caption}',
  'todo.imageFrom': '- 补图片 {file}，图注：{caption}（原图：{src}）',
  'todo.missing.publishedAt': '- 补发布时间：原文没有写，请填 publishedAt，例如 "2025-03-08 09:30"',
  'todo.missing.source': '- 补来源：原文没有写，请填 source',
  'todo.missing.review': '- 补三审：原文缺少{roles}，请在 review 下填写',
  'todo.dayOnly': '- 核对发布时间：原文只写了日期 {day}，请补上几点几分',
  'todo.badDate': '- 核对发布时间：无法识别“{value}”，没有写入',
  'todo.split': '- 核对分段：从粘连的文字里拆出了小标题，请确认拆得对：{excerpt}',
  'todo.glued': '- 核对标点：这一句很长且没有标点，可能粘连了小标题或缺了句号：{excerpt}',
  'todo.quotes': '- 核对引号：这一段的引号不成对：{excerpt}',
  'todo.credit': '- 核对署名：原文的“{text}”没有对应的字段，已从正文删去，请决定是否补进文章信息',
  'todo.aboveTitle': '- 核对引题：标题上方的“{text}”已删去；如果它是引题，请写进 kicker',
  'todo.draft': '- 以上都补齐后，把 draft: true 改为 draft: false 才会发布',

  // Text written into files
  'placeholder.caption': '图片说明待补',
  'scaffold.body': '<!-- 在这里写正文，写完删去这一段说明。第一段交代时间、地点、人物和事情；小标题用 ## 开头；图片放进 images 文件夹，写成 `![图片内容](./images/{slug}-1.jpg "图注")` -->',
  'scaffold.kicker': '# kicker: 引题（标题上方的一行，没有就删去）',
  'scaffold.subtitle': '# subtitle: 副题（标题下方的一行，没有就删去）',
  'scaffold.source': '# source: 来源（如 本站讯）',
  'scaffold.authors': '# authors: [作者]',
  'scaffold.correspondents': '# correspondents: [通讯员]',
  'scaffold.photographers': '# photographers: [摄影]',
  'scaffold.editor': '# editor: 责任编辑',
  'scaffold.community': '# community: 社区编号（content/communities/ 下的文件名）',
  'scaffold.topics': '# topics: [专题]',
  'scaffold.cover': '# cover: ./images/{slug}-cover.jpg',
  'scaffold.coverAlt': '# coverAlt: 封面图内容（有封面图时必填）',
  'scaffold.summary': '# summary: 一句话摘要（不写则用第一段）',
  'scaffold.review': '# review:\n#   first: 初审人\n#   second: 复审人\n#   final: 终审人',
} as const;

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;

/** The message for `key` with `{name}` placeholders filled, like `t()` in `src/i18n/zh-CN.ts`. */
export function msg(key: ImportMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return IMPORT_MESSAGES[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
