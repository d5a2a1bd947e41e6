import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** Where the main window was, kept in the data folder beside the workspace. */
export const WINDOW_STATE_FILE = 'window-state.json';

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState extends Rectangle {
  maximized: boolean;
}

const Dimension = z.number().int().min(-100_000).max(100_000);
const SavedState = z.object({
  x: Dimension,
  y: Dimension,
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
  maximized: z.boolean(),
});

export const windowStateFile = (dataDir: string) => join(dataDir, WINDOW_STATE_FILE);

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/**
 * The saved place made visible on today's displays (`workArea`s, the first being the primary):
 * on the display it overlaps most, no larger than that display, and wholly inside it. A window
 * left on a display that is gone comes back centred on the primary one.
 */
export function fitToDisplays(saved: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return saved;
  const best = workAreas.reduce((a, b) => (overlap(saved, b) > overlap(saved, a) ? b : a));
  const area = overlap(saved, best) > 0 ? best : primary;
  const width = clamp(saved.width, Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clamp(saved.height, Math.min(MIN_SIZE.height, area.height), area.height);
  const onArea = overlap(saved, area) > 0;
  const x = onArea ? clamp(saved.x, area.x, area.x + area.width - width) : area.x + Math.round((area.width - width) / 2);
  const y = onArea ? clamp(saved.y, area.y, area.y + area.height - height) : area.y + Math.round((area.height - height) / 2);
  return { x, y, width, height, maximized: saved.maximized };
}

/**
 * The saved window state fitted to the displays, or undefined (first start, or a file that is
 * missing, unreadable or not a window state: the window then opens at its default size).
 */
export function loadWindowState(file: string, workAreas: readonly Rectangle[]): WindowState | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = SavedState.safeParse(json);
  return parsed.success ? fitToDisplays(parsed.data, workAreas) : undefined;
}

/** Writes the state beside its final name first, so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  const rounded = {
    x: Math.round(state.x),
    y: Math.round(state.y),
    width: Math.round(state.width),
    height: Math.round(state.height),
    maximized: state.maximized,
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.partial`, `${JSON.stringify(rounded)}\n`);
  renameSync(`${file}.partial`, file);
}
