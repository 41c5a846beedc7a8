// The menu button (see partials/header.html) drives Material's hidden drawer checkbox.
'use strict';
// A real <button>: Enter and Space click it natively; it toggles the checkbox named by
// its data-tut-toggle (Material opens the drawer on the checkbox's change), says whether
// the menu is open, and Escape closes the menu (WCAG 2.1.1 and 4.1.2, RGAA 7.1 and 7.3).
class MenuButton {
  constructor(button) {
    this.button = button;
    this.toggle = document.getElementById(button.dataset.tutToggle);
    if (!this.toggle) return;
    // Opened, the drawer covers the rest of the header (the language and search
    // buttons): they leave the Tab order meanwhile, so that Tab goes from the menu button
    // into the drawer, never to a covered control (WCAG 2.4.3 and 2.4.7, RGAA 12.8).
    this.covered = [...document.querySelectorAll(".md-header__inner > *")]
      .filter((part) => !part.contains(button));
    button.addEventListener("click", () => this.toggle.click());
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && this.toggle.checked) {
        this.toggle.click();
        button.focus();
      }
    });
    this.toggle.addEventListener("change", () => this.sync());
    this.sync();
  }

  sync() {
    const open = this.toggle.checked;
    this.button.setAttribute("aria-expanded", String(open));
    for (const part of this.covered) part.inert = open;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-tut-toggle]")) new MenuButton(button);
});
