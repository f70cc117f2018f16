// Wagtail's footer banner « L'enregistrement automatique est en pause : il y a des erreurs de
// validation… » is cleared by the unsaved-changes controller only, after a delay, and only if no
// new edit came in meanwhile: while the editor keeps typing, it stayed next to « Enregistré »
// after a successful autosave. A successful autosave now clears it at once (issue #17), through
// a Stimulus action of Wagtail's own messages controller.
(() => {
  const ACTION = "w-autosave:success@document->w-messages#clear";
  const listen = () => {
    document
      .querySelectorAll('[data-controller~="w-messages"][data-action*="w-autosave:error"]')
      .forEach((banner) => {
        const actions = banner.getAttribute("data-action") || "";
        if (!actions.includes(ACTION)) banner.setAttribute("data-action", `${actions} ${ACTION}`);
      });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", listen);
  else listen();
})();
