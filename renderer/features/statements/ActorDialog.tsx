import { useId, useState } from 'react';
import type { Actor } from '../../../shared/domain/actor';
import { useAppStore } from '../../store/AppStoreProvider';
import { FormDialog } from '../codebook/FormDialog';

type Role = Actor['roles'][number];
type Alias = Actor['aliases'][number];

export const LANGUAGE_NAMES: Record<Alias['language'], string> = { en: 'English', ur: 'Urdu', ps: 'Pashto', fa: 'Dari' };
export const isRtlLanguage = (language: Alias['language']) => language !== 'en';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The first thing wrong with the form, named so the analyst can find it. */
function problemOf(name: string, roles: Role[], aliases: Alias[]): string | null {
  if (!name.trim()) return 'Name: an actor needs a name.';
  for (const [i, r] of roles.entries()) {
    if (!r.title.trim()) return `Role ${i + 1}: give it a title, or remove it.`;
    for (const [field, value] of [['From', r.from], ['To', r.to]] as const) {
      if (value && !DATE.test(value)) return `Role ${i + 1}, ${field}: “${value}” is not a date like 2024, 2024-03 or 2024-03-04.`;
    }
  }
  const blank = aliases.findIndex((a) => !a.alias.trim());
  return blank >= 0 ? `Alias ${blank + 1}: type the name, or remove it.` : null;
}

/** Adds an actor, or edits one: name, kind, side, roles with their dates, aliases by language. */
export function ActorDialog({ actor, onClose }: { actor: Actor | null; onClose(): void }) {
  const sides = useAppStore((s) => s.registry.sides);
  const createActor = useAppStore((s) => s.createActor);
  const updateActor = useAppStore((s) => s.updateActor);
  const id = useId();
  const [name, setName] = useState(actor?.name ?? '');
  const [kind, setKind] = useState<Actor['kind']>(actor?.kind ?? 'person');
  const [sideId, setSideId] = useState<string | null>(actor?.side_id ?? null);
  const [roles, setRoles] = useState<Role[]>(actor?.roles ?? []);
  const [aliases, setAliases] = useState<Alias[]>(actor?.aliases ?? []);
  const setRole = (i: number, change: Partial<Role>) => setRoles(roles.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const setAlias = (i: number, change: Partial<Alias>) => setAliases(aliases.map((a, j) => (j === i ? { ...a, ...change } : a)));
  const blankToNull = (v: string) => (v.trim() ? v.trim() : null);

  return (
    <FormDialog
      title={actor ? <>Edit “<bdi>{actor.name}</bdi>”</> : 'Add actor'}
      label={actor ? 'Save actor' : 'Add actor'}
      busyLabel="Saving…"
      problem={() => problemOf(name, roles, aliases)}
      onSubmit={async () => {
        const fields = { name, kind, side_id: sideId, roles, aliases };
        if (actor) await updateActor({ id: actor.id, ...fields });
        else await createActor(fields);
        onClose();
      }}
      onClose={onClose}
    >
      <div className="dialog-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="dialog-field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Actor['kind'])}>
          <option value="person">Person</option>
          <option value="body">Body (ministry, office, party)</option>
        </select>
      </div>
      <div className="dialog-field">
        <label htmlFor={`${id}-side`}>Side</label>
        <select id={`${id}-side`} value={sideId ?? ''} onChange={(e) => setSideId(e.target.value || null)}>
          <option value="">No side</option>
          {sides.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="dialog-rows">
        <legend>Roles (latest without an end is the current one)</legend>
        {roles.map((r, i) => (
          <div key={i} className="dialog-row" role="group" aria-label={`Role ${i + 1}`}>
            <input aria-label="Title" value={r.title} onChange={(e) => setRole(i, { title: e.target.value })} placeholder="Title" />
            <input aria-label="Organisation" value={r.organisation ?? ''} placeholder="Organisation" onChange={(e) => setRole(i, { organisation: blankToNull(e.target.value) })} />
            <input aria-label="From" className="date-text" value={r.from ?? ''} placeholder="from YYYY-MM" onChange={(e) => setRole(i, { from: blankToNull(e.target.value) })} />
            <input aria-label="To" className="date-text" value={r.to ?? ''} placeholder="to (blank: now)" onChange={(e) => setRole(i, { to: blankToNull(e.target.value) })} />
            <button type="button" className="button small" aria-label={`Remove role ${i + 1}`} onClick={() => setRoles(roles.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="button small" onClick={() => setRoles([...roles, { title: '', organisation: null, from: null, to: null }])}>
          Add role
        </button>
      </fieldset>
      <fieldset className="dialog-rows">
        <legend>Aliases (how texts name them, in any script)</legend>
        {aliases.map((a, i) => (
          <div key={i} className="dialog-row" role="group" aria-label={`Alias ${i + 1}`}>
            <input
              aria-label="Alias"
              dir={isRtlLanguage(a.language) ? 'rtl' : 'auto'}
              lang={a.language}
              value={a.alias}
              onChange={(e) => setAlias(i, { alias: e.target.value })}
            />
            <select aria-label="Language" value={a.language} onChange={(e) => setAlias(i, { language: e.target.value as Alias['language'] })}>
              {Object.entries(LANGUAGE_NAMES).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
            <button type="button" className="button small" aria-label={`Remove alias ${i + 1}`} onClick={() => setAliases(aliases.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="button small" onClick={() => setAliases([...aliases, { alias: '', language: 'en' }])}>
          Add alias
        </button>
      </fieldset>
    </FormDialog>
  );
}
