// A two-handle year slider (two native range inputs over one track, so both handles are
// keyboard- and screen-reader-operable) with an "All time" reset.
import { useState } from 'react';
import type { Translate } from '../../../i18n/index.ts';
import { YEAR_MAX, YEAR_MIN } from '../../../lib/view-state.ts';
import './time-range.css';

export interface TimeRangeProps {
  t: Translate<'filters'>;
  from?: number;
  to?: number;
  onChange: (from: number | undefined, to: number | undefined) => void;
  /** Only dated facts (and who takes part in them); undated ones left out. */
  datedOnly: boolean;
  onDatedOnly: (on: boolean) => void;
}

export function TimeRange({ t, from, to, onChange, datedOnly, onDatedOnly }: TimeRangeProps) {
  const active = from !== undefined || to !== undefined;
  const [lo, setLo] = useState(from ?? YEAR_MIN);
  const [hi, setHi] = useState(to ?? YEAR_MAX);
  // The committed range changed (a commit, a reset, undo, the URL): the handles follow it.
  const [committed, setCommitted] = useState({ from, to });
  if (committed.from !== from || committed.to !== to) {
    setCommitted({ from, to });
    setLo(from ?? YEAR_MIN);
    setHi(to ?? YEAR_MAX);
  }

  // Commit on release (pointer up / key up / change), not on every pixel of a drag.
  const commit = (a: number, b: number) => onChange(Math.min(a, b), Math.max(a, b));
  const pct = (y: number) => ((y - YEAR_MIN) / (YEAR_MAX - YEAR_MIN)) * 100;
  const ticks = [2000, 2005, 2010, 2015, 2020, 2025];

  return (
    <div className="time-range" data-testid="time-range">
      <div className="time-values" aria-live="polite">
        <strong>{active ? (lo === hi ? `${lo}` : `${Math.min(lo, hi)} – ${Math.max(lo, hi)}`) : t('allTime')}</strong>
        {active && (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => onChange(undefined, undefined)}>
            {t('allTime')}
          </button>
        )}
      </div>
      <div className="dual-range">
        <div className="dual-track" />
        <div
          className="dual-fill"
          style={{ left: `${pct(Math.min(lo, hi))}%`, width: `${pct(Math.max(lo, hi)) - pct(Math.min(lo, hi))}%` }}
        />
        <input
          type="range"
          min={YEAR_MIN}
          max={YEAR_MAX}
          step={1}
          value={lo}
          aria-label={t('timeFrom')}
          aria-valuetext={String(lo)}
          data-testid="time-from"
          // When both handles meet at the right end, keep "from" on top so it can still be dragged.
          style={{ zIndex: lo === hi && lo > (YEAR_MIN + YEAR_MAX) / 2 ? 2 : 1 }}
          onChange={(e) => setLo(Math.min(Number(e.target.value), hi))}
          onPointerUp={() => commit(lo, hi)}
          onKeyUp={() => commit(lo, hi)}
          onBlur={() => (lo !== (from ?? YEAR_MIN) ? commit(lo, hi) : undefined)}
        />
        <input
          type="range"
          min={YEAR_MIN}
          max={YEAR_MAX}
          step={1}
          value={hi}
          aria-label={t('timeTo')}
          aria-valuetext={String(hi)}
          data-testid="time-to"
          onChange={(e) => setHi(Math.max(Number(e.target.value), lo))}
          onPointerUp={() => commit(lo, hi)}
          onKeyUp={() => commit(lo, hi)}
          onBlur={() => (hi !== (to ?? YEAR_MAX) ? commit(lo, hi) : undefined)}
        />
      </div>
      <div className="time-ticks" aria-hidden="true">
        {ticks.map((y) => (
          <span key={y} style={{ left: `${pct(y)}%` }}>
            {y}
          </span>
        ))}
      </div>
      <label className="time-dated" title={t('datedOnlyHint')}>
        <input type="checkbox" checked={datedOnly} onChange={(e) => onDatedOnly(e.target.checked)} data-testid="dated-only" />
        <span>{t('datedOnly')}</span>
      </label>
      <p className="hint">{t(datedOnly ? 'timeHintDated' : 'timeHint')}</p>
    </div>
  );
}
