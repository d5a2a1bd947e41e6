import { useEffect } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { BriefingEditor } from './BriefingEditor';
import { NoteList } from './NoteList';
import './notes.css';

/** Briefing notes: the list on the left, the open note (text beside its preview) on the right. */
export function NotesRoom() {
  const loadBriefings = useAppStore((s) => s.loadBriefings);
  const reloadBriefing = useAppStore((s) => s.reloadBriefing);
  const { openId, draft, openError } = useAppStore((s) => s.briefings);

  // Coming back to the room: statements cited in the open note may have changed meanwhile.
  useEffect(() => {
    void loadBriefings();
    void reloadBriefing();
  }, [loadBriefings, reloadBriefing]);

  return (
    <section className="room notes-room" aria-labelledby="room-heading">
      <div className="room-head">
        <h1 id="room-heading">Notes</h1>
      </div>
      <div className="notes-layout">
        <NoteList />
        <div className="notes-main">
          {openError && <ErrorAlert message={openError} />}
          {openId && !draft && !openError && <p role="status">Opening the note…</p>}
          {!openId && !openError && <p className="panel-hint">Choose a note, or start one with New note.</p>}
          {draft && <BriefingEditor />}
        </div>
      </div>
    </section>
  );
}
