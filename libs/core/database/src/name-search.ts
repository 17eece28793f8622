// Searching by part of a name, shared by the repositories that offer it (users, organisations).
//
// A name folded for search, in SQL: lower case, and marks dropped except on å, ä and ö, which
// are letters of their own in Swedish (Ångström is found by "ång", not by "ang"); æ and ø, their
// Danish and Norwegian forms, count as ä and ö. The letters are mapped here rather than by
// lower(): the database runs in the C locale, whose lower() changes ASCII letters only. The
// users' names are stored folded by the same expression (app_user.search_name, migration
// UserSearchName1796770000000, which keeps its own copy as migrations do); organisations' names
// are folded in the query (a municipality has hundreds of them at most: docs/PERFORMANCE.md).
const FOLD_FROM = 'ÅÄÖÆØÉÈÊËÁÀÂÃÍÌÎÏÓÒÔÕÚÙÛÜÝŸÇÑåäöæøéèêëáàâãíìîïóòôõúùûüýÿçñ';
const FOLD_TO = 'åäöäöeeeeaaaaiiiioooouuuuyycnåäöäöeeeeaaaaiiiioooouuuuyycn';

export function foldedName(expression: string): string {
  return `lower(translate(${expression}, '${FOLD_FROM}', '${FOLD_TO}'))`;
}

// The term as the api compares it: surrounding and repeated spaces do not count; blank is no
// search at all (undefined). LIKE's own characters in it are escaped to match as themselves
// (backslash is LIKE's default escape).
export function likeTerm(search: string | undefined): string | undefined {
  const term = search?.trim().replace(/\s+/g, ' ');
  return term ? term.replace(/[\\%_]/g, (c) => `\\${c}`) : undefined;
}

// The condition "the folded `column` contains the folded :param" (the term from likeTerm).
// `columnIsFolded` when the column already holds the folded name (a stored, generated column).
export function nameContains(column: string, param: string, columnIsFolded = false): string {
  const folded = columnIsFolded ? column : foldedName(column);
  return `${folded} LIKE '%' || ${foldedName(`:${param}`)} || '%'`;
}
