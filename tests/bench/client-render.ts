// Client rendering benchmark (filled in with the explorer): placeholder returning no rows.
export interface ClientRow {
  elements: number;
  renderer: string;
  firstRenderMs: number;
  rendersPerSec: number;
  baselineFirstRenderMs: number;
  baselineRendersPerSec: number;
}

export async function runClientBench(_opts: { quick: boolean; log: (s: string) => void }): Promise<ClientRow[]> {
  return [];
}
