/* Workshop view ("Mode atelier", partials/tut-workshop.html): a tutorial projected in a
   group session, one step at a time in large type, with its screens. A helper opens it
   from the "Mode atelier" link or from a bookmark: `page.html?atelier=1&etape=2`; the step
   number is kept in the address (replaceState) so that a reload returns to it. Buttons
   and the ←/→ keys move between steps (not while typing in a field; mirrored in
   right-to-left pages), the step number is announced, Escape or "Quitter le mode
   atelier" leave. A class on <html> does the rest (tut-workshop.css). */
'use strict';

(() => {
const MODE = 'tut-workshop';
const FIELDS = 'input, textarea, select, [contenteditable]';

class TutWorkshop {
  constructor(body, words) {
    this.body = body;
    this.words = words;
    this.steps = [...body.querySelectorAll('section.tut-step')];
    this.open = document.querySelector('[data-tut-workshop-open]');
    this.bar = document.querySelector('[data-tut-workshop-bar]');
    this.position = this.bar.querySelector('[data-tut-workshop-position]');
    this.previous = this.bar.querySelector('[data-tut-workshop-previous]');
    this.next = this.bar.querySelector('[data-tut-workshop-next]');
    this.status = document.querySelector('[data-tut-announce]');
    this.current = 0;
    document.querySelector('[data-tut-tools-bar]').hidden = false;
    this.open.hidden = false;
    this.open.addEventListener('click', (event) => {
      event.preventDefault();
      this.enter(1);
    });
    this.previous.addEventListener('click', () => this.show(this.current - 1));
    this.next.addEventListener('click', () => this.show(this.current + 1));
    this.bar.querySelector('[data-tut-workshop-quit]')
      .addEventListener('click', () => this.leave());
    document.addEventListener('keydown', (event) => this.key(event));
    const query = new URLSearchParams(window.location.search);
    if (query.has('atelier')) this.enter(Number(query.get('etape')) || 1, false);
  }

  get active() {
    return document.documentElement.classList.contains(MODE);
  }

  enter(number, focus = true) {
    document.documentElement.classList.add(MODE);
    this.bar.hidden = false;
    this.show(number - 1, focus ? 'heading' : '');
  }

  // Show step `index` (from 0); `focus`: 'heading' moves the focus to its title, '' keeps
  // it where it is unless it was left in a step now hidden.
  show(index, focus = 'keep') {
    this.current = Math.min(Math.max(index, 0), this.steps.length - 1);
    // A step being read aloud (tut-listen.js) is not read on over the next one.
    if (window.speechSynthesis && window.speechSynthesis.speaking) window.speechSynthesis.cancel();
    this.steps.forEach((step, i) => step.classList.toggle('tut-step--current', i === this.current));
    const number = this.current + 1;
    const text = this.format(this.words.position, { number, count: this.steps.length });
    this.position.textContent = text;
    this.previous.disabled = this.current === 0;
    this.next.disabled = this.current === this.steps.length - 1;
    this.remember({ atelier: '1', etape: String(number) });
    const heading = this.steps[this.current].querySelector('.tut-step__title');
    heading.tabIndex = -1;
    const lost = !document.activeElement || document.activeElement === document.body ||
      document.activeElement.disabled ||
      this.steps.some((step, i) => i !== this.current && step.contains(document.activeElement));
    if (focus === 'heading' || (focus === 'keep' && lost)) heading.focus();
    window.scrollTo(0, 0);
    this.say(text);
  }

  leave() {
    document.documentElement.classList.remove(MODE);
    this.bar.hidden = true;
    this.remember({ atelier: null, etape: null });
    // Back in the whole tutorial, at the step the group had reached.
    this.steps[this.current].querySelector('.tut-step__title').focus();
  }

  key(event) {
    if (!this.active || event.defaultPrevented || event.altKey || event.ctrlKey ||
        event.metaKey || event.shiftKey) return;
    if (event.key === 'Escape') {
      this.leave();
      return;
    }
    if (event.target.closest && event.target.closest(FIELDS)) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      // The arrow pointing where the text goes leads to the next step (← in Arabic).
      const forward = getComputedStyle(this.bar).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      this.show(this.current + (event.key === forward ? 1 : -1));
    }
  }

  // The address says the mode and the step, for a bookmark or a reload. Some browsers
  // refuse to change the address of a file:// page: the view works all the same.
  remember(values) {
    try {
      const url = new URL(window.location.href);
      Object.entries(values).forEach(([key, value]) => {
        if (value === null) url.searchParams.delete(key);
        else url.searchParams.set(key, value);
      });
      window.history.replaceState(window.history.state, '', url.href);
    } catch (error) {
      // The address stays as it was.
    }
  }

  format(text, values) {
    return text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));
  }

  // Emptied first, so that the same text is announced again.
  say(text) {
    this.status.textContent = '';
    window.setTimeout(() => { this.status.textContent = text; }, 50);
  }
}

function startWorkshop() {
  const script = document.getElementById('tut-workshop-strings');
  const body = document.querySelector('[data-tut-tutorial]');
  if (!script || !body || !body.querySelector('section.tut-step')) return;
  new TutWorkshop(body, JSON.parse(script.textContent));
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', startWorkshop);
} else {
  startWorkshop();
}
})();
