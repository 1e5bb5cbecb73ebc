/** 复制地址: puts a feed's address on the clipboard and says so next to the button. */

/** The older way, for browsers that refuse the Clipboard API (an http:// site, an old WebView). */
function copyBySelection(source: Element | null): boolean {
  if (!source) return false;
  const range = document.createRange();
  range.selectNodeContents(source);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const box = button.parentElement;
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(button.dataset['copy'] ?? '');
      copied = true;
    } catch {
      copied = copyBySelection(box?.querySelector('code') ?? null);
    }
    const status = box?.querySelector<HTMLElement>('[role="status"]');
    if (status) status.textContent = (copied ? status.dataset['ok'] : status.dataset['fail']) ?? '';
  });
}
