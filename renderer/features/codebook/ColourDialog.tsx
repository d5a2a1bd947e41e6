import { useId, useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { normaliseHex, TAG_COLOURS } from '../../ui/palette';
import { FormDialog } from './FormDialog';

interface ColourDialogProps {
  tag: Tag;
  onClose(): void;
}

/** A named palette of swatches, or any colour typed as a hex code. */
export function ColourDialog({ tag, onClose }: ColourDialogProps) {
  const updateTag = useAppStore((s) => s.updateTag);
  const id = useId();
  const [text, setText] = useState(tag.colour);
  const colour = normaliseHex(text);

  return (
    <FormDialog
      title={
        <>
          Colour of “<bdi>{tag.name}</bdi>”
        </>
      }
      label="Save colour"
      busyLabel="Saving…"
      problem={() => (colour ? null : `Colour: “${text}” is not a colour like #1f77b4.`)}
      onSubmit={async () => {
        await updateTag({ id: tag.id, colour: colour! });
        onClose();
      }}
      onClose={onClose}
      initialFocus="input[type=radio]:checked"
    >
      <fieldset className="palette">
        <legend>Palette</legend>
        {TAG_COLOURS.map((swatch) => (
          <label key={swatch.value} className="palette-swatch" title={`${swatch.name} ${swatch.value}`}>
            <input
              type="radio"
              name={`${id}-palette`}
              value={swatch.value}
              checked={colour === swatch.value}
              onChange={() => setText(swatch.value)}
            />
            <span className="swatch" style={{ background: swatch.value }} aria-hidden="true" />
            <span className="visually-hidden">{swatch.name}</span>
          </label>
        ))}
      </fieldset>
      <div className="dialog-field colour-custom">
        <label htmlFor={`${id}-hex`}>Or a colour code</label>
        <div className="colour-custom-row">
          <span className="swatch" style={{ background: colour ?? 'transparent' }} aria-hidden="true" />
          <input
            id={`${id}-hex`}
            value={text}
            spellCheck={false}
            aria-invalid={colour ? undefined : true}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      </div>
    </FormDialog>
  );
}
