import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { placeholderProblems, policeLookupUrl, telUrl } from '../../src/lib/site/identity.ts';

const REAL = {
  url: 'https://www.shhq.gov.cn/',
  icp: '鲁ICP备12034567号-2',
  policeBeian: '鲁公网安备 37010202001234号',
  owner: { host: '历下区民政局', address: '济南市历下区泉城路1号', phone: '0531-8691 2345', email: 'mzj@lixia.gov.cn' },
  government: {
    siteCode: '3701020012',
    organMark: { image: '/marks/dzjg.svg', href: 'https://bszs.conac.cn/sitename?method=show&id=5A1B2C3D4E5F60718293A4B5C6D7E8F9' },
  },
  consult: { phone: '0531-8691 2346', hours: '周一至周五 9:00—17:00', email: 'zixun@lixia.gov.cn', hotline: '12345' },
};

describe('site identity', () => {
  test('a real identity draws no warning', () => {
    expect(placeholderProblems(REAL, 'src/site.config.ts')).toEqual([]);
  });

  test('the sample values each draw a 提醒 naming the file and the field', () => {
    const sample = {
      ...REAL,
      url: 'https://shequ.example.cn/',
      icp: '京ICP备00000000号-1',
      policeBeian: '京公网安备 11000000000000号',
      owner: { ...REAL.owner, phone: '0531-8888 0000', email: 'shequ@example.cn' },
    };
    const lines = placeholderProblems(sample, 'src/site.config.ts').map(formatProblem);
    expect(lines.map((l) => l.split(': ').slice(0, 2).join(': '))).toEqual([
      'src/site.config.ts: url',
      'src/site.config.ts: icp',
      'src/site.config.ts: policeBeian',
      'src/site.config.ts: owner.email',
      'src/site.config.ts: owner.phone',
    ]);
    expect(lines[1]).toBe('src/site.config.ts: icp: 提醒：站点信息还是示例值“京ICP备00000000号-1”——上线前请在 src/site.config.ts 里改成本单位的真实信息');
    expect(placeholderProblems(sample, 'x').every((p) => p.severity === 'warning')).toBe(true);
  });

  test('the government marks and 咨询建言 channels still holding sample values each draw a 提醒', () => {
    const sample = {
      ...REAL,
      government: {
        siteCode: '3700000000',
        organMark: { image: '/marks/dzjg.svg', href: 'https://bszs.conac.cn/sitename?method=show&id=00000000000000000000000000000000' },
      },
      consult: { phone: '0531-8888 0000', hours: '', email: 'zixun@example.cn', hotline: '12345' },
    };
    expect(placeholderProblems(sample, 'f').map((p) => p.field)).toEqual([
      'government.siteCode',
      'government.organMark.href',
      'consult.phone',
      'consult.hours',
      'consult.email',
    ]);
    expect(placeholderProblems(sample, 'f').map(formatProblem)[3]).toBe(
      'f: consult.hours: 提醒：站点信息 consult.hours 还没有填写——上线前请在 src/site.config.ts 里填上本单位的真实信息',
    );
  });

  test.each([
    ['', true],
    ['3700000000', true],
    ['1100000088', false],
    ['3701020012', false],
  ])('网站标识码 %j is a placeholder: %s', (siteCode, placeholder) => {
    const fields = placeholderProblems({ ...REAL, government: { ...REAL.government, siteCode } }, 'f').map((p) => p.field);
    expect(fields.includes('government.siteCode')).toBe(placeholder);
  });

  test('a site without a 党政机关网站标识 is reminded to add one if it has one, not told it is wrong', () => {
    const problems = placeholderProblems({ ...REAL, government: { siteCode: REAL.government.siteCode } }, 'f');
    expect(problems.map(formatProblem)).toEqual([
      'f: government.organMark: 提醒：没有填写党政机关网站标识（开办者标识）——如本站已取得，请在 src/site.config.ts 的 government.organMark 填上标识图片和核验链接；没有取得可不填',
    ]);
  });

  test('an empty 主办单位 or address is a placeholder too', () => {
    expect(placeholderProblems({ ...REAL, owner: { ...REAL.owner, host: '', address: '某某街道' } }, 'f').map((p) => p.field)).toEqual([
      'owner.host',
      'owner.address',
    ]);
  });

  test.each([
    ['0531-8888 2468', 'tel:053188882468'],
    ['+86 531 8888 2468', 'tel:+8653188882468'],
    ['12345', 'tel:12345'],
  ])('telUrl(%s)', (phone, url) => {
    expect(telUrl(phone)).toBe(url);
  });

  test('the 公安备案 look-up carries the number’s digits', () => {
    expect(policeLookupUrl('鲁公网安备 37010202001234号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=37010202001234');
  });
});
