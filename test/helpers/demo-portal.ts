// Test helper: the real portal with the built-in Jämtland demo, seeded into a temporary database and listening
// on a free port — the product as `npm start` runs it, for end-to-end tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, seedDemo, startWeb } from '../../src/app.ts';
import { demoConfig } from '../../src/config/demo-config.ts';
import { parseConfig } from '../../src/config/load-config.ts';
import { launchChromium } from './chromium.ts';

export interface DemoPortal {
  readonly url: string;
  /** A coordinator of the demo with a known password, for walking the staff area. */
  readonly coordinator: { readonly email: string; readonly password: string };
  close(): Promise<void>;
}

export async function startDemoPortal(): Promise<DemoPortal> {
  const dir = mkdtempSync(join(tmpdir(), 'samverka-demo-'));
  const loaded = { config: parseConfig(demoConfig), demo: true, path: null };
  const app = await createApp({ env: { SAMVERKA_DATA: dir }, databaseFile: join(dir, 'samverka.db'), loaded });
  await seedDemo(app, () => {});
  const coordinator = { email: 'samordnare@demo.invalid', password: 'e2e-coordinator-password-42' };
  await app.staff.bootstrapAccount({ ...coordinator, name: 'Demo: länssamordnare', role: 'coordinator', library: 'regionbiblioteket' }, coordinator.password);
  const web = await startWeb(app, { port: 0, host: '127.0.0.1' }, { logger: false });
  const address = web.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    coordinator: { email: coordinator.email, password: coordinator.password },
    close: async () => {
      await web.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The seeded demo portal and a headless Chromium for one test file: started before its tests (then `ready`, for what
 * the file reads from the portal first), closed after them. One hook, so nothing runs before the portal is up.
 */
export function demoPortalInChromium(ready?: (running: { readonly portal: DemoPortal; readonly browser: Browser }) => Promise<void>) {
  const running = {} as { portal: DemoPortal; browser: Browser };
  before(async () => {
    running.portal = await startDemoPortal();
    running.browser = await launchChromium();
    await ready?.(running);
  });
  after(async () => {
    await running.browser?.close();
    await running.portal?.close();
  });
  return running as { readonly portal: DemoPortal; readonly browser: Browser };
}
