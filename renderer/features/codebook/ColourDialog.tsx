import { useId, useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../library/Modal';
import { normaliseHex, PALETTE } from './palette';
import { useSubmit } from './useSubmit';

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
  const { busy, error, setError, submit } = useSubmit(async () => {
    await updateTag({ id: tag.id, colour: colour! });
    onClose();
  });

  return (
    <Modal
      title={
        <>
          Colour of “<bdi>{tag.name}</bdi>”
        </>
      }
      onClose={onClose}
      initialFocus="input[type=radio]:checked"
    >
      <form
        className="dialog-stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (colour) submit();
          else setError(`Colour: “${text}” is not a colour like #1f77b4.`);
        }}
      >
        <fieldset className="palette">
          <legend>Palette</legend>
          {PALETTE.map((swatch) => (
            <label key={swatch.hex} className="palette-swatch" title={`${swatch.name} ${swatch.hex}`}>
              <input
                type="radio"
                name={`${id}-palette`}
                value={swatch.hex}
                checked={colour === swatch.hex}
                onChange={() => setText(swatch.hex)}
              />
              <span className="swatch" style={{ background: swatch.hex }} aria-hidden="true" />
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
        {error && <ErrorAlert message={error} />}
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save colour'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
