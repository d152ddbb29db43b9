// How many console queries may run at once, overall and per client. A slot is held until the
// database has really finished with the query (not merely until the client got its 504), so a
// client cannot pile up runaway queries by timing out one after another.
import { AppError } from '../errors.ts';

export interface ConsoleGate {
  /** Takes a slot for `client` or throws 429; call the returned function once to give it back. */
  acquire(client: string): () => void;
  /** Queries running now (for tests and health). */
  running(): number;
}

export function createConsoleGate(maxOverall: number, maxPerClient: number): ConsoleGate {
  let total = 0;
  const perClient = new Map<string, number>();
  return {
    acquire(client) {
      const mine = perClient.get(client) ?? 0;
      if (mine >= maxPerClient) {
        throw new AppError(
          429,
          'too_many_queries',
          `You already have ${mine} console ${mine === 1 ? 'query' : 'queries'} running (at most ${maxPerClient} at once per client). Wait for one to finish, then run this again.`,
        );
      }
      if (total >= maxOverall) {
        throw new AppError(
          429,
          'too_many_queries',
          `The console is running ${total} queries for everyone (at most ${maxOverall} at once). Try again in a few seconds.`,
        );
      }
      total++;
      perClient.set(client, mine + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total--;
        const left = (perClient.get(client) ?? 1) - 1;
        if (left > 0) perClient.set(client, left);
        else perClient.delete(client);
      };
    },
    running: () => total,
  };
}
