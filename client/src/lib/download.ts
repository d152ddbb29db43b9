// Saves a Blob or a text as a file in the browser (a temporary object URL behind a link).
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), name);
}

/** Saves pages of one export: `name`, then `name` with -2, -3 … before its extension (a moment apart, so browsers keep them all). */
export async function downloadPages(blobs: Blob[], name: string): Promise<void> {
  const dot = name.lastIndexOf('.');
  for (let i = 0; i < blobs.length; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 400));
    downloadBlob(blobs[i]!, i === 0 ? name : `${name.slice(0, dot)}-${i + 1}${name.slice(dot)}`);
  }
}
