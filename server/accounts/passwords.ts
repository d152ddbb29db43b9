// Password hashes: argon2id (@node-rs/argon2's default algorithm) with OWASP's minimum
// parameters (19 MiB, 2 passes, 1 lane), kept as PHC strings ("$argon2id$v=19$m=19456,t=2,p=1$...").
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when `password` matches `phc`; false for a wrong password or a malformed hash. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
const prepareDummy = () => hashPassword(randomBytes(24).toString('base64'));

/** Hashes the dummy ahead (at start-up), so the first unknown name is not slower than the rest. */
export function warmDummy(): void {
  dummy ??= prepareDummy();
}

/**
 * Spends the time a real check would for a name with no account (or a disabled one), so the
 * answer's timing does not tell which names exist. Always false.
 */
export async function verifyDummy(password: string): Promise<false> {
  dummy ??= prepareDummy();
  await verifyPassword(await dummy, password);
  return false;
}
