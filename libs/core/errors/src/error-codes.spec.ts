import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ErrorCode } from './error-codes';

// docs/ERRORS.md is what the app is built from: every code a client can see, when it happens,
// its details and the Swedish message to show. A code added to the registry without its
// section there, or a section left behind for a code that no longer exists, fails here.
const ERRORS_MD = join(__dirname, '..', '..', '..', '..', 'docs', 'ERRORS.md');

// Each documented code's section: from its `### \`CODE\`` heading to the next heading.
function documentedCodes(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = markdown.split(/^### `([A-Z][A-Z0-9_]*)`[ \t]*$/m);
  for (let i = 1; i < parts.length; i += 2) {
    const [body] = (parts[i + 1] ?? '').split(/^#{1,3} /m);
    sections.set(parts[i], body ?? '');
  }
  return sections;
}

describe('docs/ERRORS.md', () => {
  const documented = documentedCodes(readFileSync(ERRORS_MD, 'utf8'));
  const registry = Object.values(ErrorCode);

  it('finds the sections (the reading works)', () => {
    expect(documented.size).toBeGreaterThan(50);
    expect(documented.get('NOT_FOUND')).toContain('**When:**');
  });

  it('has a section for every code in the registry', () => {
    expect(registry.filter((code) => !documented.has(code))).toEqual([]);
  });

  it('says for every code when it happens and gives a Swedish message for the app', () => {
    const incomplete = registry.filter((code) => {
      const section = documented.get(code) ?? '';
      return !section.includes('**When:**') || !/\*\*Message \(sv\)[^*]*:\*\*\s*(by `\w+`:|")/.test(section);
    });
    expect(incomplete).toEqual([]);
  });

  it('documents no code the registry does not have (renamed or removed)', () => {
    expect([...documented.keys()].filter((code) => !(registry as string[]).includes(code))).toEqual([]);
  });
});
