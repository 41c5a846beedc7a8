/* Mockups (partials/tut-mockup.html): one screen at a time, checked fields, no network.
   The HTML is complete without this script (every screen shown, controls disabled);
   this enables the controls and shows one screen. Nothing typed leaves the page: forms
   have no action, submit is prevented, nothing is stored or logged, a chosen file is
   never read (only its name is shown). Values stay in the page until "Recommencer". */
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
    this.rove();
    root.classList.add('tut-mockup--live');
    root.addEventListener('click', (event) => this.click(event));
    root.addEventListener('submit', (event) => this.submit(event));
    root.addEventListener('change', (event) => this.change(event));
    root.addEventListener('keydown', (event) => this.key(event));
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
    } else if ('tutConsent' in data) {
      this.consent(el);
    } else if ('tutPrint' in data) {
      window.print();
    } else if ('tutShow' in data) {
      const input = document.getElementById(el.getAttribute('aria-controls'));
      const reveal = input.type === 'password';
      input.type = reveal ? 'text' : 'password';
      el.textContent = reveal ? data.tutHide : data.tutShow;
    } else if (el.hasAttribute('aria-expanded')) {
      this.expand(el, el.getAttribute('aria-expanded') !== 'true');
    }
  }

  // Radios have no `name` (nothing could be sent): their group is their fieldset. A choice
  // fixed removes its error at once (a typed text changes on leaving the field: its error
  // stays until the next submit, so that the button clicked does not move).
  change(event) {
    const input = event.target;
    const box = input.closest('[data-tut-check]');
    const error = box && document.getElementById(box.id + '-error');
    if (error && !error.hidden && /radio|file|select/.test(input.type)) this.check(box);
    if (input.type === 'radio') {
      box.querySelectorAll('[type=radio]').forEach((radio) => { radio.checked = radio === input; });
      this.rove();
    } else if (input.type === 'file') {
      const out = box.querySelector('[data-tut-file]');
      const name = this.value(box);
      out.textContent = name ? out.dataset.tutFile.replace('{name}', name) : out.dataset.tutNone;
      this.say((this.check(box) ? out : document.getElementById(box.id + '-error')).textContent);
    }
  }

  // Arrow keys move between the radios of a group and choose, as in any radio group.
  key(event) {
    const radio = event.target;
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (radio.type !== 'radio' || !step) return;
    event.preventDefault();
    const radios = [...radio.closest('fieldset').querySelectorAll('[type=radio]')];
    const next = radios[(radios.indexOf(radio) + step + radios.length) % radios.length];
    next.focus();
    next.click();
  }

  // One tab stop per group of radios: the chosen one, else the first.
  rove() {
    this.root.querySelectorAll('[data-tut-check=choice]').forEach((group) => {
      const radios = [...group.querySelectorAll('[type=radio]')];
      const on = radios.find((radio) => radio.checked) || radios[0];
      radios.forEach((radio) => { radio.tabIndex = radio === on ? 0 : -1; });
    });
  }

  consent(el) {
    const banner = el.closest('[data-tut-cookies]');
    const all = el.dataset.tutConsent;
    if (all) banner.querySelectorAll('[role=switch]').forEach((s) => { s.checked = all === 'all'; });
    banner.hidden = true;
    banner.closest('[data-tut-screen]').querySelector('[data-tut-heading]').focus();
    this.say(banner.dataset.tutCookies);
  }

  submit(event) {
    event.preventDefault();
    const form = event.target;
    let first = null;
    form.querySelectorAll('[data-tut-check]').forEach((box) => {
      if (!this.check(box) && !first) first = box;
    });
    if (first) {
      this.controls(first)[0].focus();
      this.say(document.getElementById(first.id + '-error').textContent);
    } else {
      const branch = form.querySelector('[data-tut-go]:checked');
      this.go((this.flow && branch) || event.submitter || form.querySelector('[type=submit]'));
    }
  }

  controls(box) {
    return box.matches('input') ? [box] : [...box.querySelectorAll('input, select')];
  }

  // The reader's answer to an element, as a recap shows it ('' when none).
  value(box) {
    const kind = box.dataset.tutCheck;
    const fields = this.controls(box);
    if (kind === 'choice') {
      const on = fields.find((radio) => radio.checked);
      return on ? on.labels[0].textContent : '';
    }
    if (kind === 'upload') return fields[0].files.length ? fields[0].files[0].name : '';
    if (kind === 'date') {
      const parts = fields.map((input) => input.value.trim());
      return parts.join('') ? parts.map((p, n) => (n < 2 ? p.padStart(2, '0') : p)).join('/') : '';
    }
    return fields[0].value.trim();
  }

  // What is wrong with an answer: '' (nothing), 'missing' (the author's message) or
  // 'wrong' (an impossible date, a file of another type, a wrong code). Spaces do not count.
  problem(box) {
    const data = box.dataset;
    const kind = data.tutCheck;
    const value = this.value(box).replace(/\s+/g, '');
    if (!value) return kind && kind !== 'code' && !('tutRequired' in data) ? '' : 'missing';
    if (kind === 'code') return value === data.tutExpect ? '' : 'wrong';
    if (kind === 'upload') {
      const type = value.includes('.') && value.split('.').pop().toLowerCase();
      return !data.tutAccept || data.tutAccept.split(' ').includes(type) ? '' : 'wrong';
    }
    if (kind === 'date') {
      const [d, m, y] = value.split('/');
      const date = new Date(y, m - 1, d);
      return /^\d{4}$/.test(y) && date.getDate() === +d && date.getMonth() === m - 1 ? '' : 'wrong';
    }
    if (kind) return '';
    return (!data.tutDigits || new RegExp('^[0-9]{' + data.tutDigits + '}$').test(value)) &&
      (!data.tutLength || value.length === Number(data.tutLength)) ? '' : 'missing';
  }

  check(box) {
    const problem = this.problem(box);
    this.mark(box, problem);
    return !problem;
  }

  mark(box, problem) {
    const error = document.getElementById(box.id + '-error');
    if (!error) return;
    error.lastChild.textContent = (problem === 'wrong' && error.dataset.tutWrong) ||
      error.dataset.tutMissing;
    error.hidden = !problem;
    this.controls(box).forEach((input) => {
      const ids = (input.getAttribute('aria-describedby') || '').split(' ')
        .filter((id) => id && id !== error.id);
      if (problem) {
        ids.push(error.id);
        input.setAttribute('aria-invalid', 'true');
      } else {
        input.removeAttribute('aria-invalid');
      }
      if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
      else input.removeAttribute('aria-describedby');
    });
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
    this.current.querySelectorAll('[data-tut-value]').forEach((dd) => {
      const box = document.getElementById(dd.dataset.tutValue);
      dd.textContent = (box && this.value(box)) || dd.dataset.tutEmpty;
    });
    if (focus) {
      const heading = this.current.querySelector('[data-tut-heading]');
      const progress = this.current.querySelector('[data-tut-progress]');
      this.say([heading, progress].filter(Boolean)
        .map((el) => el.textContent.replace(/\s+/g, ' ').trim()).join('. '));
      heading.focus();
    }
  }

  restart() {
    const all = (selector, task) => this.root.querySelectorAll(selector).forEach(task);
    all('form', (form) => form.reset());
    all('[data-tut-check]', (box) => this.mark(box, ''));
    all('[data-tut-cookies]', (banner) => { banner.hidden = false; });
    all('[data-tut-file]', (out) => { out.textContent = out.dataset.tutNone; });
    all('[data-tut-show]', (el) => {
      document.getElementById(el.getAttribute('aria-controls')).type = 'password';
      el.textContent = el.dataset.tutShow;
    });
    this.collapse();
    this.rove();
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
