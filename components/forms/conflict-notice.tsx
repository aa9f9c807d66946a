interface ConflictNoticeProps {
  message: string;
  /** The stored value, in words. */
  theirs: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Shown when a save met a newer stored answer: nothing is overwritten until the person chooses. */
export function ConflictNotice({ message, theirs, onKeepMine, onTakeTheirs }: ConflictNoticeProps) {
  return (
    <div role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm">
      <p className="font-medium text-red-900">{message}</p>
      <p className="mt-1">
        Sparat: <q className="break-words">{theirs}</q>
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} className="rounded-md bg-red-800 px-3 py-1.5 font-semibold text-white hover:bg-red-900">
          Behåll mitt svar
        </button>
        <button type="button" onClick={onTakeTheirs} className="rounded-md border border-red-800 px-3 py-1.5 font-semibold text-red-900 hover:bg-red-100">
          Använd det sparade svaret
        </button>
      </div>
    </div>
  );
}
