// An accessible tab list (WAI-ARIA tabs: arrows, Home and End move between tabs).
import type { ReactNode } from 'react';

export interface TabDef<T extends string> {
  id: T;
  label: ReactNode;
  disabled?: boolean;
}

export function Tabs<T extends string>({
  tabs,
  current,
  onChange,
  label,
  idPrefix,
  className = 'tabs',
}: {
  tabs: TabDef<T>[];
  current: T;
  onChange: (id: T) => void;
  label: string;
  idPrefix: string;
  className?: string;
}) {
  const enabled = tabs.filter((x) => !x.disabled);
  const move = (from: T, delta: number | 'first' | 'last') => {
    const i = enabled.findIndex((x) => x.id === from);
    const next =
      delta === 'first'
        ? enabled[0]
        : delta === 'last'
          ? enabled[enabled.length - 1]
          : enabled[(i + delta + enabled.length) % enabled.length];
    if (!next) return;
    onChange(next.id);
    document.getElementById(`${idPrefix}-tab-${next.id}`)?.focus();
  };
  return (
    <div className={className} role="tablist" aria-label={label}>
      {tabs.map((x) => (
        <button
          key={x.id}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${x.id}`}
          aria-selected={current === x.id}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={current === x.id ? 0 : -1}
          disabled={x.disabled}
          className={current === x.id ? 'tab active' : 'tab'}
          onClick={() => onChange(x.id)}
          onKeyDown={(e) => {
            const d =
              e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : e.key === 'Home' ? 'first' : e.key === 'End' ? 'last' : undefined;
            if (d !== undefined) {
              e.preventDefault();
              move(x.id, d);
            }
          }}
          data-testid={`${idPrefix}-tab-${x.id}`}
        >
          {x.label}
        </button>
      ))}
    </div>
  );
}
