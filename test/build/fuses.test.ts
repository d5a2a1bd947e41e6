import { FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { afterPack, packagedExecutable, type PackedApp } from '../../electron/build/fuses.js';

const packed = (electronPlatformName: string): PackedApp => ({
  appOutDir: '/release/out',
  electronPlatformName,
  packager: { appInfo: { productFilename: 'Parallax' }, executableName: 'parallax' },
});

describe('Electron fuses at packaging', () => {
  async function flipped(platform: string) {
    const flip = vi.fn(async (_executable: string, _config: FuseConfig) => 1);
    await afterPack(packed(platform), flip);
    expect(flip).toHaveBeenCalledOnce();
    return { executable: flip.mock.calls[0]![0], config: flip.mock.calls[0]![1] as Record<string, unknown> };
  }

  it('turns off running as Node, NODE_OPTIONS and the inspector', async () => {
    const { config } = await flipped('linux');
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });

  it('loads the app only from its asar, checked for integrity, with cookies encrypted', async () => {
    const { config } = await flipped('linux');
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('flips the executable each platform packs', async () => {
    expect((await flipped('linux')).executable).toBe(join('/release/out', 'parallax'));
    expect((await flipped('win32')).executable).toBe(join('/release/out', 'Parallax.exe'));
    expect((await flipped('darwin')).executable).toBe(join('/release/out', 'Parallax.app'));
  });

  it('re-signs ad hoc on macOS only, where flipping breaks the signature', async () => {
    expect((await flipped('darwin')).config.resetAdHocDarwinSignature).toBe(true);
    expect((await flipped('linux')).config.resetAdHocDarwinSignature).toBe(false);
  });

  it('refuses a platform it does not know rather than packaging unfused', () => {
    expect(() => packagedExecutable(packed('freebsd'))).toThrow(/freebsd/);
  });
});
