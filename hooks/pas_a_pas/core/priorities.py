"""Every event priority of the build, in one place, named for why it is where it is.

MkDocs runs an event's handlers from the highest priority to the lowest (0 by default),
and equal ones in the order of `hooks:` in mkdocs.yml. The plugins we run beside set
the reference points:
- Material's plugins use at most 100; its tags plugin reads a page's `tags` in
  `on_page_markdown` at -50 and fills its listings in `on_env` at 100;
- mkdocs-static-i18n, at -100: sets the language of the run (`on_config`), sorts the
  files of that language (`on_files`), translates `nav:` titles (`on_nav`), and builds
  the other languages from the default language's `on_post_build`.
hooks/README.md has the table of who uses which, in run order.
"""

# A build starts clean: the problems and page state of a previous build are forgotten,
# and the build counts itself in (pas_a_pas.core.languages.language_builds).
START = 1000
# The strings files are read again before any hook uses them (`mkdocs serve`).
STRINGS = 900
# `on_env`: the theme's environment keeps its compiled templates before Material's tags
# plugin (100) renders its listings with it.
ENVIRONMENT = 110
# Before every plugin: log filters in place, files checked before anyone reads them.
BEFORE_PLUGINS = 100
# After Material's tags plugin has filled its listings, before the catalogue is
# published: drafts left out of the site are checked like any page.
DRAFTS = 90
# Page Markdown: the front matter is read and checked before the tags plugin (-50)
# reads `tags`, and before the hooks that use its values.
FRONT_MATTER = 10
# Page Markdown: after the front matter (translation rules, French titles).
AFTER_FRONT_MATTER = 5
# Page Markdown: the checks of what the page holds, once its front matter is known.
PAGE_CHECKS = 0
# Page Markdown: every hook and plugin has set the page's settings and changed its
# Markdown (Material's tags at -50 included): what the conversion reads is final.
MARKDOWN_FINAL = -500
# Page content: the conversion's HTML, before any hook reads it (the steps counted at 0).
CONTENT_FIRST = 500
# `on_env`: after hooks/tutorials.py publishes the tutorials' data (0), its readers.
AFTER_CATALOGUE = -10
# `on_post_build` of each language: its pages are written, the next language's not yet.
LANGUAGE_WRITTEN = -50
# Just before mkdocs-static-i18n: `on_files` before it copies inclusion levels to each
# language's files; `on_post_build` before it builds the next language.
BEFORE_I18N = -90
# Just after mkdocs-static-i18n: the language of the run is set, its files are sorted,
# `nav:` titles are translated; generated pages are added here, once per language.
AFTER_I18N = -110
# QR codes read the scenarios before hooks/mockups.py takes them out of the files.
BEFORE_MOCKUP_FILES = -105
# Every file is final: the stylesheets and scripts are bundled.
FILES_FINAL = -150
# `on_post_build` of the outermost build, after mkdocs-static-i18n has built the
# other languages inside it: what waits for every language, in this order: the search
# indexes are done, then the PDFs are printed (no page is written meanwhile), then the
# build is summed up (its PDFs counted).
ALL_LANGUAGES = -200
# The editor (admin/) and the JSON Schemas are written after every page and search index:
# nothing that lists the site's pages (search, sitemap, navigation, PDFs) sees them.
EDITOR = -220
PRINT = -250
SUMMARY = -300
# Last of all: the build's errors stop it before the pages are written (`on_env`);
# the build counts itself out (`on_post_build`).
END = -1000
