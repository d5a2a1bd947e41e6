import type { z } from 'zod';
import type { SideCompareInput, SideCreateInput, SideList, SideRecord, SideUpdateInput } from '../../../shared/domain/side.js';
import { AppError } from '../errors.js';
import type { SideRepo } from '../repos/sideRepo.js';

const MAX_ID = 40;

/** A side id made from its name: lower-case ASCII letters, digits and hyphens, starting with a letter. */
export function sideSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, MAX_ID - 4)
    .replace(/-+$/, '');
  return slug || 'side';
}

const folded = (name: string) => name.trim().toLocaleLowerCase('und');

/** The parties compared: named, coloured, ordered; two of them chosen for the comparison. */
export function sideService(sides: SideRepo) {
  function mustGet(id: string, field = 'id'): SideRecord {
    const side = sides.get(id);
    if (!side) throw new AppError('not_found', `No side with id ${id}.`, field);
    return side;
  }

  function assertNameFree(name: string, exceptId?: string): void {
    const clash = sides.list().find((s) => s.id !== exceptId && folded(s.name) === folded(name));
    if (clash) throw new AppError('conflict', `A side named “${clash.name}” already exists.`, 'name');
  }

  /** Puts `id` at `position`, renumbering every side 0, 1, 2… */
  function place(id: string, position: number): void {
    const others = sides.list().filter((s) => s.id !== id);
    others.splice(Math.min(position, others.length), 0, mustGet(id));
    others.forEach((side, index) => {
      if (side.position !== index) sides.update({ ...side, position: index });
    });
  }

  const list = (): SideList => ({ sides: sides.list(), compared: sides.compared() });

  return {
    list,

    create({ name, colour }: z.output<typeof SideCreateInput>): SideRecord {
      assertNameFree(name);
      const base = sideSlug(name);
      let id = base;
      for (let n = 2; sides.get(id); n++) id = `${base}-${n}`;
      const existing = sides.list();
      sides.insert({ id, name, colour, position: existing.length ? Math.max(...existing.map((s) => s.position)) + 1 : 0 });
      return mustGet(id);
    },

    update(input: z.output<typeof SideUpdateInput>): SideRecord {
      const current = mustGet(input.id);
      if (input.name !== undefined) assertNameFree(input.name, current.id);
      sides.update({ ...current, name: input.name ?? current.name, colour: input.colour ?? current.colour });
      if (input.position !== undefined) place(current.id, input.position);
      return mustGet(current.id);
    },

    setCompared({ compared }: z.output<typeof SideCompareInput>): SideList {
      for (const id of compared) mustGet(id, 'compared');
      sides.setCompared(compared);
      return list();
    },
  };
}
