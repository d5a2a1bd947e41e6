// Sandboxed preload: exposes one function and nothing else. It is bundled into a single file
// because a sandboxed preload can require only `electron`.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, INVOKE_CHANNEL, type ParallaxBridge } from './bridge.js';

const bridge: ParallaxBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
