/* Mockups (partials/tut-mockup.html): one screen at a time, checked fields, no network.
   The HTML is complete without this script (every screen shown, controls disabled);
   this enables the controls and shows one screen. Nothing typed leaves the page: forms
   have no action, submit is prevented, nothing is stored or logged. */
'use strict';

class TutMockup {
  constructor(root) {
    this.root = root;
    this.flow = root.dataset.tutMockup === 'flow';
    this.status = root.querySelector('[data-tut-status]');
    this.screens = root.querySelectorAll('[data-tut-screen]');
    this.back = root.querySelector('[data-tut-back]');
    this.trail = [];
    root.querySelectorAll('[disabled]').forEach((el) => { el.disabled = false; });
    root.querySelectorAll('[data-tut-tools]').forEach((el) => { el.hidden = false; });
    this.collapse();
    root.classList.add('tut-mockup--live');
    root.addEventListener('click', (event) => this.click(event));
    root.addEventListener('submit', (event) => this.submit(event));
    if (this.flow) this.show(root.dataset.tutStart, false);
  }

  click(event) {
    const el = event.target.closest('button, a');
    if (!el || el.type === 'submit') return;
    const data = el.dataset;
    if ('tutGo' in data) {
      event.preventDefault();
      this.go(el);
    } else if ('tutRestart' in data) {
      this.restart();
    } else if ('tutBack' in data) {
      this.show(this.trail.pop());
    } else if ('tutShow' in data) {
      const input = document.getElementById(el.getAttribute('aria-controls'));
      const reveal = input.type === 'password';
      input.type = reveal ? 'text' : 'password';
      el.textContent = reveal ? data.tutHide : data.tutShow;
    } else if (el.hasAttribute('aria-expanded')) {
      this.expand(el, el.getAttribute('aria-expanded') !== 'true');
    }
  }

  submit(event) {
    event.preventDefault();
    const form = event.target;
    let first = null;
    form.querySelectorAll('[data-tut-check]').forEach((input) => {
      if (!this.check(input) && !first) first = input;
    });
    if (first) {
      first.focus();
      this.say(document.getElementById(first.id + '-error').textContent);
    } else {
      this.go(event.submitter || form.querySelector('[type=submit]'));
    }
  }

  // A field is valid when it fits its data-tut-* rules (spaces are not counted).
  check(input) {
    const data = input.dataset;
    const value = input.value.replace(/\s+/g, '');
    const ok = value !== '' &&
      (!data.tutDigits || new RegExp('^[0-9]{' + data.tutDigits + '}$').test(value)) &&
      (!data.tutLength || value.length === Number(data.tutLength));
    this.mark(input, !ok);
    return ok;
  }

  mark(input, invalid) {
    const error = document.getElementById(input.id + '-error');
    const ids = (input.getAttribute('aria-describedby') || '').split(' ')
      .filter((id) => id && id !== error.id);
    if (invalid) {
      ids.push(error.id);
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
    error.hidden = !invalid;
    if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
    else input.removeAttribute('aria-describedby');
  }

  go(el) {
    if (!this.flow) {
      this.say(el.dataset.tutNote);
      return;
    }
    this.trail.push(this.current.id);
    this.show(el.dataset.tutGo);
  }

  show(id, focus = true) {
    this.screens.forEach((screen) => { screen.hidden = screen.id !== id; });
    this.current = document.getElementById(id);
    this.back.hidden = this.trail.length === 0;
    if (focus) {
      const heading = this.current.querySelector('[data-tut-heading]');
      this.say(heading.textContent.replace(/\s+/g, ' ').trim());
      heading.focus();
    }
  }

  restart() {
    this.root.querySelectorAll('form').forEach((form) => form.reset());
    this.root.querySelectorAll('[data-tut-check]').forEach((input) => this.mark(input, false));
    this.root.querySelectorAll('[data-tut-show]').forEach((el) => {
      document.getElementById(el.getAttribute('aria-controls')).type = 'password';
      el.textContent = el.dataset.tutShow;
    });
    this.collapse();
    this.trail = [];
    this.show(this.root.dataset.tutStart);
  }

  collapse() {
    this.root.querySelectorAll('[aria-expanded]').forEach((el) => this.expand(el, false));
  }

  expand(button, open) {
    button.setAttribute('aria-expanded', String(open));
    document.getElementById(button.getAttribute('aria-controls')).hidden = !open;
  }

  // Emptied first, so that the same message (the same error twice) is announced again.
  say(text) {
    this.status.textContent = '';
    window.setTimeout(() => { this.status.textContent = text; }, 50);
  }
}

function startMockups() {
  document.querySelectorAll('[data-tut-mockup]').forEach((root) => new TutMockup(root));
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', startMockups);
} else {
  startMockups();
}
