import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: { alias: { '@contract': here('../contract'), '@domain': here('../domain') } },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // Mantine as one chunk holds every component any page uses: the number input (and its
            // number-format library, 9 kB gzip) and the forms library are left to the pages loaded on
            // demand that use them.
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine[\\/](?!charts[\\/]|dates[\\/]|form[\\/]|core[\\/]esm[\\/]components[\\/]Number(Input|Formatter)[\\/])|@floating-ui|react-transition-group|react-remove-scroll|clsx)/,
            },
            // What every page needs. Icons and the virtual list are not in it: each goes with the pages that use it.
            { name: 'vendor', test: /node_modules[\\/](@tanstack[\\/](react-query|query-core)|i18next|react-i18next)[\\/]/ },
            // The date field (calendar, dayjs and its sv/nb locales): for the forms with a day, cached on its own.
            { name: 'dates', test: /node_modules[\\/](@mantine[\\/]dates[\\/](?!styles\.css)|dayjs[\\/])/ },
            // Charts are for the report pages only, which are loaded on demand: keep them out of the first load.
            {
              name: 'charts',
              test: /node_modules[\\/](@mantine[\\/]charts[\\/](?!styles\.css)|recharts|d3-|victory-vendor)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': { target: process.env.KORSA_API ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
