/**
 * Frequent errors in official Chinese writing, each wrong in every context
 * (precision over recall: a false alarm teaches an office to ignore the report).
 * Mostly fixed four-character phrases; a two-character entry names the
 * neighbours that would make it part of a correct text (`notAfter`: the
 * character before it; `notBefore`: the one after). Left out on purpose:
 * 按装 (按装修要求), 既使 (既使……又……), 九洲 (place names), 渡假 (渡假村 in names).
 * Each entry is tested against the sample content and a generated corpus.
 */
export interface TypoEntry {
  wrong: string;
  right: string;
  notAfter?: string;
  notBefore?: string;
}

export const TYPOS: readonly TypoEntry[] = [
  { wrong: '截止目前', right: '截至目前' },
  { wrong: '再接再励', right: '再接再厉' },
  { wrong: '一如继往', right: '一如既往' },
  { wrong: '布署', right: '部署', notAfter: '发公颁分宣散遍' }, // 发布署名文章
  { wrong: '反应问题', right: '反映问题', notAfter: '学良敏烈应' }, // 不良反应问题
  { wrong: '签定', right: '签订', notAfter: '标抽书' }, // 标签定期更换、抽签定顺序
  { wrong: '防碍', right: '妨碍' },
  { wrong: '迫不急待', right: '迫不及待' },
  { wrong: '一股作气', right: '一鼓作气' },
  { wrong: '坐阵', right: '坐镇' },
  { wrong: '松驰', right: '松弛', notAfter: '放轻' }, // 放松驰骋
  { wrong: '脍灸人口', right: '脍炙人口' },
  { wrong: '金榜提名', right: '金榜题名' },
  { wrong: '穿流不息', right: '川流不息' },
  { wrong: '默守成规', right: '墨守成规' },
  { wrong: '变本加利', right: '变本加厉' },
  { wrong: '谈笑风声', right: '谈笑风生' },
  { wrong: '言简意骇', right: '言简意赅' },
  { wrong: '走头无路', right: '走投无路' },
  { wrong: '破斧沉舟', right: '破釜沉舟' },
  { wrong: '原形必露', right: '原形毕露' },
  { wrong: '因地治宜', right: '因地制宜' },
  { wrong: '不径而走', right: '不胫而走' },
  { wrong: '出奇不意', right: '出其不意' },
  { wrong: '迫在眉捷', right: '迫在眉睫' },
  { wrong: '按步就班', right: '按部就班' },
  { wrong: '关怀倍至', right: '关怀备至' },
  { wrong: '人才倍出', right: '人才辈出' },
  { wrong: '美仑美奂', right: '美轮美奂' },
  { wrong: '融汇贯通', right: '融会贯通' },
  { wrong: '世外桃园', right: '世外桃源' },
  { wrong: '甘败下风', right: '甘拜下风' },
  { wrong: '蜂涌而至', right: '蜂拥而至' },
  { wrong: '直接了当', right: '直截了当' },
  { wrong: '既往不究', right: '既往不咎' },
  { wrong: '坚苦奋斗', right: '艰苦奋斗' },
  { wrong: '宏扬', right: '弘扬' },
];
