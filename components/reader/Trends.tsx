import { LAND_NAMES } from '../../lib/labels';
import type { RegionCode } from '../../lib/model';
import type { LandTrend } from '../../lib/store/trends';
import { useI18n } from '../i18n';

const W = 60;
const H = 16;

/** SVG points of a line through `values`, scaled to the box (the largest value at the top). */
export function sparkPoints(values: readonly number[], width = W, height = H): string {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values.map((v, i) => `${round(i * step)},${round(height - 1 - (v / max) * (height - 2))}`).join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A theme's weekly counts as a small line (plain SVG); the numbers are in its text for screen readers. */
export function Sparkline({ values }: { values: readonly number[] }) {
  const { t } = useI18n();
  return (
    <span class="trend">
      <svg class="spark" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        <polyline points={sparkPoints(values)} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
      </svg>
      <span class="sr-only">{` ${t('trendWeeks', [values.join(', ')])}`}</span>
    </span>
  );
}

/** The change from `before` to `recent` in percent, or null when there was nothing before. */
export function changePercent(t: LandTrend): number | null {
  return t.before === 0 ? null : Math.round(((t.recent - t.before) / t.before) * 100);
}

/** Each Land's last 30 days against the 30 before, most items first; a click filters by the Land. */
export function LandTrendList(props: { trends: Partial<Record<RegionCode, LandTrend>>; selected?: RegionCode; onSelect(code: RegionCode): void }) {
  const { t } = useI18n();
  const rows = (Object.entries(props.trends) as [RegionCode, LandTrend][])
    .filter(([, v]) => v.recent > 0 || v.before > 0)
    .sort((a, b) => b[1].recent - a[1].recent || LAND_NAMES[a[0]].localeCompare(LAND_NAMES[b[0]], 'de'));
  if (rows.length === 0) return null;
  return (
    <details class="land-trends" open>
      <summary>{t('trendLands')}</summary>
      <ul class="choices">
        {rows.map(([code, v]) => {
          const pct = changePercent(v);
          const dir = v.recent > v.before ? 'up' : v.recent < v.before ? 'down' : 'flat';
          return (
            <li key={code} class="choice-row">
              <button type="button" class="choice" aria-pressed={props.selected === code} data-trend={code} onClick={() => props.onSelect(code)}>
                <span class="choice-label">{LAND_NAMES[code]}</span>
                <span class={`delta delta-${dir}`} aria-hidden="true">{dir === 'up' ? '▲' : dir === 'down' ? '▼' : '■'}{pct === null ? '' : ` ${pct > 0 ? '+' : ''}${pct} %`}</span>
                <span class="choice-count">{`${v.recent} / ${v.before}`}</span>
                <span class="sr-only">{` ${t('trendLandSpoken', [v.recent, v.before])}`}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
