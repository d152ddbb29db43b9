// The app's mark and name, with the tool's name beneath: shared by every page header.
import './brand.css';

export function Brand({ name, tag }: { name: string; tag: string }) {
  return (
    <div className="brand">
      <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="#163a63" />
        <g stroke="#7cc4ff" strokeWidth="2">
          <line x1="9" y1="10" x2="22" y2="9" />
          <line x1="9" y1="10" x2="14" y2="23" />
          <line x1="22" y1="9" x2="14" y2="23" />
        </g>
        <circle cx="9" cy="10" r="4" fill="#ffb454" />
        <circle cx="22" cy="9" r="3.5" fill="#7cc4ff" />
        <circle cx="14" cy="23" r="4" fill="#5ee0a0" />
      </svg>
      <div className="brand-text">
        <span className="brand-name">{name}</span>
        <span className="brand-tag">{tag}</span>
      </div>
    </div>
  );
}
