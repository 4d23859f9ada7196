// Small conveniences that need script; every page works without it.
document.addEventListener('click', event => {
  if (event.target.matches('[data-print]')) {
    window.print();
  }
});
// A second click on a submit button while the page is being sent does nothing (the Idempotency-Key makes a
// resent report the same report anyway).
document.addEventListener('submit', event => {
  const form = event.target;
  if (form.dataset.sending) {
    event.preventDefault();
    return;
  }
  form.dataset.sending = 'true';
});
