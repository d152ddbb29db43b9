// `pretest`: the browser tests drive Debian's Chromium. Install it (with CJK fonts) when it is
// missing and we may (root + apt-get); otherwise say exactly what to install.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasFonts = () => {
  try {
    return execSync('fc-list :lang=zh-tw family', { encoding: 'utf8' }).includes('Noto');
  } catch {
    return false;
  }
};

if (fs.existsSync(CHROMIUM) && hasFonts()) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `[tests] The browser tests need Debian's Chromium and CJK fonts: sudo apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
console.log('[tests] installing chromium and fonts-noto-cjk with apt-get (first run only) ...');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', {
  stdio: 'inherit',
  shell: '/bin/bash',
});
