// Sandboxed preload: exposes two functions and nothing else. It is bundled into a single file
// because a sandboxed preload can require only `electron`.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, EVENT_CHANNEL, INVOKE_CHANNEL, isShellEvent, type ParallaxBridge } from './bridge.js';

const bridge: ParallaxBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input),
  // The page gets a plain `{ type }`, never the IPC event (its `sender` would reach ipcRenderer).
  onEvent: (listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => {
      if (isShellEvent(payload)) listener({ type: payload.type });
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
