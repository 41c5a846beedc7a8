"""What our extensions' settings are made of, so that a builder can convert a page once.

Each extension reads its settings for the document being converted from a frozen
dataclass (`StepSettings`, `GlossarySettings`...). Its fields are either values the
extension reads (labels, terms, messages) or callables: most tell the builder what the
conversion found (`counted`, `used`, `report`) and return nothing; a callable declared
with `field(metadata=ASKS)` asks the builder a question whose answer shapes the HTML
(`image_exists`, a mockup's `render`).

And each extension, or for a block extension its block (`BLOCK`), says whether its HTML
depends on the language of the site being built (the reader's), beyond its Markdown and
its settings: `depends_on_site_language`. A builder may give the HTML of a page converted
for one language to the same page in another only when every one of them says it does
not (hooks/untranslated_pages.py); one that does not say counts as depending on it.
"""

from __future__ import annotations

ASKS = {"asks": True}
