// `npm run user:add -- [--admin | --curator] NAME`: creates an account in the accounts file
// (ACCOUNTS_FILE, default <DATA_DIR>/accounts.json). On a terminal it asks for the password twice
// without echoing it; piped, it reads the password from the first line of stdin
// (`printf '%s\n' "$PW" | npm run user:add -- --admin alice`). Never on the command line, where
// other users could read it in the process list.
import { ConfigError, loadConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import { AccountStore } from './account-store.ts';
import { passwordProblem } from './roles.ts';
import { parseUserAddArgs } from './user-add-args.ts';

/** What was typed past the end of the last answer (a pasted pair of lines): the next prompt's start. */
let typedAhead = '';

/** Reads one line from a terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    let value = '';
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    /** True when the line is complete. */
    const take = (chunk: string): boolean => {
      for (let i = 0; i < chunk.length; i++) {
        const ch = chunk[i]!;
        if (ch === '\r' || ch === '\n') {
          // A "\r\n" pair ends one line, not two.
          typedAhead = chunk.slice(ch === '\r' && chunk[i + 1] === '\n' ? i + 2 : i + 1);
          done();
          return true;
        }
        if (ch === '\u0003' || ch === '\u0004') {
          done(new Error('Cancelled.'));
          return true;
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
      return false;
    };
    const onData = (chunk: string) => void take(chunk);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    const ahead = typedAhead;
    typedAhead = '';
    stdin.on('data', onData);
    if (!take(ahead)) stdin.resume();
  });
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').replace(/\r$/, '');
}

async function main(): Promise<number> {
  const args = parseUserAddArgs(process.argv.slice(2));
  if ('problem' in args) {
    console.error(args.problem);
    return 2;
  }
  const config = loadConfig();
  let password: string;
  if (process.stdin.isTTY) {
    password = await promptHidden(`Password for ${args.name} (at least 12 characters): `);
    const again = await promptHidden('The same password again: ');
    if (again !== password) {
      console.error('The two passwords differ; nothing was created.');
      return 1;
    }
  } else password = await readStdinLine();
  const problem = passwordProblem(password);
  if (problem) {
    console.error(`${problem} Nothing was created.`);
    return 1;
  }
  const store = new AccountStore(config.accountsFile);
  const account = await store.create(args.name, args.role, password);
  console.log(`Created ${account.role} "${account.name}" in ${store.file}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof ConfigError || err instanceof AppError ? err.message : err);
    process.exit(1);
  },
);
