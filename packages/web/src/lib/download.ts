/** Offers text to the browser as a file download (an export of what the page shows). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // After the click has been handled, so the download has its data.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
