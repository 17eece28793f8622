import { svRegisterImport } from '../i18n/sv-register-import';
import { targetGroupErrorKey } from '../target-group/target-group-text';

type Code = keyof typeof svRegisterImport.codes;
const CODES = new Set(Object.keys(svRegisterImport.codes));

// A code the register import has words of its own for (not a file's FILE_* code).
export function isRegisterImportCode(code: string | null | undefined): boolean {
  return code !== null && code !== undefined && CODES.has(code);
}

// The message key of a register-import code (row or file), or of a file-reading code, which the
// target-group imports share.
export function registerImportCodeKey(code: string | null | undefined): string {
  if (code && CODES.has(code)) return `registerImport.codes.${code as Code}`;
  return targetGroupErrorKey(code);
}

// Header texts compared as the api compares them: case, spaces, punctuation and å/ä/ö do not matter.
export function looseKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

// The file's column a saved mapping names, if the file has it.
export function columnFor(columns: readonly string[], saved: string | null | undefined): string {
  if (!saved) return '';
  return columns.find((column) => looseKey(column) === looseKey(saved)) ?? '';
}
