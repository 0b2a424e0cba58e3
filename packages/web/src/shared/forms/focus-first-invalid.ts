/**
 * After a failed submit, moves focus to the first field marked invalid, so keyboard and screen-reader users
 * land on the problem (its error message is tied to it by aria-describedby).
 */
export const focusFirstInvalid = (form: HTMLFormElement | null): void => {
  if (!form) return;
  requestAnimationFrame(() => {
    const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
  });
};
