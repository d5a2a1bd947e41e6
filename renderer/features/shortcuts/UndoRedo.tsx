import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../../store/AppStoreProvider';
import { globalCommand } from './globalKeys';
import { ShortcutHelp } from './ShortcutHelp';
import { SHORTCUTS } from './shortcutRegistry';

/**
 * The header's Undo and Redo buttons, labelled with what they would do, plus the window-wide
 * keys (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y, `?`) and a polite announcement of each undo or redo.
 */
export function UndoRedo() {
  const history = useAppStore((s) => s.history);
  const loadHistory = useAppStore((s) => s.loadHistory);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = globalCommand(event);
      if (!command) return;
      event.preventDefault();
      if (command === 'help') setHelpOpen(true);
      else void (command === 'undo' ? undo() : redo());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  const undoName = history.undoLabel ? `Undo ${history.undoLabel}` : 'Undo';
  const redoName = history.redoLabel ? `Redo ${history.redoLabel}` : 'Redo';
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <button
        type="button"
        className="header-button"
        disabled={!history.canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={`${undoName} (Ctrl+Z)`}
        onClick={() => void undo()}
      >
        {undoName}
      </button>
      <button
        type="button"
        className="header-button"
        disabled={!history.canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={`${redoName} (Ctrl+Shift+Z)`}
        onClick={() => void redo()}
      >
        {redoName}
      </button>
      <button type="button" className="header-button" aria-keyshortcuts="Shift+?" onClick={() => setHelpOpen(true)}>
        Keyboard shortcuts
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {history.announcement}
      </p>
      {/* Outside the dark header, so the dialog takes the page's colours, not the header's. */}
      {helpOpen && createPortal(<ShortcutHelp shortcuts={SHORTCUTS} onClose={() => setHelpOpen(false)} />, document.body)}
    </div>
  );
}
