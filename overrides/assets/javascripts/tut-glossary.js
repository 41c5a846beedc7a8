// Glossary terms (hooks/pas_a_pas/markdown/glossary.py): the word becomes a button that
// shows or hides its definition, right after it in the text. Without scripts, the
// definition always shows; on paper too (tut-glossary.css).
'use strict';
class GlossaryTerm {
  constructor(root) {
    const word = root.querySelector('.tut-term__word');
    const definition = root.querySelector('.tut-term__definition');
    if (!word || !definition) return;
    this.root = root;
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'tut-term__button';
    this.button.setAttribute('aria-expanded', 'false');
    this.button.setAttribute('aria-controls', definition.id);
    // Read with the word even while it is hidden: a screen reader hears it at once.
    this.button.setAttribute('aria-describedby', definition.id);
    word.before(this.button);
    this.button.append(word);
    this.button.addEventListener('click', () => this.show(!this.shown()));
    this.button.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.shown()) this.show(false);
    });
  }

  shown() {
    return this.button.getAttribute('aria-expanded') === 'true';
  }

  show(on) {
    this.button.setAttribute('aria-expanded', String(on));
    this.root.classList.toggle('tut-term--open', on);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  for (const root of document.querySelectorAll('[data-tut-term]')) new GlossaryTerm(root);
});
