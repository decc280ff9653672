import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost } from '../../electron/web-host';

/** The web host on a fresh, empty data folder, so every e2e run starts like a first launch. */
const dataDir = mkdtempSync(join(tmpdir(), 'ldte-e2e-'));
const port = Number(process.env.E2E_PORT ?? 4199);
startWebHost({ port, dataDir }).then(({ url }) => console.log(`e2e web host ${url} data ${dataDir}`));
