import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { sourcesFromDrop } from './droppedSources';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Makes the whole window a drop target while the library is shown, with an overlay during the
 * drag. Listening on the window also stops a file dropped beside the list from being opened as a page.
 */
export function ImportDropZone() {
  const importFiles = useAppStore((s) => s.importFiles);
  const running = useAppStore((s) => s.importing.progress !== null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; the drag has left when they balance.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      // importFiles ignores a drop while a run is going; the overlay has said so.
      // An empty folder still gets a result ("No files to import") rather than silence.
      void sourcesFromDrop(event.dataTransfer).then(importFiles);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

  if (!dragging) return null;
  return (
    <div className="import-drop-overlay">
      <p>{running ? 'An import is running: drop again once it has finished' : 'Drop files or folders to import'}</p>
    </div>
  );
}
