// A label's shape in its colour: the legend key, also used in lists and the details header.
import { labelStyle, shapePath } from '../lib/model-style.ts';

export function LabelGlyph({ label, size = 14, muted = false }: { label: string; size?: number; muted?: boolean }) {
  const s = labelStyle(label);
  return (
    <svg className="glyph" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={shapePath(s.shape)} fill={muted ? 'transparent' : s.color} stroke={s.dark} strokeWidth={muted ? 2 : 1.2} />
    </svg>
  );
}
