import { describe, expect, it, vi } from 'vitest';
import { denyNavigation, denyWindowOpen } from '../../electron/main/navigationGuards.js';

describe('navigation guards', () => {
  const navigation = () => ({ preventDefault: vi.fn() });

  it('stops every navigation, the app origin included', () => {
    for (const url of ['parallax://app/other.html', 'https://example.com/', 'file:///etc/passwd']) {
      const event = navigation();
      denyNavigation(event, url, vi.fn());
      expect(event.preventDefault).toHaveBeenCalled();
    }
  });

  it('opens a navigated web link in the user browser', () => {
    const openExternal = vi.fn();
    denyNavigation(navigation(), 'https://wenewsenglish.pk/jcc-kabul', openExternal);
    expect(openExternal).toHaveBeenCalledWith('https://wenewsenglish.pk/jcc-kabul');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'parallax://app/x', 'not a url'])(
    'never hands %s to the operating system',
    (url) => {
      const openExternal = vi.fn();
      denyNavigation(navigation(), url, openExternal);
      expect(denyWindowOpen({ url }, openExternal)).toEqual({ action: 'deny' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('denies new windows and opens web links externally instead', () => {
    const openExternal = vi.fn();
    expect(denyWindowOpen({ url: 'http://example.com/a' }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('http://example.com/a');
  });
});
