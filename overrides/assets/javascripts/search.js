// The search field (partials/search.html) over Pagefind's index (hooks/search.py).
'use strict';
// Each language has its own index (pagefind/, en/pagefind/): data-tut-search-bundle names
// this page's, data-tut-search-root its language's folder, where result addresses start.
// Nothing is downloaded until the reader asks for search: focusing the field, opening it
// (the magnifier button on a phone) or pressing Ctrl+K (Cmd+K). Then
// Pagefind's script is imported, which fetches only the index chunks each query needs.
// Opened from a folder (file://), where browsers forbid that import, the language's
// compact index (data-tut-search-offline-index: search/offline.fr.js) is added as a <script>
// instead, at the same moment, and searched here (TutOfflineIndex): same results, same
// keys. The count of results is said in a live region; ArrowUp/ArrowDown move between the
// field and the results, Enter in the field opens the first result, Escape closes. If no
// index can load, the field says so and offers the pages to browse instead.

// Letters that Unicode does not decompose into a letter and an accent (as
// hooks/pas_a_pas/offline_search.py folds them).
const LIGATURES = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

// Lower case without accents: "Démarche" and "demarche" are one word.
function fold(text) {
  return text.toLowerCase().replace(/[œæßøłđ]/g, (char) => LIGATURES[char])
    .normalize('NFD').replace(/\p{M}/gu, '');
}

function foldedWords(text) {
  return fold(text).match(/[\p{L}\p{N}]+/gu) || [];
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// The index written by hooks/pas_a_pas/offline_search.py: pages, sorted folded words, and
// each word's pages. Searched as Pagefind is: search(query) gives results whose data()
// is { url, meta: { title }, excerpt }. Every word of the query, accents and a plural's
// "s" aside, must start a word of the page ("démar" finds "démarches", "comptes"
// "compte"); titles weigh most, then steps, then summaries.
class TutOfflineIndex {
  constructor(data) {
    this.pages = data.pages;
    this.words = data.words ? data.words.split(' ') : [];
    this.lists = data.lists;
    this.folded = new Map(); // page number → its title's, steps' and excerpt's words
  }

  search(query) {
    // A plural's "s" dropped: "comptes" finds "compte" and "comptes", as a prefix.
    const terms = [...new Set(foldedWords(query).map((word) => (
      word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word)))];
    let found = terms.length ? null : new Set();
    for (const term of terms) {
      const pages = this.pagesFor(term);
      found = found ? new Set([...found].filter((number) => pages.has(number))) : pages;
      if (!found.size) break;
    }
    const ranked = [...found].map((number) => [this.score(number, terms), number])
      .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    return { results: ranked.map(([, number]) => ({ data: async () => this.result(number, terms) })) };
  }

  // The pages holding a word that starts with `term`: the words are sorted, so those
  // words follow each other from the first one not before `term`.
  pagesFor(term) {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.words[middle] < term) low = middle + 1;
      else high = middle;
    }
    const pages = new Set();
    for (let index = low; index < this.words.length && this.words[index].startsWith(term); index++) {
      for (const number of this.decode(this.lists[index])) pages.add(number);
    }
    return pages;
  }

  // Page numbers as differences in base 36 ("0,3,a"), or "~" and a bitmap in base 64.
  decode(value) {
    const numbers = [];
    if (value.startsWith('~')) {
      const bits = atob(value.slice(1) + '='.repeat((4 - ((value.length - 1) % 4)) % 4));
      for (let byte = 0; byte < bits.length; byte++) {
        const code = bits.charCodeAt(byte);
        for (let bit = 0; bit < 8; bit++) if (code & (1 << bit)) numbers.push(byte * 8 + bit);
      }
      return numbers;
    }
    let total = 0;
    for (const part of value.split(',')) {
      total += parseInt(part, 36);
      numbers.push(total);
    }
    return numbers;
  }

  score(number, terms) {
    if (!this.folded.has(number)) {
      const [, title, excerpt, steps] = this.pages[number];
      this.folded.set(number, [title, steps.join(' '), excerpt].map(foldedWords));
    }
    const [title, steps, excerpt] = this.folded.get(number);
    let score = 0;
    for (const term of terms) {
      const starts = (word) => word.startsWith(term);
      score += 1 + (title.some(starts) ? 10 : 0) + (steps.some(starts) ? 4 : 0)
        + (excerpt.some(starts) ? 2 : 0);
    }
    return score;
  }

  // Pagefind's shape: the excerpt is escaped text with the words found in <mark>, after
  // the first step whose title holds one of them.
  result(number, terms) {
    const [url, title, excerpt, steps] = this.pages[number];
    const matches = (text) => foldedWords(text).some((word) => terms.some((term) => word.startsWith(term)));
    const step = steps.find(matches);
    const text = step ? `${step} – ${excerpt}` : excerpt;
    const marked = text.split(/([\p{L}\p{N}]+)/u).map((part, index) => (
      index % 2 && matches(part) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)
    )).join('');
    return { url, meta: { title }, excerpt: marked };
  }
}

class TutSearch {
  constructor(root) {
    this.root = root;
    this.toggle = document.getElementById('__search');
    this.button = document.querySelector('[data-tut-search-button]');
    this.form = root.querySelector('[data-tut-search-form]');
    this.input = root.querySelector('[data-tut-search-input]');
    this.message = root.querySelector('[data-tut-search-message]');
    this.note = root.querySelector('[data-tut-search-unavailable]');
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
    this.engine = window.location.protocol === 'file:' ? this.offlineIndex() : this.pagefind();
    this.engine.then(
      () => this.run(),
      () => this.unavailable(),
    );
    return this.engine;
  }

  async pagefind() {
    const url = new URL(this.root.dataset.tutSearchBundle, document.baseURI);
    const pagefind = await import(url.href);
    // The addresses of the index are relative to its language's folder (en/ for
    // English): without a base, Pagefind would start them with the server's path to
    // the bundle, wrong under a sub-folder. item() resolves them from that folder.
    await pagefind.options({ baseUrl: '/' });
    await pagefind.init();
    return pagefind;
  }

  // From a folder: the language's index, a script that sets window.tutSearchOffline.
  offlineIndex() {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(this.root.dataset.tutSearchOfflineIndex, document.baseURI).href;
      script.addEventListener('load', () => {
        if (window.tutSearchOffline) resolve(new TutOfflineIndex(window.tutSearchOffline));
        else reject(new Error(script.src));
      });
      script.addEventListener('error', () => reject(new Error(script.src)));
      document.head.append(script);
    });
  }

  // Search cannot run: say so, and where to go instead. No spinner left behind.
  unavailable() {
    this.message.hidden = true;
    this.note.hidden = false;
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
    this.note.hidden = true;
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
