/**
 * For working on the web app by hand: `npx tsx packages/web/e2e/support/dev-server.ts` serves the
 * built app and the demo region (in memory) on http://127.0.0.1:<port> (PORT, default 3100) until stopped.
 */
import { startTestServer } from './server.ts';

const server = await startTestServer(Number(process.env.PORT ?? 3100));
console.log(`Trellis (demo region, in memory) at ${server.url}`);
console.log(JSON.stringify(server.region, null, 2));
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
