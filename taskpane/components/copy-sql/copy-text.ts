/**
 * Puts text on the clipboard: the asynchronous Clipboard API where the host allows it, else the selected text
 * of the box with document.execCommand("copy"). Office on the web hosts the task pane in an iframe without the
 * clipboard-write permission, so writeText rejects there ("The Clipboard API has been blocked because of a
 * permissions policy": OfficeDev/office-js issues 1991 and 3480); a selection copied from the click still
 * works. Resolves to whether the text was copied; the pane then says so or asks for Ctrl+C.
 */
export async function copyText(text: string, box: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard !== undefined) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused by the host: fall back to the selection below.
  }
  if (box === null) return false;
  box.focus();
  box.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}
