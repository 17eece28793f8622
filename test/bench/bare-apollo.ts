// The framework's own floor (issue 20): a bare Apollo Server, the same version the api runs,
// with no NestJS, guards, plugins or database, answering `{ __typename }`. The bench starts it as
// a child process and drives it with the same load worker as the api's trivial query, so
// "trivial query / bare Apollo Server" is the share of throughput the api keeps after its own
// per-request work. Prints `ready: <url>` once listening on a free loopback port.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const server = new ApolloServer({
    typeDefs: 'type Query { ok: Boolean! }',
    resolvers: { Query: { ok: () => true } },
  });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  process.stdout.write(`ready: ${url}\n`);
  const stop = (): void => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`bare Apollo Server failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
