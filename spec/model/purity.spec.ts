import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/model is pure: its tsconfig fences out Node types, timers and packages; this spec catches
// what the ECMAScript library itself still offers (Date.now, Math.random, new Date()).
const root = join(__dirname, '../../src/model');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('src/model purity', () => {
  it('never reads the clock or Math.random, and imports only from src/model', () => {
    const offences: string[] = [];
    for (const file of files(root)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        const where = `${relative(root, file)}:${i + 1}`;
        if (/\bDate\.now\b|\bMath\.random\b|\bnew Date\(\s*\)|\bperformance\.now\b/.test(code)) offences.push(`${where}: ${line.trim()}`);
        const m = /\bfrom\s+['"]([^'"]+)['"]/.exec(code);
        if (m !== null && !m[1]!.startsWith('.')) offences.push(`${where}: imports ${m[1]}`);
        if (m !== null && m[1]!.startsWith('.')) {
          const target = join(file, '..', m[1]!);
          if (!target.startsWith(root)) offences.push(`${where}: imports ${m[1]} from outside src/model`);
        }
      });
    }
    expect(offences).toEqual([]);
  });
});
