// electron-builder's afterPack hook (electron-builder.yml): flips the packaged Electron
// executable's fuses before the app is signed. `npm run package` runs electron-builder with tsx
// loaded, so this TypeScript file is loaded as it is.
import { flipFuses, FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';
import { join } from 'node:path';

/**
 * Capabilities compiled into Electron that Parallax never uses, switched off so that nobody can
 * turn the installed app into something else: no running as plain Node (ELECTRON_RUN_AS_NODE),
 * no NODE_OPTIONS, no --inspect debugger, code only from the app's own asar, checked against
 * the integrity hash the packager embeds; cookies encrypted at rest.
 */
export const PARALLAX_FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
} as const;

/** The part of electron-builder's AfterPackContext the hook reads. */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** The packaged Electron executable (the .app bundle on macOS) whose fuses are flipped. */
export function packagedExecutable(context: PackedApp): string {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      if (!packager.executableName) throw new Error('The Linux packager did not name the executable (electron-builder.yml: linux.executableName).');
      return join(appOutDir, packager.executableName);
    default:
      throw new Error(`Cannot set Electron's fuses for the platform "${electronPlatformName}".`);
  }
}

type FlipFuses = (executable: string, config: FuseConfig) => Promise<number>;

export async function afterPack(context: PackedApp, flip: FlipFuses = flipFuses): Promise<void> {
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  // Flipping fuses breaks an ad-hoc macOS signature; re-sign ad hoc so the unsigned build still starts.
  await flip(packagedExecutable(context), { version: FuseVersion.V1, resetAdHocDarwinSignature: darwin, ...PARALLAX_FUSES });
}

export default afterPack;
