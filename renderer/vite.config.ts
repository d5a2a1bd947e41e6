import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative base: the same build is served by the browser host at / and by the Electron app
// protocol. The app is offline, so nothing here may point at a remote resource.
export default defineConfig({
  // Vite resolves a relative root against the working directory, so anchor it to this file.
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
  },
});
