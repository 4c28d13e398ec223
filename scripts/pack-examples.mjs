// Packs atrium-mock (as built in dist/) into examples/atrium-mock.tgz, the file every example's
// package.json installs. `npm run examples:pack` builds first; .ci/run calls this after npm ci built.
import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');
const packed = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', examples], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
renameSync(join(examples, packed), join(examples, 'atrium-mock.tgz'));
console.log(`examples/atrium-mock.tgz (${packed})`);
