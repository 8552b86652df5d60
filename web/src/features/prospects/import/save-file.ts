// The browser's "save as" dialog (File System Access API), kept out of the lazy export chunk: the dialog must be
// opened in the click's own task, before the export code is loaded.

/** The picked file, as far as the export uses it (Chromium has it; other browsers end the export as a download). */
export interface SaveFileHandle {
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
}

type SaveFilePicker = (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<SaveFileHandle>;

/**
 * Opens the save dialog where the browser has one (showSaveFilePicker), else null. Call it synchronously in the
 * click handler (it needs the user's gesture). A dismissed dialog rejects with an AbortError.
 */
export function pickSaveFile(name: string): Promise<SaveFileHandle> | null {
  const picker = (window as unknown as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  if (typeof picker !== 'function') return null;
  try {
    return picker.call(window, { suggestedName: name, types: [{ description: 'CSV', accept: { 'text/csv': ['.csv'] } }] });
  } catch (e) {
    return Promise.reject(e);
  }
}

/** An AbortError (a cancelled fetch or signal, a dismissed dialog), whichever realm made it. */
export const isAbort = (e: unknown) => typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
