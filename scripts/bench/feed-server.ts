/**
 * Feed servers for the refresh benchmark, run as a child process so that serving the feeds
 * does not count towards the refresh's CPU time. Starts `count` servers on 127.0.0.1 (one
 * port each: the refresh treats every port as its own host and polls hosts in parallel),
 * each serving /feed.xml: 200 with an ETag, or 304 when If-None-Match matches.
 * Prints `{"ports":[…]}` on one line when listening; exits when its stdin closes.
 * Run: npx tsx scripts/bench/feed-server.ts <count> <itemsPerFeed>
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rssDocument } from './fixtures';

const count = Number(process.argv[2] ?? 50);
const itemsPerFeed = Number(process.argv[3] ?? 50);

const servers = await Promise.all(
  Array.from({ length: count }, async (_, i) => {
    const body = Buffer.from(rssDocument(itemsPerFeed, 1000 + i, { host: `www.quelle-${i}.de`, title: `Quelle ${i}` }));
    const etag = `"bench-${i}-1"`;
    const server = createServer((req, res) => {
      if (req.url !== '/feed.xml') return void res.writeHead(404).end();
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, {
        'content-type': 'application/rss+xml; charset=UTF-8',
        'content-length': body.length,
        etag,
      });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return server;
  }),
);

process.stdout.write(JSON.stringify({ ports: servers.map((s) => (s.address() as AddressInfo).port) }) + '\n');
process.stdin.resume();
process.stdin.on('end', () => {
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
  process.exit(0);
});
