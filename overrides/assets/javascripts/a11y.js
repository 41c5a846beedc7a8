// The menu (Material's drawer of hidden checkboxes) with the keyboard alone.
'use strict';
// The menu button (partials/header.html) is a real <button>: Enter and Space click it
// natively; it toggles the checkbox named by its data-tut-toggle (Material opens the
// drawer on the checkbox's change) and says whether the menu is open. Inside the menu,
// each level opens and closes with real <button>s (partials/nav-item.html, nav.html,
// toc.html): the one that opens a level says whether it is open, the focus goes to the
// back button of the level it opens, back to the opening button on the way back, and to
// the menu button when the menu closes (by its close button or Escape). While the
// drawer is open, everything else is inert: the Tab key stays in what is on screen
// (WCAG 2.1.1, 2.4.3 and 4.1.2; RGAA 7.1, 7.3 and 12.8).
class Drawer {
  constructor(button) {
    this.button = button;
    this.toggle = document.getElementById(button.dataset.tutToggle);
    this.panel = document.querySelector('.md-sidebar--primary');
    if (!this.toggle || !this.panel) return;
    // Wide screens show the menu beside the page: no drawer there.
    this.wide = window.matchMedia('(min-width: 76.25em)');
    this.inerted = [];
    this.followed = ''; // the part of the page a link of the open menu led to
    window.addEventListener('hashchange', () => {
      if (this.toggle.checked) this.followed = location.hash;
    });
    button.addEventListener('click', () => this.toggle.click());
    this.toggle.addEventListener('change', () => this.sync(true));
    this.panel.addEventListener('click', (event) => this.onClick(event));
    this.panel.addEventListener('change', (event) => this.onLevel(event.target));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.toggle.checked) this.close();
    });
    this.wide.addEventListener('change', () => {
      if (this.wide.matches && this.toggle.checked) this.close();
    });
    this.sync(false);
  }

  close() {
    if (this.toggle.checked) this.toggle.click();
    this.button.focus();
  }

  // The drawer opened or closed: the rest of the page is inert while it is open.
  sync(moveFocus) {
    const open = this.toggle.checked;
    this.button.setAttribute('aria-expanded', String(open));
    for (const element of this.inerted) element.inert = false;
    this.inerted = [];
    if (open) {
      for (let node = this.panel; node && node !== document.body; node = node.parentElement) {
        for (const sibling of node.parentElement.children) {
          // The overlay beside the drawer closes it when clicked: it stays live.
          if (sibling === node || sibling.inert || sibling.matches('.md-overlay, script')) continue;
          sibling.inert = true;
          this.inerted.push(sibling);
        }
      }
      if (moveFocus) this.focusLevel(this.currentLevel());
    } else if (moveFocus && (this.panel.contains(document.activeElement)
                             || document.activeElement === document.body)) {
      (this.followedPart() || this.button).focus();
    }
    this.followed = '';
  }

  // A link of the menu to a part of this page (the table of contents) was followed:
  // Material closes the menu, and the focus goes to that part, where reading goes on.
  followedPart() {
    const target = this.followed && document.getElementById(decodeURIComponent(this.followed.slice(1)));
    if (!target || this.panel.contains(target)) return null;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    return target;
  }

  onClick(event) {
    const control = event.target.closest('[data-tut-nav-open], [data-tut-nav-back], [data-tut-nav-close]');
    if (!control) return;
    if (control.hasAttribute('data-tut-nav-close')) {
      this.close();
      return;
    }
    const name = control.dataset.tutNavOpen || control.dataset.tutNavBack;
    const level = document.getElementById(name);
    if (!level) return;
    const opening = control.hasAttribute('data-tut-nav-open');
    // On a wide screen, the opening button folds and unfolds its section.
    if (opening || level.checked) level.click();
    if (this.wide.matches) return;
    if (opening && level.checked) {
      this.focusLevel(level.parentElement.querySelector(':scope > nav'));
    } else if (!opening) {
      this.openerOf(name)?.focus();
    }
  }

  // A level's checkbox changed (by a button, a label or Material): its button says so.
  onLevel(toggle) {
    if (!toggle.matches('.md-nav__toggle')) return;
    for (const opener of this.panel.querySelectorAll(`[data-tut-nav-open="${toggle.id}"]`)) {
      opener.setAttribute('aria-expanded', String(toggle.checked));
    }
  }

  openerOf(name) {
    return [...this.panel.querySelectorAll(`[data-tut-nav-open="${name}"]`)]
      .find((opener) => opener.offsetParent !== null);
  }

  // The level shown: the deepest one whose checkbox is checked (the page's table of
  // contents, a section), or the first level.
  currentLevel() {
    const open = [...this.panel.querySelectorAll('.md-nav__toggle:checked')]
      .map((toggle) => toggle.parentElement.querySelector(':scope > nav'))
      .filter((level) => level && level.checkVisibility());
    return open.at(-1) || this.panel.querySelector('.md-nav--primary');
  }

  // Into a level: its first control (the back or close button), once it is shown.
  focusLevel(level) {
    if (!level) return;
    const first = level.querySelector(':scope > :is(.tut-nav__back, .tut-nav__close)')
      || level.querySelector('a[href], button');
    if (first) first.focus();
  }
}

// Material's language list (partials/alternate.html) shows while its button has the
// focus or the pointer is over it: Escape hides it (the focus back on its button) until
// the focus and the pointer have left it (WCAG 1.4.13, RGAA 10.13).
class LanguageList {
  constructor(select) {
    this.select = select;
    this.button = select.querySelector('button');
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.shown()) return;
      if (select.contains(document.activeElement)) this.button.focus();
      select.dataset.tutDismissed = '';
    });
    select.addEventListener('focusout', (event) => {
      if (!select.contains(event.relatedTarget) && !select.matches(':hover')) this.reset();
    });
    select.addEventListener('mouseleave', () => {
      if (!select.contains(document.activeElement)) this.reset();
    });
  }

  shown() {
    return this.select.matches(':focus-within, :hover') && !('tutDismissed' in this.select.dataset);
  }

  reset() {
    delete this.select.dataset.tutDismissed;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  for (const button of document.querySelectorAll('[data-tut-toggle]')) new Drawer(button);
  for (const select of document.querySelectorAll('.md-header .md-select')) new LanguageList(select);
});
