/** Small DOM helpers of the import page (kept out of the .vue files, whose lint knows no browser globals). */

/** A file the person chose or dropped. */
export type ChosenFile = File;

/** The one file of a pick or a drop; more than one is refused (one import job per file). */
export function singleFile(files: FileList | null | undefined): { file: ChosenFile | null; tooMany: boolean } {
  const count = files?.length ?? 0;
  return { file: count === 1 ? files![0] : null, tooMany: count > 1 };
}

/** The files of a drop event. */
export function droppedFiles(event: DragEvent): FileList | undefined {
  return event.dataTransfer?.files;
}

/** Clears a file input, so the same file (once fixed) can be chosen again. */
export function clearFileInput(input: unknown): void {
  if (input instanceof HTMLInputElement) input.value = '';
}

/** Moves focus to the first focusable heading inside `container` (an outcome that just appeared). */
export function focusHeadingIn(container: unknown): void {
  if (container instanceof HTMLElement) container.querySelector<HTMLElement>('h3[tabindex]')?.focus();
}

export function focusById(id: string): void {
  document.getElementById(id)?.focus();
}
