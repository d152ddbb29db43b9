// Bounds on a console query's parameters, checked before anything is sent to the database: the
// driver and the database are not asked to serialise a 5,000-deep list or a 4 MB string.
import { AppError } from '../errors.ts';

export interface ParamLimits {
  maxParamsBytes: number;
  maxNesting: number;
}

/** Nesting depth of a JSON value, without recursion (a hostile value may be very deep). */
export function jsonDepth(value: unknown, stopAt: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const depth = d + 1;
    if (depth > max) max = depth;
    if (max > stopAt) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth]);
  }
  return max;
}

export function checkParams(params: Record<string, unknown>, limits: ParamLimits): void {
  // The parameters map itself is level 1: `{ "s": [[1]] }` is 3 deep.
  const depth = jsonDepth(params, limits.maxNesting);
  if (depth > limits.maxNesting) {
    throw new AppError(
      400,
      'too_deep',
      `The parameters are nested more than ${limits.maxNesting} levels deep; the console accepts at most ${limits.maxNesting}.`,
    );
  }
  const bytes = Buffer.byteLength(JSON.stringify(params));
  if (bytes > limits.maxParamsBytes) {
    throw new AppError(
      400,
      'params_too_large',
      `The parameters take ${bytes.toLocaleString('en')} bytes; the console accepts at most ${limits.maxParamsBytes.toLocaleString('en')}.`,
    );
  }
}
