import { DialogCloseActions } from '../../ui/DialogActions';
import { Modal } from '../../ui/Modal';
import { shortcutsByScope, type Shortcut } from './shortcutRegistry';
import './shortcuts.css';

interface ShortcutHelpProps {
  shortcuts: readonly Shortcut[];
  onClose(): void;
}

/** The `?` overlay: every registered shortcut, grouped by where it works. */
export function ShortcutHelp({ shortcuts, onClose }: ShortcutHelpProps) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <p className="shortcut-note">On macOS, use Cmd where Ctrl is shown. Shortcuts do not act while you type in a field.</p>
      {shortcutsByScope(shortcuts).map(([scope, entries]) => (
        <section key={scope} className="shortcut-group" aria-label={scope}>
          <h3>{scope}</h3>
          <dl>
            {entries.map((shortcut) => (
              <div key={shortcut.keys.join()} className="shortcut">
                <dt>
                  {shortcut.keys.map((keys, index) => (
                    <span key={keys}>
                      {index > 0 && ' or '}
                      <kbd>{keys}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{shortcut.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <DialogCloseActions label="Close" onClose={onClose} />
    </Modal>
  );
}
