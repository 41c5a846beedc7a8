// Filters of the category and all-tutorials pages (partials/tut-filters.html): narrow the
// cards by level, duration and tag, say the count in a live region, keep the state in the
// URL (?niveau=…&duree=…&mot-cle=…) so that a filtered link can be shared. Without
// JavaScript the form stays hidden (.no-js) and every tutorial is listed.
'use strict';

class TutFilters {
  constructor(root) {
    this.root = root;
    this.form = root.querySelector('[data-tut-filters-form]');
    this.status = root.querySelector('[data-tut-filters-status]');
    this.cards = [...root.querySelectorAll('[data-tut-card]')];
    this.groups = [...root.querySelectorAll('[data-tut-filters-group]')];
    this.fields = [...this.form.querySelectorAll('select')];
    this.restore();
    this.apply();
    this.form.addEventListener('change', () => this.apply());
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.querySelector('[data-tut-filters-reset]').addEventListener('click', () => {
      for (const field of this.fields) field.value = '';
      this.apply();
    });
  }

  // The state of a shared or reloaded link; an unknown value is ignored.
  restore() {
    const params = new URLSearchParams(window.location.search);
    for (const field of this.fields) {
      const value = params.get(field.name);
      if (value && [...field.options].some((option) => option.value === value)) {
        field.value = value;
      }
    }
  }

  apply() {
    const wanted = Object.fromEntries(this.fields.map((field) => [field.name, field.value]));
    let shown = 0;
    for (const card of this.cards) {
      const tags = (card.dataset.tags || '').split('|');
      const match = (!wanted.niveau || card.dataset.level === wanted.niveau)
        && (!wanted.duree || card.dataset.duration === wanted.duree)
        && (!wanted['mot-cle'] || tags.includes(wanted['mot-cle']));
      card.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of this.groups) {
      group.hidden = !group.querySelector('[data-tut-card]:not([hidden])');
    }
    this.say(shown);
    this.remember(wanted);
  }

  say(count) {
    const words = this.status.dataset;
    const text = count === 0 ? words.zero
      : count === 1 ? words.one : words.other.replace('{count}', String(count));
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  remember(wanted) {
    const url = new URL(window.location.href);
    for (const [name, value] of Object.entries(wanted)) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    if (url.href !== window.location.href) {
      window.history.replaceState(window.history.state, '', url.href);
    }
  }
}

document.addEventListener('DOMContentLoaded', () => {
  for (const root of document.querySelectorAll('[data-tut-filters]')) {
    if (root.querySelector('[data-tut-filters-form]')) new TutFilters(root);
  }
});
