// Helper mode: the "Mode aidant" switch of the header shows the notes for the helper
// (`/// helper` blocks) and what is marked `tut-helper-only` (see tut-helper.css).
'use strict';
// Helper mode is on when <html> has `data-tut-helper-mode`. The choice is remembered in
// this browser only (localStorage, never sent); `?aidant=1` in the address turns it on
// for one visit without remembering it (the helper PDF is printed that way).
class HelperSwitch {
  static KEY = 'tut-helper-mode';

  constructor(button) {
    this.button = button;
    this.button.addEventListener('click', () => this.toggle());
    this.sync();
  }

  static stored() {
    try {
      return window.localStorage.getItem(HelperSwitch.KEY) === '1';
    } catch (error) {
      return false; // storage refused (privacy settings): the switch still works per page
    }
  }

  static asked() {
    return new URLSearchParams(window.location.search).get('aidant') === '1';
  }

  static on() {
    return document.documentElement.hasAttribute('data-tut-helper-mode');
  }

  static apply(on) {
    document.documentElement.toggleAttribute('data-tut-helper-mode', on);
  }

  toggle() {
    const on = !HelperSwitch.on();
    HelperSwitch.apply(on);
    try {
      if (on) window.localStorage.setItem(HelperSwitch.KEY, '1');
      else window.localStorage.removeItem(HelperSwitch.KEY);
    } catch (error) {
      // Not remembered: nothing else to do.
    }
    for (const button of document.querySelectorAll('[data-tut-helper-switch]')) {
      button.setAttribute('aria-pressed', String(on));
    }
  }

  sync() {
    this.button.setAttribute('aria-pressed', String(HelperSwitch.on()));
  }
}

// Set at once (this script ends the page), so that the notes show on first paint.
HelperSwitch.apply(HelperSwitch.stored() || HelperSwitch.asked());

document.addEventListener('DOMContentLoaded', () => {
  for (const button of document.querySelectorAll('[data-tut-helper-switch]')) {
    new HelperSwitch(button);
  }
});
