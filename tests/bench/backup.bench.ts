import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { unlockWithPassword } from '../../db/key-file';
import { createFileStore, deriveFileKey, tempCopiesDir } from '../../electron/services/file-store';
import { startWebHost, type WebHost } from '../../electron/web-host';
import type { BackupJob } from '../../shared/schemas/backup';
import { ADMIN, HostClient } from '../helpers/test-host';
import { generateEstablishments } from './establishment-search.bench';
import { median, percentile } from './stats';

/**
 * Issue 13: backup and restore of a database with 200k establishments, 1M minors and 300 MB of
 * attachments, on the real web host (encrypted database, key file, file store), with the times of
 * each. While the backup runs, the same host answers `establishments.search` over HTTP in a loop:
 * its latencies and the event loop's delay show the app stays responsive (the snapshot is taken
 * on a worker thread; the file is written and hashed a megabyte at a time).
 */
const ESTABLISHMENTS = Number(process.env.BENCH_ESTABLISHMENTS ?? 200_000);
const MINORS = Number(process.env.BENCH_MINORS ?? 1_000_000);
const ATTACHMENT_MB = Number(process.env.BENCH_ATTACHMENT_MB ?? 300);
const INSPECTIONS = Math.max(1, Math.round(MINORS / 4));

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function generateMinors(sqlite: import('better-sqlite3').Database): void {
  const meta = "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'bench'";
  sqlite.transaction(() => {
    const insp = sqlite.prepare(
      `INSERT INTO inspections (id, establishment_id, catalogue_version, inspection_date, team_present, representatives, other_participants, documents_reviewed, status, created_at, updated_at, updated_by)
       VALUES (?, ?, '2022.1', ?, '[]', '[]', '[]', '[]', 'finalised', ${meta})`,
    );
    for (let i = 0; i < INSPECTIONS; i++) {
      const day = new Date(Date.UTC(2022, 0, 1) + (i % 1800) * 86_400_000).toISOString().slice(0, 10);
      insp.run(`i${i}`, `bench-${(i % ESTABLISHMENTS) + 1}`, day);
    }
    const minor = sqlite.prepare(
      `INSERT INTO minors (id, inspection_id, full_name, sex, date_of_birth, age_at_inspection, age_band, home_address, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, '2011-05-01', 14, '13to15', 'Bản Hon, xã Tả Phìn', ${meta})`,
    );
    for (let i = 0; i < MINORS; i++) minor.run(`m${i}`, `i${i % INSPECTIONS}`, `Lò Thị Trẻ ${i}`, i % 2 ? 'male' : 'female');
  })();
}

