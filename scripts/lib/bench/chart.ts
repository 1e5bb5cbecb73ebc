/** chart.svg: build time and peak memory against N, ours and the baseline, written by hand (no chart library). */

export interface ChartPoint {
  n: number;
  ours: { wallS: number; peakRssMb: number };
  baseline: { wallS: number; peakRssMb: number };
}

interface Panel {
  title: string;
  unit: string;
  value: (side: ChartPoint['ours']) => number;
}

const W = 420;
const H = 300;
const PAD = { left: 60, right: 28, top: 36, bottom: 44 };
const SERIES = [
  { key: 'ours', label: 'ours (npm run build)', color: '#b8322a', dash: '' },
  { key: 'baseline', label: 'Hugo + Pagefind', color: '#2a5db8', dash: '6 4' },
] as const;

/** A series line's stroke: its colour, and its dash pattern if it has one. */
const stroke = (s: (typeof SERIES)[number]) => `stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Round tick values from 0 to at least `max`: 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  if ((ticks.at(-1) ?? 0) < max) ticks.push(Number(((ticks.at(-1) ?? 0) + step).toPrecision(12)));
  return ticks;
}

/** x position on a log scale over the measured sizes; one size sits in the middle. */
export function logX(n: number, min: number, max: number, left: number, width: number): number {
  if (max <= min) return left + width / 2;
  return left + ((Math.log10(n) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))) * width;
}

function panel(points: readonly ChartPoint[], p: Panel, offsetX: number): string {
  const ns = points.map((pt) => pt.n);
  const minN = Math.min(...ns);
  const maxN = Math.max(...ns);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  // A failed baseline leaves NaN: such points are not drawn.
  const ticks = niceTicks(Math.max(0, ...points.flatMap((pt) => [p.value(pt.ours), p.value(pt.baseline)]).filter(Number.isFinite)));
  const top = ticks.at(-1) ?? 1;
  const x = (n: number) => offsetX + logX(n, minN, maxN, PAD.left, plotW);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const out: string[] = [`<text x="${offsetX + W / 2}" y="20" text-anchor="middle" font-weight="bold">${esc(p.title)}</text>`];
  for (const t of ticks) {
    out.push(`<line x1="${offsetX + PAD.left}" x2="${offsetX + W - PAD.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#ddd"/>`);
    out.push(`<text x="${offsetX + PAD.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${t}</text>`);
  }
  for (const n of ns) out.push(`<text x="${x(n).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${n.toLocaleString('en-US')}</text>`);
  out.push(`<text x="${offsetX + PAD.left + plotW / 2}" y="${H - 8}" text-anchor="middle">articles (N, log scale)</text>`);
  out.push(`<text transform="translate(${offsetX + 14} ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle">${esc(p.unit)}</text>`);
  out.push(`<rect x="${offsetX + PAD.left}" y="${PAD.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`);
  for (const s of SERIES) {
    const coords = points.filter((pt) => Number.isFinite(p.value(pt[s.key]))).map((pt) => `${x(pt.n).toFixed(1)},${y(p.value(pt[s.key])).toFixed(1)}`);
    out.push(`<polyline data-series="${s.key}" points="${coords.join(' ')}" fill="none" ${stroke(s)}/>`);
    for (const c of coords) {
      const [cx, cy] = c.split(',');
      out.push(`<circle cx="${cx}" cy="${cy}" r="3.5" fill="${s.color}"/>`);
    }
  }
  return out.join('\n');
}

export function renderChart(points: readonly ChartPoint[]): string {
  const sorted = [...points].sort((a, b) => a.n - b.n);
  const legend = SERIES.map(
    (s, i) =>
      `<line x1="${70 + i * 220}" x2="${100 + i * 220}" y1="${H + 14}" y2="${H + 14}" ${stroke(s)}/>` +
      `<text x="${106 + i * 220}" y="${H + 18}">${esc(s.label)}</text>`,
  );
  const body =
    sorted.length === 0
      ? `<text x="${W}" y="${H / 2}" text-anchor="middle">no sizes measured</text>`
      : [
          panel(sorted, { title: 'Full build time', unit: 'seconds (wall)', value: (v) => v.wallS }, 0),
          panel(sorted, { title: 'Peak memory', unit: 'MB (process tree RSS)', value: (v) => v.peakRssMb }, W),
        ].join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H + 30}" viewBox="0 0 ${2 * W} ${H + 30}"` +
      ` font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    body,
    ...legend,
    '</svg>',
    '',
  ].join('\n');
}
