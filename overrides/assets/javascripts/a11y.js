// Material's menu button is a <label> for a hidden checkbox (see partials/header.html).
// Material already clicks a focused label on Enter; a button also answers Space, says
// whether the menu is open, and Escape closes the menu (WCAG 2.1.1 and 4.1.2, RGAA 7.1
// and 7.3).
(() => {
  for (const button of document.querySelectorAll("[data-tut-toggle]")) {
    const toggle = document.getElementById(button.getAttribute("for"));
    if (!toggle) continue;
    const sync = () => button.setAttribute("aria-expanded", String(toggle.checked));
    button.addEventListener("keydown", (event) => {
      if (event.key === " ") {
        event.preventDefault();
        button.click();
      }
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && toggle.checked) {
        button.click();
        button.focus();
      }
    });
    toggle.addEventListener("change", sync);
    sync();
  }
})();
