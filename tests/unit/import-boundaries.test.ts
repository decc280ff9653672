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
});
