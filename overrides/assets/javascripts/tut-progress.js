/* Progress (partials/tut-workshop.html): a checkbox per step, kept in this browser only.
   The reader ticks "J'ai fait l'étape 1 : …"; the ticked step numbers are kept in
   localStorage under one key per tutorial id, never sent anywhere. Back on the tutorial,
   "Reprendre à l'étape 3" leads to the first unticked step after the last ticked one;
   cards (data-tut-card) show "2 étapes sur 4". Without JS or storage, nothing shows. */
'use strict';

(() => {
const TUT_PROGRESS_PREFIX = 'tut-progress:';

// The browser's storage, or null when it is blocked or full (private modes, policies).
function tutStorage() {
  try {
    const storage = window.localStorage;
    storage.setItem('tut-progress-test', '1');
    storage.removeItem('tut-progress-test');
    return storage;
  } catch (error) {
    return null;
  }
}

function tutStrings() {
  const script = document.getElementById('tut-workshop-strings');
  return script ? JSON.parse(script.textContent) : null;
}

function tutFormat(text, values) {
  return text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));
}

// The ticked step numbers of tutorial `id`, sorted, each between 1 and `count`.
function tutDone(storage, id, count) {
  let done = [];
  try {
    done = JSON.parse(storage.getItem(TUT_PROGRESS_PREFIX + id) || '[]');
  } catch (error) {
    done = [];
  }
  if (!Array.isArray(done)) return [];
  return [...new Set(done)].filter((n) => Number.isInteger(n) && n >= 1 && n <= count)
    .sort((a, b) => a - b);
}

class TutProgress {
  constructor(body, storage, words) {
    this.body = body;
    this.storage = storage;
    this.words = words;
    this.key = TUT_PROGRESS_PREFIX + body.dataset.tutTutorial;
    this.steps = [...body.querySelectorAll('section.tut-step')];
    this.bar = document.querySelector('[data-tut-tools-bar]');
    this.resume = document.querySelector('[data-tut-resume]');
    this.restart = document.querySelector('[data-tut-progress-restart]');
    this.status = document.querySelector('[data-tut-announce]');
    const done = tutDone(storage, body.dataset.tutTutorial, this.steps.length);
    this.boxes = this.steps.map((step, index) => this.addBox(step, index + 1, done));
    this.bar.hidden = false;
    this.restart.hidden = false;
    this.restart.addEventListener('click', () => this.clear());
    this.update();
  }

  addBox(step, number, done) {
    const heading = step.querySelector('.tut-step__title').cloneNode(true);
    heading.querySelectorAll('.tut-step__number, .tut-step__separator')
      .forEach((part) => part.remove());
    const id = step.querySelector('.tut-step__title').id + '-fait';
    const wrapper = document.createElement('p');
    wrapper.className = 'tut-progress';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = id;
    box.className = 'tut-progress__box';
    box.checked = done.includes(number);
    const label = document.createElement('label');
    label.htmlFor = id;
    label.className = 'tut-progress__label';
    label.textContent = tutFormat(this.words.step_done,
      { number, title: heading.textContent.replace(/\s+/g, ' ').trim() });
    wrapper.append(box, label);
    step.append(wrapper);
    box.addEventListener('change', () => this.save());
    return box;
  }

  save() {
    const done = this.boxes.flatMap((box, index) => (box.checked ? [index + 1] : []));
    try {
      if (done.length) this.storage.setItem(this.key, JSON.stringify(done));
      else this.storage.removeItem(this.key);
    } catch (error) {
      // Storage full or revoked meanwhile: the boxes still work on this page.
    }
    this.update();
  }

  // "Reprendre à l'étape N": the first unticked step after the last ticked one.
  update() {
    const last = this.boxes.map((box) => box.checked).lastIndexOf(true);
    const next = last >= 0 ? this.boxes.findIndex((box, i) => i > last && !box.checked) : -1;
    this.resume.hidden = next < 0;
    if (next >= 0) {
      const heading = this.steps[next].querySelector('.tut-step__title');
      this.resume.textContent = tutFormat(this.words.resume, { number: next + 1 });
      this.resume.href = '#' + heading.id;
    }
  }

  clear() {
    this.boxes.forEach((box) => { box.checked = false; });
    this.save();
    this.status.textContent = '';
    window.setTimeout(() => { this.status.textContent = this.words.restart_done; }, 50);
  }
}

class TutCardProgress {
  constructor(card, storage, words) {
    const count = Number(card.dataset.tutSteps);
    const done = tutDone(storage, card.dataset.tutId, count).length;
    if (!count || !done) return;
    const line = document.createElement('p');
    line.className = 'tut-card__progress';
    const text = done === 1 ? words.card_progress_one : words.card_progress_other;
    line.textContent = tutFormat(text, { done, count });
    card.append(line);
  }
}

function startProgress() {
  const storage = tutStorage();
  const words = tutStrings();
  if (!storage || !words) return;
  document.querySelectorAll('[data-tut-tutorial]').forEach((body) => {
    if (body.querySelector('section.tut-step')) new TutProgress(body, storage, words);
  });
  document.querySelectorAll('[data-tut-card]')
    .forEach((card) => new TutCardProgress(card, storage, words));
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', startProgress);
} else {
  startProgress();
}
})();
