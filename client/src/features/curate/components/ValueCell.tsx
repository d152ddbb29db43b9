// A property value as a curator reads it: text as is, lists joined with " | ", the rest as JSON.
export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' | ');
  return JSON.stringify(v);
}

export function ValueCell({ value, className }: { value: unknown; className?: string }) {
  const text = formatValue(value);
  return (
    <td className={className} title={text.length > 80 ? text : undefined}>
      <span className="curate-value">{text}</span>
    </td>
  );
}
