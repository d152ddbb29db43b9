// The data of the "Shared ties" panel, through the shared GET cache: what the two entities share
// (GET /api/common, once both are picked) and their names (GET /api/node-refs), so a shared link
// that knows only ids shows names in the pickers before the answer is in.
import type { CommonGroundResponse, NodeRefsResponse } from '../../../../../server/shared/contracts.ts';
import { useApi, type ApiEntry } from '../../../api/cache.ts';
import { urls } from '../../../api/endpoints.ts';

export interface CommonPair {
  a: string;
  b?: string;
}

export interface CommonGroundData {
  /** The answer's address (null until both are picked): the Retry button's. */
  url: string | null;
  entry?: ApiEntry<CommonGroundResponse>;
  names?: ApiEntry<NodeRefsResponse>;
}

export function commonUrl(pair: CommonPair | undefined): string | null {
  return pair?.b ? urls.common(pair.a, pair.b) : null;
}

export function useCommonGround(pair: CommonPair | undefined): CommonGroundData {
  const url = commonUrl(pair);
  const entry = useApi<CommonGroundResponse>(url);
  const names = useApi<NodeRefsResponse>(pair ? urls.nodeRefs(pair.b ? [pair.a, pair.b] : [pair.a]) : null);
  return { url, entry, names };
}
