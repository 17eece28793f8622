import { Injectable } from '@nestjs/common';

import type { AppAbility, SqlFragment } from '@app/core/authz';
import type { GraphqlContext } from '@app/core/graphql';

// A part of a young person that the caseload page's rows commonly show: the open registration
// and latest contact (this library's), measures and the action plan (libraries above it). The
// part hands the page statement an expression; the page's rows then carry the part as JSON, and
// the part primes its own loaders with it. A caseload page so costs the same statements whatever
// its rows show, and the nested fields resolve from memory exactly as they would from their
// batches.
export interface CaseloadPrefetch {
  // The YoungPerson field the part serves: the page carries the part only when its rows select it.
  readonly field: string;
  // An SQL expression over the page's young person (alias `yp`) and open registration (`e`)
  // that gives JSON or NULL, usually a parenthesised subquery. It applies the part's own access
  // predicate: what it gives is exactly what the part's loader would return.
  select(ability: AppAbility): SqlFragment;
  // Primes the request's loaders with the value of every young person on the page.
  prime(ctx: GraphqlContext, values: ReadonlyMap<string, unknown>): void;
}

// The registered parts (each library registers its own on module init).
@Injectable()
export class CaseloadPrefetchRegistry {
  private readonly parts: CaseloadPrefetch[] = [];

  register(part: CaseloadPrefetch): void {
    if (this.parts.some((p) => p.field === part.field)) {
      throw new Error(`A caseload prefetch for YoungPerson.${part.field} is registered already`);
    }
    this.parts.push(part);
  }

  all(): readonly CaseloadPrefetch[] {
    return this.parts;
  }
}