async function finished(client: HostClient, jobId: string, command: 'backup.status' | 'auth.restoreStatus'): Promise<BackupJob> {
  for (;;) {
    const job = (await client.run(command, { jobId })) as BackupJob;
    if (job.state !== 'in_progress') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function benchBackup(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'ldte-bench-backup-'));
  const hosts: WebHost[] = [];
  try {
    // ---- the data ----------------------------------------------------------------------------
    const dataDir = join(root, 'laptop');
    const host = await startWebHost({ port: 0, dataDir, rendererDir: join(root, 'none') });
    hosts.push(host);
    const admin = new HostClient(host);
    await admin.run('auth.setup', ADMIN);
    const db = host.service.session.database!;
    let started = performance.now();
    generateEstablishments(db, ESTABLISHMENTS);
    generateMinors(db.$client);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    console.log(`generated ${ESTABLISHMENTS.toLocaleString('en')} establishments, ${INSPECTIONS.toLocaleString('en')} inspections, ${MINORS.toLocaleString('en')} minors in ${seconds(performance.now() - started)}; encrypted database ${mb(statSync(join(dataDir, 'ldte.sqlite')).size)}`);

    started = performance.now();
    const { dbKey } = unlockWithPassword(dataDir, ADMIN.login, ADMIN.password)!;
    const files = createFileStore({ fileKey: deriveFileKey(dbKey), tempDir: tempCopiesDir(dataDir) });
    mkdirSync(join(dataDir, 'attachments'), { recursive: true });
    for (let i = 0; i < ATTACHMENT_MB; i++) {
      // Photos do not compress: random bytes, 1 MB each, stored encrypted under their hash like the app does.
      const photo = randomBytes(1024 * 1024);
      files.writeFile(join(dataDir, 'attachments', createHash('sha256').update(photo).digest('hex')), photo);
    }
    console.log(`stored ${ATTACHMENT_MB} attachments of 1 MB (encrypted) in ${seconds(performance.now() - started)}`);

    // ---- backup, with the host answering meanwhile ---------------------------------------------
    const usb = join(root, 'usb');
    const probe = new HostClient(host);
    await probe.run('auth.login', { login: ADMIN.login, password: ADMIN.password });
    const idle: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      await probe.run('establishments.search', { query: 'gom su', limit: 50, offset: 0 });
      idle.push(performance.now() - t);
    }
    const delay = monitorEventLoopDelay({ resolution: 10 });
    const latencies: number[] = [];
    const light: number[] = [];
    started = performance.now();
    const job = await admin.run('backup.create', { folder: usb });
    delay.enable();
    let done: BackupJob | undefined;
    const watching = finished(admin, job.jobId, 'backup.status').then((j) => (done = j));
    while (!done) {
      const t = performance.now();
      await probe.run('establishments.search', { query: 'gom su', limit: 50, offset: 0 });
      latencies.push(performance.now() - t);
      const u = performance.now();
      await probe.run('settings.get', {});
      light.push(performance.now() - u);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await watching;
    delay.disable();
    const backupMs = performance.now() - started;
    if (done.state !== 'completed') throw new Error(`backup ${done.state}: ${done.error}`);
    const size = statSync(done.file!).size;
    console.log(`backup (snapshot on a worker, file written, read back and checked): ${seconds(backupMs)}; file ${mb(size)} (${(size / 1024 / 1024 / (backupMs / 1000)).toFixed(0)} MB/s)`);
    console.log(`  host during the backup: settings.get answered in median ${median(light).toFixed(1)} ms, p95 ${percentile(light, 0.95).toFixed(1)} ms, max ${Math.max(...light).toFixed(1)} ms`);
    console.log(
      `  host during the backup: ${latencies.length} searches answered, median ${median(latencies).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (idle: median ${median(idle).toFixed(1)} ms); event loop delay p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, max ${(delay.max / 1e6).toFixed(1)} ms`,
    );

    // ---- check -------------------------------------------------------------------------------
    started = performance.now();
    const check = await finished(admin, (await admin.run('backup.check', { path: done.file! })).jobId, 'backup.status');
    if (check.state !== 'completed') throw new Error(`check ${check.state}: ${check.error}`);
    console.log(`check (every hash, SQLite integrity_check): ${seconds(performance.now() - started)}`);

    // ---- restore on a fresh data folder ---------------------------------------------------------
    const fresh = await startWebHost({ port: 0, dataDir: join(root, 'new-laptop'), rendererDir: join(root, 'none') });
    hosts.push(fresh);
    const user = new HostClient(fresh);
    started = performance.now();
    const restoring = await user.run('auth.restoreBackup', { path: done.file!, credentials: { login: ADMIN.login, password: ADMIN.password } });
    const restored = await finished(user, restoring.jobId, 'auth.restoreStatus');
    if (restored.state !== 'completed') throw new Error(`restore ${restored.state}: ${restored.error}`);
    console.log(`restore on a fresh data folder (read and verified, database checked, swapped in): ${seconds(performance.now() - started)}`);
    started = performance.now();
    await user.run('auth.login', { login: ADMIN.login, password: ADMIN.password });
    const found = await user.run('establishments.search', { query: 'gom su', limit: 50, offset: 0 });
    console.log(`  then sign-in and first search: ${(performance.now() - started).toFixed(0)} ms (${found.total.toLocaleString('en')} matches)`);

    // ---- restore over live data (its backup first) -----------------------------------------------
    started = performance.now();
    const over = await admin.run('backup.restore', { path: done.file!, confirm: true });
    const overDone = await finished(new HostClient(host), over.jobId, 'auth.restoreStatus');
    if (overDone.state !== 'completed') throw new Error(`restore ${overDone.state}: ${overDone.error}`);
    console.log(`restore over the live data (which is backed up first): ${seconds(performance.now() - started)}`);
  } finally {
    for (const h of hosts) await h.close();
    rmSync(root, { recursive: true, force: true });
  }
}
