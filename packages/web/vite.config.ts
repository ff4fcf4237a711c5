import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// API_URL points the dev proxy at another API, e.g. a demo server on another port.
const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  server: {
    port: 5173,
    // In development the API runs beside Vite; in production the server serves this build itself.
    proxy: { '/graphql': apiUrl, '/healthz': apiUrl, '/api': apiUrl },
  },
  build: { target: 'es2022', sourcemap: true },
});
