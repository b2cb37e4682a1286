/** Brings the first visible field marked invalid into view once the messages have rendered. */
export function scrollToFirstInvalid() {
  window.setTimeout(() => {
    const fields = document.querySelectorAll<HTMLElement>('[aria-invalid="true"]');
    const first = [...fields].find((el) => el.offsetParent !== null);
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, 50);
}
