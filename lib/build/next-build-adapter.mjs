/**
 * The build adapter (`adapterPath` in next.config.ts: Next's documented hook for what a
 * deployment does with a finished build). This site deploys as plain files, written by
 * scripts/after-build.ts; all this adapter does is hand over what Next built: the primary
 * response of every prerendered page and route handler, Next's static files and the list of
 * routes, as JSON in the build folder. lib/build/write-export.ts checks that every route is
 * static and writes the site from it.
 *
 * Plain JavaScript because Next imports it as it is. Related RSC, data and segment outputs
 * (client navigation only, which the site does not use) carry no `routeType` and are left out.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The file, in Next's build folder, that lib/build/write-export.ts reads. */
export const BUILD_OUTPUTS_FILE = 'site-outputs.json';

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'schaatsnieuws-static-files',
  onBuildComplete({ outputs, distDir }) {
    const handedOver = {
      prerenders: outputs.prerenders
        .filter((prerender) => prerender.routeType !== undefined)
        .map(({ pathname, routeType, response, compute, fallback }) => ({
          pathname,
          routeType,
          response,
          compute,
          file: fallback?.filePath,
        })),
      routes: [...outputs.appPages, ...outputs.appRoutes].map(({ pathname }) => pathname),
      staticFiles: outputs.staticFiles.map(({ pathname, filePath }) => ({ pathname, file: filePath })),
    };
    fs.writeFileSync(path.join(distDir, BUILD_OUTPUTS_FILE), JSON.stringify(handedOver));
  },
};

export default adapter;
