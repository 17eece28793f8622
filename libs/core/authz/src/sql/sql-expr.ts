// A tiny boolean expression tree between CASL's AST and SQL text. It exists so that constants
// fold away before rendering (`x OR TRUE` is TRUE, a `cannot` below nothing vanishes) and so
// that parameters of folded-away leaves never reach the query.
export type Expr =
  | { readonly kind: 'const'; readonly value: boolean }
  | { readonly kind: 'leaf'; readonly sql: string; readonly params: Readonly<Record<string, unknown>> }
  | { readonly kind: 'and' | 'or'; readonly items: readonly Expr[] }
  | { readonly kind: 'not'; readonly item: Expr };

const TRUE: Expr = { kind: 'const', value: true };
const FALSE: Expr = { kind: 'const', value: false };

export function constant(value: boolean): Expr {
  return value ? TRUE : FALSE;
}

// `sql` must be self-delimiting (a single predicate or parenthesised), since it is spliced
// between AND/OR/NOT without further brackets.
export function leaf(sql: string, params: Readonly<Record<string, unknown>>): Expr {
  return { kind: 'leaf', sql, params };
}

export function and(items: readonly Expr[]): Expr {
  return junction('and', items);
}

export function or(items: readonly Expr[]): Expr {
  return junction('or', items);
}

export function not(item: Expr): Expr {
  if (item.kind === 'const') return constant(!item.value);
  if (item.kind === 'not') return item.item;
  return { kind: 'not', item };
}

function junction(kind: 'and' | 'or', items: readonly Expr[]): Expr {
  // TRUE is neutral for AND and absorbing for OR; FALSE the other way round.
  const neutral = kind === 'and';
  const kept: Expr[] = [];
  for (const item of items) {
    if (item.kind === 'const') {
      if (item.value !== neutral) return item;
      continue;
    }
    if (item.kind === kind) kept.push(...item.items);
    else kept.push(item);
  }
  if (kept.length === 0) return constant(neutral);
  if (kept.length === 1) return kept[0];
  return { kind, items: kept };
}

// Collects the parameters of the leaves that survive into `params`.
export function render(expr: Expr, params: Record<string, unknown>): string {
  switch (expr.kind) {
    case 'const':
      return expr.value ? 'TRUE' : 'FALSE';
    case 'leaf':
      Object.assign(params, expr.params);
      return expr.sql;
    case 'not':
      return `NOT (${render(expr.item, params)})`;
    case 'and':
    case 'or':
      return `(${expr.items.map((item) => render(item, params)).join(expr.kind === 'and' ? ' AND ' : ' OR ')})`;
  }
}
