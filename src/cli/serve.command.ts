// `samverka serve`: the portal, with the scheduled harvests of its sources. With no configuration file, the
// built-in Jämtland demo, seeded on first start.
import { createApp, seedDemo, startWeb } from '../app.ts';

export async function serveCommand(options: { port?: number; host?: string }): Promise<void> {
  const app = await createApp();
  try {
    if (app.loaded.demo) await seedDemo(app, (line) => console.log(line));
    const port = options.port ?? Number(process.env.PORT ?? 3000);
    const host = options.host ?? process.env.HOST ?? '0.0.0.0';
    const web = await startWeb(app, { port, host });
    app.scheduleHarvests();
    console.log(`Samverka serves ${app.loaded.config.consortium.name} on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/${app.loaded.demo ? ' (demo)' : ''}`);
    const stop = async () => {
      await web.close();
      await app.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    await app.close();
    throw error;
  }
}
