/** Whether a launch ingredient (the Electron binary, the native build) is at hand, and if not, why. */
export type Availability = { ok: true; path: string } | { ok: false; reason: string };
