"""A fork's identity: texts given once or per language, colours safe in a <style>."""

from __future__ import annotations

import re
from typing import Any

COLOR_KEYS = ("primary", "primary_text", "accent")
CONTACT_KEYS = ("email", "phone", "address")
# A CSS colour (they go into a <style>): #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/hsl() of
# numbers, or one of the CSS named colours (NAMED_COLORS, at the end of this file).
HEX_OR_FUNCTION = re.compile(
    r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})"
    r"|(?:rgb|hsl)a?\((?:\s*[0-9.]+(?:%|deg)?\s*[,/]?)+\)"
)


def localized(value: Any, language: str) -> str:
    """A text given once (`"Contact"`) or per language (`{fr: …, en: …}`)."""
    if isinstance(value, dict):
        chosen = value.get(language)
        if chosen is None:
            chosen = next(iter(value.values()), "")
        return str(chosen)
    return "" if value is None else str(value)


def is_color(value: str) -> bool:
    """Whether `value` is a CSS colour that can go into a <style> as it is."""
    value = value.strip()
    return bool(HEX_OR_FUNCTION.fullmatch(value)) or value.lower() in NAMED_COLORS


# The CSS named colours (CSS Color Module Level 4).
NAMED_COLORS = frozenset({
    "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black",
    "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse",
    "chocolate", "coral", "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue",
    "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki",
    "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon",
    "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise",
    "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey", "dodgerblue",
    "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold",
    "goldenrod", "gray", "green", "greenyellow", "grey", "honeydew", "hotpink", "indianred",
    "indigo", "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon",
    "lightblue", "lightcoral", "lightcyan", "lightgoldenrodyellow", "lightgray",
    "lightgreen", "lightgrey", "lightpink", "lightsalmon", "lightseagreen", "lightskyblue",
    "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow", "lime",
    "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue",
    "mediumorchid", "mediumpurple", "mediumseagreen", "mediumslateblue",
    "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue", "mintcream",
    "mistyrose", "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab",
    "orange", "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise",
    "palevioletred", "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue",
    "purple", "rebeccapurple", "red", "rosybrown", "royalblue", "saddlebrown", "salmon",
    "sandybrown", "seagreen", "seashell", "sienna", "silver", "skyblue", "slateblue",
    "slategray", "slategrey", "snow", "springgreen", "steelblue", "tan", "teal", "thistle",
    "tomato", "turquoise", "violet", "wheat", "white", "whitesmoke", "yellow",
    "yellowgreen",
})
