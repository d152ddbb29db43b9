// What a careful user would call broken on a screen, checked in the page: text cut by its box
// (content wider or taller than a box that hides it, or an ellipsis with no way to read the
// rest), controls the user cannot reach (outside the window, with no scrolling container to bring
// them in), and node captions drawn over one another on the canvas (tests/support/canvas-hooks.ts).
import type { Page } from 'playwright-core';
import { overlappingCaptions, type CaptionBox } from './canvas-hooks.ts';

export interface ScreenProblem {
  kind: 'cut-text' | 'control-outside' | 'caption-overlap';
  /** A readable pointer to the element: tag, test id or class, and its text. */
  where: string;
}

/** Runs in the page (serialised: no imports, no closures over this module). */
function auditPage(): { kind: 'cut-text' | 'control-outside'; where: string }[] {
  const out: { kind: 'cut-text' | 'control-outside'; where: string }[] = [];
  const describe = (el: Element) => {
    const id = el.getAttribute('data-testid');
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `${el.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : cls} "${text}"`;
  };
  const visible = (el: Element) => {
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 0);
  const scrolls = (s: CSSStyleDeclaration, axis: 'x' | 'y') => ['auto', 'scroll'].includes(axis === 'x' ? s.overflowX : s.overflowY);
  // Is the element's full text available some other way (a title or an accessible name holding it)?
  const fullTextAvailable = (el: Element) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      const title = e.getAttribute('title') ?? e.getAttribute('aria-label') ?? '';
      if (title && text && title.replace(/\s+/g, ' ').includes(text.replace(/…$/, ''))) return true;
      if (title && text && title.length >= text.length) return true;
    }
    return false;
  };

  for (const el of document.querySelectorAll('body *')) {
    if (!(el instanceof HTMLElement) || !visible(el)) continue;
    // Skip links and screen-reader text are off screen on purpose until focused.
    if (el.closest('[aria-hidden="true"], .sr-only, .skip-link, canvas, svg, .cm-editor, option')) continue;
    const s = getComputedStyle(el);
    if (ownText(el)) {
      const wide = el.scrollWidth > el.clientWidth + 1;
      const tall = el.scrollHeight > el.clientHeight + 1;
      const hidesX = !['visible'].includes(s.overflowX) && !scrolls(s, 'x');
      const hidesY = !['visible'].includes(s.overflowY) && !scrolls(s, 'y');
      const clamped = s.webkitLineClamp !== 'none' && s.webkitLineClamp !== '' && tall;
      const ellipsis = s.textOverflow === 'ellipsis' && wide;
      if (((wide && hidesX) || (tall && hidesY) || clamped || ellipsis) && !fullTextAvailable(el)) {
        out.push({ kind: 'cut-text', where: describe(el) });
      }
    }
    const control = el.matches('button, a[href], input:not([type=hidden]), select, textarea, [role=tab], [role=button]');
    if (control && !el.closest('[hidden], details:not([open])')) {
      const r = el.getBoundingClientRect();
      const outside = r.right > innerWidth + 1 || r.bottom > innerHeight + 1 || r.left < -1 || r.top < -1;
      if (outside) {
        // Reachable when a scrolling ancestor can bring it into view.
        let reachable = false;
        for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
          const as = getComputedStyle(a);
          if ((scrolls(as, 'y') && a.scrollHeight > a.clientHeight) || (scrolls(as, 'x') && a.scrollWidth > a.clientWidth)) {
            reachable = true;
            break;
          }
        }
        const docScrolls = document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth;
        if (!reachable && !docScrolls) out.push({ kind: 'control-outside', where: describe(el) });
      }
    }
  }
  return out;
}

/** Every problem on the page as it is now. */
export async function auditScreen(page: Page): Promise<ScreenProblem[]> {
  const problems: ScreenProblem[] = await page.evaluate(`(() => { const __name = (f) => f; return (${auditPage.toString()})(); })()`);
  const boxes = (await page.evaluate(() => window.__atlas?.captionBoxes() ?? [])) as CaptionBox[];
  for (const [a, b] of overlappingCaptions(boxes)) problems.push({ kind: 'caption-overlap', where: `"${a.text}" × "${b.text}"` });
  return problems;
}
