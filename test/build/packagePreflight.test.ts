import { describe, expect, it } from 'vitest';
import { packagingBlockedMessage } from '../../electron/build/packagePreflight.js';

describe('packaging preflight message', () => {
  const message = packagingBlockedMessage('https://github.com is not reachable (ENOTFOUND)');

  it('says why packaging stopped and that nothing was built', () => {
    expect(message).toContain('Cannot package Parallax: https://github.com is not reachable (ENOTFOUND).');
    expect(message).toContain('Nothing was built.');
  });

  it('says where packaging can run instead', () => {
    expect(message).toContain('on a machine with internet access');
  });
});
