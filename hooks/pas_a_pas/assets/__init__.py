"""Our stylesheets and scripts as bundles, Material's stylesheet without what is unused.

- `bundles`: minified, content-named bundles;
- `components`: which of Material's components a site uses;
- `css_subset`: a stylesheet without the rules of some classes.
"""
