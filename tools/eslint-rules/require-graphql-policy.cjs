'use strict';

// Every GraphQL operation and field resolver, and every HTTP route, must say who may call it:
// `@Policy(action, subject)` or `@Public()` on queries, mutations, subscriptions and routes
// (checked by the global PolicyGuard), `@FieldPolicy(action, subject)` or `@Public()` on field
// resolvers (which check it themselves: the guard does not run on fields). At runtime an
// undeclared root handler is refused and the api refuses to start with an undeclared field
// resolver (fail closed); this rule moves the finding to review time, before a forgotten
// decorator turns into a handler nobody can call, or into a "quick fix" with @Public.
//
// Syntax only (no type information): decorators are recognised by name, following import
// aliases. An operation decorator imported from a package other than @nestjs/* (a different
// `Query`, say) is not one of ours and is ignored.

const GRAPHQL_OPERATIONS = new Set(['Query', 'Mutation', 'Subscription', 'ResolveField']);
const HTTP_ROUTES = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head', 'Search']);
const ACCESS_DECORATORS = new Set(['Policy', 'FieldPolicy', 'Public']);
const NEST_SOURCES = new Set(['@nestjs/graphql', '@nestjs/common']);

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require @Policy(...) or @Public() on every GraphQL query, mutation, subscription and field resolver and on every HTTP route',
    },
    schema: [],
    messages: {
      missing:
        '{{kind}} handler "{{name}}" declares no access: add @{{policy}}(action, subject) or @Public(). Undeclared handlers are refused.',
      wrongKind:
        '{{kind}} handler "{{name}}" has @{{found}}(...), which is not checked there: use @{{policy}}(action, subject). The PolicyGuard checks root operations and routes, @FieldPolicy checks field resolvers.',
      both: 'Handler "{{name}}" has both @Public() and @Policy(...): @Public() wins and the policy is never checked. Keep one.',
      notCalled:
        '@{{decorator}} on "{{name}}" is not called, so it sets no metadata: write @{{decorator}}(...) instead.',
    },
  },

  create(context) {
    // local name -> { imported, source } for named imports; namespace local -> source.
    /** @type {Map<string, { imported: string, source: string }>} */
    const named = new Map();
    /** @type {Map<string, string>} */
    const namespaces = new Map();
    /** @type {import('estree').Node[]} */
    const pending = [];

    // The decorator's name as exported by its package, and whether it came from Nest (or is
    // not imported at all, e.g. declared in the same file: then the name alone decides).
    function identify(decorator) {
      const expression = decorator.expression;
      const called = expression.type === 'CallExpression';
      const target = called ? expression.callee : expression;
      if (target.type === 'Identifier') {
        const binding = named.get(target.name);
        if (!binding) return { name: target.name, fromNest: true, called };
        return { name: binding.imported, fromNest: NEST_SOURCES.has(binding.source), called };
      }
      if (target.type === 'MemberExpression' && !target.computed && target.property.type === 'Identifier') {
        const source = target.object.type === 'Identifier' ? namespaces.get(target.object.name) : undefined;
        return { name: target.property.name, fromNest: source === undefined || NEST_SOURCES.has(source), called };
      }
      return undefined;
    }

    function keyName(node) {
      if (node.computed) return context.sourceCode.getText(node.key);
      if (node.key.type === 'Identifier' || node.key.type === 'PrivateIdentifier') return node.key.name;
      if (node.key.type === 'Literal') return String(node.key.value);
      return context.sourceCode.getText(node.key);
    }

    function isController(classNode) {
      return (classNode.decorators ?? []).some((decorator) => {
        const id = identify(decorator);
        return id !== undefined && id.name === 'Controller' && id.fromNest;
      });
    }

    function checkMember(member, classNode) {
      const decorators = member.decorators ?? [];
      if (decorators.length === 0) return;
      let kind;
      for (const decorator of decorators) {
        const id = identify(decorator);
        if (!id || !id.fromNest) continue;
        if (GRAPHQL_OPERATIONS.has(id.name)) kind = id.name;
        else if (HTTP_ROUTES.has(id.name) && isController(classNode)) kind = `${id.name.toUpperCase()} route`;
        if (kind) break;
      }
      if (!kind) return;

      const name = keyName(member);
      const expected = kind === 'ResolveField' ? 'FieldPolicy' : 'Policy';
      let policy = false;
      let isPublic = false;
      let uncalled = false;
      for (const decorator of decorators) {
        const id = identify(decorator);
        // Policy, FieldPolicy and Public are the project's own decorators, imported from wherever they live.
        if (!id || !ACCESS_DECORATORS.has(id.name)) continue;
        if (!id.called) {
          context.report({ node: decorator, messageId: 'notCalled', data: { decorator: id.name, name } });
          uncalled = true;
          continue;
        }
        if (id.name === 'Public') isPublic = true;
        else if (id.name === expected) policy = true;
        else {
          context.report({
            node: decorator,
            messageId: 'wrongKind',
            data: { kind, name, found: id.name, policy: expected },
          });
          uncalled = true;
        }
      }
      if (policy && isPublic) {
        context.report({ node: member.key, messageId: 'both', data: { name } });
      } else if (!policy && !isPublic && !uncalled) {
        context.report({ node: member.key, messageId: 'missing', data: { kind, name, policy: expected } });
      }
    }

    function checkClass(classNode) {
      for (const member of classNode.body.body) {
        if (member.type === 'MethodDefinition' || member.type === 'PropertyDefinition') checkMember(member, classNode);
      }
    }

    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        for (const specifier of node.specifiers) {
          if (specifier.type === 'ImportSpecifier') {
            const imported =
              specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
            named.set(specifier.local.name, { imported, source });
          } else if (specifier.type === 'ImportNamespaceSpecifier') {
            namespaces.set(specifier.local.name, source);
          }
        }
      },
      // Imports are hoisted, so classes are checked once the whole file (and every import) is seen.
      'ClassDeclaration:exit'(node) {
        pending.push(node);
      },
      'ClassExpression:exit'(node) {
        pending.push(node);
      },
      'Program:exit'() {
        for (const classNode of pending) checkClass(classNode);
      },
    };
  },
};
