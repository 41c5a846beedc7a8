// Material's menu button is a <label> for a hidden checkbox; ours is a <button> that
// ticks it (see partials/header.html).
'use strict';
// A button answers Enter and Space, says whether the menu is open, and Escape closes the
// menu (WCAG 2.1.1 and 4.1.2, RGAA 7.1 and 7.3).
(() => {
  for (const button of document.querySelectorAll("[data-tut-toggle]")) {
    const toggle = document.getElementById(button.dataset.tutToggle);
    if (!toggle) continue;
    const sync = () => button.setAttribute("aria-expanded", String(toggle.checked));
    button.addEventListener("click", () => toggle.click());
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && toggle.checked) {
        toggle.click();
        button.focus();
      }
    });
    // Opened, the drawer covers the rest of the header (the language and search
    // buttons): they leave the Tab order meanwhile, so that Tab goes from the menu button
    // into the drawer, never to a covered control (WCAG 2.4.3 and 2.4.7, RGAA 12.8).
    const covered = [...document.querySelectorAll(".md-header__inner > *")]
      .filter((part) => !part.contains(button));
    toggle.addEventListener("change", () => {
      sync();
      for (const part of covered) part.inert = toggle.checked;
    });
    sync();
  }
})();
