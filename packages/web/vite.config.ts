import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue()],
  server: {
    port: 5173,
    // In development the API runs beside Vite; in production the server serves this build itself.
    proxy: { '/graphql': 'http://localhost:4000', '/healthz': 'http://localhost:4000' },
  },
  build: { target: 'es2022', sourcemap: true },
});
