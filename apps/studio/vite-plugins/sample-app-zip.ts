import { writeZip } from '@event-studio/runtime';
import { readAppFolder, sampleAppDir } from '@event-studio/runtime/node';
import type { Plugin } from 'vite';

const ROUTE = '/sample-app.zip';

/**
 * Ships the runtime's built-in sample app as `/sample-app.zip`, packed by the runtime's own zip
 * writer, so the studio opens it through the same import path as any user's zip.
 */
export function sampleAppZip(): Plugin {
  const pack = async () => writeZip(await readAppFolder(sampleAppDir()));
  return {
    name: 'event-studio:sample-app-zip',
    configureServer(server) {
      server.middlewares.use(ROUTE, (_req, res, next) => {
        pack()
          .then((bytes) => {
            res.setHeader('Content-Type', 'application/zip');
            res.end(bytes);
          })
          .catch(next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: ROUTE.slice(1), source: await pack() });
    },
  };
}
