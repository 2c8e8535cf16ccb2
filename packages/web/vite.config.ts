import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves dist/ at / (index.html for client routes); `npm run dev` proxies the API to it.
export default defineConfig({
  plugins: [react()],
  // Hidden source maps: written for debugging, not named in the scripts (the server serves them only with TRELLIS_SOURCE_MAPS).
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: 'hidden' },
  server: { proxy: { '/api': process.env.TRELLIS_API ?? 'http://localhost:3000' } },
});
