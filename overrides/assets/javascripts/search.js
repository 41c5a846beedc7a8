// The search field (partials/search.html) over Pagefind's index (hooks/search.py).
'use strict';
// Each language has its own index (pagefind/, en/pagefind/): data-tut-search-bundle names
// this page's, data-tut-search-root its language's folder, where result addresses start.
// Nothing is downloaded until the reader asks for search: focusing the field, opening it
// (the magnifier button on a phone) or pressing Ctrl+K (Cmd+K). Then
// Pagefind's script is imported, which fetches only the index chunks each query needs.
// The count of results is said in a live region; ArrowUp/ArrowDown move between the field
// and the results, Enter in the field opens the first result, Escape closes. Opened from
// a folder (file://), where browsers forbid the import, the field says so and offers the
// pages to browse instead.

class TutSearch {
  constructor(root) {
    this.root = root;
    this.toggle = document.getElementById('__search');
    this.button = document.querySelector('[data-tut-search-button]');
    this.form = root.querySelector('[data-tut-search-form]');
    this.input = root.querySelector('[data-tut-search-input]');
    this.message = root.querySelector('[data-tut-search-message]');
    this.offline = root.querySelector('[data-tut-search-offline]');
    this.list = root.querySelector('[data-tut-search-results]');
    this.words = root.dataset;
    this.site = new URL(root.dataset.tutSearchRoot, document.baseURI);
    this.engine = null; // the promise of Pagefind, once asked for
    this.latest = 0; // the number of the latest query: older answers are dropped
    this.shown = null; // the query whose results are on screen
    this.timer = 0;
  }

  start() {
    this.input.addEventListener('focus', () => this.open());
    this.input.addEventListener('input', () => {
      this.open();
      this.schedule();
    });
    this.input.addEventListener('keydown', (event) => this.onFieldKey(event));
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('reset', () => {
      window.setTimeout(() => this.schedule(), 0);
      this.input.focus();
    });
    this.root.addEventListener('keydown', (event) => this.onKey(event));
    // Tab out of the field and its results closes the search, as in Material.
    this.root.addEventListener('focusout', (event) => {
      if (!event.relatedTarget || !this.root.contains(event.relatedTarget)) this.shut();
    });
    if (this.toggle) {
      this.toggle.addEventListener('change', () => {
        this.sync();
        if (this.toggle.checked) {
          this.input.focus();
          this.load();
        }
      });
    }
    if (this.button && this.toggle) {
      this.button.addEventListener('click', () => this.toggle.click());
    }
    document.addEventListener('keydown', (event) => this.onShortcut(event));
    this.sync();
  }

  // The field is focused or opened: show the search, load it if not done yet.
  open() {
    if (this.toggle && !this.toggle.checked) {
      this.toggle.checked = true;
      this.sync();
    }
    this.load();
  }

  shut() {
    if (this.toggle && this.toggle.checked) {
      this.toggle.checked = false;
      this.sync();
    }
  }

  // Closed on a phone, the field is hidden: the focus goes back to the search button.
  close() {
    this.shut();
    if (this.button && this.button.offsetParent !== null) this.button.focus();
  }

  sync() {
    if (this.button && this.toggle) {
      this.button.setAttribute('aria-expanded', String(this.toggle.checked));
    }
  }

  load() {
    if (this.engine) return this.engine;
    this.say(this.words.tutSearchLoading);
    this.engine = (async () => {
      const url = new URL(this.root.dataset.tutSearchBundle, document.baseURI);
      const pagefind = await import(url.href);
      // The addresses of the index are relative to its language's folder (en/ for
      // English): without a base, Pagefind would start them with the server's path to
      // the bundle, wrong under a sub-folder. item() resolves them from that folder.
      await pagefind.options({ baseUrl: '/' });
      await pagefind.init();
      return pagefind;
    })();
    this.engine.then(
      () => this.run(),
      () => this.unavailable(),
    );
    return this.engine;
  }

  // Search cannot run: say why, and where to go instead. No spinner left behind.
  unavailable() {
    this.message.hidden = true;
    const fromFile = window.location.protocol === 'file:';
    this.offline.querySelector('[data-tut-search-offline-file]').hidden = !fromFile;
    this.offline.querySelector('[data-tut-search-offline-http]').hidden = fromFile;
    this.offline.hidden = false;
  }

  schedule() {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.run(), 150);
  }

  async run() {
    const query = this.input.value.trim();
    const number = ++this.latest;
    let pagefind;
    try {
      pagefind = await this.load();
    } catch {
      return; // unavailable() has said so
    }
    // Already on screen: left as it is, and the focus with it.
    if (query === this.shown || number !== this.latest) return;
    if (!query) {
      this.show(query, [], null);
      return;
    }
    const found = await pagefind.search(query);
    const pages = await Promise.all(found.results.slice(0, 20).map((result) => result.data()));
    if (number === this.latest) this.show(query, pages, found.results.length);
  }

  // Material's result markup, so that Material's styles apply; the count in the live region.
  show(query, pages, count) {
    this.shown = query;
    this.list.replaceChildren(...pages.map((page) => this.item(page)));
    if (count === null) this.say(this.words.tutSearchPrompt);
    else if (count === 0) this.say(this.words.tutSearchNone);
    else if (count === 1) this.say(this.words.tutSearchOne);
    else this.say(this.words.tutSearchOther.replace('{count}', String(count)));
  }

  item(page) {
    const item = document.createElement('li');
    item.className = 'md-search-result__item';
    const link = document.createElement('a');
    link.className = 'md-search-result__link';
    link.href = new URL(page.url.replace(/^\//, ''), this.site).href;
    const article = document.createElement('article');
    article.className = 'md-search-result__article md-typeset';
    const title = document.createElement('h1');
    title.textContent = page.meta.title || page.url;
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is the page's text, escaped, with the words found in <mark>.
    excerpt.innerHTML = page.excerpt;
    article.append(title, excerpt);
    link.append(article);
    item.append(link);
    return item;
  }

  say(text) {
    this.offline.hidden = true;
    this.message.hidden = false;
    if (this.message.textContent !== text) this.message.textContent = text;
  }

  onFieldKey(event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      const first = this.list.querySelector('a');
      if (first) first.click();
    }
  }

  onKey(event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const stops = [this.input, ...this.list.querySelectorAll('a')];
      const here = Math.max(0, stops.indexOf(document.activeElement));
      const step = event.key === 'ArrowDown' ? 1 : -1;
      event.preventDefault();
      stops[(here + step + stops.length) % stops.length].focus();
    }
  }

  // Ctrl+K (Cmd+K on a Mac) anywhere. No single-key shortcut ("/", "s", "f" in
  // Material): a speech-input user's words or a stray key would open the search
  // (WCAG 2.1.4, RGAA 12.10).
  onShortcut(event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    if (event.key.toLowerCase() !== 'k') return;
    event.preventDefault();
    this.open();
    this.input.focus();
    this.input.select();
  }
}

document.addEventListener('DOMContentLoaded', () => {
  for (const root of document.querySelectorAll('[data-tut-search]')) new TutSearch(root).start();
});
