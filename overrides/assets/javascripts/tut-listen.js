/* Read aloud: an "Écouter" button per tutorial step reads its title and text with the
   browser's own speech synthesis (no third-party service), in the step's language. Shown
   only when the browser has a voice for that language (voices may arrive later: the
   `voiceschanged` event). While it reads, the button says "Arrêter" and stops it. The
   screens of mockups are not read: they are simulations to look at and try. */
'use strict';

(() => {
const SKIPPED = '.tut-mockup-slot, .tut-mockup, .tut-helper, .tut-progress, .tut-listen, [hidden]';

class TutListen {
  constructor(step, number, voice, lang, words) {
    this.step = step;
    this.number = number;
    this.voice = voice;
    this.lang = lang;
    this.words = words;
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'tut-listen';
    this.idle();
    this.button.addEventListener('click', () => (this.speaking ? this.stop() : this.speak()));
    step.querySelector('.tut-step__title').after(this.button);
  }

  // The step's text: its title, then its paragraphs and list items (not the mockups).
  text() {
    const parts = [this.step.querySelector('.tut-step__title').textContent];
    this.step.querySelectorAll('p, li, dt, dd, h3, h4').forEach((el) => {
      if (el.closest(SKIPPED)) return;
      if (el.matches('li') && el.querySelector('p')) return; // its paragraphs are read
      // What is shown is read: a glossary definition only once its word is opened.
      const shown = el.cloneNode(true);
      shown.querySelectorAll('.tut-term:not(.tut-term--open) .tut-term__definition')
        .forEach((hidden) => hidden.remove());
      parts.push(shown.textContent);
    });
    return parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  }

  speak() {
    TutListen.reading.forEach((other) => other.stop());
    const utterance = new SpeechSynthesisUtterance(this.text());
    utterance.lang = this.lang;
    utterance.voice = this.voice;
    utterance.addEventListener('end', () => { if (this.utterance === utterance) this.idle(); });
    utterance.addEventListener('error', () => { if (this.utterance === utterance) this.idle(); });
    this.utterance = utterance;
    this.speaking = true;
    TutListen.reading.add(this);
    this.label(this.words.stop, this.words.stop_label);
    window.speechSynthesis.speak(utterance);
  }

  stop() {
    this.utterance = null;
    this.idle();
    window.speechSynthesis.cancel();
  }

  idle() {
    this.speaking = false;
    TutListen.reading.delete(this);
    this.label(this.words.listen, this.words.listen_label);
  }

  label(text, name) {
    this.button.textContent = text;
    this.button.setAttribute('aria-label', name.replace('{number}', this.number));
  }
}
TutListen.reading = new Set();

// The first voice for `lang` ("fr" matches "fr-FR" and "fr_CA").
function voiceFor(lang) {
  const wanted = lang.toLowerCase().split(/[-_]/)[0];
  return window.speechSynthesis.getVoices()
    .find((voice) => (voice.lang || '').toLowerCase().split(/[-_]/)[0] === wanted);
}

function startListen() {
  const script = document.getElementById('tut-workshop-strings');
  if (!script || !('speechSynthesis' in window) || !window.SpeechSynthesisUtterance) return;
  const words = JSON.parse(script.textContent);
  const steps = [...document.querySelectorAll('[data-tut-tutorial] section.tut-step')];
  const added = new Set();
  const add = () => {
    steps.forEach((step, index) => {
      if (added.has(step)) return;
      const lang = (step.closest('[lang]') || document.documentElement).lang || '';
      const voice = lang && voiceFor(lang);
      if (!voice) return;
      added.add(step);
      new TutListen(step, index + 1, voice, lang, words);
    });
  };
  add();
  window.speechSynthesis.addEventListener('voiceschanged', add);
  // Leaving the page stops its reading (some browsers would go on).
  window.addEventListener('pagehide', () => {
    if (TutListen.reading.size) window.speechSynthesis.cancel();
  });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', startListen);
} else {
  startListen();
}
})();
