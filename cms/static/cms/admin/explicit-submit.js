// One click, one request. An explicit action (« Publier », « Envoyer en validation », a workflow
// action) posts the editor's form; Wagtail's autosave (w-autosave, debounced) then posted the same
// form in the background: once the workflow action's hidden inputs were in it, the action ran twice
// (the second one a 500), and an autosave that loaded the page before the approval committed saved
// it back as not live. On the create view, an autosave still due when « Publier » was clicked
// created the page next to the publish (slug already used). So, once the form is submitted: no
// autosave starts, one still due is cancelled, one already sent is awaited, then the action is sent
// (to the URL it answered: the edit view of the page it created). Through w-autosave's own
// cancelable « save » event; the server refuses an autosave carrying an action (cms/wagtail_hooks.py).
(() => {
  const FORM = 'form[data-controller~="w-autosave"]';
  const ACTION_INPUT = "action-workflow-action";
  let submitted = false;
  let pending = null; // { event, since }: an autosave not answered yet
  let held = null; // { form, name, value }: the action waiting for that answer

  const interval = (form) => Number(form.getAttribute("data-w-autosave-interval-value") || 500);

  document.addEventListener("w-autosave:save", (event) => {
    if (submitted || event.detail?.formData?.has(ACTION_INPUT)) {
      event.preventDefault();
      return;
    }
    pending = { event, since: performance.now() };
  });

  const answered = () => {
    pending = null;
    if (!held) return;
    const { form, name, value } = held;
    held = null;
    if (name) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.appendChild(input);
    }
    form.requestSubmit();
  };
  document.addEventListener("w-autosave:success", answered);
  document.addEventListener("w-autosave:error", answered);

  document.addEventListener(
    "submit",
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.matches(FORM)) return;
      submitted = true;
      form.setAttribute("data-w-autosave-active-value", "false");
      if (!pending) return;
      if (performance.now() - pending.since < interval(form)) {
        // Its request is not sent yet (the autosave waits for the interval): it never will be.
        pending.event.preventDefault();
        pending = null;
        return;
      }
      // Already sent: the action waits for its answer, carrying the clicked button's name.
      event.preventDefault();
      event.stopImmediatePropagation();
      const { submitter } = event;
      held = { form, name: submitter?.name || "", value: submitter?.value || "" };
    },
    true,
  );
})();
