import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';

import { FIELD_POLICY_METADATA, PUBLIC_METADATA } from '@app/core/authz';

// @nestjs/graphql's metadata keys (its graphql.constants.js; not exported by the package).
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_PROPERTY_METADATA = 'graphql:resolve_property';

// Every field resolver method of the application that neither checks a @FieldPolicy nor is
// @Public, as `Resolver.method`.
export function fieldResolversWithoutPolicy(discovery: DiscoveryService, scanner: MetadataScanner): string[] {
  const missing: string[] = [];
  const seen = new Set<object>();
  for (const wrapper of discovery.getProviders()) {
    const metatype = wrapper.metatype;
    if (typeof metatype !== 'function' || !metatype.prototype || seen.has(metatype)) continue;
    seen.add(metatype);
    if (Reflect.getMetadata(RESOLVER_TYPE_METADATA, metatype) === undefined) continue;
    const prototype = metatype.prototype as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const method = prototype[name];
      if (typeof method !== 'function' || Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method) !== true) continue;
      const declared =
        Reflect.getMetadata(FIELD_POLICY_METADATA, method) !== undefined ||
        Reflect.getMetadata(PUBLIC_METADATA, method) === true;
      if (!declared) missing.push(`${metatype.name}.${name}`);
    }
  }
  return missing;
}

// Deny by default for field resolvers: the PolicyGuard refuses an undeclared root operation on
// every call, but does not run on fields (see FieldPolicy). A field resolver without its
// policy would answer everyone, so the api refuses to start instead.
@Injectable()
export class FieldPolicyCheck implements OnModuleInit {
  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const missing = fieldResolversWithoutPolicy(this.discovery, new MetadataScanner());
    if (missing.length > 0) {
      throw new Error(`Field resolvers without @FieldPolicy or @Public: ${missing.join(', ')}`);
    }
  }
}
