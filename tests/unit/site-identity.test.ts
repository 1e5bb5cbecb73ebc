import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { placeholderProblems, policeLookupUrl, telUrl } from '../../src/lib/site-identity.ts';

const REAL = {
  url: 'https://www.shhq.gov.cn/',
  icp: '鲁ICP备12034567号-2',
  policeBeian: '鲁公网安备 37010202001234号',
  owner: { host: '历下区民政局', address: '济南市历下区泉城路1号', phone: '0531-8691 2345', email: 'mzj@lixia.gov.cn' },
};

describe('site identity', () => {
  test('a real identity draws no warning', () => {
    expect(placeholderProblems(REAL, 'src/site.config.ts')).toEqual([]);
  });

  test('the sample values each draw a 提醒 naming the file and the field', () => {
    const sample = { url: 'https://shequ.example.cn/', icp: '京ICP备00000000号-1', policeBeian: '京公网安备 11000000000000号', owner: { ...REAL.owner, phone: '0531-8888 0000', email: 'shequ@example.cn' } };
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

  test('an empty 主办单位 or address is a placeholder too', () => {
    expect(placeholderProblems({ ...REAL, owner: { ...REAL.owner, host: '', address: '某某街道' } }, 'f').map((p) => p.field)).toEqual(['owner.host', 'owner.address']);
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
