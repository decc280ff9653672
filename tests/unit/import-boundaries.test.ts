import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries enforced by the linter', () => {
  it.each([
    ['renderer/src/x.ts', "import { openDatabase } from '../../db/open-database';\nexport const x = openDatabase;"],
    ['renderer/src/x.ts', "import { dispatch } from '../../electron/dispatch';\nexport const x = dispatch;"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/x.ts', "import { useState } from 'react';\nexport const x = useState;"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['electron/services/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['electron/documents/x.ts', "import { shell } from 'electron';\nexport const x = shell;"],
    ['db/x.ts', "import { app } from 'electron';\nexport const x = app;"],
  ])('refuses %s importing across the boundary', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['renderer/src/x.ts', "import { commands } from '../../shared/commands';\nexport const x = commands;"],
    ['electron/services/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
  ])('allows %s', async (file, code) => {
    expect(await ruleIds(file, code)).not.toContain('no-restricted-imports');
  });

  it.each([
    ['electron/services/x.ts', "import { dispatch } from '../dispatch';\nexport const x = dispatch;"],
    ['electron/services/x.ts', "import { handlers } from '../handlers';\nexport const x = handlers;"],
    ['electron/documents/x.ts', "import { planDetail } from '../services/plans';\nexport const x = planDetail;"],
    ['electron/reports/x.ts', "import { periodicReport } from '../services/reports/periodic';\nexport const x = periodicReport;"],
    ['db/x.ts', "import { createServiceContext } from '../electron/services/context';\nexport const x = createServiceContext;"],
    ['electron/dispatch.ts', "import { startWebHost } from './web-host';\nexport const x = startWebHost;"],
  ])('refuses %s importing an outer layer (architecture rule 6)', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('local/layers');
  });

  it.each([
    ['electron/services/x.ts', "import { buildPlanDocument } from '../documents/plan-document';\nexport const x = buildPlanDocument;"],
    ['electron/handlers.ts', "import { createPlan } from './services/plans';\nexport const x = createPlan;"],
    ['electron/documents/x.ts', "import { newId } from '../../db/ids';\nexport const x = newId;"],
  ])('allows %s importing an inner layer', async (file, code) => {
    expect(await ruleIds(file, code)).not.toContain('local/layers');
  });

  it('refuses an import cycle', async () => {
    const code = "import { createPlan } from './plans';\nexport const x = createPlan;";
    expect(await ruleIds('electron/services/plan-guard.ts', code)).toContain('import-x/no-cycle');
  });
});
