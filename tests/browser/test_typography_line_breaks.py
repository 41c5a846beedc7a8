"""French typography in Chromium: a phone never leaves the "?" of a title alone."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# The top of the title's last character and of the word before it, on screen.
LAST_LINE = """(heading) => {
  const text = heading.firstChild;
  const end = text.length;
  const box = (start, stop) => {
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, stop);
    return range.getClientRects()[0].top;
  };
  const word = text.data.lastIndexOf("FranceConnect");
  return {sign: box(end - 1, end), word: box(word, word + 1), text: text.data};
}"""


@pytest.mark.parametrize("width", [320, 360, 375])
def test_question_mark_stays_on_the_line_of_its_word_on_a_phone(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 700})
    page.goto(site_url + "tutoriels/franceconnect.html")
    title = page.get_by_role("heading", level=1)
    expect(title).to_have_count(1)
    measure = title.evaluate(LAST_LINE)
    assert measure["text"].endswith("FranceConnect\u202f?"), measure["text"]
    assert measure["sign"] == measure["word"], measure
