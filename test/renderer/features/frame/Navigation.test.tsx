import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../helpers/renderApp';

describe('App frame navigation', () => {
  it('names the product and lists the rooms with the Library current', () => {
    renderApp();

    expect(screen.getByRole('banner').textContent).toContain('Parallax');
    const nav = screen.getByRole('navigation', { name: 'Rooms' });
    const rooms = within(nav).getAllByRole('button');
    expect(rooms.map((room) => [room.textContent, room.getAttribute('aria-current')])).toEqual([
      ['Library', 'page'],
      ['Reader', null],
      ['Compare', null],
      ['Notes', null],
      ['Codebook', null],
      ['Actors', null],
    ]);
  });

  it.each([['Notes', /Choose a note, or start one with New note/]])('moves to %s, marks it current and says what it will hold', async (name, promise) => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name }));

    expect(screen.getByRole('button', { name }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('button', { name: 'Library' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name })).toBeTruthy();
    expect(screen.getByText(promise)).toBeTruthy();
  });

  it('tells the analyst how to fill an empty Reader', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Reader' }));

    expect(screen.getByText(/No article is open\. Choose one in the Library/)).toBeTruthy();
  });

  it('moves focus into the room it opens, away from the button that opened it', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Notes' }));

    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('leaves the search view for the room chosen, the current room too', async () => {
    const { user } = renderApp();
    await user.type(screen.getByLabelText('Search the library'), 'Torkham{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Search' });
    expect(screen.getByRole('button', { name: 'Library' }).getAttribute('aria-current')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Library' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1, name: 'Search' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Library' }).getAttribute('aria-current')).toBe('page');
  });
});
