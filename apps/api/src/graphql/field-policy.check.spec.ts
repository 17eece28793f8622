import { DiscoveryModule } from '@nestjs/core';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';

import { FieldPolicy, Public } from '@app/core/authz';

import { FieldPolicyCheck } from './field-policy.check';

class Thing {
  name = 'x';
}

@Resolver(() => Thing)
class DeclaredResolver {
  @ResolveField(() => String)
  @FieldPolicy('read', 'Organization')
  name(thing: Thing): string {
    return thing.name;
  }

  @ResolveField(() => String)
  @Public()
  greeting(): string {
    return 'hej';
  }
}

@Resolver(() => Thing)
class ForgetfulResolver {
  @ResolveField(() => String)
  // eslint-disable-next-line brygga/require-graphql-policy -- the case under test
  secret(): string {
    return 'for everyone';
  }
}

async function boot(...resolvers: Array<new () => object>): Promise<void> {
  const module = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [...resolvers, FieldPolicyCheck],
  }).compile();
  await module.init();
  await module.close();
}

// The guard does not run on field resolvers, so a field resolver without its policy would answer
// everyone: the application must not start with one.
describe('FieldPolicyCheck', () => {
  it('lets an application start whose field resolvers all declare a policy or @Public', async () => {
    await expect(boot(DeclaredResolver)).resolves.toBeUndefined();
  });

  it('refuses to start, naming the field resolver without a policy', async () => {
    await expect(boot(DeclaredResolver, ForgetfulResolver)).rejects.toThrow(
      'Field resolvers without @FieldPolicy or @Public: ForgetfulResolver.secret',
    );
  });
});
