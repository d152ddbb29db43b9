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

/** Reads one line from a terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003' || ch === '\u0004') return done(new Error('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
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
