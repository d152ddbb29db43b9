// The accounts of curators and admins, in a JSON file outside the graph (ACCOUNTS_FILE, default
// <DATA_DIR>/accounts.json): the read-only Cypher console reads the whole Neo4j database, so no
// credential may live there. The file holds argon2id hashes only, is written whole to a temp file
// and renamed over the old one (a crash leaves the old or the new file, never half of one), and is
// readable by its owner only (0600). It is read again whenever it changed on disk, so an account
// added by `npm run user:add` while the app runs can sign in at once.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError, notFound } from '../errors.ts';
import type { AccountInfo } from '../shared/contracts.ts';
import { hashPassword, verifyDummy, verifyPassword } from './passwords.ts';
import { normaliseName, type Role } from './roles.ts';

export interface AccountRecord extends AccountInfo {
  /** PHC string of the argon2id hash. */
  passwordHash: string;
}

interface AccountsFile {
  version: 1;
  accounts: AccountRecord[];
}

export interface AccountChange {
  role?: Role;
  password?: string;
  disabled?: boolean;
}

const publicInfo = ({ name, role, disabled, createdAt, updatedAt }: AccountRecord): AccountInfo => ({
  name,
  role,
  disabled,
  createdAt,
  updatedAt,
});

export class AccountStore {
  private cache: { stamp: string; accounts: AccountRecord[] } | undefined;

  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every account, without hashes, by name. */
  list(): AccountInfo[] {
    return this.read()
      .map(publicInfo)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  get(name: string): AccountInfo | undefined {
    const a = this.find(name);
    return a && publicInfo(a);
  }

  /** The account a name and password sign in as; undefined for an unknown name, a wrong password or a disabled account (all alike, in about the same time). */
  async verify(name: string, password: string): Promise<AccountInfo | undefined> {
    const a = this.find(name);
    if (!a || a.disabled) return verifyDummy(password).then(() => undefined);
    return (await verifyPassword(a.passwordHash, password)) ? publicInfo(a) : undefined;
  }

  async create(name: string, role: Role, password: string): Promise<AccountInfo> {
    const passwordHash = await hashPassword(password);
    const accounts = this.read();
    const key = normaliseName(name);
    if (accounts.some((a) => a.name === key)) throw new AppError(409, 'account_exists', `An account named "${key}" exists already.`);
    const at = this.now().toISOString();
    const record: AccountRecord = { name: key, role, disabled: false, createdAt: at, updatedAt: at, passwordHash };
    this.write([...accounts, record]);
    return publicInfo(record);
  }

  async update(name: string, change: AccountChange): Promise<AccountInfo> {
    const passwordHash = change.password !== undefined ? await hashPassword(change.password) : undefined;
    const accounts = this.read();
    const current = accounts.find((a) => a.name === normaliseName(name));
    if (!current) throw notFound(`No account named "${normaliseName(name)}".`);
    const next: AccountRecord = {
      ...current,
      ...(change.role !== undefined ? { role: change.role } : {}),
      ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
      ...(passwordHash !== undefined ? { passwordHash } : {}),
      updatedAt: this.now().toISOString(),
    };
    const after = accounts.map((a) => (a === current ? next : a));
    this.keepAnAdmin(accounts, after, `"${current.name}" is the last enabled admin: make another admin first.`);
    this.write(after);
    return publicInfo(next);
  }

  delete(name: string): void {
    const accounts = this.read();
    const key = normaliseName(name);
    if (!accounts.some((a) => a.name === key)) throw notFound(`No account named "${key}".`);
    const after = accounts.filter((a) => a.name !== key);
    this.keepAnAdmin(accounts, after, `"${key}" is the last enabled admin and cannot be deleted: make another admin first.`);
    this.write(after);
  }

  /** A change may not leave no enabled admin where there was one. */
  private keepAnAdmin(before: AccountRecord[], after: AccountRecord[], message: string): void {
    const admins = (list: AccountRecord[]) => list.filter((a) => a.role === 'admin' && !a.disabled).length;
    if (admins(before) > 0 && admins(after) === 0) throw new AppError(409, 'last_admin', message);
  }

  private find(name: string): AccountRecord | undefined {
    const key = normaliseName(name);
    return this.read().find((a) => a.name === key);
  }

  private read(): AccountRecord[] {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(this.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    if (this.cache?.stamp === stamp) return this.cache.accounts;
    let parsed: AccountsFile;
    try {
      parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as AccountsFile;
    } catch (e) {
      throw new Error(`The accounts file ${this.file} is not readable JSON: ${(e as Error).message}`, { cause: e });
    }
    if (!parsed || !Array.isArray(parsed.accounts)) throw new Error(`The accounts file ${this.file} has no "accounts" list.`);
    this.cache = { stamp, accounts: parsed.accounts };
    return parsed.accounts;
  }

  private write(accounts: AccountRecord[]): void {
    const dir = path.dirname(this.file);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const body: AccountsFile = { version: 1, accounts };
    const tmp = path.join(dir, `.${path.basename(this.file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      fs.writeSync(fd, `${JSON.stringify(body, null, 2)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    try {
      fs.renameSync(tmp, this.file);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw e;
    }
    fs.chmodSync(this.file, 0o600);
    this.cache = undefined;
  }
}
