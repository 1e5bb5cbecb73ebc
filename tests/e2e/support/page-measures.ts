/**
 * Colour measures that run inside the page, installed on every navigation with
 * `page.addInitScript(installPageMeasures)`, so `$$eval` callbacks can compare
 * what a reader sees (contrast, the colour behind an element).
 */

export interface PageMeasures {
  /** WCAG contrast ratio of two computed colours (`rgb(…)`), 1–21. */
  contrast(a: string, b: string): number;
  /** Distance of two computed colours in RGB space, 0–441. */
  distance(a: string, b: string): number;
  /** The colour behind `el`: its own background or the nearest opaque one around it. */
  backgroundOf(el: Element): string;
}
export type MeasuredWindow = Window & { measures: PageMeasures };

export function installPageMeasures(): void {
  const channels = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (color: string): number => {
    const [r = 0, g = 0, b = 0] = channels(color)
      .map((c) => c / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const opaque = (color: string): boolean => {
    const [, , , alpha = 1] = channels(color);
    return !color.startsWith('rgba') || alpha > 0.5;
  };
  const measures: PageMeasures = {
    contrast(a, b) {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    },
    distance(a, b) {
      const [x, y] = [channels(a), channels(b)];
      return Math.hypot((x[0] ?? 0) - (y[0] ?? 0), (x[1] ?? 0) - (y[1] ?? 0), (x[2] ?? 0) - (y[2] ?? 0));
    },
    backgroundOf(el) {
      for (let at: Element | null = el; at; at = at.parentElement) {
        const color = getComputedStyle(at).backgroundColor;
        if (opaque(color)) return color;
      }
      return 'rgb(255, 255, 255)';
    },
  };
  (window as unknown as MeasuredWindow).measures = measures;
}
